package fr.mutualis.e2e.portal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * axe-core, the accessibility engine, from the npm registry (pinned), installed once into the module's
 * {@code target/} by the machine's npm (.ci/run installs Node.js and npm).
 */
final class AxeCore {

    static final String VERSION = "4.11.0";
    private static final Path PREFIX = Path.of("target", "npm-axe-core-" + VERSION);
    private static String script;

    private AxeCore() {
    }

    static synchronized String script() {
        if (script == null) {
            Path file = PREFIX.resolve("node_modules/axe-core/axe.min.js");
            try {
                if (!Files.isRegularFile(file)) {
                    Files.createDirectories(PREFIX);
                    Process npm = new ProcessBuilder(List.of("npm", "install", "--prefix", PREFIX.toString(),
                            "--no-audit", "--no-fund", "--no-save", "--no-package-lock", "axe-core@" + VERSION))
                            .redirectErrorStream(true).start();
                    String output = new String(npm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                    if (!npm.waitFor(5, TimeUnit.MINUTES) || npm.exitValue() != 0 || !Files.isRegularFile(file)) {
                        throw new IllegalStateException("npm install axe-core@" + VERSION + " a échoué / failed:\n" + output);
                    }
                }
                script = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException("npm introuvable : Node.js et npm sont nécessaires (apt-get install "
                        + "nodejs npm) / npm not found", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return script;
    }
}
