package fr.mutualis.keycloak;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Finds a JDK recent enough for Keycloak (21+; the platform itself builds with 17). In order: the system property
 * {@value #PROPERTY}, the JDK running the tests, then the newest JDK in the folders of {@link #folders()}.
 */
final class JavaHomes {

    static final String PROPERTY = "mutualis.keycloak.java-home";
    /** Comma-separated folders to search instead of the usual ones. */
    static final String SEARCH_PATH_PROPERTY = "mutualis.keycloak.jdk-search-path";
    private static final List<Path> USUAL_FOLDERS = List.of(Path.of("/usr/lib/jvm"), Path.of("/usr/java"),
            Path.of("/opt/java"), Path.of("/opt"), Path.of(System.getProperty("user.home"), ".sdkman/candidates/java"));

    private JavaHomes() {
    }

    /** A Java home whose feature version is at least {@code minimum}, if one is found. */
    static Optional<Path> find(int minimum) {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            Path home = Path.of(configured);
            if (featureVersion(home).orElse(0) < minimum) {
                throw new IllegalStateException(PROPERTY + "=" + configured + " is not a Java " + minimum
                        + "+ home (no bin/java, or its release file says "
                        + featureVersion(home).map(String::valueOf).orElse("nothing") + ")");
            }
            return Optional.of(home);
        }
        Path current = Path.of(System.getProperty("java.home"));
        if (featureVersion(current).orElse(0) >= minimum) {
            return Optional.of(current);
        }
        List<Path> candidates = new ArrayList<>();
        for (Path folder : folders()) {
            if (Files.isDirectory(folder)) {
                try (Stream<Path> children = Files.list(folder)) {
                    children.filter(Files::isDirectory).forEach(candidates::add);
                } catch (IOException ignored) {
                    // An unreadable folder holds no usable JDK.
                }
            }
        }
        return candidates.stream()
                .filter(home -> featureVersion(home).orElse(0) >= minimum)
                .max(Comparator.comparingInt(home -> featureVersion(home).orElse(0)));
    }

    /** Where JDKs are searched: {@value #SEARCH_PATH_PROPERTY} if set, the usual installation folders otherwise. */
    static List<Path> folders() {
        String configured = System.getProperty(SEARCH_PATH_PROPERTY);
        if (configured == null || configured.isBlank()) {
            return USUAL_FOLDERS;
        }
        return Stream.of(configured.split(",")).map(String::trim).filter(f -> !f.isEmpty()).map(Path::of).toList();
    }

    /** Why {@link #find(int)} found nothing, in words a reader of the test report understands. */
    static String notFoundMessage(int minimum) {
        return "Keycloak needs a JDK " + minimum + "+ and none was found: the tests run on Java "
                + Runtime.version().feature() + " (" + System.getProperty("java.home") + "), no -D" + PROPERTY
                + " was given, and these folders hold no JDK " + minimum + "+: " + folders()
                + ". Install one (e.g. Temurin 21 or 25 under /usr/lib/jvm) or pass -D" + PROPERTY + "=<java home>.";
    }

    /** The feature version of the JDK at {@code home}, from its {@code release} file; empty if not a JDK. */
    static Optional<Integer> featureVersion(Path home) {
        Path release = home.resolve("release");
        if (!Files.isExecutable(home.resolve("bin/java")) || !Files.isRegularFile(release)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(release)) {
            properties.load(in);
        } catch (IOException e) {
            return Optional.empty();
        }
        String version = properties.getProperty("JAVA_VERSION", "").replace("\"", "").trim();
        if (version.startsWith("1.")) {
            version = version.substring(2);
        }
        String feature = version.split("[.+\\-_]")[0];
        try {
            return Optional.of(Integer.parseInt(feature));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
