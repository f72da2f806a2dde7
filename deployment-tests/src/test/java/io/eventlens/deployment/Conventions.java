package io.eventlens.deployment;

import java.util.List;
import java.util.Set;

/**
 * The deployment conventions every description of eventlens must follow (docker-compose.yml,
 * the Dockerfiles, deploy/, and the services' own configuration). Changing one here means
 * changing it everywhere; the checks report each place that still disagrees.
 */
final class Conventions {

    static final String RAW_DOCUMENTS = "eventlens.raw-documents.v1";
    static final String EXTRACTED_RECORDS = "eventlens.extracted-records.v1";
    static final String RAW_DOCUMENTS_DLQ = RAW_DOCUMENTS + ".dlq";
    static final String EXTRACTED_RECORDS_DLQ = EXTRACTED_RECORDS + ".dlq";
    static final Set<String> TOPICS = Set.of(RAW_DOCUMENTS, EXTRACTED_RECORDS, RAW_DOCUMENTS_DLQ, EXTRACTED_RECORDS_DLQ);
    static final Set<String> DEAD_LETTER_TOPICS = Set.of(RAW_DOCUMENTS_DLQ, EXTRACTED_RECORDS_DLQ);
    static final int DEFAULT_PARTITIONS = 6;

    static final String KAFKA_BOOTSTRAP_SERVERS = "KAFKA_BOOTSTRAP_SERVERS";
    static final String TOPIC_PARTITIONS = "EVENTLENS_TOPIC_PARTITIONS";
    static final String TOPIC_REPLICATION_FACTOR = "EVENTLENS_TOPIC_REPLICATION_FACTOR";
    static final String JDBC_URL = "QUARKUS_DATASOURCE_JDBC_URL";
    static final String DB_USERNAME = "QUARKUS_DATASOURCE_USERNAME";
    static final String DB_PASSWORD = "QUARKUS_DATASOURCE_PASSWORD";
    static final String DATABASE = "eventlens";
    static final String DATABASE_USER = "eventlens";
    static final int POSTGRES_PORT = 5432;

    static final String LIVENESS_PATH = "/q/health/live";
    static final String READINESS_PATH = "/q/health/ready";
    static final String HEALTH_PREFIX = "/q/health/";

    /** The annotation on a consumer's Deployment naming the topics it reads (comma-separated). */
    static final String CONSUMES_ANNOTATION = "eventlens.io/consumes-topics";
    /** The annotation on a consumer's Deployment naming its Kafka consumer groups (comma-separated). */
    static final String CONSUMER_GROUPS_ANNOTATION = "eventlens.io/consumer-groups";

    /** One service: its HTTP port, whether it talks to PostgreSQL, what it reads and writes. */
    record Service(String name, int httpPort, boolean usesDatabase, Set<String> consumes, Set<String> produces) {

        String dockerfile() {
            return name + "/src/main/docker/Dockerfile.jvm";
        }

        String applicationProperties() {
            return name + "/src/main/resources/application.properties";
        }

        String configMap() {
            return name + "-config";
        }

        String image() {
            return "eventlens/" + name;
        }
    }

    static final Service INGEST = new Service("ingest-service", 8081, false, Set.of(), Set.of(RAW_DOCUMENTS));
    static final Service ENRICH = new Service("enrich-service", 8082, false, Set.of(RAW_DOCUMENTS), Set.of(EXTRACTED_RECORDS));
    /**
     * query-service materializes the extracted records, and also follows the raw documents (a
     * document is PENDING once received) and both dead-letter topics (its status becomes FAILED).
     */
    static final Service QUERY = new Service("query-service", 8083, true,
            Set.of(EXTRACTED_RECORDS, RAW_DOCUMENTS, RAW_DOCUMENTS_DLQ, EXTRACTED_RECORDS_DLQ), Set.of());
    static final List<Service> SERVICES = List.of(INGEST, ENRICH, QUERY);

    static Service service(String name) {
        return SERVICES.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no such service: " + name));
    }

    private Conventions() {
    }
}
