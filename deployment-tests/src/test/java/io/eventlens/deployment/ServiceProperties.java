package io.eventlens.deployment;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A service's application.properties as the prod profile sees it when no environment variable
 * is set: a %prod.key wins over key, and ${NAME:default} stands for its default.
 */
final class ServiceProperties {

    private static final Pattern EXPRESSION = Pattern.compile("^\\$\\{([^:}]+)(?::(.*))?}$");
    private static final Pattern CHANNEL_KEY = Pattern.compile("^mp\\.messaging\\.(incoming|outgoing)\\.([^.]+)\\..+$");

    private final Properties properties = new Properties();
    private final String source;

    private ServiceProperties(String text, String source) {
        this.source = source;
        try {
            properties.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ServiceProperties parse(String text, String source) {
        return new ServiceProperties(text, source);
    }

    String source() {
        return source;
    }

    /** The value as written for the prod profile, expressions unresolved. */
    Optional<String> raw(String key) {
        String prod = properties.getProperty("%prod." + key);
        return Optional.ofNullable(prod != null ? prod : properties.getProperty(key)).map(String::trim);
    }

    /**
     * The value with a whole-value expression ${name:default} resolved as Quarkus would with no
     * environment variable set: another property of this file if it has one called name, else the
     * default. Empty when the key is absent or only the environment could give it a value.
     */
    Optional<String> value(String key) {
        return raw(key).flatMap(v -> resolve(v, 0));
    }

    private Optional<String> resolve(String value, int depth) {
        Matcher m = EXPRESSION.matcher(value);
        if (!m.matches() || depth > 10) {
            return Optional.of(value);
        }
        Optional<String> referenced = raw(m.group(1));
        if (referenced.isPresent()) {
            return resolve(referenced.get(), depth + 1);
        }
        return m.group(2) == null ? Optional.empty() : resolve(m.group(2), depth + 1);
    }

    /**
     * Whether this file reads an environment variable: a value refers to it as ${NAME} or
     * ${NAME:default}, or a key's environment form (upper case, every other character an
     * underscore, as SmallRye Config matches them) is NAME.
     */
    boolean reads(String environmentVariable) {
        for (String key : properties.stringPropertyNames()) {
            String value = properties.getProperty(key);
            if (value.contains("${" + environmentVariable + "}") || value.contains("${" + environmentVariable + ":")) {
                return true;
            }
            if (environmentForm(key.replaceFirst("^%[^.]+\\.", "")).equals(environmentVariable)) {
                return true;
            }
        }
        return false;
    }

    static String environmentForm(String key) {
        return key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    /**
     * The consumer group of each incoming channel: its group.id, else the global kafka.group.id,
     * else quarkus.application.name (the connector's default); "(random)" when none is set.
     */
    Map<String, String> consumerGroups() {
        Map<String, String> groups = new LinkedHashMap<>();
        for (String channel : channelTopics("incoming").keySet()) {
            groups.put(channel, value("mp.messaging.incoming." + channel + ".group.id")
                    .or(() -> value("kafka.group.id"))
                    .or(() -> value("quarkus.application.name"))
                    .orElse("(random)"));
        }
        return groups;
    }

    /** Every prod-profile key (profile prefixes of other profiles left out). */
    TreeSet<String> keys() {
        TreeSet<String> keys = new TreeSet<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith("%prod.")) {
                keys.add(key.substring("%prod.".length()));
            } else if (!key.startsWith("%")) {
                keys.add(key);
            }
        }
        return keys;
    }

    /**
     * The Kafka topics of each messaging channel in one direction ("incoming" or "outgoing"): its
     * topics attribute (a comma-separated list), else its topic attribute, else the channel's own
     * name (SmallRye's default). A topic only the environment can set is reported as "${...}".
     */
    Map<String, List<String>> channelTopics(String direction) {
        Map<String, List<String>> topics = new LinkedHashMap<>();
        for (String key : keys()) {
            Matcher m = CHANNEL_KEY.matcher(key);
            if (m.matches() && m.group(1).equals(direction) && !topics.containsKey(m.group(2))) {
                String channel = m.group(2);
                String prefix = "mp.messaging." + direction + "." + channel + ".";
                List<String> list;
                if (raw(prefix + "topics").isPresent()) {
                    list = Arrays.stream(value(prefix + "topics").orElse("${" + prefix + "topics}").split(",")).map(String::strip).toList();
                } else if (raw(prefix + "topic").isPresent()) {
                    list = List.of(value(prefix + "topic").orElse("${" + prefix + "topic}"));
                } else {
                    list = List.of(channel);
                }
                topics.put(channel, list);
            }
        }
        return topics;
    }

    /** Every topic the channels of one direction read or write. */
    TreeSet<String> topics(String direction) {
        TreeSet<String> all = new TreeSet<>();
        channelTopics(direction).values().forEach(all::addAll);
        return all;
    }
}
