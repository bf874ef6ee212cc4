package fr.mutualis.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Spring Boot service of the platform, run from a copy of the executable jar its module builds, as its descriptor
 * says.
 */
public final class ServiceComponent extends Component {

    private final ServiceDescriptor descriptor;
    private Endpoints endpoints;

    ServiceComponent(StackConfig config, UnprivilegedUser user, ServiceDescriptor descriptor) {
        super(config, user, descriptor.name(), List.of(new Listener(descriptor.name(), config.port(descriptor),
                Port.variable(descriptor.portKey()))));
        this.descriptor = descriptor;
        this.endpoints = config.endpoints();
    }

    public ServiceDescriptor descriptor() {
        return descriptor;
    }

    /** Points the service at components started elsewhere (containers) instead of this launcher's processes. */
    public ServiceComponent connectedTo(Endpoints components) {
        this.endpoints = components;
        return this;
    }

    public String url() {
        return config.serviceUrl(name());
    }

    /**
     * Runs a copy of the built jar, taken at each start: a running JVM reads its classes from the jar lazily, and a
     * build that rewrites {@code target/} under it (a module's {@code mvn verify}) left it answering 500 to every request.
     */
    @Override
    protected void prepare() throws IOException {
        Path built = config.built(name(), descriptor.jar());
        Path running = runningJar();
        if (!Files.exists(running) || Files.size(running) != Files.size(built)
                || !Files.getLastModifiedTime(running).equals(Files.getLastModifiedTime(built))) {
            Files.copy(built, running, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
        }
    }

    private Path runningJar() {
        return folder().resolve(name() + ".jar");
    }

    @Override
    protected List<String> command() {
        List<String> command = new ArrayList<>(jvm("384m", "-jar", runningJar().toString(), "--server.port=" + port()));
        command.addAll(Services.arguments(config, descriptor, endpoints));
        return command;
    }

    /** Its secrets, which stay out of the command line that any local user can read. */
    @Override
    protected Map<String, String> environment() {
        Map<String, String> environment = new LinkedHashMap<>(DevSecrets.of(config).environment(descriptor));
        config.tracesEndpoint().ifPresent(endpoint -> environment.put("MANAGEMENT_TRACING_EXPORT_ZIPKIN_ENDPOINT", endpoint));
        return environment;
    }

    @Override
    protected boolean healthy() {
        try {
            Http.Response health = Http.get(url() + "/actuator/health/readiness");
            return health.ok() && health.body().contains("\"UP\"");
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The services start together, a dozen JVMs on as few as two cores: each may wait its turn for the CPU far longer
     * than it would alone.
     */
    @Override
    protected java.time.Duration startTimeout() {
        return java.time.Duration.ofSeconds(240);
    }
}
