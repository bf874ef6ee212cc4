package fr.mutualis.integration.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.mutualis.testing.stack.RealStack;
import fr.mutualis.testing.stack.StackEndpoints;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The administrator's API against the real broker: what it issues really opens, and really closes, the topics. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IntegratorAccessIntegrationTest {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String PUBLIC_TOPIC = "access-it.public-" + RUN;
    private static final String OTHER_PUBLIC_TOPIC = "access-it.other-" + RUN;
    private static final String TOKEN = "test-admin-token";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void realStack(DynamicPropertyRegistry registry) {
        StackEndpoints stack = RealStack.endpoints();
        registry.add("spring.datasource.url", () -> stack.jdbcUrl("integration_service_test"));
        registry.add("spring.datasource.username", stack::postgresUser);
        registry.add("spring.datasource.password", stack::postgresPassword);
        registry.add("spring.kafka.bootstrap-servers", stack::kafkaBootstrapServers);
        registry.add("mutualis.integration.admin-token", () -> TOKEN);
        registry.add("mutualis.integration.public-topics[" + PUBLIC_TOPIC + "]", () -> "Topic public de test");
        registry.add("mutualis.integration.public-topics[" + OTHER_PUBLIC_TOPIC + "]", () -> "Autre topic public");
    }

    @BeforeAll
    static void topicsWithOneEventEach() throws Exception {
        StackEndpoints stack = RealStack.endpoints();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", stack.kafkaBootstrapServers()));
             KafkaProducer<String, String> platform = new KafkaProducer<>(Map.of("bootstrap.servers",
                     stack.kafkaBootstrapServers()), new StringSerializer(), new StringSerializer())) {
            admin.createTopics(List.of(new NewTopic(PUBLIC_TOPIC, 1, (short) 1), new NewTopic(OTHER_PUBLIC_TOPIC, 1, (short) 1)))
                    .all().get();
            platform.send(new ProducerRecord<>(PUBLIC_TOPIC, "k", "granted event")).get();
            platform.send(new ProducerRecord<>(OTHER_PUBLIC_TOPIC, "k", "other event")).get();
        }
    }

    @Test
    void issued_credentials_read_exactly_the_granted_topics_until_revoked() throws Exception {
        String name = "acme-" + RUN;
        HttpResponse<String> created = call("POST", "/api/integrators", TOKEN,
                "{\"name\":\"" + name + "\",\"organisation\":\"ACME Logiciels\",\"contactEmail\":\"dev@acme.example\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Cache-Control")).hasValue("no-store");
        String password = JSON.readTree(created.body()).path("password").asString();

        HttpResponse<String> granted = call("PUT", "/api/integrators/" + name + "/grants", TOKEN,
                "{\"topics\":[\"" + PUBLIC_TOPIC + "\"]}");
        assertThat(granted.statusCode()).as(granted.body()).isEqualTo(200);

        assertThat(read(name, password, PUBLIC_TOPIC)).containsExactly("granted event");
        assertThatThrownBy(() -> read(name, password, OTHER_PUBLIC_TOPIC)).isInstanceOf(TopicAuthorizationException.class);

        HttpResponse<String> revoked = call("DELETE", "/api/integrators/" + name, TOKEN, null);
        assertThat(revoked.statusCode()).as(revoked.body()).isEqualTo(200);
        assertThat(JSON.readTree(revoked.body()).path("revokedAt").isNull()).isFalse();
        assertThatThrownBy(() -> read(name, password, PUBLIC_TOPIC)).isInstanceOf(SaslAuthenticationException.class);
    }

    @Test
    void rotation_replaces_the_password() throws Exception {
        String name = "rotate-" + RUN;
        String first = JSON.readTree(call("POST", "/api/integrators", TOKEN, "{\"name\":\"" + name
                + "\",\"organisation\":\"Syndicat voisin\",\"contactEmail\":\"dsi@voisin.example\"}").body()).path("password").asString();
        call("PUT", "/api/integrators/" + name + "/grants", TOKEN, "{\"topics\":[\"" + PUBLIC_TOPIC + "\"]}");

        String second = JSON.readTree(call("POST", "/api/integrators/" + name + "/credentials/rotate", TOKEN, null).body())
                .path("password").asString();

        assertThat(second).isNotEqualTo(first);
        assertThat(read(name, second, PUBLIC_TOPIC)).containsExactly("granted event");
        assertThatThrownBy(() -> read(name, first, PUBLIC_TOPIC)).isInstanceOf(SaslAuthenticationException.class);
    }

    @Test
    void internal_topics_cannot_be_granted_and_errors_are_french_problems() throws Exception {
        String name = "internal-" + RUN;
        call("POST", "/api/integrators", TOKEN, "{\"name\":\"" + name
                + "\",\"organisation\":\"ACME\",\"contactEmail\":\"dev@acme.example\"}");

        HttpResponse<String> refused = call("PUT", "/api/integrators/" + name + "/grants", TOKEN,
                "{\"topics\":[\"mutualis-connect-configs\"]}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(JSON.readTree(refused.body()).path("errors").get(0).path("message").asString())
                .startsWith("Ces topics ne peuvent pas être accordés : mutualis-connect-configs.");

        HttpResponse<String> invalid = call("POST", "/api/integrators", TOKEN,
                "{\"name\":\"Bad Name\",\"organisation\":\"\",\"contactEmail\":\"pas-une-adresse\"}");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(invalid.body()).path("title").asString()).isEqualTo("Requête invalide");

        HttpResponse<String> duplicate = call("POST", "/api/integrators", TOKEN, "{\"name\":\"" + name
                + "\",\"organisation\":\"ACME\",\"contactEmail\":\"dev@acme.example\"}");
        assertThat(duplicate.statusCode()).isEqualTo(409);
        assertThat(call("GET", "/api/integrators/inconnu-" + RUN, TOKEN, null).statusCode()).isEqualTo(404);
    }

    @Test
    void without_the_admin_token_nothing_is_answered() throws Exception {
        HttpResponse<String> anonymous = call("GET", "/api/integrators", null, null);
        HttpResponse<String> wrong = call("POST", "/api/integrators", "not-the-token",
                "{\"name\":\"intruder\",\"organisation\":\"X\",\"contactEmail\":\"x@x.example\"}");

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(anonymous.body()).path("title").asString()).isEqualTo("Authentification requise");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(call("GET", "/api/integrators/intruder", TOKEN, null).statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> call(String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> read(String user, String password, String topic) {
        StackEndpoints stack = RealStack.endpoints();
        Map<String, Object> config = stack.integratorClientConfig(user, password);
        config.put("group.id", user + ".test-" + UUID.randomUUID());
        config.put("auto.offset.reset", "earliest");
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (values.isEmpty() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(record -> values.add(record.value()));
            }
        }
        return values;
    }
}
