package fr.mutualis.experience.record;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mutualis.contracts.EventContracts;
import fr.mutualis.experience.support.Api.Response;
import fr.mutualis.experience.support.ServiceIntegrationTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The producer side of the event contract: what the service writes in its outbox (and Debezium publishes as is)
 * satisfies the JSON Schemas published in {@code contracts/}. A change on either side that breaks the other fails here.
 */
class EventContractIntegrationTest extends ServiceIntegrationTest {

    @Test
    void every_event_of_a_full_record_satisfies_its_published_schema() {
        Response created = api.post("/api/experiences", FullRecordJson.of("Guichet unique des aides sociales"));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        UUID id = UUID.fromString(created.body().get("id").asString());
        assertThat(api.put("/api/experiences/" + id, FullRecordJson.of("Guichet unique des aides"), "\"1\"").status())
                .isEqualTo(200);
        assertThat(api.post("/api/experiences/" + id + "/publication", "").status()).isEqualTo(200);
        assertThat(api.post("/api/experiences/" + id + "/archivage", "").status()).isEqualTo(200);
        assertThat(api.send("DELETE", "/api/experiences/" + id + "/contact", null, null).status()).isEqualTo(200);

        List<String> payloads = outbox.payloadsOf(id);

        assertThat(payloads).hasSize(5);
        payloads.forEach(payload -> assertThat(EventContracts.violations(payload)).as(payload).isEmpty());
    }
}
