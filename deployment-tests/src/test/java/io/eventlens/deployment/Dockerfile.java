package io.eventlens.deployment;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The instructions of a Dockerfile this check cares about: FROM, EXPOSE, USER, COPY sources. */
final class Dockerfile {

    private final List<String[]> instructions = new ArrayList<>();

    private Dockerfile(String text) {
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\\R")) {
            String trimmed = line.strip();
            if (current.isEmpty() && (trimmed.isEmpty() || trimmed.startsWith("#"))) {
                continue;
            }
            if (trimmed.endsWith("\\")) {
                current.append(trimmed, 0, trimmed.length() - 1).append(' ');
                continue;
            }
            current.append(trimmed);
            String[] words = current.toString().strip().split("\\s+");
            words[0] = words[0].toUpperCase(Locale.ROOT);
            instructions.add(words);
            current.setLength(0);
        }
    }

    static Dockerfile parse(String text) {
        return new Dockerfile(text);
    }

    Optional<String> from() {
        return instructions.stream().filter(i -> i[0].equals("FROM") && i.length > 1).reduce((first, last) -> last).map(i -> i[1]);
    }

    /** Ports of every EXPOSE line ("8081", "8081/tcp" both give 8081). */
    Set<Integer> exposedPorts() {
        Set<Integer> ports = new LinkedHashSet<>();
        for (String[] instruction : instructions) {
            if (instruction[0].equals("EXPOSE")) {
                for (int i = 1; i < instruction.length; i++) {
                    ports.add(Integer.parseInt(instruction[i].replaceFirst("/\\w+$", "")));
                }
            }
        }
        return ports;
    }

    /** The user of the last USER instruction (the one the container runs as). */
    Optional<String> user() {
        return instructions.stream().filter(i -> i[0].equals("USER") && i.length > 1).reduce((first, last) -> last).map(i -> i[1]);
    }

    /** Source paths of COPY instructions from the build context (not --from another stage). */
    List<String> copySources() {
        List<String> sources = new ArrayList<>();
        for (String[] instruction : instructions) {
            if (!instruction[0].equals("COPY")) {
                continue;
            }
            List<String> arguments = new ArrayList<>();
            boolean fromStage = false;
            for (int i = 1; i < instruction.length; i++) {
                if (instruction[i].startsWith("--from")) {
                    fromStage = true;
                } else if (!instruction[i].startsWith("--")) {
                    arguments.add(instruction[i]);
                }
            }
            if (!fromStage && arguments.size() >= 2) {
                sources.addAll(arguments.subList(0, arguments.size() - 1));
            }
        }
        return sources;
    }
}
