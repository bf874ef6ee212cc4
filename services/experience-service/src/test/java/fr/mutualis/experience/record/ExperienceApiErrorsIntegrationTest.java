package fr.mutualis.experience.record;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mutualis.experience.support.Api.Response;
import fr.mutualis.experience.support.ServiceIntegrationTest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Every error answers an RFC 9457 problem, in French. */
class ExperienceApiErrorsIntegrationTest extends ServiceIntegrationTest {

    private static Map<String, String> fieldErrors(Response response) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (JsonNode error : response.body().get("errors").values()) {
            errors.merge(error.get("field").asString(), error.get("message").asString(), (a, b) -> a + " | " + b);
        }
        return errors;
    }

    private static void assertProblem(Response response, int status, String title) {
        assertThat(response.status()).as(response.text()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().get("status").asInt()).isEqualTo(status);
        assertThat(response.body().get("title").asString()).isEqualTo(title);
        assertThat(response.body().get("detail").asString()).isNotBlank();
    }

    private long records() {
        return jdbc.sql("SELECT count(*) FROM experience_record").query(Long.class).single();
    }

    @Test
    void every_invalid_field_is_listed_with_a_french_message_and_nothing_is_stored() {
        long before = records();

        Response response = api.post("/api/experiences",
                "{\"title\": \"  ab \", \"summary\": \"   \", \"siren\": \"223300019\", "
                        + "\"axes\": [\"open-data\", \"blockchain\"]}");

        assertProblem(response, 400, "Requête invalide");
        assertThat(fieldErrors(response)).containsExactly(
                Map.entry("title", "Le titre doit contenir entre 3 et 200 caractères."),
                Map.entry("summary", "Le résumé est obligatoire."),
                Map.entry("siren", "Le numéro SIREN est invalide : sa clé de contrôle (algorithme de Luhn) ne "
                        + "correspond pas. Vérifiez qu'aucun chiffre n'a été inversé ou mal recopié."),
                Map.entry("axes[1]", "L'axe « blockchain » est inconnu. Codes valides : open-data, thd, "
                        + "dematerialisation, smart-city, big-data, incubateur, e-inclusion, e-democratie, "
                        + "economie-collaborative, open-innovation, cloud, protection-donnees."));
        assertThat(response.body().get("detail").asString()).isEqualTo(
                "La requête contient 4 erreurs : corrigez les champs indiqués.");
        assertThat(records()).isEqualTo(before);
    }

    @Test
    void required_fields_and_at_least_one_axis() {
        Response response = api.post("/api/experiences", "{\"axes\": []}");

        assertProblem(response, 400, "Requête invalide");
        assertThat(fieldErrors(response)).containsExactly(
                Map.entry("title", "Le titre est obligatoire."),
                Map.entry("summary", "Le résumé est obligatoire."),
                Map.entry("siren", "Le numéro SIREN est obligatoire."),
                Map.entry("axes", "Choisissez au moins un axe."));
    }

    @Test
    void lengths_and_siren_format() {
        Response response = api.post("/api/experiences", api.experienceJson("x".repeat(201), "y".repeat(2001),
                "22330001", "cloud"));

        assertProblem(response, 400, "Requête invalide");
        assertThat(fieldErrors(response)).containsExactly(
                Map.entry("title", "Le titre doit contenir entre 3 et 200 caractères."),
                Map.entry("summary", "Le résumé ne doit pas dépasser 2000 caractères."),
                Map.entry("siren", "Le numéro SIREN est invalide : il doit comporter exactement 9 chiffres."));
    }

    @Test
    void an_update_is_validated_like_a_create() {
        Response created = api.post("/api/experiences",
                api.experienceJson("Téléconsultation " + UUID.randomUUID(), "Cabine en mairie.", GIRONDE,
                        "e-inclusion"));
        String id = created.body().get("id").asString();

        Response response = api.put("/api/experiences/" + id, "{\"title\": \"Téléconsultation\", \"summary\": "
                + "\"Cabine.\", \"siren\": \"223300013\", \"axes\": [\"E-INCLUSION\"]}", "\"1\"");

        assertProblem(response, 400, "Requête invalide");
        assertThat(fieldErrors(response)).containsOnlyKeys("axes[0]");
        assertThat(api.get("/api/experiences/" + id).body().get("version").asLong()).isEqualTo(1);
    }

    @Test
    void malformed_json_is_a_french_problem() {
        assertProblem(api.post("/api/experiences", "{\"title\": "), 400, "Corps de requête illisible");
        Response notAList = api.post("/api/experiences", "{\"title\": \"Titre\", \"axes\": \"open-data\"}");
        assertProblem(notAList, 400, "Requête invalide");
        assertThat(fieldErrors(notAList)).containsOnlyKeys("axes");
        assertProblem(api.send("POST", "/api/experiences", "application/json", null), 400,
                "Corps de requête illisible");
    }

    @Test
    void a_wrong_uuid_in_the_path_is_a_french_problem() {
        Response response = api.get("/api/experiences/pas-un-uuid");

        assertProblem(response, 400, "Requête invalide");
        assertThat(fieldErrors(response)).containsExactly(
                Map.entry("id", "« pas-un-uuid » n'est pas un identifiant (UUID) valide."));
    }

    @Test
    void wrong_paging_parameters_are_french_problems() {
        Response response = api.get("/api/experiences?page=-1&size=101");

        assertProblem(response, 400, "Requête invalide");
        assertThat(fieldErrors(response)).containsOnlyKeys("page", "size");
        assertThat(fieldErrors(response).get("page"))
                .isEqualTo("Le numéro de page doit être compris entre 0 et 10000 : affinez la recherche plutôt que "
                        + "d'aller plus loin.");

        assertProblem(api.get("/api/experiences?size=dix"), 400, "Requête invalide");
    }

    @Test
    void a_parameter_the_list_does_not_take_sent_twice_or_empty_is_refused_rather_than_ignored() {
        Response response = api.get("/api/experiences?statut=published&auteur=moi&page=1&page=2&size=");

        assertProblem(response, 400, "Requête invalide");
        assertThat(fieldErrors(response)).containsExactly(
                Map.entry("auteur", "Ce paramètre n'existe pas pour cette adresse : collectivite, statut, page, size."),
                Map.entry("page", "Le paramètre « page » ne prend qu'une valeur : il est donné 2 fois."),
                Map.entry("size", "Le paramètre « size » est vide : donnez-lui une valeur, ou retirez-le."));
    }

    @Test
    void an_unknown_route_is_a_french_404_problem() {
        Response response = api.get("/api/inconnu");

        assertProblem(response, 404, "Ressource introuvable");
        assertThat(response.body().get("detail").asString())
                .isEqualTo("Aucune ressource ne correspond à cette adresse.");
    }

    @Test
    void an_unsupported_method_is_a_french_405_problem() {
        Response response = api.send("DELETE", "/api/experiences/" + UUID.randomUUID(), null, null);

        assertProblem(response, 405, "Méthode non autorisée");
        assertThat(response.body().get("detail").asString())
                .startsWith("La méthode DELETE n'est pas autorisée sur cette ressource.");
        assertThat(response.header("Allow")).contains("GET").contains("PUT");
    }

    @Test
    void a_body_that_is_not_json_is_a_french_415_problem() {
        Response response = api.send("POST", "/api/experiences", "text/plain", "Bonjour");

        assertProblem(response, 415, "Format de requête non pris en charge");
    }
}
