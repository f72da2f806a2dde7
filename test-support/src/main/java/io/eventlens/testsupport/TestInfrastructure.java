package io.eventlens.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The Kafka broker and PostgreSQL database the tests of one JVM share. Each comes from the
 * environment when it names one; otherwise it is started on first use and stopped when the JVM
 * exits, in-process by default, or as a container ({@code apache/kafka}, {@code postgres:15}) when
 * {@code EVENTLENS_TEST_INFRA=containers} and a Docker daemon runs:
 * <ul>
 *   <li>Kafka: {@code KAFKA_BOOTSTRAP_SERVERS}, else a container or an in-JVM KRaft broker;</li>
 *   <li>PostgreSQL: {@code EVENTLENS_TEST_JDBC_URL} with {@code EVENTLENS_TEST_JDBC_USERNAME} and
 *       {@code EVENTLENS_TEST_JDBC_PASSWORD}, else a container or an embedded PostgreSQL 15.</li>
 * </ul>
 * A broker from the environment keeps old messages, so tests always use fresh document ids.
 */
public final class TestInfrastructure {

    public static final String KAFKA_ENV = "KAFKA_BOOTSTRAP_SERVERS";
    public static final String JDBC_URL_ENV = "EVENTLENS_TEST_JDBC_URL";
    public static final String JDBC_USERNAME_ENV = "EVENTLENS_TEST_JDBC_USERNAME";
    public static final String JDBC_PASSWORD_ENV = "EVENTLENS_TEST_JDBC_PASSWORD";
    /** {@code containers}: start Kafka and PostgreSQL with Testcontainers (needs a Docker daemon). */
    public static final String INFRA_ENV = "EVENTLENS_TEST_INFRA";

    private static String bootstrapServers;
    private static Database database;

    private TestInfrastructure() {
    }

    /** The Kafka bootstrap servers for this JVM's tests. */
    public static synchronized String kafkaBootstrapServers() {
        if (bootstrapServers == null) {
            String fromEnv = System.getenv(KAFKA_ENV);
            if (fromEnv != null && !fromEnv.isBlank()) {
                bootstrapServers = fromEnv.trim();
            } else if (containers()) {
                bootstrapServers = TestContainers.kafka();
            } else {
                Path dir = tempDir("eventlens-kafka-");
                KafkaBroker broker = KafkaBroker.start(dir, 0);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    broker.close();
                    deleteQuietly(dir);
                }, "stop-test-kafka"));
                bootstrapServers = broker.bootstrapServers();
            }
        }
        return bootstrapServers;
    }

    /** The PostgreSQL database for this JVM's tests. */
    public static synchronized Database database() {
        if (database == null) {
            String url = System.getenv(JDBC_URL_ENV);
            if (url != null && !url.isBlank()) {
                database = new Database(url.trim(), envOr(JDBC_USERNAME_ENV, "eventlens"), envOr(JDBC_PASSWORD_ENV, "eventlens"));
            } else if (containers()) {
                database = TestContainers.postgres();
            } else {
                Path dir = tempDir("eventlens-pg-");
                EmbeddedDatabase embedded = EmbeddedDatabase.start(dir, 0, false, "eventlens", "eventlens");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    embedded.close();
                    deleteQuietly(dir);
                }, "stop-test-postgres"));
                database = embedded.database();
            }
        }
        return database;
    }

    private static boolean containers() {
        return "containers".equalsIgnoreCase(envOr(INFRA_ENV, "embedded"));
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static Path tempDir(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory for test infrastructure", e);
        }
    }

    static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // A leftover temporary directory is harmless.
        }
    }
}
