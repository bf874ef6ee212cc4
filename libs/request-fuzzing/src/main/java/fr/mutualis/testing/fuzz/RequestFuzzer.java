package fr.mutualis.testing.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * A seeded fuzzing campaign against a running service: for each of its endpoints, hostile requests drawn by
 * {@link HostileRequests}, each judged by a {@link ResponseOracle}, and the service's {@link StoredState} compared
 * before and after every batch. One {@link DynamicTest} per endpoint (use it from a {@code @TestFactory}), then one
 * that checks the campaign's size.
 *
 * <p>The seed is {@code -Dmutualis.fuzz.seed=…} when given, a new one otherwise; every failure names it, and the
 * same seed on the same endpoints draws the same requests again. {@code -Dmutualis.fuzz.requests=…} raises the
 * number of requests.
 */
public final class RequestFuzzer {

    private static final int BATCH = 25;
    private static final int MAX_REPORTED = 15;

    private final String service;
    private final int port;
    private List<Endpoint> endpoints = List.of();
    private Callers callers = new Callers(List.of(), List.of(), List.of());
    private ResponseOracle oracle = ResponseOracle.frenchProblems();
    private StoredState state = StoredState.none();
    private int requests = Integer.getInteger("mutualis.fuzz.requests", 1_000);
    private final long seed = Long.getLong("mutualis.fuzz.seed", System.nanoTime());
    private final AtomicInteger sent = new AtomicInteger();
    private final Map<String, List<String>> pathValues = new java.util.LinkedHashMap<>();

    private RequestFuzzer(String service, int port) {
        this.service = service;
        this.port = port;
    }

    /** A campaign against {@code service}, listening on 127.0.0.1:{@code port}. */
    public static RequestFuzzer against(String service, int port) {
        return new RequestFuzzer(service, port);
    }

    public RequestFuzzer endpoints(List<Endpoint> endpoints) {
        this.endpoints = List.copyOf(endpoints);
        return this;
    }

    public RequestFuzzer callers(Callers callers) {
        this.callers = Objects.requireNonNull(callers);
        return this;
    }

    /**
     * Values of a path variable that name what exists (a record of the entitled caller's collectivité…), used in
     * most requests so that they reach the deepest layers; other requests get values that exist nowhere.
     */
    public RequestFuzzer pathValue(String variable, String... values) {
        pathValues.computeIfAbsent(variable, name -> new ArrayList<>()).addAll(List.of(values));
        return this;
    }

    public RequestFuzzer oracle(ResponseOracle oracle) {
        this.oracle = Objects.requireNonNull(oracle);
        return this;
    }

    public RequestFuzzer storedState(StoredState state) {
        this.state = Objects.requireNonNull(state);
        return this;
    }

    /**
     * This many requests in all (1,000 by default; {@code -Dmutualis.fuzz.requests} raises it), spread evenly over the
     * endpoints. A service fuzzed by several campaigns (one set of callers each) splits its 1,000 between them.
     */
    public RequestFuzzer requests(int requests) {
        this.requests = Math.max(Integer.getInteger("mutualis.fuzz.requests", 0), requests);
        return this;
    }

    public long seed() {
        return seed;
    }

    /** One test per endpoint, then the check that at least the requested number of requests were sent. */
    public Stream<DynamicTest> dynamicTests() {
        if (endpoints.isEmpty()) {
            throw new IllegalStateException("No endpoint to fuzz for " + service);
        }
        System.out.println("Fuzzing " + service + ": " + requests + " requests over " + endpoints.size()
                + " endpoints, seed " + seed + " (replay with -Dmutualis.fuzz.seed=" + seed + ")");
        int perEndpoint = (requests + endpoints.size() - 1) / endpoints.size();
        HostileRequests generator = new HostileRequests(endpoints, callers, Map.copyOf(pathValues));
        long started = System.nanoTime();
        Stream<DynamicTest> perEndpointTests = endpoints.stream().map(endpoint -> DynamicTest.dynamicTest(
                endpoint.key() + " × " + perEndpoint, () -> campaign(generator, endpoint, perEndpoint)));
        DynamicTest size = DynamicTest.dynamicTest("at least " + requests + " hostile requests", () -> {
            long millis = (System.nanoTime() - started) / 1_000_000;
            System.out.println("Fuzzed " + service + ": " + sent.get() + " requests in " + millis + " ms, seed "
                    + seed);
            if (sent.get() < requests) {
                throw new AssertionError("Only " + sent.get() + " requests were sent to " + service);
            }
        });
        return Stream.concat(perEndpointTests, Stream.of(size));
    }

    private void campaign(HostileRequests generator, Endpoint endpoint, int count) {
        SplittableRandom random = new SplittableRandom(seed ^ endpoint.key().hashCode());
        RawHttp http = new RawHttp("127.0.0.1", port);
        List<String> failures = new ArrayList<>();
        Map<String, String> before = state.fingerprint();
        List<HostileRequest> batch = new ArrayList<>();
        for (int number = 0; number < count; number++) {
            HostileRequest request = generator.next(endpoint, number, random);
            RawHttp.Answer answer = http.send(request.raw());
            sent.incrementAndGet();
            List<String> broken = oracle.judge(request, answer);
            if (!broken.isEmpty()) {
                failures.add(request + " → " + (answer.status() == 0 ? "no answer" : answer.status()) + ": "
                        + String.join("; ", broken) + " | " + ResponseOracle.Checks.excerpt(answer.text()));
            }
            batch.add(request);
            if (batch.size() == BATCH || number == count - 1) {
                Map<String, String> after = state.fingerprint();
                if (!after.equals(before)) {
                    failures.add("stored side effect " + difference(before, after) + " after one of: " + batch);
                    before = after;
                }
                batch.clear();
            }
        }
        if (!failures.isEmpty()) {
            StringBuilder report = new StringBuilder(service + " " + endpoint.key() + ": " + failures.size()
                    + " of " + count + " hostile requests broke a promise (seed " + seed
                    + ", replay with -Dmutualis.fuzz.seed=" + seed + "):");
            failures.stream().limit(MAX_REPORTED).forEach(failure -> report.append("\n  - ").append(failure));
            if (failures.size() > MAX_REPORTED) {
                report.append("\n  … and ").append(failures.size() - MAX_REPORTED).append(" more");
            }
            throw new AssertionError(report.toString());
        }
    }

    private static String difference(Map<String, String> before, Map<String, String> after) {
        List<String> changes = new ArrayList<>();
        after.forEach((part, value) -> {
            if (!value.equals(before.get(part))) {
                changes.add(part + ": " + before.get(part) + " → " + value);
            }
        });
        before.keySet().stream().filter(part -> !after.containsKey(part)).forEach(part -> changes.add(part + " gone"));
        return changes.toString();
    }
}
