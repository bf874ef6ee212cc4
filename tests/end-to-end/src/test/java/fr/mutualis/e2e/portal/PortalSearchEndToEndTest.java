package fr.mutualis.e2e.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.mutualis.devstack.DemoAccounts;
import fr.mutualis.testing.stack.PlatformServices;
import fr.mutualis.testing.stack.PlatformTokens;
import fr.mutualis.testing.stack.RealStack;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The search of retours d'expérience: three records published by Rennes' agent through the API, then a visitor
 * searches a word of theirs, sees it highlighted, narrows by a facet and sees the count change, opens a record with its
 * contact and its similar experiences; with JavaScript (boxes applied in place, suggestions) and without (the
 * « Appliquer les filtres » button). A signed-in agent gets the comparables. Every page checked by axe-core.
 */
class PortalSearchEndToEndTest {

    private static final String RENNES = "213502388";
    private static final String AGENT = "agent.rennes@demo.mutualis.fr";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static String portal;
    /** A made-up word, one per run, so that the counts are those of this run's records. */
    private static String word;
    private static String withContactId;

    @BeforeAll
    static void threeSearchableRecords() {
        portal = TestPortal.url();
        PlatformServices services = RealStack.startServices();
        RealStack.registerConnectors();
        Random random = new Random();
        word = "tramlux" + random.ints(6, 'a', 'z' + 1).collect(StringBuilder::new, StringBuilder::appendCodePoint,
                StringBuilder::append);
        String experience = services.url("experience-service");
        withContactId = publish(experience, Map.of("title", capitalized(word) + " : un portail de données ouvertes",
                "summary", "Le portail " + word + " publie les données ouvertes de la ville.", "siren", RENNES,
                "axes", List.of("open-data"), "step", "realise",
                "description", "Les jeux de données " + word + " sont mis à jour chaque semaine.",
                "lessons", Map.of("wouldRedo", "Associer les services dès le début."),
                "contact", Map.of("name", "Nolwenn Le Gall", "role", "Cheffe de projet données",
                        "email", "nolwenn.legall@example.org", "consent", true)));
        publish(experience, Map.of("title", "Les données ouvertes " + word + " hébergées dans un cloud souverain",
                "summary", "Le portail de données ouvertes " + word + " est hébergé dans un cloud public.",
                "siren", RENNES, "axes", List.of("open-data", "cloud")));
        publish(experience, Map.of("title", "Un hébergement cloud " + word + " pour les écoles",
                "summary", "Les données des écoles " + word + " sont hébergées dans un cloud mutualisé.",
                "siren", RENNES, "axes", List.of("cloud")));
        String search = services.url("search-service") + "/api/search?q=" + word;
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(JSON.readTree(get(search).body()).path("total").asLong()).isEqualTo(3));
    }

    @Test
    void a_word_typed_with_a_typo_is_corrected() {
        String typo = word.substring(0, 9) + word.substring(10);
        try (PortalBrowser browser = PortalBrowser.open(portal, false)) {
            browser.driver().get(browser.url("/recherche?q=" + typo));
            awaitCount(browser, "3 retours d'expérience");
            assertThat(browser.find(By.cssSelector(".recherche__correction")).getText()).contains(word);
        }
    }

    @ParameterizedTest(name = "JavaScript : {0}")
    @ValueSource(booleans = {true, false})
    void a_visitor_searches_narrows_and_reads_a_record_with_its_similar_experiences(boolean javascript) {
        try (PortalBrowser browser = PortalBrowser.open(portal, javascript)) {
            browser.visit("/recherche", "recherche", "Rechercher un retour d'expérience");
            browser.find(By.id("q")).sendKeys(word);
            browser.find(By.xpath("//form[@id='form-recherche']//button[normalize-space()='Rechercher']")).click();
            awaitCount(browser, "3 retours d'expérience");
            browser.audit("recherche-resultats", "Résultats d'une recherche");
            assertThat(browser.findAll(By.cssSelector(".recherche__liste mark")))
                    .extracting(WebElement::getText).anySatisfy(marked -> assertThat(marked).containsIgnoringCase(word));

            browser.find(By.xpath("//details[@data-facette='axis']/summary")).click();
            WebElement cloud = browser.find(By.xpath("//details[@data-facette='axis']//input[@value='cloud']"));
            browser.find(By.cssSelector("label[for='" + cloud.getAttribute("id") + "']")).click();
            if (!javascript) {
                browser.find(By.xpath("//button[normalize-space()='Appliquer les filtres']")).click();
            }
            awaitCount(browser, "2 retours d'expérience");
            new WebDriverWait(browser.driver(), PortalBrowser.WAIT).until(ExpectedConditions.urlContains("axis=cloud"));
            if (javascript) {
                assertThat(browser.find(By.id("annonce-resultats")).getAttribute("textContent"))
                        .isEqualTo("2 retours d'expérience");
                assertThat(browser.find(By.cssSelector("[data-appliquer-filtres]")).isDisplayed()).isFalse();
            }
            assertThat(browser.find(By.cssSelector(".recherche__actifs")).getText()).contains("Hébergement des données / Cloud");
            browser.audit("recherche-filtree", "Résultats d'une recherche filtrée");

            browser.find(By.xpath("//a[contains(normalize-space(), 'Retirer le filtre')]")).click();
            awaitCount(browser, "3 retours d'expérience");
            // The result's address carries the search's id, and the record's page reports to the search journal
            // that the search led to it.
            WebElement result = browser.find(By.cssSelector("a[href^='/recherche/fiches/" + withContactId + "?depuis=']"));
            String searchId = result.getAttribute("href").replaceAll(".*depuis=", "");
            result.click();
            browser.audit("recherche-fiche", "Retour d'expérience");
            String kept = RealStack.endpoints().elasticsearchUrl() + "/search-log/_doc/" + searchId;
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                    JSON.readTree(get(kept).body()).path("_source").path("clicked").asBoolean()).isTrue());
            assertThat(browser.find(By.tagName("h1")).getText()).startsWith(capitalized(word));
            assertThat(browser.mainText()).contains("Nolwenn Le Gall", "nolwenn.legall@example.org",
                    "Associer les services dès le début.", "Expériences similaires");
            assertThat(browser.findAll(By.cssSelector("#titre-similaires ~ ul a"))).as("similar experiences")
                    .extracting(WebElement::getText).anySatisfy(title -> assertThat(title).contains(word));

            browser.visit("/recherche/fiches/" + UUID.randomUUID(), "recherche-fiche-introuvable",
                    "Retour d'expérience introuvable");
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Page introuvable");
        }
    }

    @Test
    void suggestions_are_offered_as_a_listbox_while_typing() {
        try (PortalBrowser browser = PortalBrowser.open(portal, true)) {
            browser.visit("/recherche", "recherche", "Rechercher un retour d'expérience");
            WebElement field = browser.find(By.id("q"));
            assertThat(field.getAttribute("role")).isEqualTo("combobox");
            field.sendKeys(capitalized(word));
            WebElement option = browser.find(By.cssSelector("#q-suggestions [role='option']"));
            new WebDriverWait(browser.driver(), PortalBrowser.WAIT).until(ExpectedConditions.visibilityOf(option));
            assertThat(field.getAttribute("aria-expanded")).isEqualTo("true");
            field.sendKeys(Keys.ARROW_DOWN);
            assertThat(field.getAttribute("aria-activedescendant")).isEqualTo(option.getAttribute("id"));
            assertThat(option.getAttribute("aria-selected")).isEqualTo("true");
            browser.audit("recherche-suggestions", "Suggestions de la recherche");
            field.sendKeys(Keys.ESCAPE);
            assertThat(field.getAttribute("aria-expanded")).isEqualTo("false");
        }
    }

    @Test
    void a_signed_in_agent_compares_with_collectivites_like_theirs_and_exports_the_results() {
        try (PortalBrowser browser = PortalBrowser.open(portal, true)) {
            browser.signIn(AGENT, DemoAccounts.PASSWORD);
            browser.visit("/recherche?q=" + word, "recherche-connecte", "Résultats d'une recherche (connecté)");
            browser.find(By.cssSelector("label[for='filtre-comparables']")).click();
            new WebDriverWait(browser.driver(), PortalBrowser.WAIT).until(ExpectedConditions.urlContains("comparables=oui"));
            assertThat(browser.find(By.id("resultats-et-filtres")).getText())
                    .containsAnyOf("Collectivités comparables à la mienne", "La recherche n'a pas abouti");
        }
        HttpResponse<String> csv = get(portal + "/recherche/export?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8));
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(disposition ->
                assertThat(disposition).startsWith("attachment"));
        assertThat(csv.body().lines().count()).as("headers and three records").isEqualTo(4);
    }

    private static void awaitCount(PortalBrowser browser, String count) {
        new WebDriverWait(browser.driver(), PortalBrowser.WAIT).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("titre-resultats"), count));
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** Creates the record as Rennes' agent and publishes it; its id. */
    private static String publish(String experience, Map<String, Object> record) {
        String token = PlatformTokens.user(AGENT);
        JsonNode draft = JSON.readTree(send(HttpRequest.newBuilder(URI.create(experience + "/api/experiences"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(record))), 201));
        String id = draft.path("id").asString();
        send(HttpRequest.newBuilder(URI.create(experience + "/api/experiences/" + id + "/publication"))
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()), 200);
        return id;
    }

    private static String send(HttpRequest.Builder request, int expected) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(expected);
            return response.body();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> get(String url) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
