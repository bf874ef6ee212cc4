package fr.mutualis.devstack;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tokens from the platform's identity service, obtained the way a person's browser and a machine client do: the
 * authorization code flow with PKCE through the real sign-in page (authorize, sign-in form with its CSRF token and
 * session cookie, back to authorize, code captured from the redirect to the client, code exchanged with its
 * verifier), and the client-credentials grant. For the launcher's {@code token} command and for tests.
 */
public final class PlatformSignIn {

    public static final String CLI_CLIENT = "mutualis-cli";
    public static final String PORTAL_CLIENT = "mutualis-portal";
    public static final String ADMIN_AUTOMATION_CLIENT = "mutualis-admin-automation";
    public static final String DPO_AUTOMATION_CLIENT = "mutualis-dpo-automation";

    /** The public command-line client: no secret, PKCE, a loopback redirect that is never called. */
    public static final Client CLI = new Client(CLI_CLIENT, null, "http://127.0.0.1/callback");

    private static final Pattern CSRF_INPUT = Pattern.compile("<input[^>]*name=\"_csrf\"[^>]*>");
    private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A client of the identity service; {@code secret} is null for a public client. */
    public record Client(String clientId, String secret, String redirectUri) {
        @Override
        public String toString() {
            return "Client[" + clientId + ", " + redirectUri + "]";
        }
    }

    /** A token response; {@code refreshToken} and {@code idToken} may be null. */
    public record Tokens(String accessToken, String refreshToken, String idToken) {
        @Override
        public String toString() {
            return "Tokens[***]";
        }
    }

    /** The identity service refused: wrong credentials, or an OAuth error ({@link #error()}). */
    public static final class SignInRefused extends RuntimeException {
        private final String error;

        SignInRefused(String error, String message) {
            super(message);
            this.error = error;
        }

        /** The OAuth error code, or {@code sign_in_failed} for wrong credentials. */
        public String error() {
            return error;
        }
    }

    private PlatformSignIn() {
    }

    /** An access token of {@code username}, signed in with the command-line client. */
    public static String accessToken(String identityUrl, String username, String password) {
        return signIn(identityUrl, CLI, username, password).accessToken();
    }

    /** The authorization code flow with PKCE, as a browser would follow it. */
    public static Tokens signIn(String identityUrl, Client client, String username, String password) {
        SignInSession session = new SignInSession(identityUrl);
        String verifier = randomToken(32);
        String state = randomToken(16);
        Map<String, String> authorize = new LinkedHashMap<>();
        authorize.put("response_type", "code");
        authorize.put("client_id", client.clientId());
        authorize.put("redirect_uri", client.redirectUri());
        authorize.put("scope", "openid profile email");
        authorize.put("state", state);
        authorize.put("nonce", randomToken(16));
        authorize.put("code_challenge", challenge(verifier));
        authorize.put("code_challenge_method", "S256");

        HttpResponse<String> toSignIn = session.get(identityUrl + "/oauth2/authorize?" + SignInSession.form(authorize));
        String signInPage = session.redirect(toSignIn, client);
        HttpResponse<String> page = session.get(signInPage);
        if (page.statusCode() != 200) {
            throw new IllegalStateException("Sign-in page " + signInPage + " answered " + page.statusCode());
        }
        Map<String, String> credentials = new LinkedHashMap<>();
        credentials.put("username", username);
        credentials.put("password", password);
        credentials.put("_csrf", csrfToken(page.body()));
        HttpResponse<String> signedIn = session.post(signInPage.replaceFirst("\\?.*$", ""), credentials, null);
        String next = session.redirect(signedIn, client);
        if (URI.create(next).getPath().equals(URI.create(signInPage).getPath())) {
            throw new SignInRefused("sign_in_failed", "Identifiant ou mot de passe incorrect.");
        }
        String callback = session.redirect(session.get(next), client);
        if (!callback.startsWith(client.redirectUri())) {
            throw new IllegalStateException("Expected a redirect to " + client.redirectUri() + ", got " + callback);
        }
        Map<String, String> result = SignInSession.queryOf(callback);
        if (!state.equals(result.get("state"))) {
            throw new IllegalStateException("The state came back altered");
        }
        Map<String, String> exchange = new LinkedHashMap<>();
        exchange.put("grant_type", "authorization_code");
        exchange.put("code", result.get("code"));
        exchange.put("redirect_uri", client.redirectUri());
        exchange.put("code_verifier", verifier);
        return tokenRequest(session, client, exchange);
    }

    /** A new access token (and refresh token) for a confidential client's refresh token. */
    public static Tokens refresh(String identityUrl, Client client, String refreshToken) {
        Map<String, String> request = new LinkedHashMap<>();
        request.put("grant_type", "refresh_token");
        request.put("refresh_token", refreshToken);
        return tokenRequest(new SignInSession(identityUrl), client, request);
    }

    /** A machine client's access token (client-credentials grant, the client's registered scopes). */
    public static String clientCredentialsToken(String identityUrl, String clientId, String secret) {
        Map<String, String> request = new LinkedHashMap<>();
        request.put("grant_type", "client_credentials");
        return tokenRequest(new SignInSession(identityUrl), new Client(clientId, secret, null), request).accessToken();
    }

    private static Tokens tokenRequest(SignInSession session, Client client, Map<String, String> parameters) {
        String authorization = null;
        if (client.secret() == null) {
            parameters.put("client_id", client.clientId());
        } else {
            String pair = SignInSession.encode(client.clientId()) + ":" + SignInSession.encode(client.secret());
            authorization = "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
        }
        HttpResponse<String> response = session.post(session.base() + "/oauth2/token", parameters, authorization);
        if (response.statusCode() != 200) {
            String error = jsonString(response.body(), "error").orElse("http_" + response.statusCode());
            throw new SignInRefused(error, "Jeton refusé / token refused: " + error + " "
                    + jsonString(response.body(), "error_description").orElse(""));
        }
        return new Tokens(jsonString(response.body(), "access_token").orElseThrow(),
                jsonString(response.body(), "refresh_token").orElse(null),
                jsonString(response.body(), "id_token").orElse(null));
    }

    private static String csrfToken(String html) {
        Matcher input = CSRF_INPUT.matcher(html);
        if (input.find()) {
            Matcher value = VALUE.matcher(input.group());
            if (value.find()) {
                return value.group(1);
            }
        }
        throw new IllegalStateException("No CSRF token on the sign-in page");
    }

    private static Optional<String> jsonString(String json, String field) {
        Matcher matcher = Pattern.compile("\"" + field + "\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(json);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    private static String randomToken(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
