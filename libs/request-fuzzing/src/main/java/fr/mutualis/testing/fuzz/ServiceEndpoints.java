package fr.mutualis.testing.fuzz;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The endpoints of a running service: from its Spring MVC request mappings (path variables, request parameters,
 * headers and the request record of each handler method, read by reflection), completed by its OpenAPI document
 * when it publishes one (query parameters a handler reads from a map, with their types and enumerations).
 */
public final class ServiceEndpoints {

    private ServiceEndpoints() {
    }

    /** Every mapped endpoint whose path starts with {@code prefix} (e.g. {@code /api/}), by key. */
    public static List<Endpoint> fromMappings(RequestMappingHandlerMapping mappings, String prefix) {
        Map<String, Endpoint> endpoints = new TreeMap<>();
        DefaultParameterNameDiscoverer names = new DefaultParameterNameDiscoverer();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith(prefix)) {
                    continue;
                }
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    Endpoint endpoint = endpoint(method.name(), pattern, info, handler, names);
                    endpoints.put(endpoint.key(), endpoint);
                }
            }
        });
        return List.copyOf(endpoints.values());
    }

    /**
     * Adds to {@code endpoints} the query parameters the OpenAPI document (YAML or JSON, at {@code resource} on the
     * class path) declares for the same method and path.
     */
    @SuppressWarnings("unchecked")
    public static List<Endpoint> withOpenApi(List<Endpoint> endpoints, String resource) {
        Map<String, Object> document;
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No OpenAPI document at " + resource);
            }
            document = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Object> paths = (Map<String, Object>) document.getOrDefault("paths", Map.of());
        List<Endpoint> completed = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            Map<String, Object> operations = (Map<String, Object>) paths.get(endpoint.pattern());
            Object operation = operations == null ? null : operations.get(endpoint.method().toLowerCase());
            if (!(operation instanceof Map<?, ?> op) || !(op.get("parameters") instanceof List<?> parameters)) {
                completed.add(endpoint);
                continue;
            }
            List<Endpoint.Parameter> query = new ArrayList<>();
            for (Object item : parameters) {
                if (item instanceof Map<?, ?> parameter && "query".equals(parameter.get("in"))) {
                    query.add(openApiParameter((Map<String, Object>) parameter));
                }
            }
            completed.add(endpoint.withQuery(query));
        }
        return completed;
    }

    @SuppressWarnings("unchecked")
    private static Endpoint.Parameter openApiParameter(Map<String, Object> parameter) {
        String name = String.valueOf(parameter.get("name"));
        boolean required = Boolean.TRUE.equals(parameter.get("required"));
        Map<String, Object> schema = (Map<String, Object>) parameter.getOrDefault("schema", Map.of());
        if ("array".equals(schema.get("type")) && schema.get("items") instanceof Map<?, ?> items) {
            schema = (Map<String, Object>) items;
        }
        List<String> allowed = schema.get("enum") instanceof Collection<?> values
                ? values.stream().map(String::valueOf).toList() : List.of();
        Type type = switch (String.valueOf(schema.get("type"))) {
            case "integer" -> Long.class;
            case "number" -> Double.class;
            case "boolean" -> Boolean.class;
            default -> "uuid".equals(schema.get("format")) ? java.util.UUID.class : String.class;
        };
        return new Endpoint.Parameter(name, type, required, allowed);
    }

    private static Endpoint endpoint(String method, String pattern, RequestMappingInfo info, HandlerMethod handler,
                                     DefaultParameterNameDiscoverer names) {
        Map<String, Endpoint.Parameter> path = new LinkedHashMap<>();
        List<Endpoint.Parameter> query = new ArrayList<>();
        List<Endpoint.Parameter> headers = new ArrayList<>();
        Type body = null;
        boolean bodyRequired = false;
        for (MethodParameter parameter : handler.getMethodParameters()) {
            parameter.initParameterNameDiscovery(names);
            Type type = parameter.getGenericParameterType();
            PathVariable pathVariable = parameter.getParameterAnnotation(PathVariable.class);
            RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
            RequestHeader requestHeader = parameter.getParameterAnnotation(RequestHeader.class);
            RequestBody requestBody = parameter.getParameterAnnotation(RequestBody.class);
            if (pathVariable != null) {
                String name = nameOf(first(pathVariable.name(), pathVariable.value()), parameter);
                path.put(name, new Endpoint.Parameter(name, type, true));
            } else if (requestParam != null && !Map.class.isAssignableFrom(parameter.getParameterType())) {
                query.add(new Endpoint.Parameter(nameOf(first(requestParam.name(), requestParam.value()), parameter), type,
                        requestParam.required() && requestParam.defaultValue().equals(
                                org.springframework.web.bind.annotation.ValueConstants.DEFAULT_NONE),
                        enumValues(parameter.getParameterType())));
            } else if (requestHeader != null && !Map.class.isAssignableFrom(parameter.getParameterType())) {
                headers.add(new Endpoint.Parameter(nameOf(first(requestHeader.name(), requestHeader.value()), parameter), type,
                        requestHeader.required()));
            } else if (requestBody != null) {
                body = type;
                bodyRequired = requestBody.required();
            }
        }
        // Variables a handler does not bind (it reads them from the request) still have to be filled.
        java.util.regex.Matcher variables = java.util.regex.Pattern.compile("\\{([^}/:]+)[^}]*}").matcher(pattern);
        while (variables.find()) {
            path.putIfAbsent(variables.group(1), new Endpoint.Parameter(variables.group(1), String.class, true));
        }
        List<String> consumes = info.getConsumesCondition().getConsumableMediaTypes().stream()
                .map(Object::toString).toList();
        return new Endpoint(method, pattern, List.copyOf(path.values()), query, headers, body, bodyRequired,
                Set.copyOf(consumes));
    }

    private static List<String> enumValues(Class<?> type) {
        if (!type.isEnum()) {
            return List.of();
        }
        return java.util.Arrays.stream(type.getEnumConstants()).map(constant -> ((Enum<?>) constant).name())
                .toList();
    }

    private static String first(String name, String value) {
        return name != null && !name.isEmpty() ? name : value;
    }

    private static String nameOf(String declared, MethodParameter parameter) {
        if (declared != null && !declared.isEmpty()) {
            return declared;
        }
        String name = parameter.getParameterName();
        if (name == null) {
            throw new IllegalStateException("No name for parameter " + parameter + ": compile with -parameters");
        }
        return name;
    }
}
