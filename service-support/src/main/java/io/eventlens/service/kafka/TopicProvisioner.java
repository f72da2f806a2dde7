package io.eventlens.service.kafka;

import io.eventlens.contract.Topics;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.jboss.logging.Logger;

/**
 * Creates the pipeline's topics when they are missing, before the messaging channels start (this
 * observer runs ahead of SmallRye Reactive Messaging's), so no consumer subscribes to a topic that
 * does not exist and no broker default silently decides the partition count. Every service ensures
 * all four topics with the same settings; whichever starts first creates them.
 */
@ApplicationScoped
public class TopicProvisioner {

    private static final Logger LOG = Logger.getLogger(TopicProvisioner.class);

    /** Lower runs earlier; SmallRye Reactive Messaging starts at LIBRARY_BEFORE (1000). */
    static final int BEFORE_MESSAGING = 10;

    @Inject
    TopicSettings settings;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    void onStart(@Observes @Priority(BEFORE_MESSAGING) StartupEvent event) {
        if (!settings.create()) {
            LOG.info("topic creation is off (eventlens.topics.create=false): the topics must exist already");
            return;
        }
        ensureTopics();
    }

    /** Creates the missing topics; logs and returns when the broker does not answer in time. */
    public void ensureTopics() {
        try (Admin admin = Admin.create(adminConfig())) {
            long timeoutMs = settings.timeout().toMillis();
            Set<String> existing = admin.listTopics().names().get(timeoutMs, TimeUnit.MILLISECONDS);
            List<NewTopic> missing = new ArrayList<>();
            for (String name : Topics.ALL) {
                if (!existing.contains(name)) {
                    missing.add(new NewTopic(name, settings.partitions(), settings.replicationFactor()).configs(topicConfig()));
                }
            }
            if (missing.isEmpty()) {
                LOG.debugf("topics %s exist", Topics.ALL);
                return;
            }
            for (var entry : admin.createTopics(missing).values().entrySet()) {
                try {
                    entry.getValue().get(timeoutMs, TimeUnit.MILLISECONDS);
                    LOG.infof("created topic %s (%d partitions, replication factor %d)", entry.getKey(),
                            settings.partitions(), settings.replicationFactor());
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.warnf("could not check or create the topics %s on %s: %s. The service starts anyway and its "
                    + "readiness check reports Kafka down until the broker answers; create the topics by hand "
                    + "if the broker forbids it (see eventlens.topics.*).", Topics.ALL,
                    kafkaConfig.get("bootstrap.servers"), e.getCause() == null ? e : e.getCause());
        }
    }

    Map<String, String> topicConfig() {
        return Map.of(
                "max.message.bytes", Integer.toString(Topics.MAX_RECORD_BYTES),
                "min.insync.replicas", Integer.toString(settings.minInsyncReplicas()));
    }

    private Map<String, Object> adminConfig() {
        Map<String, Object> config = new HashMap<>();
        Set<String> known = AdminClientConfig.configNames();
        kafkaConfig.forEach((key, value) -> {
            if (known.contains(key)) {
                config.put(key, value);
            }
        });
        int timeout = (int) settings.timeout().toMillis();
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, timeout);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeout);
        return config;
    }
}
