package fr.mutualis.devstack;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;

/**
 * The platform's processes and the order they start in: PostgreSQL, Kafka with the contracts' topics then Connect,
 * Elasticsearch and ClamAV side by side (with the observability option, Zipkin too, then the exporters and
 * Prometheus); then the services; then the Debezium connectors, which need the services' outbox tables. Everything is
 * idempotent: what already runs is left alone.
 */
public final class Stack {

    /** Memory a whole stack needs: heaps of ES 768m, Kafka 768m, Connect 512m, six services 384m, plus native. */
    private static final long REQUIRED_MEMORY_MIB = 6_144;
    /** What the observability option adds: Zipkin's heap of 384m, Prometheus and the exporters. */
    private static final long OBSERVABILITY_MEMORY_MIB = 768;

    private final StackConfig config;
    private final PostgresComponent postgres;
    private final KafkaComponent kafka;
    private final ConnectComponent connect;
    private final ElasticsearchComponent elasticsearch;
    private final ClamavComponent clamav;
    private final List<ServiceComponent> services;
    private final ZipkinComponent zipkin;
    private final List<ExporterComponent> exporters;
    private final PrometheusComponent prometheus;
    private final UnprivilegedUser user;
    private final PrintStream out;

    private Stack(StackConfig config, PrintStream out) {
        this.config = config;
        this.out = out;
        this.user = UnprivilegedUser.detect();
        this.postgres = new PostgresComponent(config, user);
        this.kafka = new KafkaComponent(config, user);
        this.connect = new ConnectComponent(config, user);
        this.elasticsearch = new ElasticsearchComponent(config, user);
        this.clamav = new ClamavComponent(config, user);
        this.services = Services.all(config, user);
        this.zipkin = new ZipkinComponent(config, user);
        this.exporters = List.of(new PostgresExporterComponent(config, user), new ElasticsearchExporterComponent(config, user));
        this.prometheus = new PrometheusComponent(config, user, exporters);
    }

    public static Stack of(StackConfig config, PrintStream out) {
        return new Stack(config, out);
    }

    public StackConfig config() {
        return config;
    }

    public List<Component> infrastructure() {
        return List.of(postgres, kafka, connect, elasticsearch, clamav);
    }

    public List<ServiceComponent> services() {
        return services;
    }

    /** Zipkin, the exporters and Prometheus: started by the observability option only, stopped by every {@code down}. */
    public List<Component> observability() {
        List<Component> observability = new ArrayList<>(List.of(zipkin));
        observability.addAll(exporters);
        observability.add(prometheus);
        return observability;
    }

    /** Services stop first, then what observes the engines, then the engines ({@link #down}). */
    private List<Component> all() {
        List<Component> all = new ArrayList<>(infrastructure());
        all.addAll(observability());
        all.addAll(services);
        return all;
    }

    /**
     * Starts PostgreSQL, Kafka, Connect, Elasticsearch and ClamAV, and creates the services' roles and databases; with
     * the observability option, Zipkin beside them (so that the services' first spans find it), then the exporters
     * and Prometheus.
     */
    public void upInfrastructure() {
        withLock(() -> {
            requireMemory();
            infrastructure().forEach(Component::requirePortsFree);
            if (config.observability()) {
                PrometheusComponent.BINARY.require(config.environment());
                observability().forEach(Component::requirePortsFree);
            }
            List<CompletableFuture<Void>> starting = new ArrayList<>(List.of(
                    CompletableFuture.runAsync(() -> {
                        startAndAwait(postgres);
                        new DatabaseRoles(config, config.endpoints()).provision();
                    }),
                    CompletableFuture.runAsync(() -> {
                        startAndAwait(kafka);
                        KafkaAccess.provision(config);
                        List<String> created = new PlatformTopics(config).createMissing();
                        if (!created.isEmpty()) {
                            out.println("  ✓ topics créés / topics created: " + String.join(", ", created));
                        }
                        startAndAwait(connect);
                    }),
                    CompletableFuture.runAsync(() -> startAndAwait(elasticsearch)),
                    CompletableFuture.runAsync(() -> startAndAwait(clamav))));
            if (config.observability()) {
                starting.add(CompletableFuture.runAsync(() -> startAndAwait(zipkin)));
            }
            join(starting);
            if (config.observability()) {
                startScrapers();
            }
            writeEndpoints();
        });
    }

    /** The exporters the machine has, each once it reads its engine, and Prometheus, which scrapes them. */
    private void startScrapers() {
        List<CompletableFuture<Void>> starting = new ArrayList<>();
        for (ExporterComponent exporter : exporters) {
            if (exporter.installed()) {
                starting.add(CompletableFuture.runAsync(() -> startAndAwait(exporter)));
            } else {
                out.println(exporter.absence());
            }
        }
        starting.add(CompletableFuture.runAsync(() -> startAndAwait(prometheus)));
        join(starting);
    }

    /**
     * Starts each service once those it starts after are ready (the identity service first: the others read its
     * discovery document at start-up), the rest in parallel. Their migrations create the outbox tables the connectors
     * read.
     */
    public void upServices() {
        withLock(() -> {
            services.forEach(Component::requirePortsFree);
            DemoSignatures.ensure(config, user);
            Map<String, CompletableFuture<Void>> ready = new HashMap<>();
            for (ServiceComponent service : services) {
                CompletableFuture<?>[] before = Services.startsAfter(service.descriptor()).stream()
                        .filter(ready::containsKey).map(ready::get).toArray(CompletableFuture[]::new);
                ready.put(service.name(), CompletableFuture.allOf(before).thenRunAsync(() -> startAndAwait(service)));
            }
            join(List.copyOf(ready.values()));
        });
    }

    /** Registers the Debezium connectors of {@code infra/connect} and waits until they run. */
    public void registerConnectors() {
        ConnectorRegistry connectors = new ConnectorRegistry(config);
        connectors.registerAll();
        out.println("  ✓ connecteurs Debezium enregistrés / Debezium connectors registered: "
                + String.join(", ", connectors.names()));
    }

    /** Stops every process this stack started, services first. Data stays. */
    public void down() {
        withLock(() -> {
            List<Component> reversed = new ArrayList<>(all());
            java.util.Collections.reverse(reversed);
            for (Component component : reversed) {
                if (component.stop()) {
                    out.println("  ■ " + component.name() + " arrêté / stopped");
                }
            }
        });
    }

    /**
     * Stops one component, the others going on: a service that would skew a measurement (webhook-service reading a
     * million synthetic events), or one to restart with its new jar ({@code ./mutualis up} starts it again).
     */
    public void down(String name) {
        Component component = component(name);
        withLock(() -> out.println(component.stop() ? "  ■ " + name + " arrêté / stopped"
                : "  · " + name + " ne tournait pas / was not running"));
    }

    /** Stops everything and deletes all data of this stack, wherever it was relocated. */
    public void reset() {
        down();
        for (Component component : List.of(postgres, elasticsearch, clamav)) {
            deleteTree(component.folder());
        }
        deleteTree(config.dataRoot());
        out.println("  ✓ données supprimées / data deleted: " + config.dataRoot());
    }

    /**
     * One line per component: where, and whether it serves, with what it depends on (see {@link Component#state}).
     * The observability components only when they run: the platform does without them.
     */
    public boolean status() {
        boolean allHealthy = true;
        List<Component> observability = observability();
        for (Component component : all()) {
            if (observability.contains(component) && !component.isRunning()) {
                continue;
            }
            Component.State state = component.state();
            allHealthy &= state.serving();
            out.printf("  %-20s 127.0.0.1:%-6d %s%n", component.name(), component.port(), state.description());
        }
        return allHealthy;
    }

    public Component component(String name) {
        return all().stream().filter(component -> component.name().equals(name)).findFirst()
                .orElseThrow(() -> new StackException("devstack", "composant inconnu / unknown component '" + name
                        + "' ; connus / known: " + all().stream().map(Component::name).toList()));
    }

    private void startAndAwait(Component component) {
        long started = System.nanoTime();
        boolean launched = component.start();
        component.awaitHealthy();
        out.printf("  ✓ %-20s %s 127.0.0.1:%d (%.1f s)%n", component.name(),
                launched ? "prêt / ready on" : "déjà prêt / already up on", component.port(),
                (System.nanoTime() - started) / 1e9);
    }

    private void requireMemory() {
        long availableMib = availableMemoryMib();
        long requiredMib = REQUIRED_MEMORY_MIB + (config.observability() ? OBSERVABILITY_MEMORY_MIB : 0);
        boolean running = all().stream().anyMatch(Component::isRunning);
        if (!running && availableMib >= 0 && availableMib < requiredMib) {
            throw new StackException("devstack", "mémoire insuffisante / not enough memory: " + availableMib
                    + " Mio disponibles / MiB available, " + requiredMib + " nécessaires / needed");
        }
    }

    private static long availableMemoryMib() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/meminfo"))) {
            return lines.filter(line -> line.startsWith("MemAvailable:"))
                    .map(line -> Long.parseLong(line.replaceAll("\\D+", "")) / 1024)
                    .findFirst().orElse(-1L);
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }

    /** The endpoints of the running stack, for people and scripts: {@code <data root>/stack.properties}. */
    private void writeEndpoints() {
        List<String> lines = new ArrayList<>(List.of(
                "# Endpoints of the running Mutualis stack (" + config.profile().folderName() + ")",
                "postgres.jdbc-url=" + config.jdbcUrl("<database>"),
                "postgres.user=" + StackConfig.POSTGRES_USER,
                "# Passwords: " + DevSecrets.FILE + " (readable by its owner only).",
                "kafka.bootstrap-servers=" + config.kafkaBootstrapServers(),
                "connect.url=" + config.connectUrl(),
                "elasticsearch.url=" + config.elasticsearchUrl(),
                "clamav.address=" + StackConfig.HOST + ":" + config.port(Port.CLAMAV)));
        if (zipkin.isRunning()) {
            lines.add("zipkin.url=" + config.zipkinUrl());
        }
        if (prometheus.isRunning()) {
            lines.add("prometheus.url=" + config.prometheusUrl());
        }
        lines.add("");
        String properties = String.join("\n", lines);
        try {
            Files.writeString(config.dataRoot().resolve("stack.properties"), properties, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StackException("devstack", "écriture impossible / cannot write stack.properties: " + e.getMessage(), e);
        }
    }

    /** One launcher at a time per stack: a second {@code up} waits for the first instead of racing it. */
    private void withLock(Runnable action) {
        try {
            Files.createDirectories(config.dataRoot());
            try (FileChannel channel = FileChannel.open(config.dataRoot().resolve(".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = channel.lock()) {
                action.run();
            }
        } catch (IOException e) {
            throw new StackException("devstack", "verrou impossible / cannot lock " + config.dataRoot() + ": " + e.getMessage(), e);
        }
    }

    private static void join(List<CompletableFuture<Void>> futures) {
        try {
            CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof StackException stackException) {
                throw stackException;
            }
            throw e;
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new StackException("devstack", "suppression impossible / cannot delete " + path, e);
                }
            });
        } catch (IOException e) {
            throw new StackException("devstack", "suppression impossible / cannot delete " + root, e);
        }
    }
}
