package io.eventlens.service.kafka;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * How the services create the pipeline's topics at startup ({@code eventlens.topics.*}). Defaults
 * suit a one-node development broker; production sets partitions, replication factor and min ISR
 * through {@code EVENTLENS_TOPIC_PARTITIONS}, {@code EVENTLENS_TOPIC_REPLICATION_FACTOR} and
 * {@code EVENTLENS_TOPIC_MIN_INSYNC_REPLICAS}, or turns creation off where topics are managed
 * elsewhere (an operator, Strimzi KafkaTopic resources) with {@code EVENTLENS_TOPICS_CREATE=false}.
 */
@ConfigMapping(prefix = "eventlens.topics")
public interface TopicSettings {

    /** Create missing topics at startup. */
    @WithDefault("true")
    boolean create();

    /** Partitions of each topic: the most consumers of one group that can work in parallel. */
    @WithDefault("6")
    int partitions();

    @WithDefault("1")
    short replicationFactor();

    /** With acks=all, how many replicas must have a record before it counts as written. */
    @WithDefault("1")
    int minInsyncReplicas();

    /** How long startup waits for the broker to answer before it goes on without the topics. */
    @WithDefault("15s")
    Duration timeout();
}
