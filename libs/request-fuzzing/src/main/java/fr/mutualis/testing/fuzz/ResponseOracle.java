package fr.mutualis.testing.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Judges one answer to one hostile request; each string returned is a broken promise.
 */
@FunctionalInterface
public interface ResponseOracle {

    /** The longest excerpt of what was sent that an answer may repeat. */
    int ECHO_LIMIT = 100;
    /** The largest error document an answer may carry. */
    int ERROR_BODY_LIMIT = 8_192;

    List<String> judge(HostileRequest request, RawHttp.Answer answer);

    /**
     * The platform's promise for its APIs: never a 5xx nor a silent close, a refusal for every request invalid by
     * construction, every error an {@code application/problem+json} French problem whose {@code status} is the
     * HTTP status, with a {@code title} and a {@code detail}, no internals, and no echo beyond an excerpt.
     */
    static ResponseOracle frenchProblems() {
        return (request, answer) -> {
            List<String> broken = new ArrayList<>(Checks.common(request, answer));
            if (answer.status() >= 400) {
                broken.addAll(Checks.frenchProblem(answer));
            } else if (answer.status() >= 300) {
                broken.add("redirect " + answer.status() + " to " + answer.header("location"));
            }
            return broken;
        };
    }

    /**
     * The promise of OAuth 2 endpoints (an authorization server's token, introspection, revocation, authorization and
     * userinfo endpoints), which answer in their protocols' formats, not in problems: never a 5xx nor a silent close,
     * no internals, no echo, and every refusal one of
     * <ul>
     *   <li>an RFC 6749 error: a JSON object whose {@code error} is a code ({@code invalid_client}…), with an
     *       optional {@code error_description} and {@code error_uri};</li>
     *   <li>an RFC 6750 challenge: a 401 or 403 with {@code WWW-Authenticate: Bearer …} and no body to speak of;</li>
     *   <li>a redirect to the sign-in page ({@code signInPath}, where a person must sign in first), or to a client's
     *       redirection URI carrying an {@code error} parameter (RFC 6749 §4.1.2.1).</li>
     * </ul>
     */
    static ResponseOracle oauthErrors(String signInPath) {
        return (request, answer) -> {
            List<String> broken = new ArrayList<>();
            boolean refusal = false;
            if (answer.status() >= 300 && answer.status() < 400) {
                String location = String.valueOf(answer.header("location"));
                refusal = location.matches("(?i)(https?://[^/]+)?" + Pattern.quote(signInPath) + "([?#].*)?")
                        || location.matches("[^?#]*[?#](.*&)?error=[a-z_]+.*");
                if (!refusal) {
                    broken.add("redirect " + answer.status() + " to " + Checks.excerpt(location));
                }
            }
            for (String problem : Checks.common(request, answer)) {
                if (!(refusal && problem.startsWith("accepted ("))) {
                    broken.add(problem);
                }
            }
            if (answer.status() >= 400 && answer.failure() == null) {
                broken.addAll(Checks.oauthError(answer));
            }
            return broken;
        };
    }

    /** Shared checks, for oracles of services that speak another error format too (OAuth 2 endpoints). */
    final class Checks {

        private static final JsonMapper JSON = JsonMapper.builder().build();
        private static final Set<String> ENGLISH_TITLES = Set.of("bad request", "unauthorized", "forbidden",
                "not found", "method not allowed", "not acceptable", "unsupported media type", "conflict",
                "internal server error", "payload too large", "content too large", "precondition failed",
                "unprocessable entity", "unprocessable content", "service unavailable", "request header fields too large",
                "uri too long", "length required", "not implemented");
        private static final Pattern ENGLISH_DETAIL = Pattern.compile(
                "(?i)^(failed|required|invalid|could not|cannot|no |the |unexpected|unrecognized|request method|"
                        + "content-type|content type|missing|full authentication|access is denied|bearer|jwt|an error)");
        /** An RFC 6749 error code: lower-case words joined by underscores ({@code invalid_client}). */
        private static final Pattern OAUTH_CODE = Pattern.compile("[a-z]+(_[a-z]+)*");
        /** RFC 6749's characters for {@code error_description}: printable ASCII but {@code "} and {@code \}. */
        private static final Pattern OAUTH_TEXT = Pattern.compile("[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*");
        private static final Pattern INTERNALS = Pattern.compile(
                "Exception|\\bat [a-z]+\\.[a-z]+\\.|org\\.springframework|java\\.lang|tools\\.jackson|"
                        + "com\\.fasterxml|org\\.apache|PSQLException|SQLState|<html", Pattern.CASE_INSENSITIVE);

        private Checks() {
        }

        /** No 5xx, no silent close, a refusal when due, no internals, no echo in an error. */
        public static List<String> common(HostileRequest request, RawHttp.Answer answer) {
            List<String> broken = new ArrayList<>();
            if (answer.failure() != null) {
                // Broken framing may be answered by closing the connection: nothing was processed.
                if (!request.attack().startsWith("broken HTTP framing")) {
                    broken.add(answer.failure());
                }
                return broken;
            }
            if (answer.status() >= 500) {
                broken.add("server error " + answer.status());
            }
            if (request.mustBeRefused() && answer.status() < 400) {
                broken.add("accepted (" + answer.status() + ") although invalid by construction");
            }
            String text = answer.text();
            if (answer.status() >= 400 && INTERNALS.matcher(text).find()) {
                broken.add("reveals internals");
            }
            // An error document names what it refuses by an excerpt; an accepted read may answer with what it was
            // asked for (the filters of a benchmark, the text of a search), as any client sent it.
            for (String sent : answer.status() >= 400 ? request.sentValues() : List.<String>of()) {
                String echoed = echo(sent, text);
                if (echoed != null) {
                    broken.add("echoes " + echoed.length() + "+ characters of what was sent");
                    break;
                }
            }
            return broken;
        }

        /** An {@code application/problem+json} French problem of the answer's status. */
        public static List<String> frenchProblem(RawHttp.Answer answer) {
            List<String> broken = new ArrayList<>();
            String type = answer.header("content-type");
            if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/problem+json")) {
                broken.add(answer.status() + " as " + type + " instead of application/problem+json");
            }
            if (answer.body().length > ERROR_BODY_LIMIT) {
                broken.add("error document of " + answer.body().length + " bytes");
            }
            JsonNode problem;
            try {
                problem = JSON.readTree(answer.body());
            } catch (RuntimeException e) {
                broken.add("body is not JSON: " + excerpt(answer.text()));
                return broken;
            }
            if (problem == null || !problem.isObject()) {
                broken.add("body is not a problem object: " + excerpt(answer.text()));
                return broken;
            }
            JsonNode status = problem.get("status");
            if (status == null || !status.isInt() || status.asInt() != answer.status()) {
                broken.add("problem status " + status + " for HTTP " + answer.status());
            }
            String title = text(problem, "title");
            String detail = text(problem, "detail");
            if (title == null || title.isBlank()) {
                broken.add("problem without title");
            } else if (ENGLISH_TITLES.contains(title.strip().toLowerCase(Locale.ROOT))) {
                broken.add("title in English: " + title);
            }
            if (detail == null || detail.isBlank()) {
                broken.add("problem without detail (title: " + title + ")");
            } else if (ENGLISH_DETAIL.matcher(detail.strip()).find()) {
                broken.add("detail in English: " + excerpt(detail));
            }
            return broken;
        }

        /** An RFC 6749 error document, or an RFC 6750 bearer challenge. */
        public static List<String> oauthError(RawHttp.Answer answer) {
            List<String> broken = new ArrayList<>();
            String challenge = answer.header("www-authenticate");
            if ((answer.status() == 401 || answer.status() == 403) && challenge != null
                    && challenge.regionMatches(true, 0, "Bearer", 0, 6) && answer.body().length < 200
                    && !answer.text().contains("<")) {
                return broken;
            }
            String type = answer.header("content-type");
            if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
                broken.add(answer.status() + " as " + type + " instead of an OAuth 2 error (application/json)");
            }
            if (answer.body().length > ERROR_BODY_LIMIT) {
                broken.add("error document of " + answer.body().length + " bytes");
            }
            JsonNode error;
            try {
                error = JSON.readTree(answer.body());
            } catch (RuntimeException e) {
                broken.add("body is not JSON: " + excerpt(answer.text()));
                return broken;
            }
            if (error == null || !error.isObject()) {
                broken.add("body is not an OAuth 2 error object: " + excerpt(answer.text()));
                return broken;
            }
            String code = text(error, "error");
            if (code == null || !OAUTH_CODE.matcher(code).matches()) {
                broken.add("no RFC 6749 error code: " + excerpt(answer.text()));
            }
            String description = text(error, "error_description");
            if (error.has("error_description") && (description == null
                    || !OAUTH_TEXT.matcher(description).matches())) {
                broken.add("error_description outside RFC 6749's characters: " + excerpt(answer.text()));
            }
            return broken;
        }

        private static String text(JsonNode node, String field) {
            JsonNode value = node.get(field);
            return value == null || !value.isString() ? null : value.asString();
        }

        /** A window of more than {@link #ECHO_LIMIT} characters of {@code sent} found in {@code answer}, or null. */
        static String echo(String sent, String answer) {
            int window = ECHO_LIMIT + 1;
            if (sent.length() < window) {
                return null;
            }
            for (int start = 0; start + window <= sent.length(); start += ECHO_LIMIT / 4) {
                String part = sent.substring(start, start + window);
                if (answer.contains(part)) {
                    return part;
                }
            }
            return null;
        }

        static String excerpt(String text) {
            String flat = text.replaceAll("\\s+", " ");
            return flat.length() > 200 ? flat.substring(0, 200) + "…" : flat;
        }
    }
}
