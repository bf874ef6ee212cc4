package fr.mutualis.devstack;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** A browser's view of one sign-in for {@link PlatformSignIn}: its cookies, no automatic redirects. */
final class SignInSession {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final String base;

    SignInSession(String identityUrl) {
        this.base = identityUrl.replaceFirst("/+$", "");
    }

    HttpResponse<String> get(String url) {
        return send(request(url).GET());
    }

    HttpResponse<String> post(String url, Map<String, String> parameters, String authorization) {
        HttpRequest.Builder request = request(url)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(parameters)));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request);
    }

    /**
     * Where a redirect leads, made absolute. A redirect to the client carrying an OAuth error ends the flow
     * with that error.
     */
    String redirect(HttpResponse<String> response, PlatformSignIn.Client client) {
        String location = response.headers().firstValue("Location").orElseThrow(() -> new IllegalStateException(
                "Expected a redirect from " + response.uri() + ", got " + response.statusCode()));
        String absolute = response.uri().resolve(location).toString();
        if (absolute.startsWith(client.redirectUri())) {
            Map<String, String> parameters = queryOf(absolute);
            if (parameters.containsKey("error")) {
                throw new PlatformSignIn.SignInRefused(parameters.get("error"), "Autorisation refusée / authorization refused: "
                        + parameters.get("error") + " " + parameters.getOrDefault("error_description", ""));
            }
        }
        return absolute;
    }

    private HttpRequest.Builder request(String url) {
        // A browser's Accept: the server keeps the authorization request to resume after sign-in only for
        // requests that do not ask for JSON.
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                .header("Accept", BROWSER_ACCEPT);
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream()
                    .map(cookie -> cookie.getKey() + "=" + cookie.getValue()).collect(Collectors.joining("; ")));
        }
        return request;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            for (String header : response.headers().allValues("Set-Cookie")) {
                String pair = header.split(";", 2)[0];
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    cookies.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
                }
            }
            return response;
        } catch (IOException e) {
            throw new IllegalStateException("identity service unreachable (" + e + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    String base() {
        return base;
    }

    static Map<String, String> queryOf(String url) {
        String query = URI.create(url).getRawQuery();
        Map<String, String> parameters = new LinkedHashMap<>();
        if (query != null) {
            for (String pair : query.split("&")) {
                int equals = pair.indexOf('=');
                String name = equals < 0 ? pair : pair.substring(0, equals);
                String value = equals < 0 ? "" : pair.substring(equals + 1);
                parameters.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
            }
        }
        return parameters;
    }

    static String form(Map<String, String> parameters) {
        return parameters.entrySet().stream().map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                .collect(Collectors.joining("&"));
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
