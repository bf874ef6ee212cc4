package fr.mutualis.e2e;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Zipkin stand-in in the test JVM: takes the spans the services export (Zipkin's JSON v2, {@code POST /api/v2/spans})
 * and keeps them by trace for the tests to inspect. {@link TraceCollectorSession} starts it before the first test
 * class, and so before the platform's services, which the launcher points at {@link #endpoint()}.
 */
final class TraceCollector {

    /** One span as Zipkin's v2 model has it; {@code kind} is null for an internal span, {@code parentId} for a root. */
    record CollectedSpan(String traceId, String id, String parentId, String name, String kind, String service,
                         Map<String, String> tags) {
    }

    /** The traces of a whole test run are not needed: the oldest go first (health probes make many). */
    private static final int MAX_TRACES = 20_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static TraceCollector running;

    private final HttpServer server;
    private final Map<String, List<CollectedSpan>> traces = new LinkedHashMap<>(1024, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<CollectedSpan>> eldest) {
            return size() > MAX_TRACES;
        }
    };

    private TraceCollector() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/v2/spans", this::receive);
        server.start();
    }

    /** Starts the collector of this JVM, once. */
    static synchronized TraceCollector start() {
        if (running == null) {
            try {
                running = new TraceCollector();
            } catch (IOException e) {
                throw new IllegalStateException("Le collecteur de traces ne démarre pas / cannot start: " + e.getMessage(), e);
            }
        }
        return running;
    }

    /** The collector of this JVM, started before the services. */
    static synchronized TraceCollector running() {
        if (running == null) {
            throw new IllegalStateException("No trace collector: TraceCollectorSession did not run before the tests");
        }
        return running;
    }

    static synchronized void stop() {
        if (running != null) {
            running.server.stop(0);
            running = null;
        }
    }

    /** Where the services send their spans. */
    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/v2/spans";
    }

    /** The spans of {@code traceId} received so far, from every service. */
    List<CollectedSpan> trace(String traceId) {
        synchronized (traces) {
            return List.copyOf(traces.getOrDefault(traceId, List.of()));
        }
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            JsonNode spans;
            try (InputStream body = body(exchange)) {
                spans = JSON.readTree(body);
            } catch (JacksonException e) {
                exchange.sendResponseHeaders(400, -1);
                return;
            }
            synchronized (traces) {
                for (JsonNode span : spans) {
                    CollectedSpan collected = collected(span);
                    traces.computeIfAbsent(collected.traceId(), id -> new ArrayList<>()).add(collected);
                }
            }
            exchange.sendResponseHeaders(202, -1);
        }
    }

    private static InputStream body(HttpExchange exchange) throws IOException {
        boolean gzip = "gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"));
        return gzip ? new GZIPInputStream(exchange.getRequestBody()) : exchange.getRequestBody();
    }

    private static CollectedSpan collected(JsonNode span) {
        Map<String, String> tags = new HashMap<>();
        span.path("tags").properties().forEach(tag -> tags.put(tag.getKey(), tag.getValue().asString()));
        return new CollectedSpan(span.path("traceId").asString(), span.path("id").asString(),
                text(span.path("parentId")), span.path("name").asString(), text(span.path("kind")),
                span.path("localEndpoint").path("serviceName").asString(), Map.copyOf(tags));
    }

    private static String text(JsonNode node) {
        return node.isString() ? node.asString() : null;
    }
}
