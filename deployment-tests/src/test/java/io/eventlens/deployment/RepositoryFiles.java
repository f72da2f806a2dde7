package io.eventlens.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** The files under test, found from the repository root. */
final class RepositoryFiles {

    static final String COMPOSE = "docker-compose.yml";
    static final String KUSTOMIZE_BASE = "deploy/base";

    /** The repository root: the surefire property set by this module's pom, else the parent of the working directory. */
    static Path root() {
        String configured = System.getProperty("eventlens.repo.root");
        Path root = (configured != null ? Path.of(configured) : Path.of("").toAbsolutePath().getParent()).normalize();
        if (!Files.isRegularFile(root.resolve(COMPOSE))) {
            throw new IllegalStateException("no " + COMPOSE + " in " + root + ": run the tests from the repository (./mvnw -pl deployment-tests verify)");
        }
        return root;
    }

    static Path path(String relative) {
        return root().resolve(relative);
    }

    static boolean exists(String relative) {
        return Files.isRegularFile(path(relative));
    }

    /**
     * Configuration files of the modules other than the services themselves (shared libraries a
     * service may depend on): their application.properties and META-INF/microprofile-config.properties.
     */
    static List<String> libraryConfigurationFiles(Set<String> serviceModules) {
        List<String> files = new ArrayList<>();
        try (Stream<Path> modules = Files.list(root())) {
            for (Path module : modules.filter(Files::isDirectory).sorted().toList()) {
                String name = module.getFileName().toString();
                if (serviceModules.contains(name) || !Files.isRegularFile(module.resolve("pom.xml"))) {
                    continue;
                }
                for (String file : List.of("src/main/resources/application.properties", "src/main/resources/META-INF/microprofile-config.properties")) {
                    if (Files.isRegularFile(module.resolve(file))) {
                        files.add(name + "/" + file);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** YAML files below a directory, relative to the repository root, in a stable order. */
    static List<String> yamlFilesUnder(String directory) {
        try (Stream<Path> files = Files.walk(path(directory))) {
            return files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
                    .map(f -> root().relativize(f).toString().replace('\\', '/')).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(String relative) {
        try {
            return Files.readString(path(relative));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + relative, e);
        }
    }

    private RepositoryFiles() {
    }
}
