package io.eventlens.deployment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A docker-compose.yml, read as the Compose specification describes it (both short and long syntaxes). */
final class ComposeFile {

    /** One published port: host port and container port. */
    record PortMapping(int published, int target) {
    }

    private static final Pattern INTERPOLATION = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?-)([^}]*))?}");

    private final Map<String, Object> root;
    private final String source;

    private ComposeFile(Map<String, Object> root, String source) {
        this.root = root;
        this.source = source;
    }

    static ComposeFile parse(String yaml, String source) {
        Map<String, Object> root = Yamls.document(yaml, source);
        if (!(root.get("services") instanceof Map)) {
            throw new IllegalArgumentException(source + ": no top-level 'services' mapping");
        }
        return new ComposeFile(root, source);
    }

    String source() {
        return source;
    }

    Set<String> serviceNames() {
        return Yamls.mapAt(root, "services").keySet();
    }

    boolean hasService(String name) {
        return serviceNames().contains(name);
    }

    private Map<String, Object> service(String name) {
        return Yamls.mapAt(root, "services", name);
    }

    Optional<String> hostname(String service) {
        return Yamls.string(service(service), "hostname");
    }

    Optional<String> image(String service) {
        return Yamls.string(service(service), "image");
    }

    /** The Dockerfile a service is built from, relative to the repository root (context joined with dockerfile). */
    Optional<String> buildDockerfile(String service) {
        Object build = service(service).get("build");
        if (build == null) {
            return Optional.empty();
        }
        String context = build instanceof String s ? s : Yamls.string(build, "context").orElse(".");
        String dockerfile = Yamls.string(build, "dockerfile").orElse("Dockerfile");
        String prefix = context.equals(".") || context.equals("./") ? "" : context.replaceFirst("^\\./", "").replaceFirst("/?$", "/");
        return Optional.of(prefix + dockerfile);
    }

    /** The environment as written (values uninterpolated), from either the mapping or the list form. */
    Map<String, String> environment(String service) {
        Object environment = service(service).get("environment");
        Map<String, String> result = new LinkedHashMap<>();
        if (environment instanceof Map<?, ?> map) {
            map.forEach((k, v) -> result.put(String.valueOf(k), v == null ? "" : String.valueOf(v)));
        } else {
            for (Object entry : Yamls.list(environment)) {
                String text = String.valueOf(entry);
                int equals = text.indexOf('=');
                result.put(equals < 0 ? text : text.substring(0, equals), equals < 0 ? "" : text.substring(equals + 1));
            }
        }
        return result;
    }

    List<PortMapping> ports(String service) {
        List<PortMapping> result = new ArrayList<>();
        for (Object port : Yamls.list(service(service).get("ports"))) {
            if (port instanceof Map<?, ?> longSyntax) {
                int target = Integer.parseInt(String.valueOf(longSyntax.get("target")));
                Object published = longSyntax.get("published");
                result.add(new PortMapping(published == null ? target : Integer.parseInt(String.valueOf(published)), target));
            } else {
                result.add(shortSyntaxPort(service, String.valueOf(port)));
            }
        }
        return result;
    }

    /** "[host-ip:][published:]target[/protocol]", read from the right since an IPv6 address has colons. */
    private PortMapping shortSyntaxPort(String service, String text) {
        String[] parts = text.replaceFirst("/\\w+$", "").split(":");
        try {
            int target = Integer.parseInt(parts[parts.length - 1]);
            int published = parts.length >= 2 ? Integer.parseInt(parts[parts.length - 2]) : target;
            return new PortMapping(published, target);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(source + ": service " + service + " has a port entry this check cannot read: " + text);
        }
    }

    /** depends_on as service name to condition (the list form means service_started). */
    Map<String, String> dependsOn(String service) {
        Object dependsOn = service(service).get("depends_on");
        Map<String, String> result = new LinkedHashMap<>();
        if (dependsOn instanceof Map<?, ?> map) {
            map.forEach((k, v) -> result.put(String.valueOf(k), Yamls.string(v, "condition").orElse("service_started")));
        } else {
            Yamls.list(dependsOn).forEach(name -> result.put(String.valueOf(name), "service_started"));
        }
        return result;
    }

    boolean hasHealthcheck(String service) {
        Map<String, Object> healthcheck = Yamls.mapAt(service(service), "healthcheck");
        return healthcheck.containsKey("test") && !Boolean.TRUE.equals(healthcheck.get("disable"));
    }

    /** Entrypoint and command as one text, for checking what a one-shot container does. */
    String commandText(String service) {
        StringBuilder text = new StringBuilder();
        for (String key : List.of("entrypoint", "command")) {
            Object value = service(service).get(key);
            if (value instanceof List<?> parts) {
                parts.forEach(part -> text.append(part).append(' '));
            } else if (value != null) {
                text.append(value).append(' ');
            }
        }
        return text.toString();
    }

    List<String> volumes(String service) {
        List<String> result = new ArrayList<>();
        for (Object volume : Yamls.list(service(service).get("volumes"))) {
            result.add(volume instanceof Map<?, ?> m ? m.get("source") + ":" + m.get("target") : String.valueOf(volume));
        }
        return result;
    }

    /**
     * A value as Compose would see it with no variables set: ${X:-default} and ${X-default} become
     * the default, ${X} and $X stay as they are (the caller reports them), $$ becomes $.
     */
    static String withDefaults(String value) {
        Matcher m = INTERPOLATION.matcher(value);
        StringBuilder result = new StringBuilder();
        while (m.find()) {
            String replacement = m.group(2) != null ? m.group(3) : m.group();
            m.appendReplacement(result, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(result);
        return result.toString().replace("$$", "$");
    }
}
