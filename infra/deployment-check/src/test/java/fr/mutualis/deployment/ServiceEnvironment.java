package fr.mutualis.deployment;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The environment variables a deployment file passes to the platform's services, and those that bind to no property
 * of the receiving service ({@link ServiceProperties}). A service is a container (Kubernetes) or a Compose service
 * named after a folder of services/.
 */
final class ServiceEnvironment {

    private final Path root;
    private final Map<String, ServiceProperties> known = new HashMap<>();

    ServiceEnvironment(Path root) {
        this.root = root;
    }

    /** Service name → the variables {@code file} passes to it. */
    Map<String, Set<String>> variables(Path file) {
        Map<String, Set<String>> result = new LinkedHashMap<>();
        for (JsonNode document : Project.documents(file)) {
            if (document.has("services") && !document.has("kind")) {
                document.path("services").fields().forEachRemaining(service -> {
                    if (isService(service.getKey())) {
                        JsonNode environment = service.getValue().path("environment");
                        Set<String> names = result.computeIfAbsent(service.getKey(), k -> new TreeSet<>());
                        if (environment.isObject()) {
                            environment.fieldNames().forEachRemaining(names::add);
                        } else {
                            environment.forEach(entry -> names.add(entry.asText().split("=", 2)[0]));
                        }
                    }
                });
            }
            for (JsonNode container : document.path("spec").path("template").path("spec").path("containers")) {
                String name = container.path("name").asText();
                if (isService(name)) {
                    Set<String> names = result.computeIfAbsent(name, k -> new TreeSet<>());
                    container.path("env").forEach(variable -> names.add(variable.path("name").asText()));
                }
            }
        }
        return result;
    }

    /** "service: VARIABLE" for each variable of {@code file} that its service does not read. */
    List<String> unknown(Path file) {
        List<String> problems = new ArrayList<>();
        variables(file).forEach((service, names) -> {
            ServiceProperties properties = known.computeIfAbsent(service, s -> ServiceProperties.of(root, s));
            names.stream().filter(name -> !properties.accepts(name))
                    .forEach(name -> problems.add(service + ": " + name + " sets no property of the service"));
        });
        return problems;
    }

    private boolean isService(String name) {
        return Files.isDirectory(root.resolve("services").resolve(name));
    }
}
