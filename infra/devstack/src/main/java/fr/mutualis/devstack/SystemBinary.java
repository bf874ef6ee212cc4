package fr.mutualis.devstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * A program the launcher takes from the machine's Debian packages rather than from Maven Central: where Debian puts
 * it, the variable that points at another copy, and the package that installs it.
 */
record SystemBinary(String component, String debianPath, String variable, String debianPackage) {

    /** The program: the variable's path if set (it must then be executable), otherwise Debian's, if installed. */
    Optional<Path> find(Function<String, String> environment) {
        String override = environment.apply(variable);
        if (override != null && !override.isBlank()) {
            Path path = Path.of(override.trim());
            if (Files.isExecutable(path)) {
                return Optional.of(path);
            }
            throw missing(variable + "=" + override + " n'est pas exécutable / is not executable");
        }
        return Optional.of(Path.of(debianPath)).filter(Files::isExecutable);
    }

    /** The program, or a failure naming the package that installs it. */
    Path require(Function<String, String> environment) {
        return find(environment).orElseThrow(() -> missing(debianPath + " introuvable / not found"));
    }

    /** One line for {@code up}: what is missing and what it costs, for a program the stack can do without. */
    String absence(String consequence) {
        return "  – " + component + " absent : " + consequence + " ; apt-get install " + debianPackage
                + " (ou / or " + variable + "=<chemin / path>)";
    }

    private StackException missing(String what) {
        return new StackException(component, what + " : installez-le / install it with apt-get install " + debianPackage
                + " (ou / or " + variable + "=<chemin / path>)");
    }
}
