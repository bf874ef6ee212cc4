package fr.mutualis.identity;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mutualis.devstack.PlatformSignIn;
import fr.mutualis.identity.support.IdentityServiceTest;
import fr.mutualis.testing.fuzz.Callers;
import fr.mutualis.testing.fuzz.Endpoint;
import fr.mutualis.testing.fuzz.Endpoint.Parameter;
import fr.mutualis.testing.fuzz.RequestFuzzer;
import fr.mutualis.testing.fuzz.ResponseOracle;
import fr.mutualis.testing.fuzz.StoredState;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * At least 1,000 hostile requests to the OAuth 2 / OpenID Connect endpoints of the authorization server (the service
 * has no {@code /api/} of its own): never a 5xx, every refusal an RFC 6749 error, an RFC 6750 bearer challenge or a
 * redirect to the sign-in page, no echo, and no change in any table (clients, authorizations, consents, users, keys).
 *
 * <p>No request can succeed: the token endpoint gets the portal's real credentials (so that requests reach grant
 * validation) but only codes and refresh tokens that were never issued, or a grant the portal may not use;
 * introspection and revocation, which answer 200 for an unknown token, only get credentials that are refused.
 */
class IdentityFuzzIntegrationTest extends IdentityServiceTest {

    private static final List<String> FORGED = List.of(
            basic(PlatformSignIn.PORTAL_CLIENT, "pas-le-bon-secret"),
            basic(PlatformSignIn.ADMIN_AUTOMATION_CLIENT, "pas-le-bon-secret"),
            basic("client-inconnu", "secret"),
            "Basic " + Base64.getEncoder().encodeToString("sans-deux-points".getBytes(StandardCharsets.UTF_8)),
            "Basic !!!pas-du-base64!!!",
            "Basic",
            "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.",
            "Bearer pas.un.jeton");

    @LocalServerPort
    private int port;
    @Autowired
    private DataSource dataSource;

    @TestFactory
    Stream<DynamicTest> hostile_requests_are_refused_in_oauth_terms_and_change_nothing() {
        StoredState tables = StoredState.tables(dataSource);
        ResponseOracle oracle = ResponseOracle.oauthErrors("/connexion");
        Stream<DynamicTest> grants = RequestFuzzer.against("identity-service", port)
                .endpoints(List.of(
                        Endpoint.form("POST", "/oauth2/token", List.of(
                                new Parameter("grant_type", String.class, true,
                                        List.of("authorization_code", "refresh_token", "client_credentials")),
                                new Parameter("code", String.class, true),
                                new Parameter("redirect_uri", String.class, true, List.of(PORTAL_REDIRECT)),
                                new Parameter("refresh_token", String.class, false),
                                new Parameter("scope", String.class, false, List.of("openid", "profile", "email")),
                                new Parameter("code_verifier", String.class, false))),
                        Endpoint.form("GET", "/oauth2/authorize", List.of(
                                new Parameter("response_type", String.class, true, List.of("code", "token")),
                                new Parameter("client_id", String.class, true,
                                        List.of(PlatformSignIn.PORTAL_CLIENT, "client-inconnu")),
                                new Parameter("redirect_uri", String.class, true,
                                        List.of(PORTAL_REDIRECT, "https://ailleurs.example/rappel")),
                                new Parameter("scope", String.class, true, List.of("openid", "openid profile")),
                                new Parameter("state", String.class, true),
                                new Parameter("code_challenge_method", String.class, false, List.of("S256", "plain")))),
                        Endpoint.form("GET", "/userinfo", List.of()),
                        Endpoint.form("POST", "/userinfo", List.of())))
                .callers(new Callers(List.of(basic(PlatformSignIn.PORTAL_CLIENT, PORTAL_SECRET)), List.of(), FORGED))
                .oracle(oracle)
                .storedState(tables)
                .requests(700)
                .dynamicTests();
        Stream<DynamicTest> tokens = RequestFuzzer.against("identity-service", port)
                .endpoints(List.of(
                        Endpoint.form("POST", "/oauth2/introspect", List.of(
                                new Parameter("token", String.class, true),
                                new Parameter("token_type_hint", String.class, false,
                                        List.of("access_token", "refresh_token")))),
                        Endpoint.form("POST", "/oauth2/revoke", List.of(
                                new Parameter("token", String.class, true),
                                new Parameter("token_type_hint", String.class, false,
                                        List.of("access_token", "refresh_token"))))))
                .callers(new Callers(FORGED.subList(0, 3), List.of(), FORGED.subList(3, FORGED.size())))
                .oracle(oracle)
                .storedState(tables)
                .requests(300)
                .dynamicTests();
        return Stream.concat(grants, tokens);
    }

    /** Found by this test: SAS cast a repeated {@code code} to one value and answered 500. */
    @Test
    void a_repeated_parameter_is_an_invalid_request_not_a_server_error() throws Exception {
        HttpResponse<String> answer = postToken(basic(PlatformSignIn.PORTAL_CLIENT, PORTAL_SECRET),
                "grant_type=authorization_code&code=a&code=b&redirect_uri="
                        + URLEncoder.encode(PORTAL_REDIRECT, StandardCharsets.UTF_8));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(answer.body()).contains("\"error\":\"invalid_request\"");
    }

    /** RFC 6749 §5.2, where SAS answered an empty 401. */
    @Test
    void a_token_request_without_client_credentials_is_an_invalid_client() throws Exception {
        HttpResponse<String> answer = postToken(null, "grant_type=client_credentials");

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"mutualis\"");
        assertThat(answer.body()).contains("\"error\":\"invalid_client\"");
    }

    private HttpResponse<String> postToken(String authorization, String form) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String client, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((client + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }
}
