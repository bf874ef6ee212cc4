package fr.mutualis.testing.stack;

import fr.mutualis.devstack.ConnectorRegistry;
import fr.mutualis.devstack.Faults;
import fr.mutualis.devstack.Profile;
import fr.mutualis.devstack.Stack;
import fr.mutualis.devstack.StackConfig;
import java.nio.file.Path;
import java.time.Duration;
import org.testcontainers.DockerClientFactory;

/**
 * The real PostgreSQL, Kafka, Kafka Connect + Debezium, Elasticsearch and ClamAV of a test run, started on first use
 * and shared by every test class.
 *
 * <p>{@code mutualis.test-stack} chooses how: {@code containers} (Testcontainers), {@code local} (the devstack
 * launcher's processes, test profile: other ports and folder than the platform's), or {@code auto}, the default:
 * containers when a Docker engine answers, local processes otherwise. A local stack that this JVM started is stopped
 * when it exits, unless {@code mutualis.test-stack.keep=true}: {@code ./mutualis test} keeps it for the next modules
 * of the build and stops it at the end.
 */
public final class RealStack {

    private static Provider provider;

    private RealStack() {
    }

    /** Starts the components if needed (once per JVM) and tells where they answer. */
    public static synchronized StackEndpoints endpoints() {
        if (provider == null) {
            provider = useContainers() ? new ContainerProvider(projectRoot()) : new LocalProvider(projectRoot());
        }
        return provider.endpoints();
    }

    /** Registers every connector of {@code infra/connect} and waits until each runs. */
    public static void registerConnectors() {
        endpoints();
        provider.connectors().registerAll();
    }

    /** Removes a connector, as an operator would; its replication slot stays. */
    public static void unregisterConnector(String name) {
        endpoints();
        provider.connectors().unregister(name);
    }

    /**
     * Runs the platform's services from their built jars against these components (ports of the test profile), and
     * returns their base URLs by name. They are stopped when the JVM exits. Connectors are not registered: call
     * {@link #registerConnectors()} once the services have created their outbox tables.
     */
    public static synchronized PlatformServices startServices() {
        endpoints();
        return provider.services();
    }

    /** Whether {@link #kill} and {@link #restart} can be used: the components are this machine's processes. */
    public static synchronized boolean canInjectFaults() {
        endpoints();
        return provider instanceof LocalProvider;
    }

    /**
     * Fault injection (issue 10): SIGKILLs a component of the local stack and all its processes, as a crash would:
     * {@code postgres}, {@code kafka}, {@code connect}, {@code elasticsearch} or a service such as
     * {@code search-service}. Only the local process stack can be killed so.
     */
    public static synchronized void kill(String component) {
        endpoints();
        provider.kill(component);
    }

    /**
     * Starts a killed component again, with the launcher's own start (the same one {@link #startServices()} and
     * {@link #endpoints()} use), and waits until it is healthy; returns how long that took.
     */
    public static synchronized Duration restart(String component) {
        endpoints();
        return provider.restart(component);
    }

    static Path projectRoot() {
        return StackConfig.findProjectRoot();
    }

    private static boolean useContainers() {
        String mode = System.getProperty("mutualis.test-stack", "auto");
        return switch (mode) {
            case "containers" -> true;
            case "local" -> false;
            default -> dockerAnswers();
        };
    }

    /** Asks Testcontainers only where an engine may be: without one, it logs a frightening but harmless error. */
    private static boolean dockerAnswers() {
        boolean engineMayExist = System.getenv("DOCKER_HOST") != null
                || java.nio.file.Files.exists(java.nio.file.Path.of("/var/run/docker.sock"))
                || java.nio.file.Files.exists(java.nio.file.Path.of(System.getProperty("user.home"), ".testcontainers.properties"));
        if (!engineMayExist) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    /** One way of obtaining the components. */
    interface Provider {
        StackEndpoints endpoints();

        ConnectorRegistry connectors();

        PlatformServices services();

        default void kill(String component) {
            throw new UnsupportedOperationException("Fault injection needs the local process stack "
                    + "(-Dmutualis.test-stack=local)");
        }

        default Duration restart(String component) {
            throw new UnsupportedOperationException("Fault injection needs the local process stack "
                    + "(-Dmutualis.test-stack=local)");
        }
    }

    /** The devstack launcher's processes, test profile. */
    static final class LocalProvider implements Provider {

        private final Stack stack;
        private final StackEndpoints endpoints;
        private PlatformServices services;

        LocalProvider(Path projectRoot) {
            this.stack = Stack.of(StackConfig.of(projectRoot, Profile.TEST), System.out);
            boolean alreadyRunning = stack.infrastructure().stream().allMatch(component -> component.isHealthy());
            stack.upInfrastructure();
            if (!alreadyRunning && !Boolean.getBoolean("mutualis.test-stack.keep")) {
                Runtime.getRuntime().addShutdownHook(new Thread(stack::down, "mutualis-test-stack-down"));
            }
            this.endpoints = new StackEndpoints(stack.config().endpoints());
        }

        @Override
        public StackEndpoints endpoints() {
            return endpoints;
        }

        @Override
        public ConnectorRegistry connectors() {
            StackConfig config = stack.config();
            return new ConnectorRegistry(config, config.endpoints(), config.endpoints());
        }

        @Override
        public synchronized PlatformServices services() {
            if (services == null) {
                // Registered first: services already started are stopped too when a later one fails to start.
                Runtime.getRuntime().addShutdownHook(new Thread(
                        () -> stack.services().forEach(service -> service.stop()), "mutualis-test-services-down"));
                stack.upServices();
                services = PlatformServices.of(stack.services());
            }
            return services;
        }

        /** The very component objects {@link #services()} and the infrastructure were started from. */
        @Override
        public void kill(String component) {
            Faults.kill(stack.component(component));
        }

        @Override
        public Duration restart(String component) {
            return Faults.restart(stack.component(component));
        }
    }
}
