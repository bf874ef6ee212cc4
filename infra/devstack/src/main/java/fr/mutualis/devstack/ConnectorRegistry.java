package fr.mutualis.devstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Registers one Debezium outbox connector per service whose descriptor says {@code outbox=true}, all from the one
 * template {@code infra/connect/outbox-connector.json}: {@code ${database}} and {@code ${service}} take the service's
 * database and name, {@code ${postgres.*}} where Connect reaches PostgreSQL as the replication role
 * ({@link DatabaseRoles}), its password as a reference the worker resolves ({@link ConnectSecrets}), and
 * {@code ${heartbeat.table}} the table Debezium's heartbeat writes to, so that a quiet outbox still lets its replication
 * slot advance. Before each, the publication it names is created ({@link DatabaseRoles#publish}).
 * {@code PUT /connectors/<name>/config} creates or updates, so registering twice changes nothing.
 */
public final class ConnectorRegistry {

    private static final String COMPONENT = ConnectComponent.NAME;
    private static final Pattern STATE = Pattern.compile("\"state\"\\s*:\\s*\"([A-Z]+)\"");
    private static final Duration RUNNING_TIMEOUT = Duration.ofSeconds(60);
    static final String TEMPLATE = "infra/connect/outbox-connector.json";
    private static final String SUFFIX = "-outbox";

    private final StackConfig config;
    private final Endpoints endpoints;
    private final Endpoints asSeenByConnect;

    /**
     * Connectors of {@code config}'s services, through the Connect REST API and PostgreSQL at {@code endpoints} (as
     * this JVM reaches them, the latter as its superuser); Connect itself reaches PostgreSQL at
     * {@code asSeenByConnect}'s host and port (another network for containers).
     */
    public ConnectorRegistry(StackConfig config, Endpoints endpoints, Endpoints asSeenByConnect) {
        this.config = config;
        this.endpoints = endpoints;
        this.asSeenByConnect = asSeenByConnect;
    }

    ConnectorRegistry(StackConfig config) {
        this(config, config.endpoints(), config.endpoints());
    }

    /** Every connector, by name: {@code <database>-outbox}, e.g. {@code experience-outbox}. */
    public List<String> names() {
        return config.services().stream().filter(ServiceDescriptor::outbox).map(ConnectorRegistry::name).sorted().toList();
    }

    public void registerAll() {
        names().forEach(this::register);
    }

    /** Creates its publication, creates or updates the connector, then waits until it and its tasks run. */
    public void register(String name) {
        try {
            String configuration = configuration(name);
            new DatabaseRoles(config, endpoints).publish(publisher(name), value(configuration, "table.include.list"),
                    value(configuration, "publication.name"));
            Http.Response response = Http.putJson(connectUrl() + "/connectors/" + name + "/config", configuration);
            if (!response.ok()) {
                throw StackException.withLogTail(COMPONENT, "connecteur / connector " + name + " refusé / rejected ("
                        + response.status() + "): " + response.body(), connectLog());
            }
            awaitRunning(name);
        } catch (IOException e) {
            throw new StackException(COMPONENT, "enregistrement du connecteur impossible / cannot register connector "
                    + name + ": " + e.getMessage(), e);
        }
    }

    /**
     * Removes the connector, then waits until its task has let go of its replication slot: Connect forgets the
     * configuration at once but stops the task a moment later, and a change written in between is still published.
     * The slot stays, so a later registration resumes where it stopped.
     */
    public void unregister(String name) {
        try {
            String slot = value(configuration(name), "slot.name");
            Http.delete(connectUrl() + "/connectors/" + name);
            awaitReleased(name, slot);
        } catch (IOException e) {
            throw new StackException(COMPONENT, "suppression du connecteur impossible / cannot delete connector "
                    + name + ": " + e.getMessage(), e);
        }
    }

    /**
     * The registered connectors whose connector or a task does not run, each with its states, e.g.
     * {@code experience-outbox FAILED, RUNNING}; those not registered yet are not counted.
     */
    public List<String> notRunning() {
        try {
            String registered = Http.get(connectUrl() + "/connectors").body();
            List<String> problems = new java.util.ArrayList<>();
            for (String name : names()) {
                if (!registered.contains("\"" + name + "\"")) {
                    continue;
                }
                List<String> states = states(Http.get(connectUrl() + "/connectors/" + name + "/status").body());
                if (!running(states)) {
                    problems.add(name + " " + (states.isEmpty() ? "?" : String.join(", ", states)));
                }
            }
            return problems;
        } catch (IOException e) {
            return List.of("REST " + e.getMessage());
        }
    }

    private void awaitRunning(String name) throws IOException {
        long deadline = System.nanoTime() + RUNNING_TIMEOUT.toNanos();
        String status = "";
        while (System.nanoTime() < deadline) {
            Http.Response response = Http.get(connectUrl() + "/connectors/" + name + "/status");
            status = response.body();
            List<String> states = states(status);
            if (states.contains("FAILED")) {
                throw StackException.withLogTail(COMPONENT, "connecteur / connector " + name + " en échec / failed: "
                        + status, connectLog());
            }
            if (running(states)) {
                return;
            }
            Processes.sleep(Duration.ofMillis(300));
        }
        throw StackException.withLogTail(COMPONENT, "connecteur / connector " + name + " pas démarré après / not running after "
                + RUNNING_TIMEOUT.toSeconds() + " s: " + status, connectLog());
    }

    private void awaitReleased(String name, String slot) {
        DatabaseRoles database = new DatabaseRoles(config, endpoints);
        long deadline = System.nanoTime() + RUNNING_TIMEOUT.toNanos();
        while (database.streams(slot)) {
            if (System.nanoTime() > deadline) {
                throw StackException.withLogTail(COMPONENT, "connecteur / connector " + name + " toujours actif après /"
                        + " still streaming after " + RUNNING_TIMEOUT.toSeconds() + " s (slot " + slot + ")", connectLog());
            }
            Processes.sleep(Duration.ofMillis(100));
        }
    }

    /** The connector's own state, then one per task: all RUNNING, with at least one task. */
    private static boolean running(List<String> states) {
        return states.size() >= 2 && states.stream().allMatch("RUNNING"::equals);
    }

    private static List<String> states(String status) {
        Matcher matcher = STATE.matcher(status);
        List<String> states = new java.util.ArrayList<>();
        while (matcher.find()) {
            states.add(matcher.group(1));
        }
        return states;
    }

    /** The configuration of connector {@code name}: the template, its placeholders filled. */
    String configuration(String name) throws IOException {
        ServiceDescriptor service = publisher(name);
        Map<String, String> values = Map.of(
                "database", service.database().orElseThrow(),
                "service", service.name(),
                "postgres.host", asSeenByConnect.postgresHost(),
                "postgres.port", Integer.toString(asSeenByConnect.postgresPort()),
                "postgres.user", DatabaseRoles.REPLICATION,
                "postgres.password", ConnectSecrets.PASSWORD_REFERENCE,
                "heartbeat.table", DatabaseRoles.HEARTBEAT);
        String result = Files.readString(config.projectRoot().resolve(TEMPLATE), StandardCharsets.UTF_8);
        for (var entry : values.entrySet()) {
            result = result.replace("${" + entry.getKey() + "}", entry.getValue());
        }
        return result;
    }

    private static String name(ServiceDescriptor service) {
        return service.database().orElseThrow() + SUFFIX;
    }

    private ServiceDescriptor publisher(String name) {
        return config.services().stream().filter(ServiceDescriptor::outbox).filter(service -> name(service).equals(name))
                .findFirst().orElseThrow(() -> new StackException(COMPONENT, "connecteur inconnu / unknown connector "
                        + name + " ; connus / known: " + names()));
    }

    /** A value of the connector's configuration, which names the publication and table its database must offer. */
    private static String value(String configuration, String key) {
        Matcher matcher = Pattern.compile("\"" + Pattern.quote(key) + "\"\\s*:\\s*\"([^\"]*)\"").matcher(configuration);
        if (!matcher.find()) {
            throw new StackException(COMPONENT, TEMPLATE + " : " + key + " absent / missing");
        }
        return matcher.group(1);
    }

    private String connectUrl() {
        return endpoints.connectUrl();
    }

    private Path connectLog() {
        return config.log(COMPONENT);
    }
}
