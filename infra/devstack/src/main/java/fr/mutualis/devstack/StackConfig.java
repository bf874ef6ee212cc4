package fr.mutualis.devstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where everything of one stack lives and which ports it uses.
 *
 * <p>All data is under one folder: {@code <project>/.mutualis/<profile>/} by default, or {@code $MUTUALIS_HOME/<profile>}.
 * Logs are in {@code logs/}, process ids in {@code run/}, each component's data in a folder of its own name.
 */
public final class StackConfig {

    /**
     * The PostgreSQL superuser, for the launcher's own administration and the tests' databases: each launched service
     * connects as its own role ({@link DatabaseRoles}). The stack listens on 127.0.0.1 only.
     */
    public static final String POSTGRES_USER = "mutualis";
    /**
     * The superuser's password where it cannot be drawn per stack: in the containers of the container stack, and in
     * stacks created before it was ({@link DevSecrets}); a launcher's stack has its own.
     */
    public static final String POSTGRES_PASSWORD = "mutualis";
    public static final String HOST = "127.0.0.1";

    private final Path projectRoot;
    private final Profile profile;
    private final Path dataRoot;
    private final Map<Port, Integer> ports = new EnumMap<>(Port.class);
    private final List<ServiceDescriptor> services;
    private final Map<String, Integer> servicePorts = new HashMap<>();
    private final boolean demoData;
    private final String tracesEndpoint;
    private final boolean observability;
    private final Function<String, String> environment;

    private StackConfig(Path projectRoot, Profile profile, Function<String, String> environment, boolean observability) {
        this.projectRoot = projectRoot.toAbsolutePath().normalize();
        this.profile = profile;
        this.environment = environment;
        this.observability = observability;
        this.demoData = !"false".equalsIgnoreCase(environment.apply("MUTUALIS_DEMO_DATA"));
        this.tracesEndpoint = firstSet(System.getProperty("mutualis.traces.endpoint"),
                environment.apply("MUTUALIS_TRACES_ENDPOINT"));
        String home = environment.apply("MUTUALIS_HOME");
        Path base = home == null || home.isBlank() ? this.projectRoot.resolve(".mutualis") : Path.of(home).toAbsolutePath();
        this.dataRoot = base.resolve(profile.folderName());
        for (Port port : Port.values()) {
            ports.put(port, port.resolve(profile, environment));
        }
        this.services = Services.discover(this.projectRoot);
        for (ServiceDescriptor service : services) {
            servicePorts.put(service.name(), Port.resolve(service.portKey(), service.port(), profile, environment));
        }
    }

    public static StackConfig of(Path projectRoot, Profile profile) {
        return new StackConfig(projectRoot, profile, System::getenv, false);
    }

    static StackConfig of(Path projectRoot, Profile profile, Function<String, String> environment) {
        return new StackConfig(projectRoot, profile, environment, false);
    }

    /**
     * The same stack with its observability ({@code up --observability}): Zipkin, Prometheus and the exporters start
     * with the infrastructure, and the services send their spans to this Zipkin unless a traces endpoint is set.
     */
    public StackConfig withObservability() {
        return new StackConfig(projectRoot, profile, environment, true);
    }

    public boolean observability() {
        return observability;
    }

    /** The environment this stack was configured from: where components find the binaries they are pointed at. */
    Function<String, String> environment() {
        return environment;
    }

    /**
     * The project's root: the {@code mutualis.project.root} system property (set by the build and the launcher script),
     * otherwise the nearest folder above the working directory that holds {@code infra/devstack}.
     */
    public static Path findProjectRoot() {
        String property = System.getProperty("mutualis.project.root");
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("infra/devstack"))) {
                return dir;
            }
        }
        throw new StackException("devstack",
                "racine du projet introuvable / project root not found: lancez depuis le dépôt / run from the repository");
    }

    /** Whether the services load the demo dataset: on for the platform, off for tests and with MUTUALIS_DEMO_DATA=false. */
    public boolean demoData() {
        return demoData;
    }

    /**
     * Where the services send their spans (Zipkin's JSON v2 API, {@code …/api/v2/spans}): the
     * {@code mutualis.traces.endpoint} system property or {@code MUTUALIS_TRACES_ENDPOINT}; otherwise, with the
     * observability option, the stack's own Zipkin; none by default, and then the services trace (trace ids in their
     * logs and Kafka headers) without exporting.
     */
    public Optional<String> tracesEndpoint() {
        if (tracesEndpoint == null && observability) {
            return Optional.of(zipkinUrl() + "/api/v2/spans");
        }
        return Optional.ofNullable(tracesEndpoint);
    }

    private static String firstSet(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    public Path projectRoot() {
        return projectRoot;
    }

    public Profile profile() {
        return profile;
    }

    public Path dataRoot() {
        return dataRoot;
    }

    public int port(Port port) {
        return ports.get(port);
    }

    /** The services of the project, in start order (see {@link Services#discover}). */
    public List<ServiceDescriptor> services() {
        return services;
    }

    public ServiceDescriptor service(String name) {
        return services.stream().filter(service -> service.name().equals(name)).findFirst()
                .orElseThrow(() -> new StackException("devstack", "service inconnu / unknown service '" + name
                        + "' ; connus / known: " + services.stream().map(ServiceDescriptor::name).toList()));
    }

    public int port(ServiceDescriptor service) {
        return servicePorts.get(service.name());
    }

    public Path logs() {
        return dataRoot.resolve("logs");
    }

    public Path log(String component) {
        return logs().resolve(component + ".log");
    }

    public Path pidFile(String component) {
        return dataRoot.resolve("run").resolve(component + ".pid");
    }

    /** A file or folder the build produced, with a clear message when it has not been built yet. */
    public Path built(String component, String relativePath) {
        Path path = projectRoot.resolve(relativePath);
        if (!Files.exists(path)) {
            throw new StackException(component, "artefact manquant / missing build output " + relativePath
                    + " : construisez d'abord / build first with ./mvnw install -DskipTests");
        }
        return path;
    }

    public String jdbcUrl(String database) {
        return endpoints().jdbcUrl(database);
    }

    /** The endpoints of this launcher's processes. */
    public Endpoints endpoints() {
        DevSecrets secrets = DevSecrets.of(this);
        return new Endpoints(HOST, port(Port.POSTGRES), POSTGRES_USER, secrets.superuserPassword(), kafkaBootstrapServers(),
                connectUrl(), elasticsearchUrl(), HOST + ":" + port(Port.KAFKA_INTEGRATORS),
                KafkaComponent.truststore(this), KafkaComponent.TLS_PASSWORD,
                KafkaAccess.ADMIN, secrets.kafkaPassword(KafkaAccess.ADMIN), HOST, port(Port.CLAMAV));
    }

    public String kafkaBootstrapServers() {
        return HOST + ":" + port(Port.KAFKA);
    }

    public String connectUrl() {
        return "http://" + HOST + ":" + port(Port.CONNECT);
    }

    public String elasticsearchUrl() {
        return "http://" + HOST + ":" + port(Port.ELASTICSEARCH);
    }

    /** The stack's Zipkin (observability option): its API under {@code /api/v2}, its trace viewer under {@code /zipkin/}. */
    public String zipkinUrl() {
        return "http://" + HOST + ":" + port(Port.ZIPKIN);
    }

    /** The stack's Prometheus (observability option). */
    public String prometheusUrl() {
        return "http://" + HOST + ":" + port(Port.PROMETHEUS);
    }

    /** The base URL of the service {@code name}, e.g. {@code search-service}. */
    public String serviceUrl(String name) {
        return "http://" + HOST + ":" + port(service(name));
    }
}
