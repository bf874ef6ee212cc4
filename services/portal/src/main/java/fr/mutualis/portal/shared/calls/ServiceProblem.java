package fr.mutualis.portal.shared.calls;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A service refused what the portal sent on the user's behalf, with its French RFC 9457 problem: the page shows
 * {@link #title()} and {@link #detail()}, and each {@link #fieldErrors() field error} next to its field.
 *
 * @param status      the service's HTTP status
 * @param title       the problem's title, in French
 * @param detail      the problem's detail, in French, or the title when the service gave none
 * @param fieldErrors the invalid fields (as the API names them) and what is wrong with each, in French
 */
public class ServiceProblem extends RuntimeException {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** More than a page can show usefully: the service's problems are short, a broken answer is not. */
    private static final int MAX_BODY = 64 * 1024;

    private final int status;
    private final String title;
    private final String detail;
    private final Map<String, String> fieldErrors;

    public ServiceProblem(int status, String title, String detail, Map<String, String> fieldErrors) {
        super(status + " " + title);
        this.status = status;
        this.title = title;
        this.detail = detail;
        // In the service's order, which is the form's: the error summary lists them as the person meets them.
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
    }

    static void from(HttpRequest request, ClientHttpResponse response) throws IOException {
        int status = response.getStatusCode().value();
        JsonNode problem;
        try (InputStream body = response.getBody()) {
            problem = JSON.readTree(body.readNBytes(MAX_BODY));
        } catch (RuntimeException unreadable) {
            problem = JSON.createObjectNode();
        }
        String title = text(problem, "title", status >= 500 ? "Le service a rencontré une erreur" : "Demande refusée");
        Map<String, String> fields = new LinkedHashMap<>();
        JsonNode errors = problem.path("errors");
        if (errors.isArray()) {
            for (JsonNode error : errors) {
                fields.putIfAbsent(error.path("field").asString(""), error.path("message").asString(""));
            }
        }
        throw new ServiceProblem(status, title, text(problem, "detail", title), fields);
    }

    private static String text(JsonNode problem, String field, String fallback) {
        JsonNode value = problem.path(field);
        return value.isString() && !value.asString().isBlank() ? value.asString() : fallback;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return detail;
    }

    /** Field name (as the API names it, e.g. {@code title} or {@code axes[1]}) → French message. */
    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }

    /** The messages of the fields whose name starts with {@code prefix}, e.g. every {@code axes[…]}. */
    public List<String> errorsOf(String prefix) {
        List<String> messages = new ArrayList<>();
        fieldErrors.forEach((field, message) -> {
            if (field.equals(prefix) || field.startsWith(prefix + "[") || field.startsWith(prefix + ".")) {
                messages.add(message);
            }
        });
        return messages;
    }
}
