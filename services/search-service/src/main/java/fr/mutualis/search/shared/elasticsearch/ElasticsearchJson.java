package fr.mutualis.search.shared.elasticsearch;

import fr.mutualis.search.shared.domain.IndexUnavailableException;
import co.elastic.clients.transport.endpoints.EndpointBase;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.http.entity.ContentType;
import org.apache.http.entity.StringEntity;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.ResponseException;
import org.elasticsearch.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Elasticsearch's query DSL as plain JSON over the low-level client: searches with aggregations, suggesters and
 * scripts read more clearly as the documented JSON than through the typed builders.
 */
public final class ElasticsearchJson {

    private static final ContentType NDJSON = ContentType.create("application/x-ndjson", "UTF-8");

    private final RestClient client;
    private final JsonMapper json;
    private final ObservationRegistry observations;

    /** {@code observations}: each request is a span of the current trace (ADR 0027), and a timer. */
    public ElasticsearchJson(RestClient client, JsonMapper json, ObservationRegistry observations) {
        this.client = client;
        this.json = json;
        this.observations = observations;
    }

    /**
     * A request path from its segments, each escaped as the typed client escapes them: whatever a segment holds (an id
     * from a request, a SIREN from an event), it stays one segment and can never name another endpoint.
     */
    public static String path(String... segments) {
        StringBuilder path = new StringBuilder();
        for (String segment : segments) {
            // The HTTP client resolves dot segments before sending: escaping cannot keep them in place.
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                throw new IllegalArgumentException("Not a path segment: '" + segment + "'");
            }
            EndpointBase.pathEncode(segment, path.append('/'));
        }
        return path.toString();
    }

    /** {@code POST /<index>/_search} with the body. */
    public JsonNode search(String index, Object body) {
        return call("POST", path(index, "_search"), Map.of(), body, false);
    }

    /**
     * {@code POST /<index>/_msearch}: the searches run side by side in Elasticsearch, in one round trip.
     *
     * @return each search's answer, in order
     * @throws IndexUnavailableException when Elasticsearch does not answer, or answers one search 5xx/429
     * @throws Refused                   when it refuses one of the searches (4xx)
     */
    public List<JsonNode> multiSearch(String index, List<?> bodies) {
        StringBuilder lines = new StringBuilder();
        for (Object body : bodies) {
            lines.append("{}\n").append(json.writeValueAsString(body)).append('\n');
        }
        String path = path(index, "_msearch");
        JsonNode answer = call("POST", path, Map.of(), new StringEntity(lines.toString(), NDJSON), false);
        List<JsonNode> responses = new ArrayList<>();
        for (JsonNode response : answer.path("responses")) {
            if (response.has("error")) {
                int status = response.path("status").asInt(500);
                String type = response.path("error").path("type").asString("");
                if (isUnavailable(status)) {
                    throw new IndexUnavailableException("Elasticsearch answered " + status + " to a search of "
                            + path + ": " + type, null);
                }
                throw new Refused(status, type, "Elasticsearch refused a search of " + path + ": "
                        + response.path("error").path("reason").asString(""), null);
            }
            responses.add(response);
        }
        return responses;
    }

    /** {@code GET /<index>/_doc/<id>}: the answer ({@code _source}, {@code _seq_no}…), or null when there is none. */
    public JsonNode document(String index, String id) {
        return call("GET", path(index, "_doc", id), Map.of(), null, true);
    }

    /**
     * The {@code _source} of the document as plain JSON values, without the fields {@code excludes}; empty when there
     * is none.
     */
    @SuppressWarnings("unchecked")
    public Optional<Map<String, Object>> source(String index, String id, List<String> excludes) {
        JsonNode document = call("GET", path(index, "_doc", id),
                excludes.isEmpty() ? Map.of() : Map.of("_source_excludes", String.join(",", excludes)), null, true);
        if (document == null || !document.path("found").asBoolean()) {
            return Optional.empty();
        }
        return Optional.of(json.convertValue(document.path("_source"), Map.class));
    }

    /** {@code PUT /<index>/_doc/<id>} with the parameters (versions, conditions), escaped by the client. */
    public void put(String index, String id, Map<String, String> parameters, Object document) {
        call("PUT", path(index, "_doc", id), parameters, document, false);
    }

    /**
     * @param path built with {@link #path}
     * @return the answer, or null for a 404 when {@code missingIsNull}
     * @throws IndexUnavailableException when Elasticsearch does not answer, or answers 5xx/429
     * @throws Refused                   when it refuses the request (4xx), with its status and error type
     */
    public JsonNode call(String method, String path, Map<String, String> parameters, Object body,
                         boolean missingIsNull) {
        String operation = operation(path);
        // Method and operation only: the path holds ids, and the body what people typed.
        return Observation.createNotStarted("mutualis.elasticsearch.request", observations)
                .contextualName("elasticsearch " + method + " " + operation)
                .lowCardinalityKeyValue("method", method)
                .lowCardinalityKeyValue("operation", operation)
                .observe(() -> send(method, path, parameters, body, missingIsNull));
    }

    /** The endpoint's name in the path ({@code _search}, {@code _doc}, {@code _bulk}…), or {@code index} for the index's own. */
    static String operation(String path) {
        for (String segment : path.split("/")) {
            if (segment.startsWith("_")) {
                return segment;
            }
        }
        return "index";
    }

    private JsonNode send(String method, String path, Map<String, String> parameters, Object body,
                          boolean missingIsNull) {
        Request request = new Request(method, path);
        request.addParameters(parameters);
        if (body instanceof StringEntity entity) {
            request.setEntity(entity);
        } else if (body != null) {
            request.setEntity(new StringEntity(json.writeValueAsString(body), ContentType.APPLICATION_JSON));
        }
        try {
            var entity = client.performRequest(request).getEntity();
            return entity == null ? json.createObjectNode() : json.readTree(entity.getContent());
        } catch (ResponseException e) {
            int status = e.getResponse().getStatusLine().getStatusCode();
            if (status == 404 && missingIsNull) {
                return null;
            }
            if (isUnavailable(status)) {
                throw new IndexUnavailableException("Elasticsearch answered " + status + " to " + method + " " + path, e);
            }
            throw new Refused(status, errorType(e), "Elasticsearch refused " + method + " " + path + ": "
                    + e.getMessage(), e);
        } catch (IOException e) {
            throw new IndexUnavailableException("Elasticsearch unavailable for " + method + " " + path + ": "
                    + e.getMessage(), e);
        }
    }

    public JsonMapper mapper() {
        return json;
    }

    /** The {@code error.type} of Elasticsearch's answer, e.g. {@code version_conflict_engine_exception}. */
    private String errorType(ResponseException e) {
        try {
            return json.readTree(e.getResponse().getEntity().getContent()).path("error").path("type").asString("");
        } catch (IOException | RuntimeException unreadable) {
            return "";
        }
    }

    /**
     * Elasticsearch refused the request: callers tell an expected refusal (a version conflict, an index that already
     * exists) from a fault by its status and error type.
     */
    public static final class Refused extends IllegalStateException {

        private final int status;
        private final String errorType;

        Refused(int status, String errorType, String message, Throwable cause) {
            super(message, cause);
            this.status = status;
            this.errorType = errorType;
        }

        public int status() {
            return status;
        }

        public String errorType() {
            return errorType;
        }
    }

    /**
     * Whether an answer says the index cannot serve now rather than that the request is wrong: an overloaded or failing
     * node (5xx, 429), or an index that is missing (404, during a first start or a rebuild's swap). Worth a retry.
     */
    private static boolean isUnavailable(int status) {
        return status >= 500 || status == 429 || status == 404;
    }
}
