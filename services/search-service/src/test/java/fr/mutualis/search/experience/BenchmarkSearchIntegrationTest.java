package fr.mutualis.search.experience;

import static fr.mutualis.search.support.ExperienceEvents.aNewExperience;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import fr.mutualis.contracts.EventContracts;
import fr.mutualis.search.experience.domain.Facet;
import fr.mutualis.search.experience.domain.SearchQuery;
import fr.mutualis.search.experience.domain.SearchResult;
import fr.mutualis.search.experience.domain.Spelling;
import fr.mutualis.search.experience.elasticsearch.ElasticsearchExperienceSearch;
import fr.mutualis.search.shared.elasticsearch.BarometerIndexBootstrap;
import fr.mutualis.search.shared.elasticsearch.ElasticsearchJson;
import fr.mutualis.search.support.ExperienceEvents;
import fr.mutualis.search.support.KafkaTestClients;
import fr.mutualis.search.support.RealStackSpringTest;
import fr.mutualis.search.support.ServiceHttpClient;
import io.micrometer.observation.ObservationRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The benchmark tool's search on the real Kafka and Elasticsearch: French synonyms and typos, facets with
 * multi-select counts, comparables, similar records, suggestions, did-you-mean, lifecycle and contact erasure, deep
 * pagination, export, and the barometer's profiles and benchmark views. Each test uses words and codes of its own run,
 * so that the shared index's other documents do not count.
 */
class BenchmarkSearchIntegrationTest extends RealStackSpringTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String REFERENCE = randomSiren();
    private static final HttpServer REFERENTIAL = referential();

    @DynamicPropertySource
    static void referentialStandIn(DynamicPropertyRegistry registry) {
        registry.add("mutualis.referential.url", () -> "http://127.0.0.1:" + REFERENTIAL.getAddress().getPort());
    }

    /** Stands in for referential-service (the end-to-end tests use the real one): it knows one collectivité. */
    private static HttpServer referential() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/api/collectivites/", exchange -> {
                boolean known = exchange.getRequestURI().getPath().endsWith("/" + REFERENCE);
                byte[] body = (known ? """
                        {"siren": "%s", "kind": "commune", "name": "Référence", "region": {"code": "53", "name": "Bretagne"},
                         "populationBand": {"code": "moins-3500", "label": "Moins de 3 500 habitants"}}""".formatted(REFERENCE)
                        : "{\"title\": \"Collectivité inconnue\"}").getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(known ? 200 : 404, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    static void stopReferential() {
        REFERENTIAL.stop(0);
    }

    private static String word() {
        return "jeton" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private static String randomSiren() {
        return String.format("%09d", new Random().nextInt(1_000_000_000));
    }

    private static Map<String, Object> collectivite(String kind, String band, String region) {
        return Map.of("siren", "213502388", "kind", kind, "name", "Collectivité " + kind,
                "region", Map.of("code", region, "name", "Région " + region),
                "populationBand", Map.of("code", band, "label", "Tranche " + band));
    }

    private JsonNode searchWhenCounted(String query, int expected) {
        return await().atMost(PATIENCE).until(() -> get("/api/search?size=20&" + query),
                result -> result.status() == 200 && result.body().get("total").asLong() == expected).body();
    }

    private static List<String> ids(JsonNode body) {
        List<String> ids = new ArrayList<>();
        body.get("hits").forEach(hit -> ids.add(hit.get("id").asString()));
        return ids;
    }

    private static long count(JsonNode body, String facet, String value) {
        for (JsonNode f : body.get("facets")) {
            if (f.get("name").asString().equals(facet)) {
                for (JsonNode v : f.get("values")) {
                    if (v.get("code").asString().equals(value)) {
                        return v.get("count").asLong();
                    }
                }
            }
        }
        return 0;
    }

    private static String q(String text) {
        return "q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void synonyms_typos_facets_comparables_and_export_over_three_records() {
        String w = word();
        ExperienceEvents thd = aNewExperience().created().title("Déploiement du très haut débit en zone rurale")
                .summary("La fibre arrive dans les hameaux, " + w + ".").axes("thd")
                .with("collectivite", collectivite("commune", "moins-3500", "53")).with("step", "realise")
                .with("budget", Map.of("totalEuros", 450_000));
        ExperienceEvents dpo = aNewExperience().created().title("Un délégué à la protection des données mutualisé")
                .summary("Conformité RGPD de douze communes, " + w + ".").axes("protection-donnees")
                .with("collectivite", collectivite("epci", "tercile-2", "53")).with("step", "en-cours");
        ExperienceEvents mediation = aNewExperience().created().title("Médiation numérique itinérante")
                .summary("Un bus zorglubix parcourt le canton, " + w + ".").axes("e-inclusion")
                .with("collectivite", collectivite("commune", "moins-3500", "84")).with("step", "realise");
        List.of(thd, dpo, mediation).forEach(RealStackSpringTest::send);

        JsonNode all = searchWhenCounted(q(w), 3);
        assertThat(count(all, "axis", "thd")).isEqualTo(1);
        assertThat(count(all, "kind", "commune")).isEqualTo(2);
        assertThat(count(all, "budgetBand", "200k-1m")).isEqualTo(1);

        JsonNode onlyThd = get("/api/search?" + q(w) + "&axis=thd").body();
        assertThat(ids(onlyThd)).containsExactly(thd.aggregateId());
        assertThat(onlyThd.get("total").asLong()).as("the total counts the records the chosen values keep").isEqualTo(1);
        assertThat(count(onlyThd, "axis", "protection-donnees")).as("a facet ignores its own filter").isEqualTo(1);
        assertThat(count(onlyThd, "kind", "epci")).as("other facets apply it").isZero();
        assertThat(ids(get("/api/search?" + q(w) + "&axis=thd&axis=e-inclusion").body()))
                .containsExactlyInAnyOrder(thd.aggregateId(), mediation.aggregateId());

        // Records of other runs and demonstration records about THD or DPO may come first: the acronym must rank
        // this run's record that spells it out above the run's two others.
        List<String> thisRun = List.of(thd.aggregateId(), dpo.aggregateId(), mediation.aggregateId());
        assertThat(ids(get("/api/search?" + q("THD " + w) + "&size=100").body())).filteredOn(thisRun::contains).first()
                .isEqualTo(thd.aggregateId());
        assertThat(ids(get("/api/search?" + q("DPO " + w) + "&size=100").body())).filteredOn(thisRun::contains).first()
                .isEqualTo(dpo.aggregateId());
        JsonNode typo = get("/api/search?" + q("zorgulbix")).body();
        assertThat(ids(typo)).contains(mediation.aggregateId());
        assertThat(typo.get("hits").get(0).get("highlights").get("summary").get(0).asString()).contains("<mark>");

        JsonNode comparables = get("/api/search?" + q(w) + "&comparableTo=" + REFERENCE).body();
        assertThat(ids(comparables)).containsExactlyInAnyOrder(thd.aggregateId(), mediation.aggregateId());
        assertThat(ids(get("/api/search?" + q(w) + "&comparableTo=" + REFERENCE + "&memeRegion=true").body()))
                .containsExactly(thd.aggregateId());
        ServiceHttpClient.Result unknown = get("/api/search?" + q(w) + "&comparableTo=356000000");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body().get("detail").asString()).contains("356000000");

        ServiceHttpClient.Result csv = request(java.net.http.HttpRequest.newBuilder(
                new ServiceHttpClient(port).uri("/api/search/export?format=csv&" + q(w))).GET().build());
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.raw()).startsWith("\uFEFF\"Identifiant\";\"Titre\"").contains(thd.aggregateId())
                .contains("Déploiement du très haut débit");
        assertThat(csv.raw().split("\r\n")).hasSize(4);
        assertThat(get("/api/search/export?format=xls&" + q(w)).status()).isEqualTo(400);
        assertThat(get("/api/search?" + q(w) + "&axis=blockchain").status()).isEqualTo(400);
    }

    /** A région made up for one test: its searches see the records of that test alone. */
    private final class OwnRegion {

        private final String code = "R" + UUID.randomUUID().toString().substring(0, 6);

        ExperienceEvents record(String title, String summary) {
            return aNewExperience().created().title(title).summary(summary)
                    .with("collectivite", collectivite("commune", "moins-3500", code));
        }

        ExperienceEvents record(String title, String summary, String collectiviteName) {
            Map<String, Object> collectivite = new HashMap<>(collectivite("commune", "moins-3500", code));
            collectivite.put("name", collectiviteName);
            return aNewExperience().created().title(title).summary(summary).with("collectivite", collectivite);
        }

        void publish(ExperienceEvents... records) {
            List.of(records).forEach(RealStackSpringTest::send);
            searchWhenCounted("region=" + code, records.length);
        }

        List<String> search(String words) {
            return ids(get("/api/search?" + q(words) + "&region=" + code).body());
        }
    }

    @Test
    void a_typo_in_a_long_word_that_the_stemmer_shortens_still_finds_it() {
        OwnRegion region = new OwnRegion();
        ExperienceEvents dematerialisation = region.record("Dématérialisation des marchés publics",
                "Les entreprises déposent leurs offres sur une plateforme.");
        ExperienceEvents participation = region.record("Participation citoyenne en ligne",
                "Les habitants proposent et votent des projets.");
        region.publish(dematerialisation, participation);

        assertThat(region.search("dématérialisaton")).containsExactly(dematerialisation.aggregateId());
        assertThat(region.search("participatoin")).containsExactly(participation.aggregateId());
    }

    @Test
    void a_stop_word_is_no_word_in_no_record_so_a_question_spelled_right_asks_for_no_spelling_suggestion() {
        OwnRegion region = new OwnRegion();
        ExperienceEvents conseillers = region.record("Des conseillers numériques dans chaque canton",
                "Cette équipe accompagne les habitants dans leurs démarches.");
        region.publish(conseillers);

        long before = spellingSuggestionsAsked();
        assertThat(region.search("leurs démarches, cette équipe n'ont")).containsExactly(conseillers.aggregateId());
        assertThat(spellingSuggestionsAsked()).as("stop words are spelled right: no suggestion asked").isEqualTo(before);
        assertThat(region.search("leurs démarchse")).containsExactly(conseillers.aggregateId());
        assertThat(spellingSuggestionsAsked()).as("a word in no record: its correction is asked").isGreaterThan(before);
    }

    @Test
    void a_word_spelled_right_in_a_form_that_no_record_uses_is_not_corrected_into_the_form_they_use() {
        OwnRegion region = new OwnRegion();
        // A made-up adjective, so that no other record has any of its forms.
        ExperienceEvents brivands = region.record("Des visites pour les habitants brivands",
                "Une tournée par semaine dans chaque hameau.");
        ExperienceEvents brivatifs = region.record("Des ateliers brivatifs",
                "Chaque mois, en mairie.");
        region.publish(brivands, brivatifs);

        long before = spellingSuggestionsAsked();
        JsonNode feminine = get("/api/search?" + q("habitantes brivandes") + "&region=" + region.code).body();
        assertThat(ids(feminine)).containsExactly(brivands.aggregateId());
        assertThat(feminine.hasNonNull("correctedQuery")).isFalse();
        assertThat(feminine.hasNonNull("didYouMean")).isFalse();
        JsonNode otherEnding = get("/api/search?" + q("brivatives") + "&region=" + region.code).body();
        assertThat(otherEnding.hasNonNull("correctedQuery")).isFalse();
        assertThat(otherEnding.hasNonNull("didYouMean")).isFalse();
        assertThat(spellingSuggestionsAsked()).as("every word is known in another form: no suggestion asked")
                .isEqualTo(before);
        assertThat(region.search("brivanrds")).as("a typo is still one").containsExactly(brivands.aggregateId());
        assertThat(spellingSuggestionsAsked()).isGreaterThan(before);
    }

    @Test
    void a_corrected_word_is_written_as_the_records_write_it_accents_included() {
        OwnRegion region = new OwnRegion();
        ExperienceEvents parapheur = region.record("Un parapheur électronique pour les délibérations",
                "Les élus signent en ligne.");
        region.publish(parapheur);

        JsonNode corrected = get("/api/search?" + q("parapheur électroonique") + "&region=" + region.code).body();
        assertThat(corrected.get("correctedQuery").asString()).isEqualTo("parapheur électronique");
        assertThat(ids(corrected)).containsExactly(parapheur.aggregateId());
        assertThat(get("/api/search?" + q("Electroonique") + "&region=" + region.code + "&telQuel=true").body()
                .get("didYouMean").asString()).as("typed without accents, with a capital").isEqualTo("Électronique");
    }

    /** How many suggestion-only searches the index has answered: the spelling corrections asked alone. */
    private long spellingSuggestionsAsked() {
        try {
            JsonNode stats = JSON.readTree(elasticsearch.performRequest(
                    new org.elasticsearch.client.Request("GET", "/experiences/_stats/search")).getEntity().getContent());
            return stats.path("_all").path("total").path("search").path("suggest_total").asLong();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void a_correctly_spelled_word_does_not_find_the_records_of_a_word_one_letter_away() {
        OwnRegion region = new OwnRegion();
        ExperienceEvents mairie = region.record("Un accueil unique à la mairie",
                "Les habitants font toutes leurs démarches au même guichet.");
        ExperienceEvents marie = region.record("La médiathèque Marie Curie prête des tablettes",
                "Des ateliers pour apprendre à s'en servir.");
        region.publish(mairie, marie);

        assertThat(region.search("mairie")).containsExactly(mairie.aggregateId());
        assertThat(region.search("mairei")).as("a word that no record uses keeps its typo tolerance")
                .contains(mairie.aggregateId());
    }

    @Test
    void a_collectivite_is_found_by_its_name_as_written_not_by_a_word_that_its_name_shares_with_the_query() {
        OwnRegion region = new OwnRegion();
        ExperienceEvents byName = region.record("Un portail famille pour la cantine",
                "Inscriptions et paiement en ligne.", "Commune de Plouzané");
        ExperienceEvents about = region.record("Un service informatique commun",
                "Douze communes partagent leurs logiciels.");
        region.publish(byName, about);

        assertThat(region.search("communes")).containsExactly(about.aggregateId());
        assertThat(region.search("Plouzane")).containsExactly(byName.aggregateId());
    }

    @Test
    void a_question_finds_the_records_of_its_subject_not_those_that_use_its_question_word() {
        OwnRegion region = new OwnRegion();
        ExperienceEvents backups = region.record("Sauvegarde des données de la mairie",
                "Une copie chaque nuit, hors du bâtiment.");
        ExperienceEvents canteen = region.record("Le portail famille",
                "Comment s'inscrire à la cantine en ligne : le guide pas à pas.");
        region.publish(backups, canteen);

        assertThat(region.search("comment sauvegarder les données ?")).containsExactly(backups.aggregateId());
        assertThat(region.search("comment")).as("a query of question words alone is searched as it is")
                .containsExactly(canteen.aggregateId());
    }

    @Test
    void a_query_equal_to_a_multi_word_synonym_finds_its_words_in_any_order() {
        OwnRegion region = new OwnRegion();
        ExperienceEvents record = region.record("Le numérique au service de l'inclusion",
                "Des ateliers pour les habitants éloignés des démarches en ligne.");
        region.publish(record);

        assertThat(region.search("inclusion numérique")).containsExactly(record.aggregateId());
    }

    @Test
    void a_related_word_of_another_synonym_group_finds_its_records_below_those_that_use_the_query_words() {
        OwnRegion region = new OwnRegion();
        ExperienceEvents direct = region.record("Une politique de cybersécurité pour la commune",
                "Des règles et des contrôles pour le système d'information.");
        ExperienceEvents related = region.record("Exercice de crise face à un rançongiciel",
                "Les agents apprennent aussi à repérer le hameçonnage.");
        ExperienceEvents unrelated = region.record("Un portail famille pour la cantine",
                "Inscriptions et paiement en ligne.");
        region.publish(direct, related, unrelated);

        assertThat(region.search("cybersécurité")).containsExactly(direct.aggregateId(), related.aggregateId());
    }

    @Test
    void a_cursor_pages_beyond_the_first_page_and_suggestions_and_corrections_help_typing() {
        String w = word();
        ExperienceEvents first = aNewExperience().created().title("Zorglubville numérique").summary(w + " un.");
        ExperienceEvents second = aNewExperience().created().title("Tiers-lieu de Zorglubville").summary(w + " deux.");
        send(first);
        send(second);
        searchWhenCounted(q(w), 2);
        JsonNode page = get("/api/search?" + q(w) + "&sort=date&size=1").body();

        JsonNode next = get("/api/search?" + q(w) + "&sort=date&size=1&cursor=" + page.get("nextCursor").asString()).body();
        assertThat(ids(page)).hasSize(1);
        assertThat(ids(next)).hasSize(1).doesNotContainAnyElementsOf(ids(page));
        assertThat(get("/api/search?" + q(w) + "&cursor=abc").status()).isEqualTo(400);

        JsonNode suggestions = get("/api/search/suggestions?q=zorglubv").body();
        List<String> texts = new ArrayList<>();
        suggestions.forEach(s -> texts.add(s.get("text").asString()));
        assertThat(texts).contains("Zorglubville numérique");

        JsonNode corrected = get("/api/search?" + q("zorglubvile")).body();
        assertThat(corrected.get("correctedQuery").asString()).isEqualTo("zorglubville");
        assertThat(ids(corrected)).contains(first.aggregateId(), second.aggregateId());
        JsonNode typoAmongHits = get("/api/search?" + q("zorglubvile " + w)).body();
        assertThat(typoAmongHits.get("correctedQuery").asString())
                .as("« zorglubvile » is in no record: the correction is searched, though « %s » found records", w)
                .isEqualTo("zorglubville " + w);
        assertThat(ids(typoAmongHits).subList(0, 2)).as("both words: first")
                .containsExactlyInAnyOrder(first.aggregateId(), second.aggregateId());
        JsonNode asTyped = get("/api/search?" + q("zorglubvile " + w) + "&telQuel=true").body();
        assertThat(asTyped.path("correctedQuery").isNull()).as("the text as typed, when asked").isTrue();
        assertThat(asTyped.get("didYouMean").asString()).isEqualTo("zorglubville " + w);
        assertThat(get("/api/search?" + q("Zorglubville numériques")).body().path("didYouMean").isNull())
                .as("spelled right, a plural of a known word: nothing to correct").isTrue();
    }

    @Test
    void past_the_exact_count_limit_elasticsearch_counts_on_a_sample_and_the_total_is_said_to_be_an_estimate() {
        String w = word();
        List<ExperienceEvents> records = List.of(aNewExperience().created().title("Tiers-lieu " + w),
                aNewExperience().created().title("Fablab " + w), aNewExperience().created().title("Repair café " + w));
        records.forEach(RealStackSpringTest::send);
        searchWhenCounted(q(w), 3);
        // Two records counted exactly at most, one visible record in a sample: a probability far below ½.
        ElasticsearchExperienceSearch sampling = new ElasticsearchExperienceSearch(
                new ElasticsearchJson(elasticsearch, JSON, ObservationRegistry.NOOP), "experiences",
                BarometerIndexBootstrap.PROFILES, ForkJoinPool.commonPool(), 2, 1);

        SearchResult result = sampling.search(SearchQuery.of(w, 0, 2), new Spelling(List.of(), null));

        assertThat(result.hits()).hasSize(2);
        assertThat(result.totalEstimated()).isTrue();
        assertThat(result.facets()).extracting(SearchResult.FacetCounts::facet).contains(Facet.AXIS);
        SearchResult exact = new ElasticsearchExperienceSearch(
                new ElasticsearchJson(elasticsearch, JSON, ObservationRegistry.NOOP), "experiences",
                BarometerIndexBootstrap.PROFILES, ForkJoinPool.commonPool())
                .search(SearchQuery.of(w, 0, 2), new Spelling(List.of(), null));
        assertThat(exact.total()).isEqualTo(3);
        assertThat(exact.totalEstimated()).isFalse();
    }

    @Test
    void drafts_are_not_searched_archives_only_when_asked_and_an_erased_contact_leaves_the_index() {
        String w = word();
        ExperienceEvents draft = aNewExperience().created().status("draft").title("Brouillon " + w);
        ExperienceEvents record = aNewExperience().type("experience.record.published").title("Guichet " + w)
                .with("contact", Map.of("name", "Claire Martin", "email", "c.martin@example.fr",
                        "consentAt", "2026-11-20T08:00:00Z"));
        send(draft);
        send(record);
        JsonNode published = searchWhenCounted(q(w), 1);
        assertThat(ids(published)).containsExactly(record.aggregateId());
        assertThat(published.get("hits").get(0).get("record").get("contact").get("name").asString())
                .isEqualTo("Claire Martin");

        send(record.type("experience.record.archived").version(2).status("archived"));
        searchWhenCounted(q(w), 0);
        assertThat(ids(get("/api/search?" + q(w) + "&statut=archived").body())).containsExactly(record.aggregateId());

        send(record.type("experience.record.contact-erased").version(3).without("contact"));
        await().atMost(PATIENCE).until(() -> indexed(record.aggregateId()).orElseThrow().get("_source"),
                source -> source.get("version").asLong() == 3);
        assertThat(indexed(record.aggregateId()).orElseThrow().get("_source").has("contact")).isFalse();
    }

    @Test
    void similar_records_come_first_and_an_unknown_record_is_a_french_404() {
        String w = word();
        ExperienceEvents telemedicine = aNewExperience().created().title("Téléconsultation en mairie rurale " + w)
                .summary("Une cabine de téléconsultation médicale installée en mairie pour les habitants sans médecin, " + w + ".");
        ExperienceEvents twin = aNewExperience().created().title("Cabine de téléconsultation médicale " + w)
                .summary("La commune installe une cabine de téléconsultation médicale pour pallier l'absence de médecin, " + w + ".");
        ExperienceEvents unrelated = aNewExperience().created().title("Budget participatif " + w)
                .summary("Les habitants votent pour des projets d'aménagement.");
        List.of(telemedicine, twin, unrelated).forEach(RealStackSpringTest::send);
        searchWhenCounted(q(w), 3);

        JsonNode similar = get("/api/experiences/" + telemedicine.aggregateId() + "/similaires").body();
        ServiceHttpClient.Result missing = get("/api/experiences/" + UUID.randomUUID() + "/similaires");

        // Earlier runs left look-alikes in the shared index: what counts is our twin before our unrelated record.
        List<String> found = new ArrayList<>();
        similar.forEach(hit -> found.add(hit.get("id").asString()));
        assertThat(found).contains(twin.aggregateId()).doesNotContain(telemedicine.aggregateId());
        assertThat(found.indexOf(unrelated.aggregateId())).satisfiesAnyOf(
                index -> assertThat(index).isEqualTo(-1),
                index -> assertThat(index).isGreaterThan(found.indexOf(twin.aggregateId())));
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body().get("title").asString()).isEqualTo("Retour d'expérience introuvable");
    }

    @Test
    void barometer_profiles_filter_records_and_the_benchmark_counts_peers() {
        String region = "R" + UUID.randomUUID().toString().substring(0, 6);
        String eclaireur = randomSiren();
        String other = randomSiren();
        String observateur = randomSiren();
        assess(eclaireur, 1, "eclaireur", region, List.of("open-data", "thd", "cloud"));
        assess(other, 1, "observateur", region, List.of("open-data"));
        assess(other, 2, "eclaireur", region, List.of("open-data", "thd"));
        assess(observateur, 1, "observateur", region, List.of("cloud"));
        String w = word();
        ExperienceEvents record = aNewExperience().created().title("Portail " + w).siren(eclaireur);
        ExperienceEvents another = aNewExperience().created().title("Guichet " + w).siren(observateur);
        send(record);
        send(another);

        JsonNode benchmark = await().atMost(PATIENCE).until(
                () -> get("/api/benchmark?kind=departement&region=" + region + "&siren=" + eclaireur).body(),
                body -> body.get("peers").asLong() == 3 && share(body, "profiles", "eclaireur") > 0.6);
        assertThat(share(benchmark, "axes", "open-data")).isCloseTo(2.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(share(benchmark, "axes", "big-data")).isZero();
        assertThat(benchmark.get("axes")).hasSize(12);
        assertThat(benchmark.get("mine").get("profile").asString()).isEqualTo("eclaireur");

        JsonNode profiled = await().atMost(PATIENCE).until(() -> get("/api/search?" + q(w)).body(),
                body -> body.get("total").asLong() == 2 && count(body, "profile", "eclaireur") == 1);
        assertThat(count(profiled, "profile", "observateur")).isEqualTo(1);
        assertThat(ids(get("/api/search?" + q(w) + "&profile=eclaireur").body())).containsExactly(record.aggregateId());
    }

    private static double share(JsonNode benchmark, String chart, String code) {
        for (JsonNode share : benchmark.get(chart)) {
            if (share.get("code").asString().equals(code)) {
                return share.get("share").asDouble();
            }
        }
        return 0;
    }

    /** The contract's example, for another collectivité, version, profile and axes. */
    private static void assess(String siren, long version, String profile, String region, List<String> axes) {
        ObjectNode event = (ObjectNode) JSON.readTree(EventContracts.example("barometer.assessment.recorded.v1"));
        event.put("eventId", UUID.randomUUID().toString()).put("aggregateId", siren).put("aggregateVersion", version);
        ObjectNode data = (ObjectNode) event.get("data");
        data.put("id", UUID.randomUUID().toString()).put("siren", siren).put("assessedOn", "2026-10-0" + version);
        ObjectNode collectivite = (ObjectNode) data.get("collectivite");
        collectivite.put("siren", siren).put("name", "Département " + siren);
        ((ObjectNode) collectivite.get("region")).put("code", region);
        ((ObjectNode) data.get("answers")).set("axes", JSON.valueToTree(axes));
        ((ObjectNode) data.get("profile")).put("code", profile).put("label", profile);
        KafkaTestClients.send(BAROMETER_TOPIC, null, siren, event.toString(), event.get("eventId").asString(),
                "barometer.assessment.recorded");
    }
}
