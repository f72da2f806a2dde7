package io.eventlens.devstack;

import io.eventlens.testsupport.Database;
import io.eventlens.testsupport.EmbeddedDatabase;
import io.eventlens.testsupport.KafkaBroker;
import io.eventlens.testsupport.ServiceProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

/**
 * The whole pipeline on one machine without Docker: a Kafka broker in KRaft mode and PostgreSQL 15
 * in this JVM (their data under {@code .local/}, kept between runs), then ingest-, enrich- and
 * query-service as child processes pointing at them. Ctrl-C (or SIGTERM) stops the services, then
 * Kafka, then PostgreSQL.
 *
 * <p>Environment: {@code KAFKA_BOOTSTRAP_SERVERS} uses that broker instead of starting one;
 * {@code QUARKUS_DATASOURCE_JDBC_URL} (with {@code QUARKUS_DATASOURCE_USERNAME} and
 * {@code QUARKUS_DATASOURCE_PASSWORD}) uses that database; {@code EVENTLENS_JAVA_OPTS} sets the
 * services' JVM options. Argument {@code --clean} wipes the local Kafka and PostgreSQL data first.
 */
public final class DevStack {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);

    private final Path home;
    private final Path local;
    /** What to stop, last started first. */
    private final Deque<Runnable> stoppers = new ArrayDeque<>();
    private final List<ServiceProcess> services = new ArrayList<>();
    private final List<String> summary = new ArrayList<>();
    /** Set once stopping begins: services ending then are expected (Ctrl-C reaches them too). */
    private volatile boolean stopping;

    private DevStack(Path home) {
        this.home = home;
        this.local = home.resolve(".local");
    }

    public static void main(String[] args) throws InterruptedException {
        Path home = Path.of(System.getProperty("eventlens.home", ".")).toAbsolutePath().normalize();
        DevStack stack = new DevStack(home);
        if (Arrays.asList(args).contains("--clean")) {
            stack.clean();
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stack.stop();
            stopped.countDown();
        }, "devstack-stop"));
        try {
            stack.start();
        } catch (RuntimeException e) {
            say("");
            say("devstack could not start: " + e.getMessage());
            if (e.getCause() != null) {
                say("  cause: " + e.getCause());
            }
            System.exit(1);
        }
        stack.printSummary();
        stack.watchServices();
        stopped.await();
    }

    private void start() {
        String kafka = startKafka();
        Database database = startDatabase();
        int queryPort = port(8083, "query-service");
        int ingestPort = port(8081, "ingest-service");
        int enrichPort = port(8082, "enrich-service");
        List<String> jvm = List.of(System.getenv().getOrDefault("EVENTLENS_JAVA_OPTS", "-Xmx512m -XX:+UseSerialGC")
                .trim().split("\\s+"));

        Map<String, String> common = new HashMap<>();
        common.put("KAFKA_BOOTSTRAP_SERVERS", kafka);
        Map<String, String> queryEnv = new HashMap<>(common);
        queryEnv.put("QUARKUS_DATASOURCE_JDBC_URL", database.jdbcUrl());
        queryEnv.put("QUARKUS_DATASOURCE_USERNAME", database.username());
        queryEnv.put("QUARKUS_DATASOURCE_PASSWORD", database.password());
        Map<String, String> ingestEnv = new HashMap<>(common);
        ingestEnv.put("EVENTLENS_STATUS_BASE_URL", "http://localhost:" + queryPort);

        say("starting the services (logs in " + home.relativize(local.resolve("logs")) + "/) ...");
        ServiceProcess query = launch("query-service", queryPort, queryEnv, jvm);
        ServiceProcess enrich = launch("enrich-service", enrichPort, common, jvm);
        ServiceProcess ingest = launch("ingest-service", ingestPort, ingestEnv, jvm);
        for (ServiceProcess service : List.of(query, enrich, ingest)) {
            service.awaitReady(READY_TIMEOUT);
        }
        summary.add(0, String.format("  %-15s http://localhost:%d  POST /api/documents   (log %s)", "ingest-service",
                ingestPort, home.relativize(ingest.log())));
        summary.add(1, String.format("  %-15s http://localhost:%d  runs the extraction engine (log %s)", "enrich-service",
                enrichPort, home.relativize(enrich.log())));
        summary.add(2, String.format("  %-15s http://localhost:%d  GET /api/events, /api/documents/{id} (log %s)",
                "query-service", queryPort, home.relativize(query.log())));
    }

    private String startKafka() {
        String external = System.getenv("KAFKA_BOOTSTRAP_SERVERS");
        if (external != null && !external.isBlank()) {
            summary.add(String.format("  %-15s %s (from KAFKA_BOOTSTRAP_SERVERS, not started here)", "Kafka", external));
            return external.trim();
        }
        int port = port(9092, "Kafka");
        say("starting Kafka (KRaft, broker and controller in one node) on port " + port + " ...");
        KafkaBroker broker = KafkaBroker.start(local.resolve("kafka"), port);
        stoppers.push(() -> {
            say("stopping Kafka ...");
            broker.close();
        });
        summary.add(String.format("  %-15s %s  (data %s)", "Kafka (KRaft)", broker.bootstrapServers(),
                home.relativize(broker.logDir())));
        return broker.bootstrapServers();
    }

    private Database startDatabase() {
        String url = System.getenv("QUARKUS_DATASOURCE_JDBC_URL");
        if (url != null && !url.isBlank()) {
            Database database = new Database(url.trim(), System.getenv().getOrDefault("QUARKUS_DATASOURCE_USERNAME", "eventlens"),
                    System.getenv().getOrDefault("QUARKUS_DATASOURCE_PASSWORD", "eventlens"));
            summary.add(String.format("  %-15s %s (from QUARKUS_DATASOURCE_JDBC_URL, not started here)", "PostgreSQL", database));
            return database;
        }
        int port = port(5432, "PostgreSQL");
        say("starting PostgreSQL 15 on port " + port + " ...");
        Path dataDir = local.resolve("postgres");
        stopLeftoverPostgres(dataDir);
        EmbeddedDatabase embedded = EmbeddedDatabase.start(dataDir, port, true, "eventlens", "eventlens");
        stoppers.push(() -> {
            say("stopping PostgreSQL ...");
            embedded.close();
        });
        summary.add(String.format("  %-15s %s  user/password eventlens/eventlens  (data %s)", "PostgreSQL 15",
                embedded.database().jdbcUrl(), home.relativize(dataDir)));
        return embedded.database();
    }

    /**
     * A devstack killed hard (SIGKILL) leaves its PostgreSQL running, holding the data directory;
     * stop that one before starting anew.
     */
    private static void stopLeftoverPostgres(Path dataDir) {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        try {
            long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
            ProcessHandle.of(pid).filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false))
                    .ifPresent(leftover -> {
                        say("stopping a PostgreSQL left over from an earlier run (pid " + pid + ") ...");
                        leftover.destroy();
                        leftover.onExit().join();
                    });
        } catch (IOException | RuntimeException e) {
            say("  (could not check " + pidFile + ": " + e.getMessage() + ")");
        }
    }

    private ServiceProcess launch(String name, int port, Map<String, String> env, List<String> jvm) {
        ServiceProcess service = ServiceProcess.start(name, home.resolve(name), port, env, jvm,
                local.resolve("logs").resolve(name + ".log"));
        services.add(service);
        stoppers.push(() -> {
            say("stopping " + name + " ...");
            service.close();
        });
        return service;
    }

    /** The preferred port when it is free, otherwise any free port, said out loud. */
    private static int port(int preferred, String what) {
        if (KafkaBroker.isFree(preferred)) {
            return preferred;
        }
        int other = KafkaBroker.freePort();
        say("port " + preferred + " is taken: " + what + " uses port " + other + " instead");
        return other;
    }

    private void printSummary() {
        say("");
        say("eventlens is running. Ctrl-C stops everything.");
        summary.forEach(DevStack::say);
        say("");
        say("Try:");
        say("  curl -si -H 'Content-Type: text/plain' --data-binary @examples/bulletin.txt "
                + "http://localhost:" + services.get(2).port() + "/api/documents");
        say("  curl -s 'http://localhost:" + services.get(0).port() + "/api/events?size=5'");
        say("");
    }

    /** Says so when a service dies while the stack runs. */
    private void watchServices() {
        Thread watcher = new Thread(() -> {
            List<ServiceProcess> reported = new ArrayList<>();
            while (true) {
                for (ServiceProcess service : services) {
                    if (!stopping && !service.isAlive() && !reported.contains(service)) {
                        reported.add(service);
                        say(service.name() + " stopped unexpectedly; see " + service.log() + ":\n" + service.tail(20));
                    }
                }
                try {
                    Thread.sleep(2000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "devstack-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    private synchronized void stop() {
        stopping = true;
        while (!stoppers.isEmpty()) {
            try {
                stoppers.pop().run();
            } catch (RuntimeException e) {
                say("  (while stopping: " + e.getMessage() + ")");
            }
        }
        say("stopped.");
    }

    private void clean() {
        for (String dir : List.of("kafka", "postgres")) {
            Path path = local.resolve(dir);
            if (Files.exists(path)) {
                try (Stream<Path> paths = Files.walk(path)) {
                    paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot delete " + path, e);
                }
                say("deleted " + home.relativize(path));
            }
        }
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
