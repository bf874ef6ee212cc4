package fr.mutualis.integration.access;

import static fr.mutualis.testing.security.AuthorizationMatrix.Access.ADMINISTRATORS;
import static fr.mutualis.testing.security.AuthorizationMatrix.Access.PUBLIC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.mutualis.audit.AuditTrail;
import fr.mutualis.contracts.EventContracts;
import fr.mutualis.testing.security.AuthorizationMatrix;
import fr.mutualis.testing.security.TestIssuer;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The administrator's API against the real broker: what it issues really opens, and really closes, the topics. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IntegratorAccessIntegrationTest {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String PUBLIC_TOPIC = "access-it.public-" + RUN;
    private static final String OTHER_PUBLIC_TOPIC = "access-it.other-" + RUN;
    private static final String TOKEN = TestIssuer.shared().administrator();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void realStack(DynamicPropertyRegistry registry) {
        StackEndpoints stack = RealStack.endpoints();
        registry.add("spring.datasource.url", () -> stack.jdbcUrl("integration_service_test"));
        registry.add("spring.datasource.username", stack::postgresUser);
        registry.add("spring.datasource.password", stack::postgresPassword);
        stack.kafkaSpringProperties().forEach((name, value) -> registry.add(name, () -> value));
        registry.add("mutualis.security.issuer-uri", () -> TestIssuer.shared().issuer());
        registry.add("mutualis.integration.public-topics[" + PUBLIC_TOPIC + "]", () -> "Topic public de test");
        registry.add("mutualis.integration.public-topics[" + OTHER_PUBLIC_TOPIC + "]", () -> "Autre topic public");
    }

    @BeforeAll
    static void topicsWithOneEventEach() throws Exception {
        StackEndpoints stack = RealStack.endpoints();
        try (Admin admin = Admin.create(stack.kafkaClientConfig());
             KafkaProducer<String, String> platform = new KafkaProducer<>(stack.kafkaClientConfig(),
                     new StringSerializer(), new StringSerializer())) {
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
    void every_administrative_act_is_kept_in_the_audit_trail_and_published() throws Exception {
        String name = "audit-" + RUN;
        call("POST", "/api/integrators", TOKEN, "{\"name\":\"" + name
                + "\",\"organisation\":\"ACME\",\"contactEmail\":\"dev@acme.example\"}");
        call("PUT", "/api/integrators/" + name + "/grants", TOKEN, "{\"topics\":[\"" + PUBLIC_TOPIC + "\"]}");
        call("POST", "/api/integrators/" + name + "/credentials/rotate", TOKEN, null);
        call("DELETE", "/api/integrators/" + name, TOKEN, null);
        call("POST", "/api/integrators/" + name + "/credentials/rotate", TestIssuer.shared().agentOf("223300013"), null);

        List<AuditTrail.RecordedAct> acts = audit.actsOn("integrator", name);

        assertThat(acts).extracting(AuditTrail.RecordedAct::action).containsExactly("integrator.registered",
                "integrator.topics.granted", "integrator.credentials.rotated", "integrator.revoked");
        assertThat(acts).allSatisfy(act -> {
            assertThat(act.actor().roles()).containsExactly("administrateur");
            assertThat(act.actor().siren()).isEqualTo("253700488");
        });
        assertThat(acts.get(1).details()).contains(PUBLIC_TOPIC);
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_event WHERE target_id = :id").param("id", name).update())
                .as("append-only").hasMessageContaining("append-only");
        List<String> published = jdbc.sql("SELECT payload::text FROM outbox WHERE type = 'platform.audit.recorded' "
                + "AND payload -> 'data' -> 'target' ->> 'id' = :id").param("id", name).query(String.class).list();
        assertThat(published).hasSize(4).allSatisfy(event -> assertThat(EventContracts.violations(event)).isEmpty());
        assertThat(String.join("", published)).doesNotContain("dev@acme.example");
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
    void only_an_administrator_is_answered() throws Exception {
        String intruder = "{\"name\":\"intruder\",\"organisation\":\"X\",\"contactEmail\":\"x@x.example\"}";
        HttpResponse<String> anonymous = call("GET", "/api/integrators", null, null);
        HttpResponse<String> wrong = call("POST", "/api/integrators", "Bearer not-a-token", intruder);
        HttpResponse<String> agent = call("POST", "/api/integrators", TestIssuer.shared().agentOf("223300013"), intruder);

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(anonymous.body()).path("title").asString()).isEqualTo("Connexion requise");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(wrong.body()).path("title").asString()).isEqualTo("Jeton refusé");
        assertThat(agent.statusCode()).isEqualTo(403);
        assertThat(call("GET", "/api/integrators/intruder", TOKEN, null).statusCode()).isEqualTo(404);
    }

    /** @param token the {@code Authorization} header, null for an anonymous call */
    private HttpResponse<String> call(String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", token);
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

    @Test
    void every_endpoint_is_in_the_authorization_matrix_and_each_caller_gets_what_it_says() {
        AuthorizationMatrix matrix = new AuthorizationMatrix("http://127.0.0.1:" + port, mappings, "223300013",
                "213502388")
                .pathValue("name", "matrice-" + RUN)
                .expect("GET /api/topics", PUBLIC)
                .expect("GET /api/integrators", ADMINISTRATORS)
                .expect("POST /api/integrators", ADMINISTRATORS)
                .body("POST /api/integrators", caller -> "{\"name\":\"matrice-" + RUN
                        + "\",\"organisation\":\"ACME\",\"contactEmail\":\"dev@acme.example\"}")
                .expect("GET /api/integrators/{name}", ADMINISTRATORS)
                .expect("PUT /api/integrators/{name}/grants", ADMINISTRATORS)
                .body("PUT /api/integrators/{name}/grants", caller -> "{\"topics\":[\"" + PUBLIC_TOPIC + "\"]}")
                .expect("POST /api/integrators/{name}/credentials/rotate", ADMINISTRATORS)
                .expect("DELETE /api/integrators/{name}", ADMINISTRATORS);

        assertThat(matrix.unlisted()).isEmpty();
        assertThat(matrix.violations()).isEmpty();
        matrix.forgedTokens("253700488").forEach((forgery, token) -> assertThat(
                matrix.call("GET /api/integrators", token, null)).as(forgery).isEqualTo(401));
    }
}
