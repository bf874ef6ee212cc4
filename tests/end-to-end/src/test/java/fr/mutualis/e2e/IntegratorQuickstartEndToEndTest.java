package fr.mutualis.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mutualis.samples.consumer.MutualisEventsConsumer;
import fr.mutualis.testing.stack.PlatformServices;
import fr.mutualis.testing.stack.PlatformTokens;
import fr.mutualis.testing.stack.RealStack;
import fr.mutualis.testing.stack.StackEndpoints;
import fr.mutualis.testing.stack.WithRealStack;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * docs/integrators.md, followed step by step: the administrator issues credentials and grants the topic through
 * integration-service's API; the integrator runs the sample consumer over SASL_SSL against the running platform
 * and receives the CloudEvent of a record saved through the API.
 */
@WithRealStack
class IntegratorQuickstartEndToEndTest {

    private static final String TOPIC = "mutualis.experience.events";

    @Test
    @Timeout(120)
    void the_sample_consumer_receives_the_event_of_a_record_saved_through_the_api(StackEndpoints stack) throws Exception {
        PlatformServices services = RealStack.startServices();
        RealStack.registerConnectors();
        String integrator = "quickstart-" + UUID.randomUUID().toString().substring(0, 8);
        String password = credentialsFromTheAdministrator(services.url("integration-service"), integrator);

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

    /** Step 1 of the quickstart: register the integrator (the password is shown once), then grant the topic. */
    private static String credentialsFromTheAdministrator(String integrationService, String integrator) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> created = http.send(admin(integrationService + "/api/integrators")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + integrator
                        + "\",\"organisation\":\"ACME Logiciels\",\"contactEmail\":\"dev@acme.example\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        HttpResponse<String> granted = http.send(admin(integrationService + "/api/integrators/" + integrator + "/grants")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"topics\":[\"" + TOPIC + "\"]}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(granted.statusCode()).as(granted.body()).isEqualTo(200);
        return JsonMapper.builder().build().readTree(created.body()).path("password").asString();
    }

    private static HttpRequest.Builder admin(String url) {
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + PlatformTokens.adminAutomation());
    }
}
