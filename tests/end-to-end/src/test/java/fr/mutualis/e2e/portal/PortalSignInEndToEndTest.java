package fr.mutualis.e2e.portal;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mutualis.devstack.DemoAccounts;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/**
 * A visitor reads the portal's public pages, is sent to the sign-in by a page of a person's own space, signs in as a
 * demo agent through the platform's real provider, finds their name and their collectivité, and signs out of the
 * portal and of the provider; with JavaScript and without. On the way: the authorization request carries a PKCE
 * challenge, the session cookie is out of scripts' and other sites' reach, and a form sent without its CSRF token is
 * refused.
 */
class PortalSignInEndToEndTest {

    private static final String AGENT = "agent.gironde@demo.mutualis.fr";
    private static final String AGENT_NAME = "Léa Dubois";
    private static final String SESSION_COOKIE = "MUTUALIS_PORTAL_SESSION";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static String portal;

    @BeforeAll
    static void startPortal() {
        portal = TestPortal.url();
    }

    @ParameterizedTest(name = "JavaScript : {0}")
    @ValueSource(booleans = {true, false})
    void a_visitor_reads_signs_in_with_pkce_and_signs_out_at_the_provider_too(boolean javascript) throws Exception {
        try (PortalBrowser browser = PortalBrowser.open(portal, javascript)) {
            browser.visit("/", "accueil", "Accueil");
            assertThat(browser.findAll(By.linkText("Se connecter"))).hasSize(1);
            assertThat(browser.findAll(By.id("titre-collectivite"))).isEmpty();
            browser.visit("/developpeurs", "developpeurs", "Développeurs et intégrateurs");
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Développeurs et intégrateurs");
            browser.visit("/accessibilite", "accessibilite", "Déclaration d'accessibilité");
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Déclaration d'accessibilité");
            assertThat(browser.mainText()).contains("partiellement conforme", "Défenseur des droits");

            browser.driver().get(browser.url("/mes-fiches"));
            browser.find(By.id("username"));
            assertThat(browser.driver().getCurrentUrl()).as("a page of a person's own space asks them to sign in")
                    .doesNotStartWith(portal);

            browser.documentRequests();
            browser.signIn(AGENT, DemoAccounts.PASSWORD);
            assertThat(authorizationRequest(browser.documentRequests()))
                    .contains("response_type=code", "client_id=mutualis-portal", "code_challenge_method=S256")
                    .containsPattern("[?&]code_challenge=[A-Za-z0-9_-]{43}(&|$)");

            browser.visit("/", "accueil", "Accueil");
            assertThat(browser.find(By.cssSelector(".compte__nom")).getText()).contains(AGENT_NAME);
            assertThat(browser.find(By.id("titre-collectivite")).getText()).isEqualTo("Ma collectivité");

            Cookie session = browser.driver().manage().getCookieNamed(SESSION_COOKIE);
            assertThat(session).as("the portal's session cookie").isNotNull();
            assertThat(session.isHttpOnly()).as("HttpOnly").isTrue();
            assertThat(session.isSecure()).as("Secure").isTrue();
            assertThat(session.getSameSite()).as("SameSite").isEqualTo("Lax");

            assertThat(signOutWithoutCsrfToken(browser.url("/deconnexion"), session)).as("POST without CSRF token")
                    .isEqualTo(403);
            browser.driver().navigate().refresh();
            assertThat(browser.find(By.cssSelector(".compte__nom")).getText()).as("still signed in").contains(AGENT_NAME);

            browser.signOut();
            assertThat(browser.driver().getCurrentUrl()).startsWith(portal);
            assertThat(homePageWith(browser.url("/"), session)).as("the ended session signs nobody in any more")
                    .contains("Se connecter").doesNotContain(AGENT_NAME);
            browser.find(By.linkText("Se connecter")).click();
            browser.find(By.id("username"));
            assertThat(browser.driver().getCurrentUrl()).as("the provider asks for the password again: its session"
                    + " ended with the portal's").doesNotStartWith(portal);
        }
    }

    /** The provider's authorization request among the pages a sign-in asked for. */
    private static String authorizationRequest(List<String> requests) {
        return requests.stream().filter(url -> url.contains("code_challenge") || url.contains("response_type=code"))
                .findFirst().orElseThrow(() -> new AssertionError("no authorization request in " + requests));
    }

    /** The home page as a request carrying {@code session} gets it. */
    private static String homePageWith(String homeUrl, Cookie session) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(homeUrl))
                .header("Cookie", session.getName() + "=" + session.getValue()).GET().build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    /** A sign-out sent by another page: the signed-in browser's cookie, but not the form's CSRF token. */
    private static int signOutWithoutCsrfToken(String signOutUrl, Cookie session) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(signOutUrl))
                .header("Cookie", session.getName() + "=" + session.getValue())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
