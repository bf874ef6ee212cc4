package fr.mutualis.experience.barometer;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mutualis.contracts.EventContracts;
import fr.mutualis.experience.support.Api.Response;
import fr.mutualis.experience.support.ServiceIntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class BarometerApiIntegrationTest extends ServiceIntegrationTest {

    private static final String OBSERVATEUR = """
            {"assessedOn": "2024-03-01", "strategicPlan": false, "digitalElu": false, "axes": ["open-data"],
             "roles": [], "monitoring": false, "communicationTools": ["top-down"]}""";
    private static final String ECLAIREUR = """
            {"assessedOn": "2026-03-01", "strategicPlan": true, "digitalElu": true,
             "axes": ["open-data", "thd", "dematerialisation", "smart-city", "e-inclusion", "cloud"],
             "roles": ["dpd"], "monitoring": false, "communicationTools": ["top-down", "reseaux-sociaux", "participatif"]}""";

    private String freshSiren() {
        // Any SIREN the stand-in referential knows; unique so that earlier runs' history does not count.
        return String.format("2%08d", (System.nanoTime() / 1000) % 100_000_000);
    }

    @Test
    void recording_stores_publishes_and_the_history_shows_progress() {
        String siren = freshSiren();
        Response first = api.as(siren).post("/api/collectivites/" + siren + "/barometre", OBSERVATEUR);
        Response second = api.as(siren).post("/api/collectivites/" + siren + "/barometre", ECLAIREUR);

        assertThat(first.status()).as(first.text()).isEqualTo(201);
        assertThat(first.body().get("profile").get("code").asString()).isEqualTo("observateur");
        assertThat(second.body().get("profile").get("label").asString()).isEqualTo("Éclaireur");
        JsonNode history = api.get("/api/collectivites/" + siren + "/barometre").body();
        assertThat(history).hasSize(2);
        JsonNode latest = history.get(0).get("progress");
        assertThat(latest.get("previousProfile").asString()).isEqualTo("observateur");
        assertThat(latest.get("profileChanged").asBoolean()).isTrue();
        assertThat(latest.get("gained").values()).extracting(JsonNode::asString).contains("strategicPlan");
        assertThat(latest.get("axesAdded").values()).extracting(JsonNode::asString).contains("thd");

        List<String> events = jdbc.sql("SELECT payload::text FROM outbox WHERE aggregatetype = 'barometer' "
                + "AND aggregateid = :siren ORDER BY aggregate_version").param("siren", siren).query(String.class).list();
        assertThat(events).hasSize(2);
        events.forEach(event -> assertThat(EventContracts.violations(event)).as(event).isEmpty());
    }

    @Test
    void only_the_collectivites_agents_record_and_answers_are_checked() {
        String siren = freshSiren();

        assertThat(api.anonymous().post("/api/collectivites/" + siren + "/barometre", ECLAIREUR).status()).isEqualTo(401);
        assertThat(api.as("219400025").post("/api/collectivites/" + siren + "/barometre", ECLAIREUR).status())
                .isEqualTo(403);
        Response unknown = api.as(siren).post("/api/collectivites/" + siren + "/barometre",
                ECLAIREUR.replace("\"cloud\"", "\"blockchain\""));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body().get("errors").get(0).get("message").asString()).contains("blockchain");
        assertThat(api.as(siren).post("/api/collectivites/" + siren + "/barometre", "{}").status()).isEqualTo(400);
        assertThat(api.get("/api/collectivites/" + siren + "/barometre").body()).isEmpty();
    }

    @Test
    void the_referential_and_a_simulation_help_the_portals_form() {
        JsonNode referential = api.get("/api/barometre/referentiel").body();
        Response simulation = api.post("/api/barometre/simulation", OBSERVATEUR);

        assertThat(referential.get("profiles")).hasSize(5);
        assertThat(referential.get("roles").properties()).hasSize(11);
        assertThat(simulation.body().get("profile").get("code").asString()).isEqualTo("observateur");
    }

    @Test
    void null_answers_nul_characters_and_implausible_dates_are_refused_and_nothing_is_recorded() {
        String siren = freshSiren();
        String path = "/api/collectivites/" + siren + "/barometre";
        String tomorrow = java.time.LocalDate.now().plusDays(2).toString();
        java.util.Map<String, String> refusals = java.util.Map.of(
                "axes[]", ECLAIREUR.replace("\"cloud\"", "null"),
                "roles[]", ECLAIREUR.replace("[\"dpd\"]", "[\"dpd\", null]"),
                "communicationTools[]", ECLAIREUR.replace("\"top-down\",", "null,"),
                "axes[5]", ECLAIREUR.replace("\"cloud\"", "\"cloud\\u0000\""),
                "assessedOn", ECLAIREUR.replace("2026-03-01", "1989-12-31"));

        refusals.forEach((field, body) -> {
            Response response = api.as(siren).post(path, body);
            assertThat(response.status()).as(field + ": " + response.text()).isEqualTo(400);
            assertThat(response.body().get("errors").get(0).get("field").asString()).as(response.text())
                    .startsWith(field.replaceAll("\\[.*", ""));
        });
        for (String date : new String[] {tomorrow, "+57275-01-01", "0001-01-01"}) {
            Response response = api.as(siren).post(path, ECLAIREUR.replace("2026-03-01", date));
            assertThat(response.status()).as(date + ": " + response.text()).isEqualTo(400);
        }
        assertThat(api.post("/api/barometre/simulation", ECLAIREUR.replace("\"cloud\"", "null")).status())
                .isEqualTo(400);
        assertThat(api.get(path).body()).isEmpty();
    }
}
