package io.eventlens.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * The container path of {@link TestContainers} works where Docker runs (skipped elsewhere): a record
 * goes through the Kafka container, the service login works on the PostgreSQL container. Run the
 * whole suite on containers with {@code EVENTLENS_TEST_INFRA=containers ./mvnw -B verify}.
 */
@Testcontainers(disabledWithoutDocker = true)
class ContainerInfrastructureTest {

    @Test
    void aRecordSentToTheKafkaContainerCanBeReadBack() throws Exception {
        String bootstrap = TestContainers.kafka();
        String topic = "test-support-" + UUID.randomUUID();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get();
        }
        String key = UUID.randomUUID().toString();
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrap)) {
            kafka.send(topic, key, "hello".getBytes(StandardCharsets.UTF_8), Map.of());
            ConsumerRecord<String, byte[]> record = kafka.awaitRecord(topic, r -> key.equals(r.key()), Duration.ofSeconds(60));
            assertThat(KafkaTestClient.text(record)).isEqualTo("hello");
        }
    }

    @Test
    void thePostgresContainerAcceptsTheServiceLogin() throws Exception {
        Database db = TestContainers.postgres();
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select current_user, current_setting('server_version_num')::int")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getString(1)).isEqualTo("eventlens");
            assertThat(r.getInt(2)).isGreaterThanOrEqualTo(150000);
        }
    }
}
