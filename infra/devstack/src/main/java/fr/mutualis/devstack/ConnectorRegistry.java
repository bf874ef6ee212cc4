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
 * Registers one Debezium outbox connector per service that publishes events ({@link Services#PUBLISHERS}), all from
 * the one template {@code infra/connect/outbox-connector.json}: {@code ${service}} takes the service's short name
 * (its database), {@code ${postgres.port}}-style placeholders the stack's values. {@code PUT /connectors/<name>/config}
 * creates or updates, so registering twice changes nothing.
 */
public final class ConnectorRegistry {

    private static final String COMPONENT = ConnectComponent.NAME;
    private static final Pattern STATE = Pattern.compile("\"state\"\\s*:\\s*\"([A-Z]+)\"");
    private static final Duration RUNNING_TIMEOUT = Duration.ofSeconds(60);

    private final Path projectRoot;
    private final String connectUrl;
    private final Map<String, String> placeholders;
    private final Path connectLog;

    /** Connectors reaching PostgreSQL as {@code endpoints} says, through the Connect REST API at {@code connectUrl}. */
    public ConnectorRegistry(Path projectRoot, Endpoints endpoints, Path connectLog) {
        this.projectRoot = projectRoot;
        this.connectUrl = endpoints.connectUrl();
        this.placeholders = endpoints.connectorPlaceholders();
        this.connectLog = connectLog;
    }

    ConnectorRegistry(StackConfig config) {
        this(config.projectRoot(), config.endpoints(), config.log(COMPONENT));
    }

    static final String TEMPLATE = "infra/connect/outbox-connector.json";
    private static final String SUFFIX = "-outbox";

    /** Every connector, by name: {@code <service>-outbox}, e.g. {@code experience-outbox}. */
    public List<String> names() {
        return Services.PUBLISHERS.stream().map(service -> service + SUFFIX).sorted().toList();
    }

    public void registerAll() {
        names().forEach(this::register);
    }

    /** Creates or updates the connector, then waits until it and its tasks run. */
    public void register(String name) {
        try {
            Http.Response response = Http.putJson(connectUrl + "/connectors/" + name + "/config", configuration(name));
            if (!response.ok()) {
                throw StackException.withLogTail(COMPONENT, "connecteur / connector " + name + " refusé / rejected ("
                        + response.status() + "): " + response.body(), connectLog);
            }
            awaitRunning(name);
        } catch (IOException e) {
            throw new StackException(COMPONENT, "enregistrement du connecteur impossible / cannot register connector "
                    + name + ": " + e.getMessage(), e);
        }
    }

    /** Removes the connector; its replication slot stays, so a later registration resumes where it stopped. */
    public void unregister(String name) {
        try {
            Http.delete(connectUrl + "/connectors/" + name);
        } catch (IOException e) {
            throw new StackException(COMPONENT, "suppression du connecteur impossible / cannot delete connector "
                    + name + ": " + e.getMessage(), e);
        }
    }

    private void awaitRunning(String name) throws IOException {
        long deadline = System.nanoTime() + RUNNING_TIMEOUT.toNanos();
        String status = "";
        while (System.nanoTime() < deadline) {
            Http.Response response = Http.get(connectUrl + "/connectors/" + name + "/status");
            status = response.body();
            List<String> states = states(status);
            if (states.contains("FAILED")) {
                throw StackException.withLogTail(COMPONENT, "connecteur / connector " + name + " en échec / failed: "
                        + status, connectLog);
            }
            // the connector's own state, then one per task: all RUNNING, with at least one task
            if (states.size() >= 2 && states.stream().allMatch("RUNNING"::equals)) {
                return;
            }
            Processes.sleep(Duration.ofMillis(300));
        }
        throw StackException.withLogTail(COMPONENT, "connecteur / connector " + name + " pas démarré après / not running after "
                + RUNNING_TIMEOUT.toSeconds() + " s: " + status, connectLog);
    }

    private static List<String> states(String status) {
        Matcher matcher = STATE.matcher(status);
        List<String> states = new java.util.ArrayList<>();
        while (matcher.find()) {
            states.add(matcher.group(1));
        }
        return states;
    }

    /** The configuration of connector {@code name} ({@code <service>-outbox}): the template, its placeholders filled. */
    String configuration(String name) throws IOException {
        if (!names().contains(name)) {
            throw new StackException(COMPONENT, "connecteur inconnu / unknown connector " + name + " ; connus / known: "
                    + names());
        }
        String template = Files.readString(projectRoot.resolve(TEMPLATE), StandardCharsets.UTF_8);
        return substitute(template.replace("${service}", name.substring(0, name.length() - SUFFIX.length())));
    }

    private String substitute(String template) {
        String result = template;
        for (var entry : placeholders.entrySet()) {
            result = result.replace("${" + entry.getKey() + "}", entry.getValue());
        }
        return result;
    }
}
