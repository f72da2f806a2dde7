package io.eventlens.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventlens.deployment.ComposeFile.PortMapping;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The checker itself, on small deliberately inconsistent descriptions written here. */
class DeploymentChecksTest {

    /** A compose file with four mistakes: a database name, a host port, a localhost broker address, a missing service. */
    private static final String INCONSISTENT_COMPOSE = """
            services:
              kafka:
                image: apache/kafka:4.1.2
                hostname: kafka
                environment:
                  CLUSTER_ID: "ZXZlbnRsZW5zLWNvbXBvcw"
                  KAFKA_NODE_ID: "1"
                  KAFKA_PROCESS_ROLES: "broker,controller"
                  KAFKA_CONTROLLER_QUORUM_VOTERS: "1@kafka:9093"
                  KAFKA_CONTROLLER_LISTENER_NAMES: "CONTROLLER"
                  KAFKA_LISTENERS: "PLAINTEXT://:9092,CONTROLLER://:9093"
                  KAFKA_ADVERTISED_LISTENERS: "PLAINTEXT://localhost:9092"
                  KAFKA_LISTENER_SECURITY_PROTOCOL_MAP: "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT"
                  KAFKA_INTER_BROKER_LISTENER_NAME: "PLAINTEXT"
                  KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR: "1"
                  KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR: "1"
                healthcheck:
                  test: ["CMD-SHELL", "true"]
              postgres:
                image: postgres:15
                environment:
                  POSTGRES_DB: eventlens
                  POSTGRES_USER: eventlens
                  POSTGRES_PASSWORD: secret
                volumes: ["pg:/var/lib/postgresql/data"]
                healthcheck:
                  test: ["CMD-SHELL", "pg_isready"]
              ingest-service:
                build: {context: ., dockerfile: ingest-service/src/main/docker/Dockerfile.jvm}
                image: eventlens/ingest-service:dev
                environment:
                  KAFKA_BOOTSTRAP_SERVERS: localhost:9092
                  EVENTLENS_TOPIC_PARTITIONS: "6"
                  EVENTLENS_TOPIC_REPLICATION_FACTOR: "1"
                ports: ["8080:8081"]
                depends_on: {kafka: {condition: service_healthy}}
              query-service:
                build: {context: ., dockerfile: query-service/src/main/docker/Dockerfile.jvm}
                image: eventlens/query-service:dev
                environment:
                  - KAFKA_BOOTSTRAP_SERVERS=localhost:9092
                  - EVENTLENS_TOPIC_PARTITIONS=6
                  - EVENTLENS_TOPIC_REPLICATION_FACTOR=1
                  - QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://postgres:5432/events
                  - QUARKUS_DATASOURCE_USERNAME=eventlens
                  - QUARKUS_DATASOURCE_PASSWORD=secret
                ports: ["8083:8083"]
                depends_on: [kafka, postgres]
            """;

    @Test
    void composeCheckReportsEachDisagreementWithBothSides() {
        List<String> problems = DeploymentChecks.compose(ComposeFile.parse(INCONSISTENT_COMPOSE, "inline"));

        assertThat(problems).contains(
                "inline: no service enrich-service",
                "inline ingest-service: publishes container port 8081 on host port 8080; the README's URLs use the same port on both sides",
                "inline ingest-service: KAFKA_BOOTSTRAP_SERVERS=localhost:9092 names host localhost, which other containers cannot reach (use the broker's service name)",
                "inline query-service: QUARKUS_DATASOURCE_JDBC_URL names database events, but postgres creates POSTGRES_DB=eventlens",
                "inline query-service: depends_on kafka should wait for condition service_healthy, has service_started",
                "inline query-service: depends_on postgres should wait for condition service_healthy, has service_started");
    }

    @Test
    void composeCheckAcceptsWhatItWasGivenRightInTheSameFile() {
        List<String> problems = DeploymentChecks.compose(ComposeFile.parse(INCONSISTENT_COMPOSE, "inline"));

        // The broker and the database themselves are described correctly: nothing is reported about them.
        assertThat(problems).noneMatch(p -> p.startsWith("inline kafka:") || p.startsWith("inline postgres:"));
    }

    @Test
    void composeCheckFindsABrokerThatAdvertisesAPortItDoesNotBind() {
        String broken = INCONSISTENT_COMPOSE.replace("KAFKA_LISTENERS: \"PLAINTEXT://:9092,", "KAFKA_LISTENERS: \"PLAINTEXT://:19092,")
                .replace("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR: \"1\"", "KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR: \"3\"");

        List<String> problems = DeploymentChecks.compose(ComposeFile.parse(broken, "inline"));

        assertThat(problems).contains(
                "inline kafka: advertised listener PLAINTEXT is on port 9092 but KAFKA_LISTENERS binds it to 19092",
                "inline kafka: KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR=3, a single broker needs 1");
    }

    @Test
    void malformedComposeYamlIsRejected() {
        assertThatThrownBy(() -> ComposeFile.parse("services:\n  kafka: [unclosed\n", "inline"))
                .isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> ComposeFile.parse("version: '3'\n", "inline"))
                .hasMessageContaining("no top-level 'services' mapping");
    }

    @Test
    void dockerfileCheckReportsPortUserAndCopiedPaths() {
        Dockerfile dockerfile = Dockerfile.parse("""
                FROM eclipse-temurin:21-jre
                COPY --chown=185 target/quarkus-app/lib/ /deployments/lib/
                COPY ingest-service/target/quarkus-app/*.jar \\
                     /deployments/
                EXPOSE 8080
                USER root
                """);

        List<String> problems = DeploymentChecks.dockerfile(Conventions.INGEST, dockerfile, "Dockerfile");

        assertThat(problems).containsExactlyInAnyOrder(
                "Dockerfile: EXPOSE [8080], the service listens on 8081",
                "Dockerfile: runs as root; the image must run as a non-root user",
                "Dockerfile: FROM eclipse-temurin:21-jre, expected a UBI OpenJDK 17 runtime image",
                "Dockerfile: copies target/quarkus-app/lib/, expected only files below ingest-service/target/quarkus-app/ (the build context is the repository root)");
    }

    @Test
    void kubernetesCheckReportsProbesResourcesSecretsAndSelectors() {
        KubernetesManifests manifests = KubernetesManifests.parse("""
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: ingest-service-config}
                data:
                  KAFKA_BOOTSTRAP_SERVERS: kafka
                  EVENTLENS_TOPIC_PARTITIONS: "6"
                  EVENTLENS_TOPIC_REPLICATION_FACTOR: "1"
                  QUARKUS_DATASOURCE_PASSWORD: hunter2
                ---
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: ingest-service}
                spec:
                  template:
                    metadata:
                      labels: {app.kubernetes.io/name: ingest-service}
                    spec:
                      securityContext: {runAsNonRoot: true}
                      containers:
                        - name: ingest-service
                          image: eventlens/ingest-service
                          ports: [{name: http, containerPort: 8081}]
                          envFrom: [{configMapRef: {name: ingest-service-config}}]
                          resources:
                            requests: {cpu: 100m, memory: 256Mi}
                          startupProbe: {httpGet: {path: /q/health/live, port: http}}
                          readinessProbe: {httpGet: {path: /health, port: http}}
                          livenessProbe: {httpGet: {path: /q/health/live, port: 8080}}
                          securityContext: {readOnlyRootFilesystem: true, allowPrivilegeEscalation: false}
                          volumeMounts: [{name: tmp, mountPath: /tmp}]
                      volumes: [{name: tmp, emptyDir: {}}]
                ---
                apiVersion: v1
                kind: Service
                metadata: {name: ingest-service}
                spec:
                  selector: {app: ingest}
                  ports: [{name: http, port: 8081, targetPort: http}]
                ---
                apiVersion: v1
                kind: Secret
                metadata: {name: eventlens-db}
                stringData: {password: hunter2}
                """, "inline");

        List<String> problems = DeploymentChecks.kubernetes(manifests, "inline");

        assertThat(problems).contains(
                "inline: Secret eventlens-db carries values; reference credentials instead",
                "inline: ConfigMap ingest-service-config holds QUARKUS_DATASOURCE_PASSWORD; credentials belong in a Secret",
                "inline Deployment ingest-service: readinessProbe asks /health, expected /q/health/ready",
                "inline Deployment ingest-service: livenessProbe asks port 8080, the service listens on 8081",
                "inline Deployment ingest-service: no resources.limits.memory",
                "inline ConfigMap ingest-service-config: KAFKA_BOOTSTRAP_SERVERS=kafka is not a list of host:port",
                "inline ConfigMap ingest-service-config: sets QUARKUS_DATASOURCE_PASSWORD but ingest-service has no database",
                "inline Service ingest-service: selector {app=ingest} does not match the pod labels {app.kubernetes.io/name=ingest-service}",
                "inline: no Deployment enrich-service",
                "inline: no Deployment query-service");
        assertThat(problems).noneMatch(p -> p.contains("startupProbe") || p.contains("readOnlyRootFilesystem") || p.contains("/tmp"));
    }

    @Test
    void propertiesCheckReportsPortTopicsBootstrapAndDatasource() {
        ServiceProperties properties = ServiceProperties.parse("""
                quarkus.http.port=8080
                %test.quarkus.http.port=0
                mp.messaging.incoming.extracted.topic=eventlens.extracted-records.v2
                mp.messaging.incoming.extracted.bootstrap.servers=localhost:9092
                mp.messaging.incoming.extracted.dead-letter-queue.topic=dead-letters
                quarkus.datasource.db-kind=h2
                quarkus.datasource.jdbc.url=${QUARKUS_DATASOURCE_JDBC_URL:jdbc:postgresql://localhost:5432/events}
                quarkus.management.enabled=true
                """, "application.properties");

        List<String> problems = DeploymentChecks.properties(Conventions.QUERY, properties);

        assertThat(problems).containsExactlyInAnyOrder(
                "application.properties: quarkus.http.port=8080, the deployment expects 8083",
                "application.properties: quarkus.management.enabled=true serves health on the management port, not 8083",
                "application.properties: mp.messaging.incoming.extracted.bootstrap.servers=localhost:9092 ignores KAFKA_BOOTSTRAP_SERVERS, which the deployment sets",
                "application.properties: incoming channels read [eventlens.extracted-records.v2], the deployment expects "
                        + "[eventlens.extracted-records.v1, eventlens.extracted-records.v1.dlq, eventlens.raw-documents.v1, eventlens.raw-documents.v1.dlq]",
                "application.properties: mp.messaging.incoming.extracted.dead-letter-queue.topic=dead-letters, the deployment creates [eventlens.extracted-records.v1.dlq, eventlens.raw-documents.v1.dlq]",
                "application.properties: quarkus.datasource.db-kind=h2, the deployment provides PostgreSQL",
                "application.properties: quarkus.datasource.jdbc.url=jdbc:postgresql://localhost:5432/events names database events, the deployment creates eventlens");
    }

    @Test
    void propertiesWithoutAPortAreReportedNotPassed() {
        ServiceProperties properties = ServiceProperties.parse("mp.messaging.outgoing.raw.topic=eventlens.raw-documents.v1\n", "application.properties");

        assertThat(DeploymentChecks.properties(Conventions.INGEST, properties))
                .containsExactly("application.properties: quarkus.http.port is not set; Quarkus would listen on 8080, the deployment expects 8081");
    }

    @Test
    void propertiesThatAgreeGiveNoProblems() {
        ServiceProperties properties = ServiceProperties.parse("""
                quarkus.http.port=${HTTP_PORT:8082}
                eventlens.topics.extracted=eventlens.extracted-records.v1
                mp.messaging.incoming.raw-documents.topic=eventlens.raw-documents.v1
                mp.messaging.outgoing.extracted.topic=${eventlens.topics.extracted}
                mp.messaging.outgoing.raw-dlq.topic=eventlens.raw-documents.v1.dlq
                mp.messaging.incoming.raw-documents.bootstrap.servers=${KAFKA_BOOTSTRAP_SERVERS:localhost:9092}
                """, "application.properties");

        assertThat(DeploymentChecks.properties(Conventions.ENRICH, properties)).isEmpty();
    }

    @Test
    void aSettingTheServiceDoesNotReadIsReported() {
        ServiceProperties service = ServiceProperties.parse("""
                eventlens.topics.partitions=6
                eventlens.topics.replication-factor=${EVENTLENS_TOPIC_REPLICATION_FACTOR:1}
                """, "app.properties");
        ServiceProperties library = ServiceProperties.parse("eventlens.status-base-url=http://localhost:8083\n", "lib.properties");

        List<String> problems = DeploymentChecks.settingsAreRead(Conventions.INGEST,
                Set.of("KAFKA_BOOTSTRAP_SERVERS", "EVENTLENS_TOPIC_PARTITIONS", "EVENTLENS_TOPIC_REPLICATION_FACTOR", "EVENTLENS_STATUS_BASE_URL"),
                "compose", List.of(service, library));

        // EVENTLENS_TOPIC_PARTITIONS would set eventlens.topic.partitions, not eventlens.topics.partitions.
        assertThat(problems).containsExactly("ingest-service: EVENTLENS_TOPIC_PARTITIONS, set by compose, is read by none of "
                + "[app.properties, lib.properties] (no ${EVENTLENS_TOPIC_PARTITIONS} and no property whose environment form it is), "
                + "so setting it changes nothing");
    }

    @Test
    void composeAndKubernetesMustGiveTheSameSettings() {
        ComposeFile compose = ComposeFile.parse(INCONSISTENT_COMPOSE, "compose");
        KubernetesManifests manifests = KubernetesManifests.parse("""
                kind: ConfigMap
                metadata: {name: query-service-config}
                data:
                  KAFKA_BOOTSTRAP_SERVERS: kafka:9092
                  EVENTLENS_TOPIC_PARTITIONS: "12"
                  QUARKUS_DATASOURCE_JDBC_URL: jdbc:postgresql://postgres:5432/eventlens
                ---
                kind: Deployment
                metadata: {name: query-service}
                spec:
                  template:
                    spec:
                      containers:
                        - name: query-service
                          image: example/query:1
                          env:
                            - name: QUARKUS_DATASOURCE_PASSWORD
                              valueFrom: {secretKeyRef: {name: db, key: password}}
                """, "k8s");

        List<String> problems = DeploymentChecks.composeAgainstKubernetes(compose, manifests, "k8s");

        assertThat(problems).containsExactlyInAnyOrder(
                "query-service: compose sets [EVENTLENS_TOPIC_PARTITIONS, EVENTLENS_TOPIC_REPLICATION_FACTOR, KAFKA_BOOTSTRAP_SERVERS, QUARKUS_DATASOURCE_JDBC_URL, "
                        + "QUARKUS_DATASOURCE_PASSWORD, QUARKUS_DATASOURCE_USERNAME] but k8s sets [EVENTLENS_TOPIC_PARTITIONS, KAFKA_BOOTSTRAP_SERVERS, "
                        + "QUARKUS_DATASOURCE_JDBC_URL, QUARKUS_DATASOURCE_PASSWORD]",
                "query-service: EVENTLENS_TOPIC_PARTITIONS is 6 in compose (by default) and 12 in k8s",
                "query-service: the JDBC URL names database events in compose and eventlens in k8s",
                "query-service: image eventlens/query-service in compose, [example/query] in k8s, expected eventlens/query-service");
    }

    @Test
    void portAgreementNamesThePlaceThatDisagrees() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("compose", 8081);
        ports.put("Dockerfile EXPOSE", 8081);
        assertThat(DeploymentChecks.portAgreement(Conventions.INGEST, ports)).isEmpty();

        ports.put("application.properties", 8080);
        assertThat(DeploymentChecks.portAgreement(Conventions.INGEST, ports))
                .containsExactly("ingest-service: application.properties says port 8080, but compose, Dockerfile EXPOSE say 8081 (convention 8081)");
    }

    @Test
    void composeReaderUnderstandsBothSyntaxesAndDefaults() {
        ComposeFile compose = ComposeFile.parse("""
                services:
                  a:
                    build: ./a
                    ports: ["127.0.0.1:9000:8000/tcp", "7000", {target: 6000, published: 6001}]
                    environment: ["X=1", "Y"]
                """, "inline");

        assertThat(compose.ports("a")).containsExactly(new PortMapping(9000, 8000), new PortMapping(7000, 7000), new PortMapping(6001, 6000));
        assertThat(compose.environment("a")).containsEntry("X", "1").containsEntry("Y", "");
        assertThat(compose.buildDockerfile("a")).contains("a/Dockerfile");
        assertThat(ComposeFile.withDefaults("${P:-6}/${Q-x}/${R}/$$HOME")).isEqualTo("6/x/${R}/$HOME");
    }

    @Test
    void propertiesReaderPrefersProdProfileAndFollowsDefaults() {
        ServiceProperties properties = ServiceProperties.parse("""
                a=${A_ENV:1}
                %prod.a=${A_ENV:2}
                %dev.b=3
                c=${ONLY_ENV}
                mp.messaging.incoming.plain.connector=smallrye-kafka
                mp.messaging.incoming.several.topics=t1, t2
                """, "p");

        assertThat(properties.value("a")).contains("2");
        assertThat(properties.value("b")).isEmpty();
        assertThat(properties.value("c")).isEmpty();
        // A channel without a topic attribute reads the topic named like the channel, in the application's group.
        assertThat(properties.channelTopics("incoming")).containsEntry("plain", List.of("plain"));
        assertThat(properties.consumerGroups()).containsEntry("plain", "(random)");
        assertThat(properties.topics("incoming")).containsExactly("plain", "t1", "t2");
        assertThat(ServiceProperties.parse("quarkus.application.name=app\nmp.messaging.incoming.in.topic=t\n", "p").consumerGroups())
                .containsEntry("in", "app");
    }
}
