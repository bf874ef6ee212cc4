package fr.mutualis.e2e.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.mutualis.devstack.DemoAccounts;
import fr.mutualis.testing.stack.RealStack;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The syndicate's administrator at work, with JavaScript and without: grants an adhesion to a collectivité found by
 * name and sees it among the members, records its departure, creates an integrator whose password is shown once,
 * revokes it after a confirmation step, and opens every page of the administration (each audited by axe-core). An
 * agent is refused the administration.
 */
class PortalAdministrationEndToEndTest {

    private static final String ADMINISTRATOR = "admin.syndicat@demo.mutualis.fr";
    private static final String AGENT = "agent.gironde@demo.mutualis.fr";

    private static String portal;

    @BeforeAll
    static void startPortal() {
        portal = TestPortal.url();
    }

    /**
     * A commune per run that no other test makes a member: the departure at the end keeps it a non-member for the
     * next run on a kept stack, and granting again would still pass if a run stopped half-way.
     */
    @ParameterizedTest(name = "JavaScript : {0}")
    @ValueSource(booleans = {true, false})
    void an_administrator_grants_an_adhesion_and_creates_an_integrator(boolean javascript) {
        String commune = javascript ? "Plouarzel" : "Locmaria-Plouzané";
        String siren = javascript ? "212901771" : "212901300";
        String integrator = "e2e-" + (javascript ? "js" : "sans-js") + "-" + Long.toString(System.currentTimeMillis(), 36);
        try (PortalBrowser browser = PortalBrowser.open(portal, javascript)) {
            browser.signIn(ADMINISTRATOR, DemoAccounts.PASSWORD);
            browser.visit("/administration", "administration", "Administration du syndicat");
            assertThat(browser.findAll(By.cssSelector(".administration-sections h2 a"))).extracting(WebElement::getText)
                    .containsExactly("Adhésions", "Collectivités et conseils", "Intégrateurs", "Webhooks",
                            "Vocabulaire de la recherche", "Statistiques de la recherche");

            grantAdhesion(browser, commune, siren);
            recordDeparture(browser, commune, siren);

            browser.visit("/administration/collectivites?q=gironde", "administration-collectivites",
                    "Collectivités et conseils");
            assertThat(browser.mainText()).contains("223300013", "Imports du référentiel officiel");

            createAndRevokeIntegrator(browser, integrator);

            browser.visit("/administration/webhooks", "administration-webhooks", "Webhooks");
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Webhooks");
            browser.visit("/administration/vocabulaire", "administration-vocabulaire", "Vocabulaire de la recherche");
            assertThat(browser.mainText()).contains("synonyms_fr.txt", "Entrées du syndicat");
        }
    }

    /**
     * The whole path of a vocabulary change: the portal's form, experience-service (stored, audited, published through
     * its outbox), Debezium, Kafka, search-service, which applies it to the next search; no restart.
     */
    @Test
    void an_administrator_adds_an_acronym_that_the_next_searches_understand_then_removes_it() {
        String acronym = "TLM" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "").toUpperCase();
        String expansion = "téléconsultation médicale";
        String demoRecord = "La téléconsultation médicale pour répondre à la désertification médicale en zone rurale";
        RealStack.registerConnectors();
        try (PortalBrowser browser = PortalBrowser.open(portal, false)) {
            browser.signIn(ADMINISTRATOR, DemoAccounts.PASSWORD);
            browser.driver().get(browser.url("/recherche?q=" + acronym));
            assertThat(browser.mainText()).doesNotContain(demoRecord);

            browser.visit("/administration/vocabulaire", "administration-vocabulaire", "Vocabulaire de la recherche");
            // A run stopped half-way on a kept stack left its entry: a term belongs to one entry only.
            String leftOver = "//tr[contains(., '" + expansion + "')]//button[normalize-space()='Retirer']";
            while (!browser.findAll(By.xpath(leftOver)).isEmpty()) {
                browser.find(By.xpath(leftOver)).click();
                browser.find(By.cssSelector(".alerte--succes"));
            }
            browser.find(By.cssSelector("label[for='type-synonymes']")).click();
            browser.find(By.id("termes")).sendKeys(acronym);
            browser.find(By.xpath("//button[normalize-space()='Ajouter au vocabulaire']")).click();
            assertThat(browser.find(By.id("termes-erreur")).getText()).contains("2 à 10 termes");
            browser.audit("administration-vocabulaire-erreur", "Vocabulaire de la recherche : entrée refusée");

            browser.find(By.cssSelector("label[for='type-sigle']")).click();
            browser.find(By.id("termes")).clear();
            browser.find(By.id("termes")).sendKeys(acronym + "\n" + expansion);
            browser.find(By.xpath("//button[normalize-space()='Ajouter au vocabulaire']")).click();
            assertThat(browser.find(By.cssSelector(".alerte--succes")).getText()).contains("Entrée ajoutée");
            assertThat(browser.mainText()).contains(acronym + " ; " + expansion);

            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
                browser.driver().get(browser.url("/recherche?q=" + acronym));
                assertThat(browser.mainText()).contains(demoRecord);
            });
            browser.find(By.linkText(demoRecord)).click();
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo(demoRecord);

            // The acronym, searched before the vocabulary knew it, found nothing; the lists hold the most frequent
            // queries of the whole stack, so the first one is followed, whichever it is.
            browser.visit("/administration/recherches", "administration-recherches", "Statistiques de la recherche");
            WebElement withoutResult = browser.find(By.xpath(
                    "//section[@aria-labelledby='titre-sans-resultat']//tbody/tr[1]"));
            String query = withoutResult.findElement(By.tagName("th")).getText();
            withoutResult.findElement(By.linkText("Ajouter au vocabulaire")).click();
            assertThat(browser.find(By.id("termes")).getAttribute("value")).startsWith(query);

            browser.visit("/administration/vocabulaire", "administration-vocabulaire", "Vocabulaire de la recherche");
            browser.find(By.xpath("//tr[contains(., '" + acronym + "')]//button[normalize-space()='Retirer']")).click();
            assertThat(browser.find(By.cssSelector(".alerte--succes")).getText()).contains("Entrée retirée");
            assertThat(browser.mainText()).doesNotContain(acronym);
        }
    }

    @Test
    void an_agent_is_refused_the_administration() {
        try (PortalBrowser browser = PortalBrowser.open(portal, false)) {
            browser.signIn(AGENT, DemoAccounts.PASSWORD);
            assertThat(browser.findAll(By.linkText("Administration"))).as("no menu entry for an agent").isEmpty();
            browser.visit("/administration/adhesions", "administration-refusee", "Accès refusé");
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Accès refusé");
        }
    }

    private static void grantAdhesion(PortalBrowser browser, String commune, String siren) {
        browser.visit("/administration/adhesions", "administration-adhesions", "Adhésions");
        browser.find(By.id("q")).sendKeys(commune);
        browser.find(By.xpath("//form[@role='search']//button")).click();
        browser.find(By.id("titre-resultats"));
        browser.audit("administration-adhesions-recherche", "Adhésions : collectivités trouvées");
        browser.find(By.partialLinkText(commune)).click();
        browser.find(By.id("date-adhesion"));
        browser.audit("administration-adhesion", "Adhésion d'une collectivité");

        WebElement date = browser.find(By.id("date-adhesion"));
        date.clear();
        date.sendKeys("31/02/2026");
        browser.find(By.cssSelector("#titre-adhesion + form button[type=submit]")).click();
        assertThat(browser.find(By.id("date-adhesion-erreur")).getText()).contains("JJ/MM/AAAA");
        assertThat(browser.find(By.id("date-adhesion")).getAttribute("aria-invalid")).isEqualTo("true");
        browser.audit("administration-adhesion-erreurs", "Adhésion d'une collectivité : erreurs");

        date = browser.find(By.id("date-adhesion"));
        date.clear();
        date.sendKeys("01/01/2026");
        for (String service : List.of("service-demat-documents", "service-benchmark")) {
            WebElement box = browser.find(By.id(service));
            if (!box.isSelected()) {
                browser.find(By.cssSelector("label[for='" + service + "']")).click();
            }
        }
        browser.find(By.cssSelector("#titre-adhesion + form button[type=submit]")).click();
        assertThat(browser.find(By.cssSelector(".alerte--succes")).getText()).contains(commune);
        assertThat(browser.driver().getCurrentUrl()).endsWith("/administration/adhesions");
        WebElement row = browser.find(By.xpath("//tbody/tr[td[normalize-space()='" + siren + "']]"));
        assertThat(row.getText()).contains(commune, "1er janvier 2026", "Actes dématérialisés", "Membre");
        browser.audit("administration-adhesions-accordee", "Adhésions : adhésion accordée");
    }

    private static void recordDeparture(PortalBrowser browser, String commune, String siren) {
        browser.visit("/administration/adhesions/" + siren, "administration-adhesion-membre", "Adhésion d'un membre");
        browser.find(By.cssSelector("#titre-depart + p + form button[type=submit]")).click();
        assertThat(browser.find(By.cssSelector(".alerte--succes")).getText()).contains("Départ de « " + commune);
        assertThat(browser.find(By.xpath("//tbody/tr[td[normalize-space()='" + siren + "']]")).getText())
                .doesNotContain("Membre");
    }

    private static void createAndRevokeIntegrator(PortalBrowser browser, String integrator) {
        browser.visit("/administration/integrateurs", "administration-integrateurs", "Intégrateurs");
        browser.find(By.id("nom")).sendKeys(integrator);
        browser.find(By.id("organisation")).sendKeys("Éditeur de test");
        browser.find(By.id("contact")).sendKeys("dev@editeur.example");
        browser.find(By.cssSelector("label[for='sujet-1']")).click();
        browser.find(By.xpath("//button[normalize-space()=\"Créer l'intégrateur\"]")).click();

        // The secret first: the form's page has an h1 too, until the answer arrives.
        String password = browser.find(By.cssSelector(".secret__valeur")).getText();
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Intégrateur « " + integrator + " » créé");
        assertThat(browser.mainText()).contains("Ce secret ne sera plus jamais affiché");
        assertThat(password).hasSizeGreaterThanOrEqualTo(24);
        browser.audit("administration-integrateur-secret", "Intégrateur créé : secret affiché une fois");

        browser.find(By.partialLinkText("Voir l'intégrateur")).click();
        browser.find(By.id("titre-sujets"));
        assertThat(browser.mainText()).as("the password is never shown again").doesNotContain(password);
        assertThat(browser.find(By.id("sujet-1")).isSelected()).as("the topic checked at creation is granted").isTrue();
        browser.audit("administration-integrateur", "Intégrateur");

        browser.find(By.partialLinkText("Révoquer l'intégrateur")).click();
        browser.find(By.xpath("//button[normalize-space()=\"Révoquer l'intégrateur\"]"));
        browser.audit("administration-integrateur-revocation", "Révoquer un intégrateur : confirmation");
        browser.find(By.xpath("//button[normalize-space()=\"Révoquer l'intégrateur\"]")).click();
        assertThat(browser.find(By.cssSelector(".alerte--succes")).getText()).contains(integrator);
        assertThat(browser.find(By.xpath("//tbody/tr[th[normalize-space()='" + integrator + "']]")).getText())
                .contains("Révoqué");
    }
}
