package fr.mutualis.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.mutualis.devstack.PlatformSignIn;
import fr.mutualis.identity.support.Browser;
import fr.mutualis.identity.support.IdentityServiceTest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import fr.mutualis.identity.user.NewUser;
import fr.mutualis.identity.user.PlatformUserRepository;
import fr.mutualis.identity.user.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A person signs in through the sign-in page: authorization code with PKCE, as a browser follows it. */
class AuthorizationCodeFlowIntegrationTest extends IdentityServiceTest {

    private static final String AGENT = "agent.gironde@demo.mutualis.fr";

    @Autowired
    private PlatformUserRepository users;
    @Autowired
    private PasswordEncoder passwords;

    @Test
    void an_agent_gets_tokens_with_the_proconnect_claims_and_roles() {
        PlatformSignIn.Tokens tokens = PlatformSignIn.signIn(ISSUER, PlatformSignIn.CLI, AGENT, DEMO_PASSWORD);

        Jwt access = verify(tokens.accessToken());
        assertThat(access.getSubject()).isEqualTo(AGENT);
        assertThat(access.getAudience()).contains("mutualis", PlatformSignIn.CLI_CLIENT);
        assertThat(access.getClaimAsString("uid")).matches("[0-9a-f-]{36}");
        assertThat(access.getClaims())
                .containsEntry("given_name", "Léa")
                .containsEntry("usual_name", "Dubois")
                .containsEntry("email", AGENT)
                .containsEntry("siret", "22330001300017")
                .containsEntry("organizational_unit", "Direction de la transformation numérique");
        assertThat(access.getClaimAsString("siret")).startsWith("223300013");
        assertThat(access.getClaimAsStringList("roles")).containsExactly("agent");
        assertThat(access.getClaimAsStringList("scope")).contains("openid", "profile", "email");
        assertThat(Duration.between(access.getIssuedAt(), access.getExpiresAt())).isEqualTo(Duration.ofMinutes(10));
        assertThat(tokens.refreshToken()).as("no refresh token for a public client").isNull();

        Jwt id = verify(tokens.idToken());
        assertThat(id.getAudience()).containsExactly(PlatformSignIn.CLI_CLIENT);
        assertThat(id.getClaims()).containsEntry("siret", "22330001300017").containsEntry("usual_name", "Dubois")
                .containsKey("nonce");
        assertThat(id.getClaimAsStringList("roles")).containsExactly("agent");
        assertThat(id.getClaimAsString("uid")).isEqualTo(access.getClaimAsString("uid"));
    }

    @Test
    void userinfo_answers_the_same_claims() {
        String token = PlatformSignIn.accessToken(ISSUER, "elu.gironde@demo.mutualis.fr", DEMO_PASSWORD);

        HttpResponse<String> response = new Browser().get(ISSUER + "/userinfo", token);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode userInfo = JsonMapper.builder().build().readTree(response.body());
        assertThat(userInfo.get("sub").asString()).isEqualTo("elu.gironde@demo.mutualis.fr");
        assertThat(userInfo.get("siret").asString()).isEqualTo("22330001300017");
        assertThat(userInfo.get("given_name").asString()).isEqualTo("Sophie");
        assertThat(userInfo.get("roles").toString()).isEqualTo("[\"elu\"]");
        assertThat(userInfo.has("uid")).isTrue();
    }

    @Test
    void the_portal_refreshes_its_tokens_and_the_refresh_token_rotates() {
        PlatformSignIn.Tokens first = PlatformSignIn.signIn(ISSUER, PORTAL, "admin.syndicat@demo.mutualis.fr",
                DEMO_PASSWORD);
        assertThat(first.refreshToken()).isNotBlank();

        PlatformSignIn.Tokens refreshed = PlatformSignIn.refresh(ISSUER, PORTAL, first.refreshToken());

        Jwt access = verify(refreshed.accessToken());
        assertThat(access.getSubject()).isEqualTo("admin.syndicat@demo.mutualis.fr");
        assertThat(access.getClaimAsStringList("roles")).containsExactly("administrateur");
        assertThat(access.getClaimAsString("siret")).isEqualTo("25370048800017");
        assertThat(access.getAudience()).contains("mutualis", PlatformSignIn.PORTAL_CLIENT);
        assertThat(refreshed.refreshToken()).isNotBlank().isNotEqualTo(first.refreshToken());
        assertThatThrownBy(() -> PlatformSignIn.refresh(ISSUER, PORTAL, first.refreshToken()))
                .as("a used refresh token is spent")
                .isInstanceOfSatisfying(PlatformSignIn.SignInRefused.class,
                        refused -> assertThat(refused.error()).isEqualTo("invalid_grant"));
    }

    @Test
    void a_wrong_password_comes_back_to_the_sign_in_page_with_a_french_alert_and_no_code() {
        Browser browser = new Browser();
        HttpResponse<String> authorize = browser.get(ISSUER + "/oauth2/authorize?response_type=code&client_id="
                + PlatformSignIn.CLI_CLIENT + "&redirect_uri=http://127.0.0.1/callback&scope=openid"
                + "&state=abc&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256");
        assertThat(Browser.location(authorize)).isEqualTo(ISSUER + "/connexion");
        HttpResponse<String> page = browser.get(ISSUER + "/connexion");

        HttpResponse<String> signIn = browser.postForm(ISSUER + "/connexion", Map.of(
                "username", AGENT, "password", "pas-le-bon", "_csrf", Browser.csrfToken(page.body())));

        assertThat(Browser.location(signIn)).isEqualTo(ISSUER + "/connexion?error").doesNotContain("code=");
        HttpResponse<String> again = browser.get(Browser.location(signIn));
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("role=\"alert\"").contains("Identifiant ou mot de passe incorrect.")
                .contains("aria-invalid=\"true\"");
        assertThatThrownBy(() -> PlatformSignIn.signIn(ISSUER, PlatformSignIn.CLI, AGENT, "pas-le-bon"))
                .isInstanceOfSatisfying(PlatformSignIn.SignInRefused.class,
                        refused -> assertThat(refused.error()).isEqualTo("sign_in_failed"));
    }

    @Test
    void an_authorization_request_without_pkce_is_refused() {
        for (String client : new String[] {PlatformSignIn.CLI_CLIENT + "&redirect_uri=http://127.0.0.1/callback",
                PlatformSignIn.PORTAL_CLIENT + "&redirect_uri=" + PORTAL_REDIRECT}) {
            HttpResponse<String> response = new Browser().get(ISSUER
                    + "/oauth2/authorize?response_type=code&scope=openid&state=xyz&client_id=" + client);

            String location = Browser.location(response);
            assertThat(location).contains("error=invalid_request").contains("state=xyz").doesNotContain("code=");
        }
    }

    @Test
    void signing_out_asks_for_confirmation_then_ends_the_session() {
        Browser browser = new Browser();
        HttpResponse<String> page = browser.get(ISSUER + "/connexion");
        HttpResponse<String> signIn = browser.postForm(ISSUER + "/connexion", Map.of(
                "username", AGENT, "password", DEMO_PASSWORD, "_csrf", Browser.csrfToken(page.body())));
        assertThat(Browser.location(signIn)).isEqualTo(ISSUER + "/");
        assertThat(browser.get(ISSUER + "/").body()).contains(AGENT);

        HttpResponse<String> confirmation = browser.get(ISSUER + "/deconnexion");
        assertThat(confirmation.statusCode()).isEqualTo(200);
        assertThat(browser.get(ISSUER + "/").statusCode()).as("a GET does not sign out").isEqualTo(200);
        HttpResponse<String> signOut = browser.postForm(ISSUER + "/deconnexion",
                Map.of("_csrf", Browser.csrfToken(confirmation.body())));

        assertThat(Browser.location(signOut)).isEqualTo(ISSUER + "/connexion?deconnexion");
        assertThat(browser.get(Browser.location(signOut)).body()).contains("Vous êtes déconnecté(e).");
        assertThat(Browser.location(browser.get(ISSUER + "/"))).isEqualTo(ISSUER + "/connexion");
    }

    @Test
    void the_sign_in_page_is_french_labelled_and_protected_against_forgery() {
        HttpResponse<String> page = new Browser().get(ISSUER + "/connexion");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("<html lang=\"fr\"")
                .contains("<label for=\"username\">").contains("id=\"username\"")
                .contains("<label for=\"password\">").contains("id=\"password\"")
                .contains("autocomplete=\"username\"").contains("autocomplete=\"current-password\"")
                .contains("name=\"_csrf\"")
                .doesNotContain("<script")
                .doesNotContain("role=\"alert\"");
    }

    @Test
    void an_unknown_or_disabled_account_cannot_sign_in() {
        users.upsert(new NewUser("desactive@test.mutualis.fr", "Dominique", "Petit", "desactive@test.mutualis.fr",
                "21330063500017", null, null, List.of(Role.AGENT)), passwords.encode(DEMO_PASSWORD));
        users.setEnabled("desactive@test.mutualis.fr", false);

        for (String username : List.of("nobody@demo.mutualis.fr", "desactive@test.mutualis.fr")) {
            assertThatThrownBy(() -> PlatformSignIn.signIn(ISSUER, PlatformSignIn.CLI, username, DEMO_PASSWORD))
                    .isInstanceOfSatisfying(PlatformSignIn.SignInRefused.class,
                            refused -> assertThat(refused.error()).isEqualTo("sign_in_failed"));
        }
    }
}
