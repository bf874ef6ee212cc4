package fr.mutualis.devstack;

import java.nio.file.Files;
import java.nio.file.Path;

/** Prometheus' checker, from Debian's {@code prometheus} package: the tests need it, they do not skip without it. */
final class Promtool {

    private static final Path DEBIAN = Path.of("/usr/bin/promtool");

    private Promtool() {
    }

    static String command() {
        if (!Files.isExecutable(DEBIAN)) {
            throw new IllegalStateException("promtool introuvable / not found: apt-get install prometheus");
        }
        return DEBIAN.toString();
    }
}
