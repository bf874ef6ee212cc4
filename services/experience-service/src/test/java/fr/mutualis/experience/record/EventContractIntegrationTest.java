package fr.mutualis.experience.record;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mutualis.contracts.EventContracts;
import fr.mutualis.experience.support.Api.Response;
import fr.mutualis.experience.support.ServiceIntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The producer side of the event contract: what the service writes in its outbox (and Debezium publishes as is)
 * satisfies the JSON Schemas published in {@code contracts/}. A change on either side that breaks the other fails here.
 */
class EventContractIntegrationTest extends ServiceIntegrationTest {

    @Test
    void created_and_updated_events_satisfy_their_published_schemas() {
        Response created = api.post("/api/experiences", api.experienceJson("L'ouverture des données",
                "Portail open data départemental", "213502388", "open-data", "dematerialisation"));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        UUID id = UUID.fromString(created.body().get("id").asString());
        Response updated = api.put("/api/experiences/" + id, api.experienceJson("L'ouverture des données publiques",
                "Portail open data départemental, 120 jeux de données", "213502388", "open-data"), "\"1\"");
        assertThat(updated.status()).as(updated.text()).isEqualTo(200);

        java.util.List<String> payloads = outbox.payloadsOf(id);

        assertThat(payloads).hasSize(2);
        payloads.forEach(payload -> assertThat(EventContracts.violations(payload)).as(payload).isEmpty());
    }
}
