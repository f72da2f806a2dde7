package io.eventlens.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

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
