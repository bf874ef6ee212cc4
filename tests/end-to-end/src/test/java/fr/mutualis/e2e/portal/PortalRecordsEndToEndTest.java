package fr.mutualis.e2e.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.mutualis.devstack.DemoAccounts;
import fr.mutualis.testing.stack.PlatformServices;
import fr.mutualis.testing.stack.PlatformTokens;
import fr.mutualis.testing.stack.RealStack;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * « Mes fiches »: Rennes' agent writes a retour d'expérience in the portal — the empty form comes back with its
 * errors next to the fields, the filled one is saved as a draft, previewed and published, and the record is found by
 * the search within seconds (Debezium → Kafka → search-service). Then a change made meanwhile by someone else is
 * caught, the contact withdrawn and the record archived. With JavaScript and without; every page checked by axe-core.
 */
class PortalRecordsEndToEndTest {

    private static final String RENNES = "213502388";
    private static final String AGENT = "agent.rennes@demo.mutualis.fr";
    private static final Duration PIPELINE = Duration.ofSeconds(30);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static String portal;
    private static String experience;
    private static String search;

    @BeforeAll
    static void platformWithConnectors() {
        portal = TestPortal.url();
        PlatformServices services = RealStack.startServices();
        // Without the connectors, published records never reach the search.
        RealStack.registerConnectors();
        experience = services.url("experience-service");
        search = services.url("search-service");
    }

    @ParameterizedTest(name = "JavaScript : {0}")
    @ValueSource(booleans = {true, false})
    void an_agent_writes_publishes_and_finds_a_record_then_withdraws_its_contact_and_archives_it(boolean javascript) {
        String word = "fichelux" + new Random().ints(6, 'a', 'z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
        String title = "Guichet " + word + " des démarches en ligne";
        try (PortalBrowser browser = PortalBrowser.open(portal, javascript)) {
            browser.signIn(AGENT, DemoAccounts.PASSWORD);
            browser.visit("/mes-fiches", "mes-fiches", "Mes fiches");
            send(browser, By.linkText("Nouvelle fiche"));
            browser.find(By.id("fiche-title"));
            browser.audit("mes-fiches-nouvelle", "Nouvelle fiche");

            save(browser);
            WebElement summary = browser.find(By.cssSelector("[data-resume-erreurs]"));
            browser.audit("mes-fiches-nouvelle-erreurs", "Nouvelle fiche (erreurs)");
            assertThat(summary.getText()).contains("Le titre est obligatoire.", "Le résumé est obligatoire.",
                    "Choisissez au moins un axe.");
            assertThat(browser.find(By.id("fiche-title-erreur")).getText()).contains("Le titre est obligatoire.");
            assertThat(browser.find(By.id("fiche-title")).getAttribute("aria-describedby")).contains("fiche-title-erreur");
            assertThat(browser.find(By.id("fiche-axes-erreur")).getText()).contains("Choisissez au moins un axe.");
            assertThat(summary.findElement(By.cssSelector("a[href='#fiche-axes']")).getText())
                    .contains("Choisissez au moins un axe.");
            if (javascript) {
                assertThat(browser.driver().switchTo().activeElement()).as("the summary is announced").isEqualTo(summary);
            }

            type(browser, "fiche-title", title);
            type(browser, "fiche-summary", "Les habitants font leurs démarches " + word + " en ligne, de jour comme de nuit.");
            tick(browser, "fiche-axes-2");
            new Select(browser.find(By.id("fiche-step"))).selectByVisibleText("Réalisé");
            type(browser, "fiche-total-euros", "120 000");
            type(browser, "fiche-indicators-0-label", "Démarches faites en ligne");
            type(browser, "fiche-indicators-0-value", "62 %");
            type(browser, "fiche-contact-name", "Nolwenn Le Gall");
            type(browser, "fiche-contact-email", "nolwenn.legall@example.org");
            save(browser);
            assertThat(browser.find(By.id("fiche-contact-consent-erreur")).getText())
                    .as("no contact without consent").contains("accord");
            assertThat(browser.find(By.id("fiche-title")).getAttribute("value")).as("input kept").isEqualTo(title);
            assertThat(browser.find(By.id("fiche-indicators-0-value")).getAttribute("value")).isEqualTo("62 %");
            tick(browser, "fiche-contact-consent");
            save(browser);

            new WebDriverWait(browser.driver(), PortalBrowser.WAIT).until(ExpectedConditions.urlMatches("/mes-fiches/[0-9a-f-]{36}$"));
            String id = browser.driver().getCurrentUrl().replaceAll(".*/", "");
            browser.audit("mes-fiches-apercu", "Aperçu d'une fiche");
            assertThat(browser.find(By.cssSelector(".alerte--succes")).getText()).contains("brouillon", title);
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo(title);
            // French amounts are written with no-break spaces (« 120 000 € »).
            assertThat(browser.mainText().replaceAll("[\u00a0\u202f]", " ")).contains("État : Brouillon",
                    "Dématérialisation", "120 000 €",
                    "Démarches faites en ligne", "Nolwenn Le Gall");

            send(browser, By.xpath("//button[normalize-space()='Publier']"));
            assertThat(browser.find(By.cssSelector(".alerte--succes")).getText()).contains("La fiche est publiée");
            assertThat(browser.mainText()).contains("État : Publié");
            await().atMost(PIPELINE).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                    assertThat(searchHits(word)).as("published record found by the search").contains(id));

            send(browser, By.linkText("Modifier"));
            browser.audit("mes-fiches-modifier", "Modifier une fiche");
            changedMeanwhile(id, title);
            type(browser, "fiche-summary", "Neuf démarches sur dix se font en ligne " + word + ".");
            save(browser);
            assertThat(browser.find(By.cssSelector("[data-resume-erreurs]")).getText())
                    .contains("modifiée par quelqu'un d'autre");
            assertThat(browser.find(By.id("fiche-summary")).getAttribute("value")).as("input kept")
                    .startsWith("Neuf démarches sur dix");
            save(browser);
            assertThat(browser.find(By.cssSelector(".alerte--succes")).getText()).contains("Vos modifications");
            assertThat(browser.mainText()).contains("Neuf démarches sur dix");

            browser.find(By.xpath("//summary[normalize-space()='Retirer le contact']")).click();
            send(browser, By.xpath("//button[normalize-space()='Confirmer le retrait du contact']"));
            assertThat(browser.find(By.cssSelector(".alerte--succes")).getText()).contains("contact est retiré");
            assertThat(browser.mainText()).doesNotContain("Nolwenn Le Gall");

            browser.find(By.xpath("//summary[normalize-space()='Archiver']")).click();
            send(browser, By.xpath("//button[normalize-space()=\"Confirmer l'archivage\"]"));
            assertThat(browser.find(By.cssSelector(".alerte--succes")).getText()).contains("La fiche est archivée");
            assertThat(browser.mainText()).contains("État : Archivé");

            browser.visit("/mes-fiches?etat=archived", "mes-fiches-archivees", "Mes fiches archivées");
            assertThat(browser.find(By.xpath("//h2[starts-with(normalize-space(), 'Archivées')]/following-sibling::ul"))
                    .getText()).contains(title, "Archivé", "Dernière modification le");
        }
    }

    /** Someone else saves the record through the API while the agent's form is open. */
    private static void changedMeanwhile(String id, String title) {
        String body = JSON.writeValueAsString(Map.of("title", title, "summary", "Changé par un collègue.",
                "siren", RENNES, "axes", List.of("dematerialisation")));
        send(HttpRequest.newBuilder(URI.create(experience + "/api/experiences/" + id))
                .header("Authorization", "Bearer " + PlatformTokens.user(AGENT))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)), 200);
    }

    private static List<String> searchHits(String word) {
        JsonNode hits = JSON.readTree(send(HttpRequest.newBuilder(URI.create(search + "/api/search?q=" + word)).GET(), 200))
                .path("hits");
        List<String> ids = new ArrayList<>();
        hits.forEach(hit -> ids.add(hit.path("id").asString()));
        return ids;
    }

    private static void save(PortalBrowser browser) {
        send(browser, By.xpath("//button[starts-with(normalize-space(), 'Enregistrer')]"));
    }

    /** Clicks what sends a form, and waits for the next page: the one before may show the same notices. */
    private static void send(PortalBrowser browser, By button) {
        WebElement page = browser.find(By.tagName("html"));
        browser.find(button).click();
        new WebDriverWait(browser.driver(), PortalBrowser.WAIT).until(driver -> isGone(page));
    }

    /**
     * Whether the page has been replaced. Mid-navigation, Chrome may answer with a plain error instead of a stale
     * element ("Node with given id does not belong to the document"), which {@code stalenessOf} let through.
     */
    private static boolean isGone(WebElement page) {
        try {
            page.isEnabled();
            return false;
        } catch (StaleElementReferenceException stale) {
            return true;
        } catch (WebDriverException detached) {
            if (String.valueOf(detached.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw detached;
        }
    }

    private static void type(PortalBrowser browser, String id, String text) {
        WebElement field = browser.find(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private static void tick(PortalBrowser browser, String id) {
        if (!browser.find(By.id(id)).isSelected()) {
            browser.find(By.cssSelector("label[for='" + id + "']")).click();
        }
    }

    private static String send(HttpRequest.Builder request, int expected) {
        try {
            HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(expected);
            return response.body();
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
