package fr.mutualis.experience.record;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mutualis.experience.support.Api.Response;
import fr.mutualis.experience.support.ServiceIntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The record and its event are committed together or not at all. PostgreSQL itself refuses the outbox row (a
 * trigger of this test rejects events whose title carries a marker), after the record row was written in the same
 * transaction: the record must not be stored either.
 */
class OutboxTransactionIntegrationTest extends ServiceIntegrationTest {

    private final String marker = "ÉCHEC-OUTBOX-" + UUID.randomUUID();
    private final String trigger = "reject_outbox_" + UUID.randomUUID().toString().replace("-", "");

    @BeforeEach
    void outboxRefusesTheMarker() {
        jdbc.sql("""
                CREATE FUNCTION %1$s() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                  IF NEW.payload -> 'data' ->> 'title' LIKE '%%%2$s%%' THEN
                    RAISE EXCEPTION 'outbox row refused by the test';
                  END IF;
                  RETURN NEW;
                END $$
                """.formatted(trigger, marker)).update();
        jdbc.sql("CREATE TRIGGER %1$s BEFORE INSERT ON outbox FOR EACH ROW EXECUTE FUNCTION %1$s()"
                .formatted(trigger)).update();
    }

    @AfterEach
    void dropTrigger() {
        jdbc.sql("DROP TRIGGER IF EXISTS %1$s ON outbox".formatted(trigger)).update();
        jdbc.sql("DROP FUNCTION IF EXISTS %1$s()".formatted(trigger)).update();
    }

    private long recordsTitled(String text) {
        return jdbc.sql("SELECT count(*) FROM experience_record WHERE title LIKE :pattern")
                .param("pattern", "%" + text + "%").query(Long.class).single();
    }

    @Test
    void a_create_whose_event_cannot_be_written_stores_nothing() {
        Response response = api.post("/api/experiences", api.experienceJson("Portail " + marker,
                "Ouverture des données publiques.", GIRONDE, "open-data"));

        assertThat(response.status()).as(response.text()).isEqualTo(500);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().get("title").asString()).isEqualTo("Erreur interne du serveur");
        assertThat(recordsTitled(marker)).isZero();
    }

    @Test
    void an_update_whose_event_cannot_be_written_changes_nothing() {
        Response created = api.post("/api/experiences", api.experienceJson("Portail open data " + UUID.randomUUID(),
                "Ouverture des données publiques.", GIRONDE, "open-data"));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String id = created.body().get("id").asString();

        Response response = api.put("/api/experiences/" + id, api.experienceJson("Portail " + marker,
                "Ouverture des données publiques.", GIRONDE, "open-data"), "\"1\"");

        assertThat(response.status()).as(response.text()).isEqualTo(500);
        Response read = api.get("/api/experiences/" + id);
        assertThat(read.body().get("version").asLong()).isEqualTo(1);
        assertThat(read.body().get("title").asString()).isEqualTo(created.body().get("title").asString());
        assertThat(outbox.of(UUID.fromString(id))).hasSize(1);
    }

    @Test
    void the_trigger_refuses_only_the_marked_events() {
        Response response = api.post("/api/experiences", api.experienceJson("Portail sans marqueur",
                "Ouverture des données publiques.", GIRONDE, "open-data"));

        assertThat(response.status()).as(response.text()).isEqualTo(201);
        assertThat(outbox.of(UUID.fromString(response.body().get("id").asString()))).hasSize(1);
    }
}
