package fr.mutualis.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Prometheus' own checker, {@code promtool} from Debian's {@code prometheus} package (which CI installs): it parses
 * rule files and every PromQL expression in them as the Prometheus that loads them would.
 */
final class Promtool {

    private static final Path DEBIAN = Path.of("/usr/bin/promtool");

    private Promtool() {
    }

    /** What {@code promtool check rules} objects to in {@code file}; empty when it accepts it. */
    static List<String> checkRules(Path file) {
        return check("rules", file);
    }

    /** What {@code promtool check config} objects to in {@code file} and the rule files it loads; empty when none. */
    static List<String> checkConfig(Path file) {
        return check("config", file);
    }

    private static List<String> check(String what, Path file) {
        if (!Files.isExecutable(DEBIAN)) {
            throw new IllegalStateException("promtool introuvable / not found: apt-get install prometheus");
        }
        try {
            Process process = new ProcessBuilder(DEBIAN.toString(), "check", what, file.toString())
                    .redirectErrorStream(true).start();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return List.of("promtool did not finish within 60 s");
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return process.exitValue() == 0 ? List.of() : output.lines().filter(line -> !line.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
