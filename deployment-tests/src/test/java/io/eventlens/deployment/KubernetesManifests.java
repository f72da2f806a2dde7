package io.eventlens.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The resources a kustomization lists, read from its YAML files as written (the base has no
 * patches, so what is written is what renders; deploy/check.sh renders the overlays).
 */
final class KubernetesManifests {

    private final List<Map<String, Object>> resources;

    KubernetesManifests(List<Map<String, Object>> resources) {
        this.resources = List.copyOf(resources);
    }

    /** The resources of deploy/base (or any kustomization directory whose resources are plain files). */
    static KubernetesManifests loadKustomization(Path directory) {
        Path kustomization = directory.resolve("kustomization.yaml");
        List<Map<String, Object>> resources = new ArrayList<>();
        Map<String, Object> root = Yamls.document(read(kustomization), kustomization.toString());
        for (Object entry : Yamls.listAt(root, "resources")) {
            Path file = directory.resolve(String.valueOf(entry));
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException(kustomization + " lists " + entry + ", which is not a file");
            }
            resources.addAll(Yamls.documents(read(file), file.toString()));
        }
        return new KubernetesManifests(resources);
    }

    static KubernetesManifests parse(String yaml, String source) {
        return new KubernetesManifests(Yamls.documents(yaml, source));
    }

    List<Map<String, Object>> all(String kind) {
        return resources.stream().filter(r -> kind.equals(r.get("kind"))).toList();
    }

    Optional<Map<String, Object>> find(String kind, String name) {
        return all(kind).stream().filter(r -> name.equals(Yamls.string(r, "metadata", "name").orElse(null))).findFirst();
    }

    /** A ConfigMap's data. */
    Map<String, String> configMapData(String name) {
        Map<String, String> data = new LinkedHashMap<>();
        find("ConfigMap", name).ifPresent(cm -> Yamls.mapAt(cm, "data").forEach((k, v) -> data.put(k, String.valueOf(v))));
        return data;
    }

    static List<Map<String, Object>> containers(Map<String, Object> deployment) {
        return Yamls.listAt(deployment, "spec", "template", "spec", "containers").stream().map(Yamls::map).toList();
    }

    static Map<String, Object> podSpec(Map<String, Object> deployment) {
        return Yamls.mapAt(deployment, "spec", "template", "spec");
    }

    static String name(Map<String, Object> resource) {
        return Yamls.string(resource, "metadata", "name").orElse("(unnamed)");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
