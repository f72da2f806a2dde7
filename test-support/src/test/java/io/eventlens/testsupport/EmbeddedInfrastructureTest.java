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

/** The shared infrastructure really works: a record goes through the broker, SQL runs on PostgreSQL. */
class EmbeddedInfrastructureTest {

    @Test
    void aRecordSentToTheBrokerCanBeReadBack() throws Exception {
        String bootstrap = TestInfrastructure.kafkaBootstrapServers();
        String topic = "test-support-" + UUID.randomUUID();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get();
        }
        String key = UUID.randomUUID().toString();
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrap)) {
            kafka.send(topic, key, "hello".getBytes(StandardCharsets.UTF_8), Map.of("origin", "test"));
            ConsumerRecord<String, byte[]> record = kafka.awaitRecord(topic, r -> key.equals(r.key()), Duration.ofSeconds(30));
            assertThat(KafkaTestClient.text(record)).isEqualTo("hello");
            assertThat(KafkaTestClient.header(record, "origin")).contains("test");
        }
    }

    @Test
    void theDatabaseAcceptsTheServiceLogin() throws Exception {
        Database db = TestInfrastructure.database();
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select current_user, current_database(), current_setting('server_version_num')::int")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getString(1)).isEqualTo("eventlens");
            assertThat(r.getInt(3)).isGreaterThanOrEqualTo(150000);
        }
    }
}
