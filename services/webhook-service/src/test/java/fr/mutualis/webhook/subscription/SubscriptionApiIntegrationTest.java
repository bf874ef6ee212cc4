package fr.mutualis.webhook.subscription;

import static fr.mutualis.testing.security.AuthorizationMatrix.Access.ADMINISTRATORS;
import static org.assertj.core.api.Assertions.assertThat;

import fr.mutualis.audit.AuditTrail;
import fr.mutualis.contracts.EventContracts;
import fr.mutualis.testing.security.AuthorizationMatrix;
import fr.mutualis.testing.security.TestIssuer;
import fr.mutualis.webhook.subscription.domain.SigningSecret;
import fr.mutualis.webhook.support.Api;
import fr.mutualis.webhook.support.Kafka;
import fr.mutualis.webhook.support.WebhookServiceTest;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/** The administrator's API: the secret is shown once, every error is an RFC 9457 problem in French. */
class SubscriptionApiIntegrationTest extends WebhookServiceTest {

    private static final String TOPIC = Kafka.newTopic("api");
    private static final String PATH = "/api/webhooks/subscriptions";

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;
    @Autowired
    private AuditTrail audit;

    @DynamicPropertySource
    static void topic(DynamicPropertyRegistry registry) {
        topics(registry, TOPIC);
    }

    private static void assertProblem(Api.Response response, int status, String title) {
        assertThat(response.status()).as(response.text()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.body().get("status").asInt()).isEqualTo(status);
        assertThat(response.body().get("title").asString()).isEqualTo(title);
        assertThat(response.body().get("detail").asString()).isNotBlank();
    }

    private static Map<String, String> fieldErrors(Api.Response response) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (JsonNode error : response.body().get("errors").values()) {
            errors.merge(error.get("field").asString(), error.get("message").asString(), (a, b) -> a + " | " + b);
        }
        return errors;
    }

    private long subscriptions() {
        return jdbc.sql("SELECT count(*) FROM subscription").query(Long.class).single();
    }

    private JsonNode create(List<String> eventTypes) {
        return api.subscribe("https://gfi.example.fr/webhooks/mutualis", List.of(TOPIC), eventTypes);
    }

    @Test
    void creation_shows_the_secret_once_and_never_again() {
        Api.Response created = api.post(PATH, Api.subscriptionJson("Éditeur GFI", " https://gfi.example.fr/hooks ",
                List.of(TOPIC), List.of("experience.record.created")));

        assertThat(created.status()).as(created.text()).isEqualTo(201);
        JsonNode body = created.body();
        String id = body.get("id").asString();
        String secret = body.get("secret").asString();
        assertThat(secret).matches("whsec_[A-Za-z0-9_-]{43}");
        assertThat(created.header("Location")).endsWith(PATH + "/" + id);
        assertThat(created.header("Cache-Control")).contains("no-store");
        assertThat(body.get("integrator").asString()).isEqualTo("Éditeur GFI");
        assertThat(body.get("url").asString()).isEqualTo("https://gfi.example.fr/hooks");
        assertThat(body.get("topics").get(0).asString()).isEqualTo(TOPIC);
        assertThat(body.get("eventTypes").get(0).asString()).isEqualTo("experience.record.created");
        assertThat(body.get("active").asBoolean()).isTrue();
        assertThat(body.get("createdAt").asString()).isNotBlank();

        Api.Response one = api.get(PATH + "/" + id);
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.body().get("id").asString()).isEqualTo(id);
        assertThat(one.body().has("secret")).isFalse();
        assertThat(one.text()).doesNotContain(secret);
        Api.Response list = api.get(PATH);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body().get("subscriptions").values()).anySatisfy(
                s -> assertThat(s.get("id").asString()).isEqualTo(id));
        assertThat(list.text()).doesNotContain(secret).doesNotContain("\"secret\"");
        assertThat(jdbc.sql("SELECT signing_secret FROM subscription WHERE id = :id").param("id", UUID.fromString(id))
                .query(String.class).single()).as("kept sealed, to sign").startsWith("v1:").doesNotContain(secret)
                .doesNotContain(secret.substring(SigningSecret.PREFIX.length()));
    }

    @Test
    void only_an_administrator_subscribes_replays_or_reads_dead_letters() {
        long before = subscriptions();
        String body = Api.subscriptionJson("Intrus", "https://intrus.example.fr/hooks", List.of(TOPIC), null);

        assertProblem(api.withToken(null).post(PATH, body), 401, "Connexion requise");
        assertProblem(api.withToken(TestIssuer.shared().agentOf("223300013")).post(PATH, body), 403, "Accès refusé");
        assertProblem(api.withToken(TestIssuer.shared().dpo()).get(PATH), 403, "Accès refusé");
        assertProblem(api.withToken(null).post(PATH + "/" + UUID.randomUUID() + "/replay", "{}"), 401,
                "Connexion requise");
        assertProblem(api.withToken(null).get(PATH + "/" + UUID.randomUUID() + "/dead-letters"), 401,
                "Connexion requise");
        assertThat(subscriptions()).isEqualTo(before);
    }

    @Test
    void an_endpoint_inside_the_network_is_refused_in_french() {
        long before = subscriptions();

        Api.Response metadata = api.post(PATH, Api.subscriptionJson("GFI", "https://169.254.169.254/latest/meta-data",
                List.of(TOPIC), null));

        assertProblem(metadata, 400, "Requête invalide");
        assertThat(metadata.body().get("errors").get(0).get("message").asString())
                .startsWith("L'adresse désigne une machine d'un réseau interne");
        assertThat(subscriptions()).isEqualTo(before);
    }

    @Test
    void subscribing_and_deactivating_are_kept_in_the_audit_trail_and_published() {
        String id = create(List.of("audit.type")).get("id").asString();
        api.delete(PATH + "/" + id);

        List<AuditTrail.RecordedAct> acts = audit.actsOn("webhook-subscription", id);

        assertThat(acts).extracting(AuditTrail.RecordedAct::action)
                .containsExactly("webhook.subscription.created", "webhook.subscription.deactivated");
        assertThat(acts.get(0).actor().roles()).containsExactly("administrateur");
        assertThat(acts.get(0).details()).contains("https://").doesNotContain("whsec_");
        List<String> published = jdbc.sql("SELECT payload::text FROM outbox WHERE type = 'platform.audit.recorded' "
                + "AND payload -> 'data' -> 'target' ->> 'id' = :id").param("id", id).query(String.class).list();
        assertThat(published).hasSize(2).allSatisfy(event -> assertThat(EventContracts.violations(event)).isEmpty());
    }

    @Test
    void without_a_filter_the_subscription_takes_every_type() {
        JsonNode created = create(null);

        assertThat(created.get("eventTypes").size()).isZero();
    }

    @Test
    void deleting_deactivates_and_is_idempotent() {
        String id = create(List.of()).get("id").asString();

        assertThat(api.delete(PATH + "/" + id).status()).isEqualTo(204);
        assertThat(api.delete(PATH + "/" + id).status()).isEqualTo(204);

        JsonNode after = api.get(PATH + "/" + id).body();
        assertThat(after.get("active").asBoolean()).isFalse();
        assertThat(after.get("deactivatedAt").asString()).isNotBlank();
        assertProblem(api.post(PATH + "/" + id + "/replay", "{\"from\":\"2026-01-01T00:00:00Z\"}"), 409,
                "Abonnement désactivé");
    }

    @Test
    void missing_fields_are_listed_in_french_and_nothing_is_stored() {
        long before = subscriptions();

        Api.Response response = api.post(PATH, "{\"integrator\":\"  \",\"topics\":[\"\"],\"eventTypes\":[\" \"]}");

        assertProblem(response, 400, "Requête invalide");
        // in the order of the form's fields (the request record's components)
        assertThat(fieldErrors(response)).containsExactly(
                Map.entry("integrator", "Le nom de l'intégrateur est obligatoire."),
                Map.entry("url", "L'adresse de réception (url) est obligatoire."),
                Map.entry("topics[0]", "Un topic ne peut pas être vide."),
                Map.entry("eventTypes[0]", "Un type d'événement ne peut pas être vide."));
        assertThat(response.body().get("detail").asString())
                .isEqualTo("La requête contient 4 erreurs : corrigez les champs indiqués.");
        assertThat(subscriptions()).isEqualTo(before);
    }

    @Test
    void plain_http_outside_the_loopback_and_unknown_topics_are_refused_in_french() {
        long before = subscriptions();

        Api.Response response = api.post(PATH, Api.subscriptionJson("GFI", "http://gfi.example.fr/hooks",
                List.of(TOPIC, "mutualis.inconnu.events"), null));

        assertProblem(response, 400, "Requête invalide");
        assertThat(fieldErrors(response)).containsExactly(
                Map.entry("url", "L'adresse doit commencer par https:// ; http:// n'est accepté que sur 127.0.0.1 "
                        + "ou localhost, pour le développement."),
                Map.entry("topics[1]", "Le topic « mutualis.inconnu.events » est inconnu. Topics disponibles : "
                        + TOPIC + "."));
        assertThat(subscriptions()).isEqualTo(before);
    }

    @Test
    void urls_that_are_not_absolute_or_carry_credentials_are_refused() {
        Api.Response relative = api.post(PATH, Api.subscriptionJson("GFI", "/hooks", List.of(TOPIC), null));
        Api.Response credentials = api.post(PATH, Api.subscriptionJson("GFI",
                "https://admin:secret@gfi.example.fr/hooks", List.of(TOPIC), null));

        assertProblem(relative, 400, "Requête invalide");
        assertThat(fieldErrors(relative)).containsExactly(Map.entry("url", "« /hooks » n'est pas une adresse web "
                + "absolue valide (exemple : https://integrateur.example.fr/webhooks/mutualis)."));
        assertProblem(credentials, 400, "Requête invalide");
        assertThat(fieldErrors(credentials).get("url")).startsWith("L'adresse ne doit contenir ni identifiant");
    }

    @Test
    void unreadable_or_foreign_bodies_are_refused_in_french() {
        assertProblem(api.post(PATH, "{\"integrator\": "), 400, "Corps de requête illisible");
        assertProblem(api.send("POST", PATH, "text/plain", "bonjour"), 415, "Format de requête non pris en charge");
    }

    @Test
    void unknown_or_malformed_ids_and_routes_are_problems_in_french() {
        UUID unknown = UUID.randomUUID();

        Api.Response notFound = api.get(PATH + "/" + unknown);
        assertProblem(notFound, 404, "Abonnement introuvable");
        assertThat(notFound.body().get("detail").asString()).contains(unknown.toString());
        assertProblem(api.delete(PATH + "/" + unknown), 404, "Abonnement introuvable");
        Api.Response malformed = api.get(PATH + "/pas-un-uuid");
        assertProblem(malformed, 400, "Requête invalide");
        assertThat(fieldErrors(malformed)).containsExactly(
                Map.entry("id", "« pas-un-uuid » n'est pas un identifiant (UUID) valide."));
        assertProblem(api.get("/api/webhooks/inconnu"), 404, "Ressource introuvable");
        Api.Response put = api.send("PUT", PATH, "application/json", "{}");
        assertProblem(put, 405, "Méthode non autorisée");
        assertThat(put.body().get("detail").asString()).startsWith("La méthode PUT n'est pas autorisée");
    }

    @Test
    void replay_needs_an_iso_date_time_with_an_offset() {
        String id = create(List.of()).get("id").asString();

        Api.Response missing = api.post(PATH + "/" + id + "/replay", "{}");
        Api.Response local = api.post(PATH + "/" + id + "/replay", "{\"from\":\"2026-11-22T08:00:00\"}");
        Api.Response unknown = api.post(PATH + "/" + UUID.randomUUID() + "/replay", "{\"from\":\"2026-11-22T08:00:00Z\"}");

        assertProblem(missing, 400, "Requête invalide");
        assertThat(fieldErrors(missing)).containsExactly(Map.entry("from", "La date de départ (from) est obligatoire."));
        assertProblem(local, 400, "Requête invalide");
        assertThat(fieldErrors(local).get("from")).startsWith("« 2026-11-22T08:00:00 » n'est pas une date-heure ISO 8601");
        assertProblem(unknown, 404, "Abonnement introuvable");
    }

    @Test
    void replay_starts_between_1970_and_tomorrow() {
        String id = create(List.of()).get("id").asString();
        long audited = jdbc.sql("SELECT count(*) FROM audit_event").query(Long.class).single();

        for (String from : new String[] {"1969-12-31T23:59:59Z", "-999999999-01-01T00:00:00+18:00",
                "+999999999-12-31T23:59:59-18:00", Instant.now().plusSeconds(2 * 86_400).toString()}) {
            Api.Response response = api.post(PATH + "/" + id + "/replay", "{\"from\":\"" + from + "\"}");
            assertProblem(response, 400, "Requête invalide");
            assertThat(fieldErrors(response)).as(from).containsExactly(Map.entry("from",
                    "La date de départ doit être comprise entre le 1er janvier 1970 (origine des horodatages Kafka) "
                            + "et demain."));
        }
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event").query(Long.class).single()).isEqualTo(audited);
    }

    @Test
    void a_port_that_cannot_exist_is_refused() {
        long before = subscriptions();

        for (String url : new String[] {"https://gfi.example.fr:99999/hooks", "https://gfi.example.fr:0/hooks"}) {
            Api.Response response = api.post(PATH, Api.subscriptionJson("GFI", url, List.of(TOPIC), null));
            assertProblem(response, 400, "Requête invalide");
            assertThat(fieldErrors(response)).as(url).containsExactly(Map.entry("url",
                    "Le port de l'adresse doit être compris entre 1 et 65535 (ou absent : 443 pour https)."));
        }
        assertThat(subscriptions()).isEqualTo(before);
    }

    @Test
    void dead_letters_paging_is_bounded_instead_of_overflowing() {
        String id = create(List.of()).get("id").asString();

        for (String query : new String[] {"page=2147483647", "page=10001", "size=2147483647", "page=-1"}) {
            Api.Response response = api.get(PATH + "/" + id + "/dead-letters?" + query);
            assertProblem(response, 400, "Requête invalide");
        }
        assertThat(api.get(PATH + "/" + id + "/dead-letters?page=10000&size=200").status()).isEqualTo(200);
    }

    @Test
    void dead_letters_paging_and_unknown_deliveries() {
        String id = create(List.of()).get("id").asString();

        Api.Response empty = api.get(PATH + "/" + id + "/dead-letters");
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.body().get("deadLetters").size()).isZero();
        Api.Response badSize = api.get(PATH + "/" + id + "/dead-letters?size=0");
        assertProblem(badSize, 400, "Requête invalide");
        assertThat(fieldErrors(badSize)).containsExactly(
                Map.entry("size", "La taille de page doit être comprise entre 1 et 200."));
        assertProblem(api.post(PATH + "/" + id + "/dead-letters/" + UUID.randomUUID() + "/retry", null), 404,
                "Livraison introuvable");
    }

    @Test
    void every_endpoint_is_in_the_authorization_matrix_and_each_caller_gets_what_it_says() {
        String id = create(null).get("id").asString();
        AuthorizationMatrix matrix = new AuthorizationMatrix(api.baseUrl(), mappings, "223300013", "213502388")
                .pathValue("id", id)
                .pathValue("deliveryId", UUID.randomUUID().toString())
                .expect("GET " + PATH, ADMINISTRATORS)
                .expect("POST " + PATH, ADMINISTRATORS)
                .body("POST " + PATH, caller -> Api.subscriptionJson("Matrice " + caller,
                        "https://matrice.example.fr/hooks", List.of(TOPIC), List.of("matrice.type")))
                .expect("GET " + PATH + "/{id}", ADMINISTRATORS)
                .expect("DELETE " + PATH + "/{id}", ADMINISTRATORS)
                .expect("POST " + PATH + "/{id}/replay", ADMINISTRATORS)
                .body("POST " + PATH + "/{id}/replay", caller -> "{\"from\": \"2026-01-01T00:00:00Z\"}")
                .expect("GET " + PATH + "/{id}/dead-letters", ADMINISTRATORS)
                .expect("POST " + PATH + "/{id}/dead-letters/{deliveryId}/retry", ADMINISTRATORS);

        assertThat(matrix.unlisted()).isEmpty();
        assertThat(matrix.violations()).isEmpty();
        matrix.forgedTokens("253700488").forEach((forgery, token) -> assertThat(
                matrix.call("GET " + PATH, token, null)).as(forgery).isEqualTo(401));
    }
}
