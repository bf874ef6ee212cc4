package fr.mutualis.service.referential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The client as the auto-configuration builds it, against a small HTTP server standing in for referential-service on
 * 127.0.0.1.
 */
class ReferentialClientTest {

    private static final String GIRONDE = """
            {"siren": "223300013", "kind": "departement", "name": "Gironde", "inseeCode": "33",
             "departement": {"code": "33", "name": "Gironde"}, "region": {"code": "75", "name": "Nouvelle-Aquitaine"},
             "population": 1654970, "populationBand": {"code": "tercile-3", "label": "Départements les plus peuplés"},
             "removed": false, "member": {"adhesionDate": "2024-01-01", "services": ["dpo"]}, "addedLater": 1}""";

    private final ApplicationContextRunner contexts = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ReferentialClientAutoConfiguration.class));

    private final Map<String, Answer> collectivites = new ConcurrentHashMap<>();
    private final Deque<Answer> readiness = new ArrayDeque<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private HttpServer referential;

    private record Answer(int status, String body, Duration delay, String type) {

        static Answer of(int status, String body) {
            return new Answer(status, body, Duration.ZERO, "application/json");
        }

        Answer delayed(Duration by) {
            return new Answer(status, body, by, type);
        }

        Answer untyped() {
            return new Answer(status, body, delay, null);
        }
    }

    @BeforeEach
    void startTheReferential() throws IOException {
        referential = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        referential.createContext("/api/collectivites/", exchange -> {
            String siren = exchange.getRequestURI().getPath().substring("/api/collectivites/".length());
            answer(exchange, collectivites.getOrDefault(siren, Answer.of(404, "{\"title\": \"Collectivité inconnue\"}")));
        });
        referential.createContext("/actuator/health/readiness", exchange -> {
            Answer next;
            synchronized (readiness) {
                next = readiness.size() > 1 ? readiness.poll() : readiness.peek();
            }
            answer(exchange, next == null ? Answer.of(404, "") : next);
        });
        referential.start();
    }

    @AfterEach
    void stopTheReferential() {
        referential.stop(0);
    }

    private void answer(HttpExchange exchange, Answer answer) throws IOException {
        requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
                + exchange.getRequestHeaders().getFirst("Accept"));
        try {
            Thread.sleep(answer.delay().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
        if (answer.type() != null) {
            exchange.getResponseHeaders().set("Content-Type", answer.type());
        }
        exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
        exchange.close();
    }

    private void withClient(Consumer<ReferentialClient> test, String... properties) {
        contexts.withPropertyValues("mutualis.referential.url=http://127.0.0.1:" + referential.getAddress().getPort())
                .withPropertyValues(properties)
                .run(context -> test.accept(context.getBean(ReferentialClient.class)));
    }

    @Test
    void a_known_siren_is_read_with_what_consumers_need_and_the_other_fields_ignored() {
        collectivites.put("223300013", Answer.of(200, GIRONDE));

        withClient(client -> assertThat(client.collectivite("223300013")).contains(new CollectiviteDescriptor(
                "223300013", "departement", "Gironde", "33",
                new CollectiviteDescriptor.Territory("33", "Gironde"),
                new CollectiviteDescriptor.Territory("75", "Nouvelle-Aquitaine"), 1_654_970L,
                new CollectiviteDescriptor.PopulationBand("tercile-3", "Départements les plus peuplés"))));
        assertThat(requests).containsExactly("GET /api/collectivites/223300013 application/json");
    }

    @Test
    void an_answer_without_a_content_type_is_read_as_json() {
        collectivites.put("223300013", Answer.of(200, GIRONDE).untyped());

        withClient(client -> assertThat(client.collectivite("223300013")).hasValueSatisfying(gironde ->
                assertThat(gironde.populationBand().code()).isEqualTo("tercile-3")));
    }

    @Test
    void absent_optional_fields_stay_absent() {
        collectivites.put("200000172", Answer.of(200, """
                {"siren": "200000172", "kind": "syndicat", "name": "Syndicat mixte",
                 "populationBand": {"code": "sans-objet", "label": "Sans objet"}}"""));

        withClient(client -> assertThat(client.collectivite("200000172")).hasValueSatisfying(syndicat -> {
            assertThat(syndicat.inseeCode()).isNull();
            assertThat(syndicat.region()).isNull();
            assertThat(syndicat.population()).isNull();
        }));
    }

    @Test
    void an_unknown_siren_is_empty() {
        withClient(client -> assertThat(client.collectivite("356000000")).isEmpty());
    }

    @Test
    void an_error_status_other_than_404_is_unavailable() {
        collectivites.put("223300013", Answer.of(500, "{\"title\": \"Erreur interne\"}"));
        collectivites.put("22330001X", Answer.of(400, "{\"title\": \"Requête invalide\"}"));

        withClient(client -> {
            assertThatThrownBy(() -> client.collectivite("223300013"))
                    .isInstanceOf(ReferentialUnavailableException.class).hasMessageContaining("500");
            assertThatThrownBy(() -> client.collectivite("22330001X"))
                    .isInstanceOf(ReferentialUnavailableException.class).hasMessageContaining("400");
        });
    }

    @Test
    void an_answer_that_is_not_a_descriptor_is_unavailable() {
        collectivites.put("223300013", Answer.of(200, "{\"kind\": \"departement\"}"));
        collectivites.put("219400025", Answer.of(200, "<html>proxy</html>"));

        withClient(client -> {
            assertThatThrownBy(() -> client.collectivite("223300013"))
                    .isInstanceOf(ReferentialUnavailableException.class);
            assertThatThrownBy(() -> client.collectivite("219400025"))
                    .isInstanceOf(ReferentialUnavailableException.class);
        });
    }

    @Test
    void a_closed_port_is_unavailable() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }

        contexts.withPropertyValues("mutualis.referential.url=http://127.0.0.1:" + closed)
                .run(context -> assertThatThrownBy(() -> context.getBean(ReferentialClient.class).collectivite("223300013"))
                        .isInstanceOf(ReferentialUnavailableException.class)
                        .hasMessageContaining("/api/collectivites/{siren}").hasMessageContaining("223300013"));
    }

    @Test
    void an_answer_later_than_the_read_timeout_is_unavailable() {
        collectivites.put("223300013", Answer.of(200, GIRONDE).delayed(Duration.ofSeconds(1)));

        withClient(client -> assertThatThrownBy(() -> client.collectivite("223300013"))
                .isInstanceOf(ReferentialUnavailableException.class), "mutualis.referential.read-timeout=200ms");
    }

    @Test
    void a_known_collectivite_is_asked_once_while_its_description_is_kept() {
        collectivites.put("223300013", Answer.of(200, GIRONDE));

        withClient(client -> {
            CollectiviteDescriptor first = client.collectivite("223300013").orElseThrow();
            collectivites.put("223300013", Answer.of(200, GIRONDE.replace("1654970", "1700000")));
            assertThat(client.collectivite("223300013")).contains(first);
        });
        assertThat(requests).hasSize(1);
    }

    @Test
    void a_kept_description_is_asked_again_once_its_time_is_over() {
        collectivites.put("223300013", Answer.of(200, GIRONDE));

        withClient(client -> {
            client.collectivite("223300013");
            collectivites.put("223300013", Answer.of(200, GIRONDE.replace("1654970", "1700000")));
            sleep(Duration.ofMillis(300));
            assertThat(client.collectivite("223300013")).hasValueSatisfying(gironde ->
                    assertThat(gironde.population()).isEqualTo(1_700_000L));
        }, "mutualis.referential.cache-ttl=100ms");
        assertThat(requests).hasSize(2);
    }

    @Test
    void a_siren_the_referential_does_not_know_is_asked_again_so_that_a_new_registration_is_found_at_once() {
        withClient(client -> {
            assertThat(client.collectivite("223300013")).isEmpty();
            collectivites.put("223300013", Answer.of(200, GIRONDE));
            assertThat(client.collectivite("223300013")).isPresent();
        });
        assertThat(requests).hasSize(2);
    }

    @Test
    void a_failure_is_not_kept() {
        collectivites.put("223300013", Answer.of(503, "{\"title\": \"Indisponible\"}"));

        withClient(client -> {
            assertThatThrownBy(() -> client.collectivite("223300013"))
                    .isInstanceOf(ReferentialUnavailableException.class);
            collectivites.put("223300013", Answer.of(200, GIRONDE));
            assertThat(client.collectivite("223300013")).isPresent();
        });
    }

    @Test
    void a_zero_time_to_live_keeps_nothing() {
        collectivites.put("223300013", Answer.of(200, GIRONDE));

        withClient(client -> {
            client.collectivite("223300013");
            client.collectivite("223300013");
        }, "mutualis.referential.cache-ttl=0s");
        assertThat(requests).hasSize(2);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void waiting_for_the_referential_ends_when_its_readiness_is_up() {
        readiness.add(Answer.of(503, "{\"status\": \"OUT_OF_SERVICE\"}"));
        readiness.add(Answer.of(200, "{\"status\": \"UP\"}"));

        withClient(client -> client.awaitReady(Duration.ofSeconds(10)));
        assertThat(requests).hasSize(2).allMatch(request -> request.startsWith("GET /actuator/health/readiness"));
    }

    @Test
    void a_referential_still_not_ready_after_the_timeout_is_unavailable() {
        readiness.add(Answer.of(503, "{\"status\": \"OUT_OF_SERVICE\"}"));

        withClient(client -> assertThatThrownBy(() -> client.awaitReady(Duration.ZERO))
                .isInstanceOf(ReferentialUnavailableException.class).hasMessageContaining("not ready"));
    }

    @Test
    void a_service_without_the_referential_address_has_no_client() {
        contexts.run(context -> assertThat(context).doesNotHaveBean(ReferentialClient.class));
    }
}
