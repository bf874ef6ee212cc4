package fr.mutualis.testing.fuzz;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One operation of the service under test, as its request mapping (and OpenAPI document, when there is one)
 * declares it: what the fuzzer needs to build requests that reach the layer it attacks.
 *
 * @param method     HTTP method, e.g. {@code POST}
 * @param pattern    the mapped path, e.g. {@code /api/experiences/{id}/publication}
 * @param path       its variables
 * @param query      its query parameters (from {@code @RequestParam} and the OpenAPI document)
 * @param headers    its declared request headers ({@code @RequestHeader}), e.g. {@code If-Match}
 * @param body       the type of its JSON body ({@code @RequestBody}), null when it takes none
 * @param bodyRequired whether the body may be absent
 * @param consumes   the media types it declares, empty when it declares none
 */
public record Endpoint(String method, String pattern, List<Parameter> path, List<Parameter> query,
                       List<Parameter> headers, Type body, boolean bodyRequired, Set<String> consumes) {

    /** A parameter: its name, Java type (or the OpenAPI type mapped to one), and the values the API knows. */
    public record Parameter(String name, Type type, boolean required, List<String> allowedValues) {

        public Parameter(String name, Type type, boolean required) {
            this(name, type, required, List.of());
        }
    }

    public Endpoint {
        path = List.copyOf(path);
        query = List.copyOf(query);
        headers = List.copyOf(headers);
        consumes = Set.copyOf(consumes);
    }

    /** Whether a valid call may change what the service stores: every method but GET. */
    public boolean changesState() {
        return !method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS");
    }

    /**
     * An endpoint that reads its parameters from an {@code application/x-www-form-urlencoded} body when posted (the
     * OAuth 2 token, introspection and revocation endpoints) and from the query otherwise.
     */
    public static Endpoint form(String method, String pattern, List<Parameter> parameters) {
        return new Endpoint(method, pattern, List.of(), parameters, List.of(), null, false,
                Set.of(FORM));
    }

    /** Whether its parameters travel as a form. */
    public boolean takesForm() {
        return consumes.contains(FORM);
    }

    private static final String FORM = "application/x-www-form-urlencoded";

    /** {@code "POST /api/experiences"}. */
    public String key() {
        return method + " " + pattern;
    }

    /** A copy with these query parameters added (those already known are kept). */
    public Endpoint withQuery(List<Parameter> more) {
        List<Parameter> merged = new ArrayList<>(query);
        for (Parameter parameter : more) {
            if (merged.stream().noneMatch(known -> known.name().equals(parameter.name()))) {
                merged.add(parameter);
            }
        }
        return new Endpoint(method, pattern, path, merged, headers, body, bodyRequired, consumes);
    }

    @Override
    public String toString() {
        return key();
    }
}
