package io.eventlens.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Validates messages a service really published against the contract's JSON Schema files, so a
 * service that serializes differently from what the schema documents fails its tests.
 */
public final class ContractSchemas {

    public static final String RAW_DOCUMENT_EVENT = "raw-document-event.v1.schema.json";
    public static final String EXTRACTED_RECORDS_EVENT = "extracted-records-event.v1.schema.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    private ContractSchemas() {
    }

    /** The schema violations of {@code json} (empty when it conforms). */
    public static List<String> violations(String schemaName, byte[] json) {
        try (InputStream in = ContractSchemas.class.getResourceAsStream("/schemas/" + schemaName)) {
            if (in == null) {
                throw new IllegalArgumentException("no schema /schemas/" + schemaName + " on the classpath");
            }
            Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
            JsonNode node = JSON.readTree(json);
            return schema.validate(node).stream().map(Error::toString).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a message as JSON", e);
        }
    }
}
