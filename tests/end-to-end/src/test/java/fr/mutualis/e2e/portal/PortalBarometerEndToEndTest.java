package fr.mutualis.e2e.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.mutualis.devstack.DemoAccounts;
import fr.mutualis.testing.stack.RealStack;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * « Mon baromètre »: a demo agent of a member collectivité opens its barometer, fills the form, sends a wrong date
 * and finds the error next to the field with the answers kept, simulates the profile without saving, saves, and sees
 * the profile with its reasons, the history one assessment longer, and the charts against the peers with their
 * tables; with JavaScript and without. Each run is another collectivité, so that the two never share a history.
 */
class PortalBarometerEndToEndTest {

    private static final List<String> AXES = List.of("open-data", "thd", "dematerialisation", "smart-city",
            "e-inclusion", "cloud");
    private static final List<String> TOOLS = List.of("top-down", "reseaux-sociaux", "participatif");

    private static String portal;

    @BeforeAll
    static void startPortal() {
        portal = TestPortal.url();
        // The peers' charts read search-service's benchmark, fed by the barometer's events through the connectors.
        RealStack.registerConnectors();
    }

    @ParameterizedTest(name = "JavaScript : {0}")
    @CsvSource({"true, agent.brest@demo.mutualis.fr, true, Systémique",
            "false, agent.bordeaux@demo.mutualis.fr, false, Éclaireur"})
    void a_demo_agent_fills_simulates_and_saves_the_barometer_then_sees_profile_history_and_peers(
            boolean javascript, String agent, boolean monitoring, String profile) {
        try (PortalBrowser browser = PortalBrowser.open(portal, javascript)) {
            browser.signIn(agent, DemoAccounts.PASSWORD);
            browser.visit("/barometre", "barometre", "Mon baromètre");
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Mon baromètre de l'innovation numérique");
            int assessmentsBefore = historyRows(browser).size();

            browser.visit("/barometre/evaluer", "barometre-evaluer", "Remplir mon baromètre");
            answer(browser, monitoring);
            browser.find(By.id("champ-assessedOn")).sendKeys("01012099");
            browser.find(By.xpath("//button[normalize-space()='Enregistrer']")).click();
            WebElement summary = browser.find(By.cssSelector("[data-resume-erreurs]"));
            browser.audit("barometre-evaluer-erreurs", "Erreurs — Remplir mon baromètre");
            assertThat(summary.getText()).contains("La date de l'auto-évaluation doit être comprise");
            assertThat(summary.findElement(By.tagName("a")).getAttribute("href")).endsWith("#champ-assessedOn");
            assertThat(browser.find(By.id("champ-assessedOn")).getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(browser.find(By.id("champ-assessedOn-erreur")).getText()).contains("doit être comprise");
            assertThat(AXES).as("the answers are kept").allSatisfy(axis ->
                    assertThat(browser.find(By.id("champ-axes-" + axis)).isSelected()).isTrue());
            assertThat(browser.find(By.id("champ-monitoring-" + monitoring)).isSelected()).isTrue();

            browser.find(By.id("champ-assessedOn")).clear();
            browser.find(By.xpath("//button[normalize-space()='Simuler le profil sans enregistrer']")).click();
            WebElement simulated = browser.find(By.id("profil-simule"));
            browser.audit("barometre-simulation", "Remplir mon baromètre (profil simulé)");
            assertThat(simulated.getText()).contains("Profil : " + profile, "Axes engagés", "✓ Critère rempli");
            assertThat(browser.find(By.id("champ-axes-cloud")).isSelected()).as("the answers are kept").isTrue();

            browser.find(By.xpath("//button[normalize-space()='Enregistrer']")).click();
            WebElement saved = browser.find(By.cssSelector(".alerte--succes"));
            browser.audit("barometre-enregistre", "Mon baromètre (auto-évaluation enregistrée)");
            assertThat(browser.driver().getCurrentUrl()).endsWith("/barometre");
            assertThat(saved.getText()).contains("profil « " + profile + " »");
            assertThat(browser.find(By.id("profil-actuel")).getText()).contains("Profil : " + profile,
                    "Suivi et évaluation");
            List<WebElement> history = historyRows(browser);
            assertThat(history).hasSize(assessmentsBefore + 1);
            assertThat(history.get(0).getText()).contains(profile);

            // The peers' figures follow through the events: a few seconds after the saving, the charts show it.
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2)).until(() -> {
                browser.driver().navigate().refresh();
                return browser.findAll(By.cssSelector(".barometre-graphique")).size() == 3;
            });
            browser.audit("barometre-pairs", "Mon baromètre (mes pairs)");
            List<WebElement> charts = browser.findAll(By.cssSelector(".barometre-graphique"));
            for (WebElement chart : charts) {
                assertThat(chart.findElement(By.cssSelector("svg[role=img] title")).getAttribute("textContent"))
                        .isNotBlank();
                assertThat(chart.findElements(By.cssSelector("svg rect.barometre-barre")))
                        .as("a bar per row of the table")
                        .hasSameSizeAs(chart.findElements(By.cssSelector("table tbody tr")));
            }
            assertThat(charts.get(0).findElements(By.cssSelector("table tbody tr"))).hasSize(12);
            assertThat(charts.get(1).getText()).contains("Mon profil");
        }
    }

    /** Answers the six questions: an Éclaireur's, or a Systémique's with a monitoring of its projects. */
    private static void answer(PortalBrowser browser, boolean monitoring) {
        browser.find(By.id("champ-strategicPlan-true")).click();
        browser.find(By.id("champ-digitalElu-true")).click();
        browser.find(By.id("champ-monitoring-" + monitoring)).click();
        AXES.forEach(axis -> tick(browser, "champ-axes-" + axis));
        tick(browser, "champ-roles-dpd");
        TOOLS.forEach(tool -> tick(browser, "champ-communicationTools-" + tool));
    }

    private static void tick(PortalBrowser browser, String id) {
        WebElement box = browser.find(By.id(id));
        if (!box.isSelected()) {
            box.click();
        }
    }

    private static List<WebElement> historyRows(PortalBrowser browser) {
        return browser.findAll(By.cssSelector(".barometre-historique tbody tr"));
    }
}
