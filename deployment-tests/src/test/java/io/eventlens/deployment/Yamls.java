package io.eventlens.deployment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Parsing YAML into plain maps and lists, and walking them without casts everywhere. */
final class Yamls {

    /** Every document of a (possibly multi-document) YAML text; fails on malformed YAML. */
    static List<Map<String, Object>> documents(String text, String source) {
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        List<Map<String, Object>> documents = new ArrayList<>();
        for (Object document : yaml.loadAll(text)) {
            if (document == null) {
                continue;
            }
            if (!(document instanceof Map)) {
                throw new IllegalArgumentException(source + ": a document is not a mapping but " + document.getClass().getSimpleName());
            }
            documents.add(map(document));
        }
        return documents;
    }

    /** A single-document YAML text. */
    static Map<String, Object> document(String text, String source) {
        List<Map<String, Object>> documents = documents(text, source);
        if (documents.size() != 1) {
            throw new IllegalArgumentException(source + ": expected one YAML document, found " + documents.size());
        }
        return documents.get(0);
    }

    /** The value at a path of mapping keys, if every step exists. */
    static Optional<Object> at(Object root, String... keys) {
        Object current = root;
        for (String key : keys) {
            if (!(current instanceof Map<?, ?> map) || !map.containsKey(key)) {
                return Optional.empty();
            }
            current = map.get(key);
        }
        return Optional.ofNullable(current);
    }

    static Optional<String> string(Object root, String... keys) {
        return at(root, keys).map(String::valueOf);
    }

    static Map<String, Object> map(Object value) {
        Map<String, Object> result = new LinkedHashMap<>();
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> result.put(String.valueOf(k), v));
        }
        return result;
    }

    static List<Object> list(Object value) {
        return value instanceof List<?> list ? new ArrayList<>(list) : List.of();
    }

    static Map<String, Object> mapAt(Object root, String... keys) {
        return at(root, keys).map(Yamls::map).orElseGet(LinkedHashMap::new);
    }

    static List<Object> listAt(Object root, String... keys) {
        return at(root, keys).map(Yamls::list).orElseGet(List::of);
    }

    private Yamls() {
    }
}
