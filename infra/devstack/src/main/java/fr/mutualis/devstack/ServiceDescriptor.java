package fr.mutualis.devstack;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * How the launcher runs one service, as the service's own {@code services/<folder>/service.properties} declares it, so
 * that adding a service edits no file of the launcher. Keys are listed in {@code docs/adding-a-service.md}.
 *
 * @param folder    the service's folder, relative to the project root; its jar is {@code <folder>/target/<name>.jar}
 * @param port      its development port; the test stack adds its offset, {@code MUTUALIS_PORT_<NAME>} overrides both
 * @param after     the services that must be ready before it starts (the issuer always is: see {@link Services})
 * @param database  its own PostgreSQL database, owned by its own role ({@link #databaseRole()})
 * @param outbox    whether it publishes through {@code libs/outbox}: a Debezium connector from the one template
 * @param uses      the components whose address it is given
 * @param demoData  whether it loads the demonstration data ({@code --mutualis.demo.enabled})
 * @param secretsKey whether it keeps secrets at rest and so receives its own {@code MUTUALIS_SECRETS_KEY}
 * @param arguments fixed command-line arguments of the launched service
 */
public record ServiceDescriptor(String name, String folder, int port, List<String> after, Optional<String> database,
                                boolean outbox, Set<Uses> uses, boolean demoData, boolean secretsKey,
                                List<String> arguments) {

    public static final String FILE = "service.properties";
    private static final Set<String> KEYS = Set.of("name", "port", "after", "database", "outbox", "uses", "demo-data",
            "secrets-key", "arguments");
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");
    /** Also a PostgreSQL identifier that needs no quoting. */
    private static final Pattern DATABASE = Pattern.compile("[a-z][a-z0-9_]*");

    /** The components a service can be given the address of ({@link Services#arguments} says by which argument). */
    public enum Uses {
        KAFKA, ELASTICSEARCH, REFERENTIAL, CLAMAV,
        /** The préfecture (simulator) as a tiers de télétransmission's client: its address and the tiers' password. */
        PREFECTURE,
        /** The signers' keys and the trusted authorities: the launcher's demo PKI ({@link DemoSignatures}). */
        SIGNATURE,
        /** The base URL of every other service ({@code mutualis.services.<name>}): a front that calls them all. */
        SERVICES
    }

    /** Every {@code services/*}{@code /service.properties} under {@code projectRoot}, by folder name. */
    static List<ServiceDescriptor> discover(Path projectRoot) {
        Path services = projectRoot.resolve("services");
        if (!Files.isDirectory(services)) {
            return List.of();
        }
        try (Stream<Path> folders = Files.list(services)) {
            return folders.map(folder -> folder.resolve(FILE)).filter(Files::isRegularFile).sorted()
                    .map(file -> read(projectRoot, file)).toList();
        } catch (IOException e) {
            throw new StackException("devstack", "services illisibles / cannot list " + services + ": " + e.getMessage(), e);
        }
    }

    static ServiceDescriptor read(Path projectRoot, Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw invalid(file, "illisible / unreadable: " + e.getMessage());
        }
        for (String key : properties.stringPropertyNames()) {
            if (!KEYS.contains(key)) {
                throw invalid(file, "clé inconnue / unknown key '" + key + "' ; connues / known: " + KEYS);
            }
        }
        String name = required(file, properties, "name", NAME);
        Optional<String> database = Optional.ofNullable(properties.getProperty("database")).map(String::trim)
                .filter(value -> !value.isEmpty());
        if (database.isPresent() && !DATABASE.matcher(database.get()).matches()) {
            throw invalid(file, "database=" + database.get() + " : lettres minuscules, chiffres, _ / lowercase letters, digits, _");
        }
        boolean outbox = flag(file, properties, "outbox");
        if (outbox && database.isEmpty()) {
            throw invalid(file, "outbox=true sans / without database");
        }
        return new ServiceDescriptor(name, projectRoot.relativize(file.getParent()).toString(),
                port(file, properties.getProperty("port")), words(properties.getProperty("after"), ","), database,
                outbox, uses(file, properties.getProperty("uses")), flag(file, properties, "demo-data"),
                flag(file, properties, "secrets-key"), words(properties.getProperty("arguments"), " "));
    }

    /** Its jar, relative to the project root: every service's jar is named after its artifactId. */
    public String jar() {
        return folder + "/target/" + name + ".jar";
    }

    /** The suffix of its port variable: {@code search-service} → {@code SEARCH_SERVICE}. */
    public String portKey() {
        return name.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    /** The LOGIN role that owns its database and that it connects as, e.g. {@code experience_service}. */
    public String databaseRole() {
        return database.orElseThrow() + "_service";
    }

    /** Its short name in secrets and connectors: {@code webhook-service} → {@code webhook}. */
    public String shortName() {
        return name.endsWith("-service") ? name.substring(0, name.length() - "-service".length()) : name;
    }

    private static String required(Path file, Properties properties, String key, Pattern pattern) {
        String value = properties.getProperty(key, "").trim();
        if (!pattern.matcher(value).matches()) {
            throw invalid(file, key + "='" + value + "' invalide / invalid (" + pattern + ")");
        }
        return value;
    }

    private static int port(Path file, String value) {
        try {
            int port = Integer.parseInt(value == null ? "" : value.trim());
            if (port >= 1 && port <= 65_535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below, with the file
        }
        throw invalid(file, "port=" + value + " n'est pas un port valide / is not a valid port (1-65535)");
    }

    private static boolean flag(Path file, Properties properties, String key) {
        String value = properties.getProperty(key, "false").trim();
        if (!value.equals("true") && !value.equals("false")) {
            throw invalid(file, key + "=" + value + " : true ou / or false");
        }
        return Boolean.parseBoolean(value);
    }

    private static Set<Uses> uses(Path file, String value) {
        try {
            return Set.copyOf(words(value, ",").stream().map(word -> Uses.valueOf(word.toUpperCase(Locale.ROOT))).toList());
        } catch (IllegalArgumentException e) {
            throw invalid(file, "uses=" + value + " ; connus / known: " + Arrays.toString(Uses.values()).toLowerCase(Locale.ROOT));
        }
    }

    private static List<String> words(String value, String separator) {
        return value == null ? List.of()
                : Arrays.stream(value.split(Pattern.quote(separator))).map(String::trim).filter(word -> !word.isEmpty()).toList();
    }

    private static StackException invalid(Path file, String reason) {
        return new StackException("devstack", "descripteur invalide / invalid descriptor " + file + ": " + reason);
    }
}
