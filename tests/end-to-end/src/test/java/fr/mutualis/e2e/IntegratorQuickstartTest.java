package fr.mutualis.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mutualis.samples.consumer.MutualisEventsConsumer;
import fr.mutualis.testing.stack.PlatformServices;
import fr.mutualis.testing.stack.RealStack;
import fr.mutualis.testing.stack.StackEndpoints;
import fr.mutualis.testing.stack.WithRealStack;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;

/**
 * docs/integrators.md, followed step by step: an integrator with SCRAM credentials and a READ grant runs the sample
 * consumer over SASL_SSL against the running platform and receives the CloudEvent of a record saved through the API.
 */
@WithRealStack
class IntegratorQuickstartTest {

    private static final String TOPIC = "mutualis.experience.events";

    @Test
    @Timeout(120)
    void the_sample_consumer_receives_the_event_of_a_record_saved_through_the_api(StackEndpoints stack) throws Exception {
        PlatformServices services = RealStack.startServices();
        RealStack.registerConnectors();
        String integrator = "quickstart" + UUID.randomUUID().toString().substring(0, 8);
        String password = UUID.randomUUID().toString();
        IntegratorAccess.grantRead(stack, integrator, password, TOPIC);

        PlatformClient platform = new PlatformClient(services.url("experience-service"), services.url("search-service"));
        JsonNode record = platform.create("Tiers-lieu numérique intercommunal", "Fablab et médiation numérique",
                "213502388", List.of("open-innovation", "e-inclusion"));
        String id = record.path("id").asText();

        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        MutualisEventsConsumer consumer = new MutualisEventsConsumer(Map.of(
                "MUTUALIS_BOOTSTRAP", stack.integratorBootstrapServers(),
                "MUTUALIS_USERNAME", integrator,
                "MUTUALIS_PASSWORD", password,
                "MUTUALIS_TRUSTSTORE", stack.integratorTruststorePath().toString(),
                "MUTUALIS_TRUSTSTORE_PASSWORD", stack.integratorTruststorePassword(),
                "MUTUALIS_TOPICS", TOPIC,
                "MUTUALIS_FROM_BEGINNING", "true",
                "MUTUALIS_UNTIL_SUBJECT", id),
                new PrintStream(printed, true, StandardCharsets.UTF_8));

        consumer.run();

        assertThat(printed.toString(StandardCharsets.UTF_8))
                .contains("experience.record.created subject=" + id + " source=/mutualis/experience-service schema=v1")
                .contains("Tiers-lieu numérique intercommunal");
    }
}
