package fr.mutualis.keycloak;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A service of the platform run from the executable jar its module builds ({@code services/<name>/target/<name>.jar}),
 * as operators run it: {@code java -jar}, configured by command-line properties only.
 */
final class ServiceJar implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(240);

    private final String name;
    private final ChildProcess process;
    private final String url;

    private ServiceJar(String name, ChildProcess process, String url) {
        this.name = name;
        this.process = process;
        this.url = url;
    }

    /** Starts {@code name} on a free port with {@code properties} ({@code --key=value}) and waits for its readiness. */
    static ServiceJar start(String name, List<String> properties, Path workDir) {
        Path root = Path.of(System.getProperty("mutualis.project.root", "../.."));
        Path jar = root.resolve("services/" + name + "/target/" + name + ".jar").toAbsolutePath().normalize();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No " + jar + ": build it first (./mvnw -B install -DskipTests -pl services/"
                    + name + ")");
        }
        int port = KeycloakServer.freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-jar", jar.toString(), "--server.port=" + port, "--server.address=127.0.0.1"));
        command.addAll(properties);
        ChildProcess process = ChildProcess.start(name, command, workDir, Map.of(), workDir.resolve(name + ".log"));
        ServiceJar service = new ServiceJar(name, process, "http://127.0.0.1:" + port);
        try {
            service.awaitReady();
        } catch (RuntimeException e) {
            process.stop();
            throw e;
        }
        return service;
    }

    String url() {
        return url;
    }

    String logTail(int lines) {
        return process.logTail(lines);
    }

    private void awaitReady() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long started = System.nanoTime();
        long deadline = started + READY_TIMEOUT.toNanos();
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped during start-up; last lines of " + process.log() + ":\n"
                        + process.logTail(60));
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(url + "/actuator/health/readiness"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
                    System.out.printf("%s ready on %s in %d s, log %s%n", name, url,
                            Duration.ofNanos(System.nanoTime() - started).toSeconds(), process.log());
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(name + " not ready within " + READY_TIMEOUT.toSeconds() + " s; last lines of "
                        + process.log() + ":\n" + process.logTail(60));
            }
            KeycloakServer.sleep(Duration.ofSeconds(1));
        }
    }

    @Override
    public void close() {
        process.stop();
    }
}
