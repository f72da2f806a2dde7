package io.eventlens.testsupport;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Kafka and PostgreSQL as containers, for machines with a Docker daemon: the same versions the
 * in-process defaults run (Kafka 4.1.2 in KRaft mode, PostgreSQL 15). Testcontainers' reaper
 * removes the containers when the JVM exits.
 */
public final class TestContainers {

    public static final String KAFKA_IMAGE = "apache/kafka:4.1.2";
    public static final String POSTGRES_IMAGE = "postgres:15-alpine";

    private TestContainers() {
    }

    /** Whether a Docker daemon answers (the containers need one). */
    public static boolean dockerAvailable() {
        return DockerClientFactory.instance().isDockerAvailable();
    }

    /** Starts a Kafka broker container; returns its bootstrap servers. */
    public static String kafka() {
        requireDocker();
        KafkaContainer kafka = new KafkaContainer(KAFKA_IMAGE);
        kafka.start();
        return kafka.getBootstrapServers();
    }

    /** Starts a PostgreSQL container with database, user and password {@code eventlens}. */
    public static Database postgres() {
        requireDocker();
        PostgreSQLContainer postgres = new PostgreSQLContainer(POSTGRES_IMAGE)
                .withDatabaseName("eventlens").withUsername("eventlens").withPassword("eventlens");
        postgres.start();
        return new Database(postgres.getJdbcUrl(), postgres.getUsername(), postgres.getPassword());
    }

    private static void requireDocker() {
        if (!dockerAvailable()) {
            throw new IllegalStateException(TestInfrastructure.INFRA_ENV + "=containers needs a running Docker daemon;"
                    + " unset it to run the tests on an in-process Kafka broker and an embedded PostgreSQL");
        }
    }
}
