package io.eventlens.deployment;

import io.eventlens.deployment.ComposeFile.PortMapping;
import io.eventlens.deployment.Conventions.Service;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Compares the deployment descriptions with each other and with the conventions. Every check
 * returns the disagreements it found, each naming the two places that disagree and their
 * values; an empty list means they agree.
 */
final class DeploymentChecks {

    private static final Pattern JDBC_POSTGRES = Pattern.compile("^jdbc:postgresql://([^:/]+)(?::(\\d+))?/([^?]+)(?:\\?.*)?$");
    private static final Pattern HOST_PORT = Pattern.compile("^[A-Za-z0-9.-]+:\\d+$");
    private static final Pattern LISTENER = Pattern.compile("^([A-Za-z0-9_-]+)://([^:]*):(\\d+)$");
    /** Environment variables that configure the application (JVM tuning such as JAVA_* is left out). */
    private static final List<String> APPLICATION_ENV_PREFIXES = List.of("KAFKA_", "EVENTLENS_", "QUARKUS_");

    /** A Kafka listener: name, host and port. */
    record Listener(String name, String host, int port) {
        String address() {
            return host + ":" + port;
        }
    }

    // ---------------------------------------------------------------- docker-compose.yml

    /** docker-compose.yml against the conventions: broker, database, and what each service is given. */
    static List<String> compose(ComposeFile compose) {
        List<String> problems = new ArrayList<>();
        String where = compose.source();

        Optional<String> kafka = compose.serviceNames().stream()
                .filter(n -> compose.image(n).orElse("").startsWith("apache/kafka:"))
                .filter(n -> compose.environment(n).containsKey("KAFKA_PROCESS_ROLES"))
                .findFirst();
        List<Listener> advertised = List.of();
        if (kafka.isEmpty()) {
            problems.add(where + ": no Kafka broker (a service with image apache/kafka:<4.x> and KAFKA_PROCESS_ROLES)");
        } else {
            advertised = checkKafkaBroker(compose, kafka.get(), problems);
        }

        Optional<String> postgres = compose.serviceNames().stream()
                .filter(n -> compose.image(n).orElse("").startsWith("postgres:")).findFirst();
        if (postgres.isEmpty()) {
            problems.add(where + ": no PostgreSQL service (image postgres:15...)");
        } else {
            checkPostgres(compose, postgres.get(), problems);
        }

        for (Service service : Conventions.SERVICES) {
            String name = service.name();
            if (!compose.hasService(name)) {
                problems.add(where + ": no service " + name);
                continue;
            }
            String at = where + " " + name;
            if (!compose.buildDockerfile(name).equals(Optional.of(service.dockerfile()))) {
                problems.add(at + ": built from " + compose.buildDockerfile(name).orElse("(no build)") + ", expected " + service.dockerfile());
            }
            for (PortMapping port : compose.ports(name)) {
                if (port.published() != port.target()) {
                    problems.add(at + ": publishes container port " + port.target() + " on host port " + port.published()
                            + "; the README's URLs use the same port on both sides");
                }
            }
            Map<String, String> env = compose.environment(name);
            Map<String, String> dependsOn = compose.dependsOn(name);

            String bootstrap = env.get(Conventions.KAFKA_BOOTSTRAP_SERVERS);
            if (bootstrap == null || bootstrap.isBlank()) {
                problems.add(at + ": no " + Conventions.KAFKA_BOOTSTRAP_SERVERS);
            } else if (kafka.isPresent()) {
                Set<String> advertisedAddresses = advertised.stream().map(Listener::address).collect(Collectors.toSet());
                for (String address : bootstrap.split(",")) {
                    String host = address.strip().replaceFirst(":\\d+$", "");
                    if (!advertisedAddresses.contains(address.strip())) {
                        problems.add(at + ": " + Conventions.KAFKA_BOOTSTRAP_SERVERS + "=" + address.strip()
                                + " is not one of the broker's advertised listeners " + advertisedAddresses);
                    } else if (!host.equals(kafka.get()) && !host.equals(compose.hostname(kafka.get()).orElse(kafka.get()))) {
                        problems.add(at + ": " + Conventions.KAFKA_BOOTSTRAP_SERVERS + "=" + address.strip()
                                + " names host " + host + ", which other containers cannot reach (use the broker's service name)");
                    }
                }
                if (!"service_healthy".equals(dependsOn.get(kafka.get()))) {
                    problems.add(at + ": depends_on " + kafka.get() + " should wait for condition service_healthy, has "
                            + dependsOn.getOrDefault(kafka.get(), "nothing"));
                }
            }
            checkInteger(at, env, Conventions.TOPIC_PARTITIONS, 1, Integer.MAX_VALUE, problems);
            checkInteger(at, env, Conventions.TOPIC_REPLICATION_FACTOR, 1, 1, problems);
            String partitions = ComposeFile.withDefaults(env.getOrDefault(Conventions.TOPIC_PARTITIONS, ""));
            if (!partitions.isEmpty() && !partitions.equals(String.valueOf(Conventions.DEFAULT_PARTITIONS))) {
                problems.add(at + ": " + Conventions.TOPIC_PARTITIONS + " defaults to " + partitions + ", the convention is "
                        + Conventions.DEFAULT_PARTITIONS);
            }
            if (service.usesDatabase()) {
                postgres.ifPresent(pg -> checkComposeDatabase(compose, at, name, pg, problems));
            } else {
                env.keySet().stream().filter(k -> k.startsWith("QUARKUS_DATASOURCE_"))
                        .forEach(k -> problems.add(at + ": sets " + k + " but this service has no database"));
            }
        }
        return problems;
    }

    private static List<Listener> checkKafkaBroker(ComposeFile compose, String kafka, List<String> problems) {
        String at = compose.source() + " " + kafka;
        Map<String, String> env = compose.environment(kafka);
        String tag = compose.image(kafka).orElse("").replaceFirst("^[^:]*:", "");
        if (!tag.matches("4\\.\\d+\\.\\d+")) {
            problems.add(at + ": image tag " + tag + " is not a pinned 4.x.y release");
        }
        Set<String> roles = Arrays.stream(env.getOrDefault("KAFKA_PROCESS_ROLES", "").split(",")).map(String::strip).collect(Collectors.toSet());
        if (!roles.equals(Set.of("broker", "controller"))) {
            problems.add(at + ": KAFKA_PROCESS_ROLES=" + env.get("KAFKA_PROCESS_ROLES") + ", a single KRaft node needs broker,controller");
        }
        // With any KAFKA_* variable set the image uses none of its defaults: all of these must be given.
        for (String required : List.of("CLUSTER_ID", "KAFKA_NODE_ID", "KAFKA_CONTROLLER_QUORUM_VOTERS", "KAFKA_CONTROLLER_LISTENER_NAMES",
                "KAFKA_LISTENERS", "KAFKA_ADVERTISED_LISTENERS", "KAFKA_LISTENER_SECURITY_PROTOCOL_MAP", "KAFKA_INTER_BROKER_LISTENER_NAME")) {
            if (env.getOrDefault(required, "").isBlank()) {
                problems.add(at + ": " + required + " is not set");
            }
        }
        // One broker cannot hold the default three replicas of the internal topics: consumers would never get offsets.
        for (String replication : List.of("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR", "KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR")) {
            if (!"1".equals(env.get(replication))) {
                problems.add(at + ": " + replication + "=" + env.get(replication) + ", a single broker needs 1");
            }
        }
        List<Listener> advertised = listeners(at, "KAFKA_ADVERTISED_LISTENERS", env.getOrDefault("KAFKA_ADVERTISED_LISTENERS", ""), problems);
        Map<String, Integer> bound = new LinkedHashMap<>();
        listeners(at, "KAFKA_LISTENERS", env.getOrDefault("KAFKA_LISTENERS", ""), problems).forEach(l -> bound.put(l.name(), l.port()));
        for (Listener listener : advertised) {
            if (!Objects.equals(bound.get(listener.name()), listener.port())) {
                problems.add(at + ": advertised listener " + listener.name() + " is on port " + listener.port()
                        + " but KAFKA_LISTENERS binds it to " + bound.get(listener.name()));
            }
        }
        String controllerName = env.getOrDefault("KAFKA_CONTROLLER_LISTENER_NAMES", "");
        String voters = env.getOrDefault("KAFKA_CONTROLLER_QUORUM_VOTERS", "");
        String expectedVoter = env.get("KAFKA_NODE_ID") + "@" + compose.hostname(kafka).orElse(kafka) + ":" + bound.get(controllerName);
        if (!voters.equals(expectedVoter)) {
            problems.add(at + ": KAFKA_CONTROLLER_QUORUM_VOTERS=" + voters + ", expected " + expectedVoter
                    + " (node id @ this service : its " + controllerName + " listener port)");
        }
        if (!compose.hasHealthcheck(kafka)) {
            problems.add(at + ": no healthcheck, so services cannot wait for the broker");
        }
        return advertised;
    }

    private static List<Listener> listeners(String at, String variable, String value, List<String> problems) {
        List<Listener> listeners = new ArrayList<>();
        for (String entry : value.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            Matcher m = LISTENER.matcher(entry.strip());
            if (m.matches()) {
                listeners.add(new Listener(m.group(1), m.group(2), Integer.parseInt(m.group(3))));
            } else {
                problems.add(at + ": " + variable + " has an entry that is not NAME://host:port: " + entry);
            }
        }
        return listeners;
    }

    private static void checkPostgres(ComposeFile compose, String postgres, List<String> problems) {
        String at = compose.source() + " " + postgres;
        Map<String, String> env = compose.environment(postgres);
        String tag = compose.image(postgres).orElse("").replaceFirst("^[^:]*:", "");
        if (!tag.equals("15") && !tag.startsWith("15.") && !tag.startsWith("15-")) {
            problems.add(at + ": image tag " + tag + ", the project runs PostgreSQL 15");
        }
        if (!Conventions.DATABASE.equals(env.get("POSTGRES_DB"))) {
            problems.add(at + ": POSTGRES_DB=" + env.get("POSTGRES_DB") + ", expected " + Conventions.DATABASE);
        }
        if (!Conventions.DATABASE_USER.equals(env.get("POSTGRES_USER"))) {
            problems.add(at + ": POSTGRES_USER=" + env.get("POSTGRES_USER") + ", expected " + Conventions.DATABASE_USER);
        }
        if (env.getOrDefault("POSTGRES_PASSWORD", "").isBlank()) {
            problems.add(at + ": POSTGRES_PASSWORD is not set (the image refuses to start without it)");
        }
        if (!compose.hasHealthcheck(postgres)) {
            problems.add(at + ": no healthcheck, so query-service cannot wait for the database");
        }
        if (compose.volumes(postgres).stream().noneMatch(v -> v.endsWith(":/var/lib/postgresql/data"))) {
            problems.add(at + ": no volume on /var/lib/postgresql/data, the data would go with the container");
        }
    }

    private static void checkComposeDatabase(ComposeFile compose, String at, String name, String postgres, List<String> problems) {
        Map<String, String> env = compose.environment(name);
        Map<String, String> pgEnv = compose.environment(postgres);
        String url = env.get(Conventions.JDBC_URL);
        Matcher m = url == null ? null : JDBC_POSTGRES.matcher(url);
        if (m == null || !m.matches()) {
            problems.add(at + ": " + Conventions.JDBC_URL + "=" + url + " is not jdbc:postgresql://host:port/database");
        } else {
            if (!m.group(1).equals(postgres)) {
                problems.add(at + ": " + Conventions.JDBC_URL + " names host " + m.group(1) + ", the PostgreSQL service is " + postgres);
            }
            String port = m.group(2) == null ? String.valueOf(Conventions.POSTGRES_PORT) : m.group(2);
            if (!port.equals(String.valueOf(Conventions.POSTGRES_PORT))) {
                problems.add(at + ": " + Conventions.JDBC_URL + " uses port " + port + ", PostgreSQL listens on " + Conventions.POSTGRES_PORT);
            }
            if (!m.group(3).equals(pgEnv.get("POSTGRES_DB"))) {
                problems.add(at + ": " + Conventions.JDBC_URL + " names database " + m.group(3) + ", but " + postgres
                        + " creates POSTGRES_DB=" + pgEnv.get("POSTGRES_DB"));
            }
        }
        if (!Objects.equals(env.get(Conventions.DB_USERNAME), pgEnv.get("POSTGRES_USER"))) {
            problems.add(at + ": " + Conventions.DB_USERNAME + "=" + env.get(Conventions.DB_USERNAME) + ", but " + postgres
                    + " creates POSTGRES_USER=" + pgEnv.get("POSTGRES_USER"));
        }
        if (!Objects.equals(env.get(Conventions.DB_PASSWORD), pgEnv.get("POSTGRES_PASSWORD"))) {
            problems.add(at + ": " + Conventions.DB_PASSWORD + "=" + env.get(Conventions.DB_PASSWORD) + ", but " + postgres
                    + " sets POSTGRES_PASSWORD=" + pgEnv.get("POSTGRES_PASSWORD"));
        }
        String condition = compose.dependsOn(name).get(postgres);
        if (!"service_healthy".equals(condition)) {
            problems.add(at + ": depends_on " + postgres + " should wait for condition service_healthy, has " + (condition == null ? "nothing" : condition));
        }
    }

    private static void checkInteger(String at, Map<String, String> env, String key, int min, int max, List<String> problems) {
        String value = ComposeFile.withDefaults(env.getOrDefault(key, ""));
        if (value.isEmpty()) {
            problems.add(at + ": no " + key);
            return;
        }
        try {
            int number = Integer.parseInt(value);
            if (number < min || number > max) {
                problems.add(at + ": " + key + "=" + number + ", expected " + (min == max ? String.valueOf(min) : min + ".." + max));
            }
        } catch (NumberFormatException e) {
            problems.add(at + ": " + key + "=" + value + " is not a number");
        }
    }

    // ---------------------------------------------------------------- Dockerfiles

    /** A service's Dockerfile.jvm: its EXPOSE, user, base image and what it copies. */
    static List<String> dockerfile(Service service, Dockerfile dockerfile, String source) {
        List<String> problems = new ArrayList<>();
        if (!dockerfile.exposedPorts().equals(Set.of(service.httpPort()))) {
            problems.add(source + ": EXPOSE " + dockerfile.exposedPorts() + ", the service listens on " + service.httpPort());
        }
        String user = dockerfile.user().orElse("root");
        if (user.equals("root") || user.equals("0") || user.startsWith("0:") || user.startsWith("root:")) {
            problems.add(source + ": runs as " + user + "; the image must run as a non-root user");
        }
        if (!dockerfile.from().orElse("").contains("openjdk-17")) {
            problems.add(source + ": FROM " + dockerfile.from().orElse("(none)") + ", expected a UBI OpenJDK 17 runtime image");
        }
        String prefix = service.name() + "/target/quarkus-app/";
        List<String> sources = dockerfile.copySources();
        if (sources.isEmpty()) {
            problems.add(source + ": copies nothing from " + prefix);
        }
        sources.stream().filter(s -> !s.startsWith(prefix))
                .forEach(s -> problems.add(source + ": copies " + s + ", expected only files below " + prefix + " (the build context is the repository root)"));
        return problems;
    }

    // ---------------------------------------------------------------- Kubernetes (deploy/base)

    /** The kustomize base against the conventions: probes, resources, security, configuration. */
    static List<String> kubernetes(KubernetesManifests manifests, String where) {
        List<String> problems = new ArrayList<>();
        manifests.all("Secret").forEach(s -> problems.add(where + ": Secret " + KubernetesManifests.name(s)
                + " carries values; reference credentials instead"));
        for (Map<String, Object> configMap : manifests.all("ConfigMap")) {
            for (String key : Yamls.mapAt(configMap, "data").keySet()) {
                if (key.toUpperCase().contains("PASSWORD") || key.toUpperCase().contains("SECRET")) {
                    problems.add(where + ": ConfigMap " + KubernetesManifests.name(configMap) + " holds " + key + "; credentials belong in a Secret");
                }
            }
        }
        for (Service service : Conventions.SERVICES) {
            String name = service.name();
            Optional<Map<String, Object>> deployment = manifests.find("Deployment", name);
            if (deployment.isEmpty()) {
                problems.add(where + ": no Deployment " + name);
                continue;
            }
            String at = where + " Deployment " + name;
            List<Map<String, Object>> containers = KubernetesManifests.containers(deployment.get());
            Map<String, Object> container = containers.stream()
                    .filter(c -> name.equals(c.get("name"))).findFirst().orElse(containers.isEmpty() ? Map.of() : containers.get(0));
            Map<String, Integer> namedPorts = new LinkedHashMap<>();
            for (Object port : Yamls.list(container.get("ports"))) {
                namedPorts.put(Yamls.string(port, "name").orElse(""), Integer.valueOf(Yamls.string(port, "containerPort").orElse("0")));
            }
            if (!namedPorts.containsValue(service.httpPort())) {
                problems.add(at + ": container ports " + namedPorts.values() + ", the service listens on " + service.httpPort());
            }
            checkProbe(at, container, "startupProbe", null, service, namedPorts, problems);
            checkProbe(at, container, "readinessProbe", Conventions.READINESS_PATH, service, namedPorts, problems);
            checkProbe(at, container, "livenessProbe", Conventions.LIVENESS_PATH, service, namedPorts, problems);
            for (String[] resource : List.of(new String[] {"requests", "cpu"}, new String[] {"requests", "memory"}, new String[] {"limits", "memory"})) {
                if (Yamls.at(container, "resources", resource[0], resource[1]).isEmpty()) {
                    problems.add(at + ": no resources." + resource[0] + "." + resource[1]);
                }
            }
            Map<String, Object> pod = KubernetesManifests.podSpec(deployment.get());
            boolean nonRoot = Boolean.TRUE.equals(Yamls.at(pod, "securityContext", "runAsNonRoot").orElse(null))
                    || Boolean.TRUE.equals(Yamls.at(container, "securityContext", "runAsNonRoot").orElse(null));
            if (!nonRoot) {
                problems.add(at + ": runAsNonRoot is not true");
            }
            if (!Boolean.TRUE.equals(Yamls.at(container, "securityContext", "readOnlyRootFilesystem").orElse(null))) {
                problems.add(at + ": readOnlyRootFilesystem is not true");
            }
            if (!Boolean.FALSE.equals(Yamls.at(container, "securityContext", "allowPrivilegeEscalation").orElse(null))) {
                problems.add(at + ": allowPrivilegeEscalation is not false");
            }
            Optional<String> tmpVolume = Yamls.list(container.get("volumeMounts")).stream()
                    .filter(m -> "/tmp".equals(Yamls.string(m, "mountPath").orElse(null)))
                    .map(m -> Yamls.string(m, "name").orElse("")).findFirst();
            boolean tmpIsEmptyDir = tmpVolume.isPresent() && Yamls.list(pod.get("volumes")).stream()
                    .anyMatch(v -> tmpVolume.get().equals(Yamls.string(v, "name").orElse(null)) && Yamls.at(v, "emptyDir").isPresent());
            if (!tmpIsEmptyDir) {
                problems.add(at + ": no emptyDir mounted on /tmp, which the JVM and Quarkus need with a read-only root filesystem");
            }

            List<String> configMaps = Yamls.list(container.get("envFrom")).stream()
                    .map(e -> Yamls.string(e, "configMapRef", "name").orElse(null)).filter(Objects::nonNull).toList();
            if (!configMaps.contains(service.configMap())) {
                problems.add(at + ": envFrom does not use ConfigMap " + service.configMap() + " (uses " + configMaps + ")");
            }
            Map<String, String> config = manifests.configMapData(service.configMap());
            if (manifests.find("ConfigMap", service.configMap()).isEmpty()) {
                problems.add(where + ": no ConfigMap " + service.configMap());
            }
            String bootstrap = config.getOrDefault(Conventions.KAFKA_BOOTSTRAP_SERVERS, "");
            if (Arrays.stream(bootstrap.split(",")).map(String::strip).anyMatch(a -> !HOST_PORT.matcher(a).matches())) {
                problems.add(where + " ConfigMap " + service.configMap() + ": " + Conventions.KAFKA_BOOTSTRAP_SERVERS + "=" + bootstrap
                        + " is not a list of host:port");
            }
            for (String key : List.of(Conventions.TOPIC_PARTITIONS, Conventions.TOPIC_REPLICATION_FACTOR)) {
                if (!config.getOrDefault(key, "").matches("[1-9]\\d*")) {
                    problems.add(where + " ConfigMap " + service.configMap() + ": " + key + "=" + config.get(key) + " is not a positive number");
                }
            }

            Map<String, Map<String, Object>> env = new LinkedHashMap<>();
            Yamls.list(container.get("env")).forEach(e -> env.put(Yamls.string(e, "name").orElse(""), Yamls.map(e)));
            if (service.usesDatabase()) {
                checkKubernetesDatabase(where, at, service, config, env, problems);
            } else {
                new TreeSet<>(config.keySet()).stream().filter(k -> k.startsWith("QUARKUS_DATASOURCE_"))
                        .forEach(k -> problems.add(where + " ConfigMap " + service.configMap() + ": sets " + k + " but " + name + " has no database"));
                env.keySet().stream().filter(k -> k.startsWith("QUARKUS_DATASOURCE_"))
                        .forEach(k -> problems.add(at + ": sets " + k + " but the service has no database"));
            }

            Set<String> annotated = Arrays.stream(Yamls.string(deployment.get(), "metadata", "annotations", Conventions.CONSUMES_ANNOTATION).orElse("").split(","))
                    .map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toCollection(TreeSet::new));
            if (!annotated.equals(new TreeSet<>(service.consumes()))) {
                problems.add(at + ": annotation " + Conventions.CONSUMES_ANNOTATION + " lists " + annotated + ", the service consumes "
                        + new TreeSet<>(service.consumes()));
            }

            boolean hasGroup = Yamls.string(deployment.get(), "metadata", "annotations", Conventions.CONSUMER_GROUPS_ANNOTATION).filter(g -> !g.isBlank()).isPresent();
            if (!service.consumes().isEmpty() && !hasGroup) {
                problems.add(at + ": consumes " + new TreeSet<>(service.consumes()) + " but has no annotation " + Conventions.CONSUMER_GROUPS_ANNOTATION);
            }

            checkKubernetesService(where, service, deployment.get(), manifests, problems);
        }
        return problems;
    }

    private static void checkProbe(String at, Map<String, Object> container, String probe, String expectedPath, Service service,
            Map<String, Integer> namedPorts, List<String> problems) {
        if (!container.containsKey(probe)) {
            problems.add(at + ": no " + probe);
            return;
        }
        String path = Yamls.string(container, probe, "httpGet", "path").orElse("(not an httpGet probe)");
        if (expectedPath != null ? !path.equals(expectedPath) : !path.startsWith(Conventions.HEALTH_PREFIX)) {
            problems.add(at + ": " + probe + " asks " + path + ", expected " + (expectedPath != null ? expectedPath : Conventions.HEALTH_PREFIX + "..."));
        }
        String port = Yamls.string(container, probe, "httpGet", "port").orElse("");
        Integer number = port.matches("\\d+") ? Integer.valueOf(port) : namedPorts.get(port);
        if (!Objects.equals(number, service.httpPort())) {
            problems.add(at + ": " + probe + " asks port " + port + ", the service listens on " + service.httpPort());
        }
    }

    private static void checkKubernetesDatabase(String where, String at, Service service, Map<String, String> config,
            Map<String, Map<String, Object>> env, List<String> problems) {
        String url = config.get(Conventions.JDBC_URL);
        Matcher m = url == null ? null : JDBC_POSTGRES.matcher(url);
        if (m == null || !m.matches()) {
            problems.add(where + " ConfigMap " + service.configMap() + ": " + Conventions.JDBC_URL + "=" + url + " is not jdbc:postgresql://host:port/database");
        } else if (!m.group(3).equals(Conventions.DATABASE)) {
            problems.add(where + " ConfigMap " + service.configMap() + ": " + Conventions.JDBC_URL + " names database " + m.group(3)
                    + ", expected " + Conventions.DATABASE);
        }
        Map<String, Object> password = env.get(Conventions.DB_PASSWORD);
        if (password == null || Yamls.at(password, "valueFrom", "secretKeyRef", "name").isEmpty()) {
            problems.add(at + ": " + Conventions.DB_PASSWORD + " does not come from a Secret (env valueFrom.secretKeyRef)");
        }
        Map<String, Object> username = env.get(Conventions.DB_USERNAME);
        boolean usernameFromSecret = username != null && Yamls.at(username, "valueFrom", "secretKeyRef", "name").isPresent();
        boolean usernameInConfig = Conventions.DATABASE_USER.equals(config.get(Conventions.DB_USERNAME));
        if (!usernameFromSecret && !usernameInConfig) {
            problems.add(at + ": " + Conventions.DB_USERNAME + " comes neither from a Secret nor from ConfigMap " + service.configMap());
        }
    }

    private static void checkKubernetesService(String where, Service service, Map<String, Object> deployment, KubernetesManifests manifests,
            List<String> problems) {
        Optional<Map<String, Object>> kubeService = manifests.find("Service", service.name());
        if (kubeService.isEmpty()) {
            problems.add(where + ": no Service " + service.name());
            return;
        }
        String at = where + " Service " + service.name();
        Map<String, Object> podLabels = Yamls.mapAt(deployment, "spec", "template", "metadata", "labels");
        Map<String, Object> selector = Yamls.mapAt(kubeService.get(), "spec", "selector");
        if (selector.isEmpty() || !selector.entrySet().stream().allMatch(e -> Objects.equals(String.valueOf(podLabels.get(e.getKey())), String.valueOf(e.getValue())))) {
            problems.add(at + ": selector " + selector + " does not match the pod labels " + podLabels);
        }
        boolean portOk = Yamls.list(Yamls.at(kubeService.get(), "spec", "ports").orElse(null)).stream().anyMatch(p ->
                Yamls.string(p, "port").orElse("").equals(String.valueOf(service.httpPort()))
                        && List.of("http", String.valueOf(service.httpPort())).contains(Yamls.string(p, "targetPort").orElse(Yamls.string(p, "port").orElse(""))));
        if (!portOk) {
            problems.add(at + ": no port " + service.httpPort() + " with targetPort http (or " + service.httpPort() + ")");
        }
    }

    // ---------------------------------------------------------------- compose against Kubernetes

    /** docker-compose.yml and the kustomize base give each service the same settings (not the same addresses). */
    static List<String> composeAgainstKubernetes(ComposeFile compose, KubernetesManifests manifests, String where) {
        List<String> problems = new ArrayList<>();
        for (Service service : Conventions.SERVICES) {
            String name = service.name();
            Optional<Map<String, Object>> deployment = manifests.find("Deployment", name);
            if (!compose.hasService(name) || deployment.isEmpty()) {
                continue; // reported by the checks of each file
            }
            Map<String, String> composeEnv = compose.environment(name);
            Map<String, String> config = manifests.configMapData(service.configMap());
            Set<String> kubernetesKeys = new TreeSet<>(config.keySet());
            for (Map<String, Object> container : KubernetesManifests.containers(deployment.get())) {
                Yamls.list(container.get("env")).forEach(e -> kubernetesKeys.add(Yamls.string(e, "name").orElse("")));
            }
            Set<String> composeSettings = applicationSettings(composeEnv.keySet());
            Set<String> kubernetesSettings = applicationSettings(kubernetesKeys);
            if (!composeSettings.equals(kubernetesSettings)) {
                problems.add(name + ": " + compose.source() + " sets " + composeSettings + " but " + where + " sets " + kubernetesSettings);
            }
            String composePartitions = ComposeFile.withDefaults(composeEnv.getOrDefault(Conventions.TOPIC_PARTITIONS, ""));
            if (!composePartitions.equals(config.getOrDefault(Conventions.TOPIC_PARTITIONS, ""))) {
                problems.add(name + ": " + Conventions.TOPIC_PARTITIONS + " is " + composePartitions + " in " + compose.source() + " (by default) and "
                        + config.get(Conventions.TOPIC_PARTITIONS) + " in " + where);
            }
            if (service.usesDatabase()) {
                String composeDb = databaseOf(composeEnv.get(Conventions.JDBC_URL));
                String kubernetesDb = databaseOf(config.get(Conventions.JDBC_URL));
                if (!Objects.equals(composeDb, kubernetesDb)) {
                    problems.add(name + ": the JDBC URL names database " + composeDb + " in " + compose.source() + " and " + kubernetesDb + " in " + where);
                }
            }
            String composeImage = compose.image(name).orElse("").replaceFirst(":[^:/]*$", "");
            Set<String> kubernetesImages = KubernetesManifests.containers(deployment.get()).stream()
                    .map(c -> Yamls.string(c, "image").orElse("").replaceFirst(":[^:/]*$", "")).collect(Collectors.toSet());
            if (!kubernetesImages.contains(composeImage) || !composeImage.equals(service.image())) {
                problems.add(name + ": image " + composeImage + " in " + compose.source() + ", " + kubernetesImages + " in " + where
                        + ", expected " + service.image());
            }
        }
        return problems;
    }

    private static Set<String> applicationSettings(Set<String> keys) {
        return keys.stream().filter(k -> APPLICATION_ENV_PREFIXES.stream().anyMatch(k::startsWith)).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String databaseOf(String jdbcUrl) {
        Matcher m = jdbcUrl == null ? null : JDBC_POSTGRES.matcher(jdbcUrl);
        return m != null && m.matches() ? m.group(3) : null;
    }

    // ---------------------------------------------------------------- the services' application.properties

    /** What a service's application.properties says, against the conventions the deployment relies on. */
    static List<String> properties(Service service, ServiceProperties properties) {
        List<String> problems = new ArrayList<>();
        String at = properties.source();
        Optional<String> port = properties.value("quarkus.http.port");
        if (port.isEmpty()) {
            problems.add(at + ": quarkus.http.port is not set; Quarkus would listen on 8080, the deployment expects " + service.httpPort());
        } else if (!port.get().equals(String.valueOf(service.httpPort()))) {
            problems.add(at + ": quarkus.http.port=" + port.get() + ", the deployment expects " + service.httpPort());
        }
        // The probes ask /q/health/live and /q/health/ready on the HTTP port: nothing may move them.
        properties.value("quarkus.http.root-path").filter(v -> !v.equals("/"))
                .ifPresent(v -> problems.add(at + ": quarkus.http.root-path=" + v + " moves the health endpoints away from " + Conventions.HEALTH_PREFIX));
        properties.value("quarkus.http.non-application-root-path").filter(v -> !v.equals("q") && !v.equals("/q"))
                .ifPresent(v -> problems.add(at + ": quarkus.http.non-application-root-path=" + v + " moves the health endpoints away from /q"));
        properties.value("quarkus.smallrye-health.root-path").filter(v -> !v.equals("health") && !v.equals("/q/health"))
                .ifPresent(v -> problems.add(at + ": quarkus.smallrye-health.root-path=" + v + " moves the health endpoints away from " + Conventions.HEALTH_PREFIX));
        properties.value("quarkus.management.enabled").filter(v -> v.equals("true"))
                .ifPresent(v -> problems.add(at + ": quarkus.management.enabled=true serves health on the management port, not " + service.httpPort()));

        for (String key : properties.keys()) {
            if (key.endsWith(".bootstrap.servers") && !key.equals("kafka.bootstrap.servers")) {
                String raw = properties.raw(key).orElse("");
                if (!raw.contains("${" + Conventions.KAFKA_BOOTSTRAP_SERVERS) && !raw.contains("${kafka.bootstrap.servers")) {
                    problems.add(at + ": " + key + "=" + raw + " ignores " + Conventions.KAFKA_BOOTSTRAP_SERVERS + ", which the deployment sets");
                }
            }
        }

        Set<String> incoming = properties.topics("incoming");
        if (!incoming.equals(new TreeSet<>(service.consumes()))) {
            problems.add(at + ": incoming channels read " + incoming + ", the deployment expects " + new TreeSet<>(service.consumes()));
        }
        Set<String> outgoing = properties.topics("outgoing");
        if (!outgoing.containsAll(service.produces())) {
            problems.add(at + ": outgoing channels write " + outgoing + ", the deployment expects them to include " + new TreeSet<>(service.produces()));
        }
        outgoing.stream().filter(t -> !Conventions.TOPICS.contains(t))
                .forEach(t -> problems.add(at + ": an outgoing channel writes " + t + ", which is none of the topics the deployment creates " + new TreeSet<>(Conventions.TOPICS)));
        for (String key : properties.keys()) {
            if (key.startsWith("mp.messaging.incoming.") && key.endsWith(".dead-letter-queue.topic")) {
                String topic = properties.value(key).orElse("(set by the environment)");
                if (!Conventions.DEAD_LETTER_TOPICS.contains(topic)) {
                    problems.add(at + ": " + key + "=" + topic + ", the deployment creates " + new TreeSet<>(Conventions.DEAD_LETTER_TOPICS));
                }
            }
        }

        if (service.usesDatabase()) {
            String kind = properties.value("quarkus.datasource.db-kind").orElse("(not set)");
            if (!kind.equals("postgresql")) {
                problems.add(at + ": quarkus.datasource.db-kind=" + kind + ", the deployment provides PostgreSQL");
            }
            properties.value("quarkus.datasource.jdbc.url").ifPresent(url -> {
                String database = databaseOf(url);
                if (!Conventions.DATABASE.equals(database)) {
                    problems.add(at + ": quarkus.datasource.jdbc.url=" + url + " names database " + database + ", the deployment creates " + Conventions.DATABASE);
                }
            });
            properties.value("quarkus.datasource.username").filter(u -> !u.equals(Conventions.DATABASE_USER))
                    .ifPresent(u -> problems.add(at + ": quarkus.datasource.username=" + u + ", the deployment creates user " + Conventions.DATABASE_USER));
        }
        return problems;
    }

    /**
     * Every EVENTLENS_* variable the deployment gives a service must be read by the service's
     * configuration (its application.properties or a library's microprofile-config.properties);
     * otherwise setting it changes nothing. QUARKUS_* and KAFKA_BOOTSTRAP_SERVERS are read by
     * Quarkus and its Kafka connector themselves.
     */
    static List<String> settingsAreRead(Service service, Set<String> environment, String givenBy, List<ServiceProperties> configuration) {
        List<String> problems = new ArrayList<>();
        List<String> sources = configuration.stream().map(ServiceProperties::source).toList();
        for (String variable : new TreeSet<>(environment)) {
            if (variable.startsWith("EVENTLENS_") && configuration.stream().noneMatch(c -> c.reads(variable))) {
                problems.add(service.name() + ": " + variable + ", set by " + givenBy + ", is read by none of " + sources
                        + " (no ${" + variable + "} and no property whose environment form it is), so setting it changes nothing");
            }
        }
        return problems;
    }

    /** One service's HTTP port as each place states it: all must be the convention's port. */
    static List<String> portAgreement(Service service, Map<String, Integer> portBySource) {
        List<String> problems = new ArrayList<>();
        portBySource.forEach((source, port) -> {
            if (!Objects.equals(port, service.httpPort())) {
                problems.add(service.name() + ": " + source + " says port " + port + ", but " + describe(portBySource, service.httpPort())
                        + " (convention " + service.httpPort() + ")");
            }
        });
        return problems;
    }

    private static String describe(Map<String, Integer> portBySource, int expected) {
        List<String> agreeing = portBySource.entrySet().stream().filter(e -> Objects.equals(e.getValue(), expected)).map(Map.Entry::getKey).toList();
        return agreeing.isEmpty() ? "no other place agrees either" : String.join(", ", agreeing) + " say " + expected;
    }

    private DeploymentChecks() {
    }
}
