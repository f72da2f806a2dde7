package io.eventlens.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.eventlens.deployment.ComposeFile.PortMapping;
import io.eventlens.deployment.Conventions.Service;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The repository's own deployment descriptions, checked against each other: docker-compose.yml,
 * each service's Dockerfile.jvm, the kustomize base (deploy/base) and, once the services exist,
 * their application.properties. Each failure message names both places that disagree.
 */
class DeploymentDescriptionsTest {

    static Stream<String> services() {
        return Conventions.SERVICES.stream().map(Service::name);
    }

    private static ComposeFile compose() {
        return ComposeFile.parse(RepositoryFiles.read(RepositoryFiles.COMPOSE), RepositoryFiles.COMPOSE);
    }

    private static KubernetesManifests base() {
        return KubernetesManifests.loadKustomization(RepositoryFiles.path(RepositoryFiles.KUSTOMIZE_BASE));
    }

    @Test
    void composeIsValidYamlWithKafkaPostgresAndTheThreeServices() {
        ComposeFile compose = compose();

        assertThat(compose.serviceNames()).contains("kafka", "postgres", "ingest-service", "enrich-service", "query-service");
    }

    @Test
    void composeGivesEachServiceReachableKafkaAndDatabaseAddresses() {
        assertThat(DeploymentChecks.compose(compose())).as("disagreements in docker-compose.yml").isEmpty();
    }

    @ParameterizedTest
    @MethodSource("services")
    void dockerfileExposesTheServicePortAndRunsAsNonRoot(String name) {
        Service service = Conventions.service(name);
        assertThat(RepositoryFiles.exists(service.dockerfile())).as(service.dockerfile() + " exists").isTrue();

        Dockerfile dockerfile = Dockerfile.parse(RepositoryFiles.read(service.dockerfile()));

        assertThat(DeploymentChecks.dockerfile(service, dockerfile, service.dockerfile())).as("disagreements in " + service.dockerfile()).isEmpty();
    }

    @Test
    void kustomizeBaseHasProbesResourcesSecurityAndConfigurationForEachService() {
        assertThat(DeploymentChecks.kubernetes(base(), RepositoryFiles.KUSTOMIZE_BASE)).as("disagreements in deploy/base").isEmpty();
    }

    @Test
    void composeAndKustomizeGiveEachServiceTheSameSettings() {
        assertThat(DeploymentChecks.composeAgainstKubernetes(compose(), base(), RepositoryFiles.KUSTOMIZE_BASE))
                .as("docker-compose.yml against deploy/base").isEmpty();
    }

    @ParameterizedTest
    @MethodSource("services")
    void composeDockerfileAndKustomizeUseTheSameHttpPort(String name) {
        Service service = Conventions.service(name);

        assertThat(DeploymentChecks.portAgreement(service, deploymentPorts(service))).isEmpty();
    }

    /**
     * The services' own configuration against the deployment. Skipped, with the reason, while a
     * service module has no application.properties on this branch (the services are built on
     * another branch); once they are merged this runs and must pass.
     */
    @ParameterizedTest
    @MethodSource("services")
    void serviceConfigurationAgreesWithTheDeployment(String name) {
        Service service = Conventions.service(name);
        assumeTrue(RepositoryFiles.exists(service.applicationProperties()),
                service.applicationProperties() + " does not exist yet, so its quarkus.http.port, Kafka topics and settings"
                        + (service.usesDatabase() ? " and datasource" : "")
                        + " are NOT compared with docker-compose.yml, " + service.dockerfile() + " and deploy/base");
        ServiceProperties properties = ServiceProperties.parse(RepositoryFiles.read(service.applicationProperties()), service.applicationProperties());

        List<String> problems = new ArrayList<>(DeploymentChecks.properties(service, properties));
        Map<String, Integer> ports = deploymentPorts(service);
        ports.put(service.applicationProperties() + " quarkus.http.port",
                properties.value("quarkus.http.port").filter(p -> p.matches("\\d+")).map(Integer::valueOf).orElse(null));
        problems.addAll(DeploymentChecks.portAgreement(service, ports));

        List<ServiceProperties> configuration = new ArrayList<>(List.of(properties));
        RepositoryFiles.libraryConfigurationFiles(services().collect(Collectors.toSet()))
                .forEach(f -> configuration.add(ServiceProperties.parse(RepositoryFiles.read(f), f)));
        problems.addAll(DeploymentChecks.settingsAreRead(service, environmentGivenTo(service), "docker-compose.yml or deploy/", configuration));

        Set<String> consumedPerConfiguration = properties.topics("incoming");
        Set<String> consumedPerDeployment = base().find("Deployment", name)
                .flatMap(d -> Yamls.string(d, "metadata", "annotations", Conventions.CONSUMES_ANNOTATION))
                .map(v -> Arrays.stream(v.split(",")).map(String::strip).collect(Collectors.toCollection(TreeSet::new)))
                .orElseGet(TreeSet::new);
        if (!consumedPerConfiguration.equals(consumedPerDeployment)) {
            problems.add(name + ": incoming channels read " + consumedPerConfiguration + " but the Deployment's "
                    + Conventions.CONSUMES_ANNOTATION + " says " + consumedPerDeployment);
        }

        Set<String> groupsPerConfiguration = new TreeSet<>(properties.consumerGroups().values());
        Set<String> groupsPerDeployment = base().find("Deployment", name)
                .flatMap(d -> Yamls.string(d, "metadata", "annotations", Conventions.CONSUMER_GROUPS_ANNOTATION))
                .map(v -> Arrays.stream(v.split(",")).map(String::strip).collect(Collectors.toCollection(TreeSet::new)))
                .orElseGet(TreeSet::new);
        if (!groupsPerConfiguration.equals(groupsPerDeployment)) {
            problems.add(name + ": incoming channels consume in groups " + groupsPerConfiguration + " but the Deployment's "
                    + Conventions.CONSUMER_GROUPS_ANNOTATION + " says " + groupsPerDeployment);
        }

        assertThat(problems).as(service.applicationProperties() + " against the deployment").isEmpty();
    }

    /** The names of the environment variables docker-compose.yml, deploy/base and the overlays' patches give one service. */
    private static Set<String> environmentGivenTo(Service service) {
        Set<String> names = new TreeSet<>();
        ComposeFile compose = compose();
        if (compose.hasService(service.name())) {
            names.addAll(compose.environment(service.name()).keySet());
        }
        List<KubernetesManifests> manifests = new ArrayList<>(List.of(base()));
        for (String patch : RepositoryFiles.yamlFilesUnder("deploy/overlays")) {
            if (!patch.endsWith("/kustomization.yaml")) {
                manifests.add(KubernetesManifests.parse(RepositoryFiles.read(patch), patch));
            }
        }
        for (KubernetesManifests m : manifests) {
            names.addAll(m.configMapData(service.configMap()).keySet());
            m.find("Deployment", service.name()).ifPresent(d -> KubernetesManifests.containers(d).forEach(c ->
                    Yamls.list(c.get("env")).forEach(e -> names.add(Yamls.string(e, "name").orElse("")))));
        }
        return names;
    }

    /** The HTTP port of one service as docker-compose.yml, its Dockerfile and deploy/base state it. */
    private static Map<String, Integer> deploymentPorts(Service service) {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ComposeFile compose = compose();
        List<PortMapping> composePorts = compose.hasService(service.name()) ? compose.ports(service.name()) : List.of();
        ports.put("docker-compose.yml published port", composePorts.isEmpty() ? null : composePorts.get(0).published());
        ports.put("docker-compose.yml container port", composePorts.isEmpty() ? null : composePorts.get(0).target());
        if (RepositoryFiles.exists(service.dockerfile())) {
            Set<Integer> exposed = Dockerfile.parse(RepositoryFiles.read(service.dockerfile())).exposedPorts();
            ports.put(service.dockerfile() + " EXPOSE", exposed.size() == 1 ? exposed.iterator().next() : null);
        }
        KubernetesManifests base = base();
        base.find("Deployment", service.name()).ifPresent(d -> KubernetesManifests.containers(d).forEach(c ->
                Yamls.list(c.get("ports")).forEach(p -> ports.put("deploy/base Deployment containerPort " + Yamls.string(p, "name").orElse(""),
                        Integer.valueOf(Yamls.string(p, "containerPort").orElse("0"))))));
        base.find("Service", service.name()).ifPresent(s -> Yamls.listAt(s, "spec", "ports").forEach(p ->
                ports.put("deploy/base Service port " + Yamls.string(p, "name").orElse(""), Integer.valueOf(Yamls.string(p, "port").orElse("0")))));
        return ports;
    }
}
