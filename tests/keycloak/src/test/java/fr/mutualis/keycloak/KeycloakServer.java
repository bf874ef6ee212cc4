package fr.mutualis.keycloak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A real Keycloak (the server distribution unpacked by Maven into {@code target/keycloak}), run in development mode
 * on 127.0.0.1 with an in-memory database and the realms given at start imported: every start is a fresh server.
 *
 * <p>Keycloak needs a JDK 21+ while the platform builds with 17: {@link JavaHomes} finds one and {@code JAVA_HOME}
 * is set for the Keycloak process only. Without one, the calling test is aborted (reported as skipped, with the
 * reason), never passed. Keycloak runs as root without complaint; nothing here depends on the user.
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String REALM = "mutualis";
    /** A copy of the Mutualis realm under another name: same users, roles, mappers and audience, other issuer. */
    public static final String OTHER_REALM = "autre-syndicat";
    /** Test-only client of the realm file with the password grant (direct access grants). */
    public static final String TEST_CLIENT = "mutualis-interop-test";

    static final int MINIMUM_JAVA = 21;
    private static final Duration START_TIMEOUT = Duration.ofSeconds(Long.getLong("mutualis.keycloak.start-timeout-seconds", 300));
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static KeycloakServer shared;
    private static RuntimeException sharedFailure;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ChildProcess process;
    private final String baseUrl;
    private final String adminPassword;
    private final Map<String, JsonNode> discovery = new HashMap<>();

    private KeycloakServer(ChildProcess process, String baseUrl, String adminPassword) {
        this.process = process;
        this.baseUrl = baseUrl;
        this.adminPassword = adminPassword;
    }

    /**
     * The server shared by every test class of this JVM, started on first use with the realm file of
     * {@code infra/keycloak} and its copy {@link #OTHER_REALM}; stopped when the JVM ends.
     */
    public static synchronized KeycloakServer shared() {
        if (sharedFailure != null) {
            throw sharedFailure;
        }
        if (shared == null) {
            Path realmFile = Path.of(required("mutualis.keycloak.realm-file"));
            Path workDir = Path.of(required("mutualis.keycloak.work-dir"));
            Path otherRealm = copyUnderAnotherName(realmFile, OTHER_REALM, workDir);
            try {
                shared = start(Path.of(required("mutualis.keycloak.home")), workDir, List.of(realmFile, otherRealm));
            } catch (RuntimeException e) {
                // An abort (no JDK 21+) or a failed start is the same for every later test class: no second try.
                sharedFailure = e;
                throw e;
            }
        }
        return shared;
    }

    /**
     * Starts Keycloak from the distribution at {@code home}, imports {@code realmFiles} and waits until each realm
     * publishes its OpenID Connect discovery document. Aborts the calling test if no JDK 21+ is found.
     */
    public static KeycloakServer start(Path home, Path workDir, List<Path> realmFiles) {
        Path kc = home.resolve("bin/kc.sh");
        if (!Files.isRegularFile(kc)) {
            throw new IllegalStateException("No Keycloak distribution at " + home + ": run the tests through Maven "
                    + "(./mvnw verify -pl tests/keycloak), which unpacks org.keycloak:keycloak-quarkus-dist into target/");
        }
        Path javaHome = JavaHomes.find(MINIMUM_JAVA).orElse(null);
        if (javaHome == null) {
            Assumptions.abort(JavaHomes.notFoundMessage(MINIMUM_JAVA));
        }
        List<String> realms = importRealms(home, realmFiles);
        int port = freePort();
        int managementPort = freePort();
        String baseUrl = "http://127.0.0.1:" + port;
        String adminPassword = UUID.randomUUID().toString();
        Map<String, String> env = new HashMap<>();
        env.put("JAVA_HOME", javaHome.toString());
        env.put("JAVA", null);
        env.put("JAVA_OPTS", null);
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
        List<String> command = List.of("/bin/sh", kc.toString(), "start-dev",
                "--http-host=127.0.0.1", "--http-port=" + port, "--http-management-port=" + managementPort,
                "--hostname=" + baseUrl, "--db=dev-mem", "--import-realm");
        long started = System.nanoTime();
        ChildProcess process = ChildProcess.start("keycloak", command, home, env, workDir.resolve("keycloak.log"));
        KeycloakServer server = new KeycloakServer(process, baseUrl, adminPassword);
        try {
            server.awaitRealms(realms, started);
        } catch (RuntimeException e) {
            process.stop();
            throw e;
        }
        System.out.printf("Keycloak ready on %s in %d s (Java %d at %s), realms %s, log %s%n", baseUrl,
                Duration.ofNanos(System.nanoTime() - started).toSeconds(), JavaHomes.featureVersion(javaHome).orElse(0),
                javaHome, realms, process.log());
        return server;
    }

    /** {@code http://127.0.0.1:<port>/realms/<realm>}: what tokens of the realm carry as {@code iss}. */
    public String issuer(String realm) {
        return discovery(realm).path("issuer").asString();
    }

    public String issuer() {
        return issuer(REALM);
    }

    /** An access token of {@code username} in the realm {@link #REALM}, by the password grant of {@link #TEST_CLIENT}. */
    public String passwordToken(String username, String password) {
        return passwordToken(REALM, TEST_CLIENT, username, password);
    }

    /** An access token of {@code username} in {@code realm}, by the password grant of the public {@code clientId}. */
    public String passwordToken(String realm, String clientId, String username, String password) {
        HttpResponse<String> response = post(discovery(realm).path("token_endpoint").asString(), Map.of(
                "grant_type", "password", "client_id", clientId, "username", username, "password", password,
                "scope", "openid"));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak refused a token to " + username + " (realm " + realm + ", client "
                    + clientId + "): " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body()).path("access_token").asString();
    }

    /** An answer of the admin REST API. */
    public record AdminAnswer(int status, String body, String location) {

        public JsonNode json() {
            return JSON.readTree(body);
        }
    }

    /**
     * Calls the admin REST API ({@code /admin/realms/…}) as the bootstrap administrator of the master realm, for what
     * a test must set up at run time.
     */
    public AdminAnswer admin(String method, String path, String jsonBody) {
        HttpResponse<String> token = post(baseUrl + "/realms/master/protocol/openid-connect/token", Map.of(
                "grant_type", "password", "client_id", "admin-cli", "username", "admin", "password", adminPassword));
        String accessToken = JSON.readTree(token.body()).path("access_token").asString();
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/admin/realms" + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + accessToken)
                .header("Content-Type", "application/json")
                .method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(jsonBody))
                .build();
        HttpResponse<String> response = send(request);
        if (response.statusCode() >= 300) {
            throw new IllegalStateException("Keycloak admin API " + method + " " + path + ": " + response.statusCode()
                    + " " + response.body());
        }
        return new AdminAnswer(response.statusCode(), response.body(),
                response.headers().firstValue("Location").orElse(null));
    }

    public void stop() {
        process.stop();
    }

    @Override
    public void close() {
        stop();
    }

    private JsonNode discovery(String realm) {
        return discovery.computeIfAbsent(realm, name -> {
            HttpResponse<String> response = get(baseUrl + "/realms/" + name + "/.well-known/openid-configuration");
            if (response.statusCode() != 200) {
                throw new IllegalStateException("No realm " + name + " on " + baseUrl + ": " + response.statusCode());
            }
            return JSON.readTree(response.body());
        });
    }

    private void awaitRealms(List<String> realms, long started) {
        long deadline = started + START_TIMEOUT.toNanos();
        List<String> waiting = new ArrayList<>(realms);
        while (!waiting.isEmpty()) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak stopped during start-up; last lines of " + process.log()
                        + ":\n" + process.logTail(40));
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Keycloak did not publish realms " + waiting + " within "
                        + START_TIMEOUT.toSeconds() + " s; last lines of " + process.log() + ":\n" + process.logTail(40));
            }
            waiting.removeIf(realm -> {
                try {
                    discovery(realm);
                    return true;
                } catch (RuntimeException notYet) {
                    return false;
                }
            });
            if (!waiting.isEmpty()) {
                sleep(Duration.ofSeconds(1));
            }
        }
    }

    /** Replaces the JSON files of {@code data/import} (read by {@code --import-realm}) by {@code realmFiles}. */
    private static List<String> importRealms(Path home, List<Path> realmFiles) {
        Path importDir = home.resolve("data/import");
        try {
            Files.createDirectories(importDir);
            try (Stream<Path> old = Files.list(importDir)) {
                for (Path file : old.filter(f -> f.toString().endsWith(".json")).toList()) {
                    Files.delete(file);
                }
            }
            List<String> realms = new ArrayList<>();
            for (Path file : realmFiles) {
                String realm = JSON.readTree(file.toFile()).path("realm").asString();
                Files.copy(file, importDir.resolve(realm + "-realm.json"));
                realms.add(realm);
            }
            return realms;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a copy of the realm file under the name {@code realm} into {@code folder}. */
    static Path copyUnderAnotherName(Path realmFile, String realm, Path folder) {
        try {
            ObjectNode copy = (ObjectNode) JSON.readTree(realmFile.toFile());
            copy.put("realm", realm);
            copy.put("displayName", "Copie de " + copy.path("displayName").asString() + " (autre émetteur)");
            Files.createDirectories(folder);
            Path file = folder.resolve(realm + "-realm.json");
            JSON.writeValue(file.toFile(), copy);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpResponse<String> get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET().build());
    }

    private HttpResponse<String> post(String url, Map<String, String> form) {
        String body = new LinkedHashMap<>(form).entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + property + " is not set: run the tests through Maven "
                    + "(./mvnw verify -pl tests/keycloak)");
        }
        return value;
    }
}
