package fr.mutualis.testing.security;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint of a service × every kind of caller → the status class it must get. The endpoints come from the
 * service's own request mappings: one that the matrix does not list fails it, so that a new endpoint cannot be
 * forgotten. A caller is "let through" when the answer is neither 401 nor 403 (the request may still be refused for
 * what it says: 400, 404, 409…).
 */
public final class AuthorizationMatrix {

    /** Who calls. {@code OWN} is the collectivité the path and bodies name; {@code OTHER} another one. */
    public enum Caller {
        ANONYMOUS, AGENT_OWN, AGENT_OTHER, ELU_OWN, ADMINISTRATOR, DPO, NO_ROLE
    }

    /** What a caller must get. */
    public enum Outcome {
        LET_THROUGH, UNAUTHORIZED_401, FORBIDDEN_403
    }

    /** Who an endpoint is for, with what each caller gets. */
    public enum Access {
        /** Everyone, signed in or not. */
        PUBLIC(Outcome.LET_THROUGH, Outcome.LET_THROUGH, Outcome.LET_THROUGH, Outcome.LET_THROUGH,
                Outcome.LET_THROUGH, Outcome.LET_THROUGH, Outcome.LET_THROUGH),
        /** The agents of the collectivité whose data it changes. */
        OWN_AGENTS(Outcome.UNAUTHORIZED_401, Outcome.LET_THROUGH, Outcome.FORBIDDEN_403, Outcome.FORBIDDEN_403,
                Outcome.FORBIDDEN_403, Outcome.FORBIDDEN_403, Outcome.FORBIDDEN_403),
        /** The syndicate's administrators. */
        ADMINISTRATORS(Outcome.UNAUTHORIZED_401, Outcome.FORBIDDEN_403, Outcome.FORBIDDEN_403, Outcome.FORBIDDEN_403,
                Outcome.LET_THROUGH, Outcome.FORBIDDEN_403, Outcome.FORBIDDEN_403),
        /** The data protection officer. */
        DPO(Outcome.UNAUTHORIZED_401, Outcome.FORBIDDEN_403, Outcome.FORBIDDEN_403, Outcome.FORBIDDEN_403,
                Outcome.FORBIDDEN_403, Outcome.LET_THROUGH, Outcome.FORBIDDEN_403);

        private final Map<Caller, Outcome> outcomes = new EnumMap<>(Caller.class);

        Access(Outcome... byCaller) {
            for (Caller caller : Caller.values()) {
                outcomes.put(caller, byCaller[caller.ordinal()]);
            }
        }

        public Outcome outcomeFor(Caller caller) {
            return outcomes.get(caller);
        }
    }

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}/]+)}");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final Set<String> endpoints;
    private final Map<String, Access> expected = new LinkedHashMap<>();
    private final Map<String, Function<Caller, String>> bodies = new LinkedHashMap<>();
    private final Map<Caller, String> tokens = new EnumMap<>(Caller.class);
    private final Map<String, String> pathValues = new LinkedHashMap<>();

    /**
     * @param ownSiren   the collectivité of the {@code *_OWN} callers
     * @param otherSiren the collectivité of {@link Caller#AGENT_OTHER}
     */
    public AuthorizationMatrix(String baseUrl, RequestMappingHandlerMapping mappings, String ownSiren,
                               String otherSiren) {
        this.baseUrl = baseUrl;
        this.endpoints = endpointsOf(mappings);
        TestIssuer issuer = TestIssuer.shared();
        tokens.put(Caller.AGENT_OWN, issuer.agentOf(ownSiren));
        tokens.put(Caller.AGENT_OTHER, issuer.agentOf(otherSiren));
        tokens.put(Caller.ELU_OWN, issuer.eluOf(ownSiren));
        tokens.put(Caller.ADMINISTRATOR, issuer.administrator());
        tokens.put(Caller.DPO, issuer.dpo());
        tokens.put(Caller.NO_ROLE, issuer.withoutRole(ownSiren));
    }

    /** @param endpoint e.g. {@code "POST /api/experiences/{id}/publication"}, as the request mapping declares it */
    public AuthorizationMatrix expect(String endpoint, Access access) {
        expected.put(endpoint, access);
        return this;
    }

    /** The JSON body the endpoint is sent, valid for the own collectivité so that only permissions decide. */
    public AuthorizationMatrix body(String endpoint, Function<Caller, String> body) {
        bodies.put(endpoint, body);
        return this;
    }

    /** The value of a path variable, e.g. {@code id} → a record of the own collectivité. */
    public AuthorizationMatrix pathValue(String variable, String value) {
        pathValues.put(variable, value);
        return this;
    }

    /** Every endpoint the service maps under {@code /api/}, e.g. {@code GET /api/experiences/{id}}. */
    public Set<String> endpoints() {
        return endpoints;
    }

    /** The endpoints the service maps that this matrix does not list, and those it lists that do not exist. */
    public List<String> unlisted() {
        List<String> problems = new ArrayList<>();
        endpoints.stream().filter(endpoint -> !expected.containsKey(endpoint))
                .forEach(endpoint -> problems.add("not in the matrix: " + endpoint));
        expected.keySet().stream().filter(endpoint -> !endpoints.contains(endpoint))
                .forEach(endpoint -> problems.add("not mapped by the service: " + endpoint));
        return problems;
    }

    /** Calls every endpoint as every caller; each line returned is an answer that broke the matrix. */
    public List<String> violations() {
        List<String> violations = new ArrayList<>();
        expected.forEach((endpoint, access) -> {
            for (Caller caller : Caller.values()) {
                int status = call(endpoint, caller);
                Outcome outcome = access.outcomeFor(caller);
                boolean holds = switch (outcome) {
                    case LET_THROUGH -> status != 401 && status != 403 && status < 500;
                    case UNAUTHORIZED_401 -> status == 401;
                    case FORBIDDEN_403 -> status == 403;
                };
                if (!holds) {
                    violations.add(endpoint + " as " + caller + ": expected " + outcome + ", got " + status);
                }
            }
        });
        return violations;
    }

    /** The status of one call of {@code endpoint} with {@code authorization} (null: none). */
    public int call(String endpoint, String authorization, String body) {
        String[] parts = endpoint.split(" ", 2);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path(parts[1])))
                .timeout(Duration.ofSeconds(30))
                .method(parts[0], body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new IllegalStateException(endpoint + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Forged or foreign tokens that must each get a 401 on {@code endpoint}, by name. */
    public Map<String, String> forgedTokens(String siren) {
        TestIssuer issuer = TestIssuer.shared();
        Map<String, String> forged = new LinkedHashMap<>();
        forged.put("expired", issuer.agentTokenWith(siren, claims -> claims
                .expirationTime(java.util.Date.from(java.time.Instant.now().minus(Duration.ofMinutes(10))))));
        forged.put("wrong issuer", issuer.agentTokenWith(siren, claims -> claims.issuer("https://ailleurs.example")));
        forged.put("wrong audience", issuer.agentTokenWith(siren, claims -> claims.audience("un-autre-service")));
        forged.put("unsigned (alg none)", issuer.unsignedAgentOf(siren));
        forged.put("HS256 with the public key", issuer.hs256WithPublicKey(siren));
        forged.put("signed by an unpublished key", issuer.signedByAnotherKey(siren));
        forged.put("not a JWT", "Bearer mutualis-admin-dev");
        return forged;
    }

    private int call(String endpoint, Caller caller) {
        Function<Caller, String> body = bodies.get(endpoint);
        return call(endpoint, tokens.get(caller), body == null ? null : body.apply(caller));
    }

    private String path(String pattern) {
        Matcher matcher = VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            String value = pathValues.get(matcher.group(1));
            if (value == null) {
                throw new IllegalStateException("No value for {" + matcher.group(1) + "} in " + pattern
                        + ": declare it with pathValue()");
            }
            matcher.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(path);
        return path.toString();
    }

    private static Set<String> endpointsOf(RequestMappingHandlerMapping mappings) {
        Set<String> endpoints = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/")) {
                    continue;
                }
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    endpoints.add(method.name() + " " + pattern);
                }
            }
        }
        return endpoints;
    }
}
