package fr.mutualis.devstack;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** A Spring Boot service of the platform, run from the executable jar its module builds. */
public final class ServiceComponent extends Component {

    private Endpoints endpoints;
    private final Function<Endpoints, List<String>> arguments;
    private final Function<Endpoints, Map<String, String>> environment;

    ServiceComponent(StackConfig config, UnprivilegedUser user, String name, Port port,
                     Function<Endpoints, List<String>> arguments) {
        this(config, user, name, port, arguments, endpoints -> Map.of());
    }

    /** {@code environment}: secrets, which stay out of the command line that any local user can read. */
    ServiceComponent(StackConfig config, UnprivilegedUser user, String name, Port port,
                     Function<Endpoints, List<String>> arguments, Function<Endpoints, Map<String, String>> environment) {
        super(config, user, name, port);
        this.arguments = arguments;
        this.environment = environment;
        this.endpoints = config.endpoints();
    }

    /** Points the service at components started elsewhere (containers) instead of this launcher's processes. */
    public ServiceComponent connectedTo(Endpoints components) {
        this.endpoints = components;
        return this;
    }

    public String url() {
        return config.serviceUrl(ports().get(0));
    }

    private String jar() {
        return "services/" + name() + "/target/" + name() + ".jar";
    }

    @Override
    protected void prepare() {
        config.built(name(), jar());
    }

    @Override
    protected List<String> command() {
        List<String> command = new ArrayList<>(jvm("384m", "-jar",
                config.projectRoot().resolve(jar()).toString(), "--server.port=" + port()));
        command.addAll(arguments.apply(endpoints));
        return command;
    }

    @Override
    protected Map<String, String> environment() {
        return environment.apply(endpoints);
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
}
