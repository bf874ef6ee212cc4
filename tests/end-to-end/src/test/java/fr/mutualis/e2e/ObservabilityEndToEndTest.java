package fr.mutualis.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import fr.mutualis.devstack.DemoAccounts;
import fr.mutualis.devstack.Profile;
import fr.mutualis.devstack.StackConfig;
import fr.mutualis.testing.stack.PlatformServices;
import fr.mutualis.testing.stack.PlatformTokens;
import fr.mutualis.testing.stack.RealStack;
import fr.mutualis.testing.stack.WithRealStack;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an operator observes of the running platform (issue 14): every service's {@code /actuator/prometheus} answers
 * without a token, tagged with the service's name, with the latency buckets of the routes called, its database pool,
 * its consumers' lag per partition and the platform's own counters; every metric an alert rule or a dashboard reads is
 * exposed by a service or by a named exporter; and the services' logs are JSON lines without the demo accounts' or a
 * record's contact's e-mail address.
 */
@WithRealStack
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ObservabilityEndToEndTest {

    private static final String RENNES = "213502388";
    /** The services with a Kafka listener, whose consumers report their lag. */
    private static final Set<String> CONSUMERS = Set.of("search-service", "webhook-service");
    /**
     * Metrics the rules and dashboards may read from outside the services: postgres_exporter's, elasticsearch_exporter's
     * (both started by the ops stack) and Prometheus's own {@code up}.
     */
    private static final List<String> EXTERNAL_PREFIXES = List.of("pg_", "elasticsearch_");
    private static final Set<String> PROMETHEUS_OWN = Set.of("up");
    private static final Duration PIPELINE = Duration.ofSeconds(60);
    /** Kafka client metrics are bound when they appear, checked every 60 s by Micrometer. */
    private static final Duration METRICS = Duration.ofSeconds(150);

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static PlatformServices services;
    private static PlatformClient platform;
    private static StackConfig config;
    private static HttpServer receiver;
    private static final AtomicInteger DELIVERIES = new AtomicInteger();
    /** A contact e-mail address the record below carries in its events: personal data the logs must not hold. */
    private static final String CONTACT_EMAIL = "observabilite." + UUID.randomUUID().toString().substring(0, 8)
            + "@example.fr";

    @BeforeAll
    static void aChangeGoesThroughThePlatform() throws Exception {
        platform = PlatformClient.startPlatform();
        services = RealStack.startServices();
        config = StackConfig.of(StackConfig.findProjectRoot(), Profile.TEST);
        subscribeAReceiver();

        String unique = "obs" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String id = platform.create(Map.of("title", "Tableau de bord des services " + unique,
                "summary", "Supervision mutualisée " + unique, "siren", RENNES, "axes", List.of("cloud"),
                "contact", Map.of("name", "Agent Observé", "email", CONTACT_EMAIL, "consent", true)))
                .path("id").asString();

        await().atMost(PIPELINE).untilAsserted(() -> assertThat(platform.hit(unique, id)).as("indexed").isNotNull());
        await().atMost(PIPELINE).until(() -> DELIVERIES.get() >= 2);
    }

    @AfterAll
    static void stopReceiver() {
        if (receiver != null) {
            receiver.stop(0);
        }
    }

    @Test
    @Order(1)
    void every_service_is_scraped_without_a_token_each_series_tagged_with_its_name() {
        services.urls().forEach((service, url) -> {
            Scrape scrape = scrape(service, url);
            assertThat(scrape.samples()).as(service + " publishes series").isNotEmpty();
            assertThat(scrape.samples()).as(service + ": every series has the application tag")
                    .allMatch(sample -> service.equals(sample.labels().get("application")));
        });
    }

    @Test
    @Order(2)
    void the_routes_pools_consumers_and_the_platforms_own_counters_are_measured() {
        await().atMost(METRICS).pollInterval(Duration.ofSeconds(5)).untilAsserted(() -> {
            Scrape experience = scrape("experience-service");
            assertThat(experience.find("http_server_requests_seconds_bucket", "uri", "/api/experiences"))
                    .as("latency buckets of the route called").isNotEmpty();
            assertThat(experience.sum("mutualis_outbox_events_written_total", "type", "experience.record.created"))
                    .as("outbox rows written").isGreaterThanOrEqualTo(1);

            for (String service : services.urls().keySet()) {
                Scrape scrape = scrape(service);
                if (config.service(service).database().isPresent()) {
                    assertThat(scrape.find("hikaricp_connections")).as(service + " JDBC pool").isNotEmpty();
                }
                if (CONSUMERS.contains(service)) {
                    assertThat(scrape.find("kafka_consumer_fetch_manager_records_lag"))
                            .as(service + " lag per partition")
                            .anySatisfy(lag -> assertThat(lag.labels()).containsKeys("topic", "partition"));
                    assertThat(scrape.find("mutualis_events_dead_lettered_total"))
                            .as(service + " dead letters, published before the first").isNotEmpty();
                }
            }

            Scrape search = scrape("search-service");
            assertThat(search.find("http_server_requests_seconds_bucket", "uri", "/api/search")).isNotEmpty();
            assertThat(search.sum("mutualis_search_indexing_seconds_count", "index", "experiences"))
                    .as("index writes timed").isGreaterThanOrEqualTo(1);
            assertThat(search.find("mutualis_search_indexing_batch_size_count", "index", "experiences")).isNotEmpty();
            assertThat(search.find("mutualis_elasticsearch_connections_max")).as("Elasticsearch pool").isNotEmpty();

            Scrape webhook = scrape("webhook-service");
            assertThat(webhook.sum("mutualis_webhook_deliveries_total", "outcome", "delivered"))
                    .as("deliveries to the receiver").isGreaterThanOrEqualTo(2);
            assertThat(webhook.find("mutualis_webhook_deliveries_total", "outcome", "dead"))
                    .as("every outcome published from the start").isNotEmpty();
        });
    }

    @Test
    @Order(3)
    void every_metric_an_alert_or_a_dashboard_reads_is_exposed_by_a_service_or_a_named_exporter() throws IOException {
        Map<String, Set<String>> wanted = wantedMetrics(config.projectRoot().resolve("infra/observability"));
        assertThat(wanted).as("the alert rules are read").containsKey("alerts/mutualis.rules.yml");

        await().atMost(METRICS).pollInterval(Duration.ofSeconds(5)).untilAsserted(() -> {
            Set<String> exposed = new TreeSet<>();
            services.urls().forEach((service, url) -> scrape(service, url).samples()
                    .forEach(sample -> exposed.add(sample.name())));
            Map<String, Set<String>> missing = new TreeMap<>();
            wanted.forEach((file, names) -> names.stream()
                    .filter(name -> !exposed.contains(name) && !PROMETHEUS_OWN.contains(name)
                            && EXTERNAL_PREFIXES.stream().noneMatch(name::startsWith))
                    .forEach(name -> missing.computeIfAbsent(file, f -> new TreeSet<>()).add(name)));
            assertThat(missing).as("metrics read by rules and dashboards that nothing exposes").isEmpty();
        });
    }

    @Test
    @Order(4)
    void the_services_log_json_lines_without_e_mail_addresses() throws IOException {
        List<String> forbidden = new ArrayList<>(DemoAccounts.of(config).stream()
                .map(DemoAccounts.DemoAccount::username).toList());
        assertThat(forbidden).as("demo accounts").isNotEmpty();
        forbidden.add(CONTACT_EMAIL);

        for (String service : services.urls().keySet()) {
            Path log = config.log(service);
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            assertThat(lines).as(log.toString()).isNotEmpty();
            for (String line : lines) {
                if (line.isBlank()) {
                    continue;
                }
                assertThat(isJsonObject(line)).as(log + " line is a JSON object: " + line).isTrue();
                assertThat(forbidden).as(log + " line holds no e-mail address: " + line).noneMatch(line::contains);
            }
        }
    }

    private static boolean isJsonObject(String line) {
        try {
            return JSON.readTree(line).isObject();
        } catch (JacksonException notJson) {
            return false;
        }
    }

    /** The metric names read by each rule file and dashboard under {@code root}, by file relative to it. */
    static Map<String, Set<String>> wantedMetrics(Path root) throws IOException {
        Map<String, Set<String>> wanted = new TreeMap<>();
        for (String folder : List.of("alerts", "dashboards")) {
            Path dir = root.resolve(folder);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.sorted().toList()) {
                    String name = file.getFileName().toString();
                    String text = Files.readString(file);
                    List<String> expressions = name.endsWith(".json") ? dashboardExpressions(JSON.readTree(text))
                            : name.endsWith(".yml") || name.endsWith(".yaml") ? ruleExpressions(text) : List.of();
                    Set<String> names = new TreeSet<>();
                    expressions.forEach(expression -> names.addAll(metricNames(expression)));
                    wanted.put(folder + "/" + name, names);
                }
            }
        }
        return wanted;
    }

    private static final Pattern EXPR = Pattern.compile("^(\\s*)(?:- )?expr:\\s*(.*)$");

    /** The {@code expr} of each Prometheus rule, single-line or a block scalar. */
    static List<String> ruleExpressions(String yaml) {
        List<String> lines = yaml.lines().toList();
        List<String> expressions = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher expr = EXPR.matcher(lines.get(i));
            if (!expr.matches()) {
                continue;
            }
            String value = expr.group(2).trim();
            if (value.startsWith("|") || value.startsWith(">")) {
                int indent = expr.group(1).length();
                StringBuilder block = new StringBuilder();
                while (i + 1 < lines.size() && (lines.get(i + 1).isBlank()
                        || lines.get(i + 1).length() - lines.get(i + 1).stripLeading().length() > indent)) {
                    block.append(lines.get(++i)).append('\n');
                }
                expressions.add(block.toString());
            } else {
                expressions.add(value.replaceAll("^[\"']|[\"']$", ""));
            }
        }
        return expressions;
    }

    /** Every {@code expr} of a Grafana dashboard (its panels' targets), wherever it is nested. */
    static List<String> dashboardExpressions(JsonNode dashboard) {
        List<String> expressions = new ArrayList<>();
        collect(dashboard, expressions);
        return expressions;
    }

    private static void collect(JsonNode node, List<String> expressions) {
        if (node.isObject()) {
            node.properties().forEach(field -> {
                if (field.getKey().equals("expr") && field.getValue().isString()) {
                    expressions.add(field.getValue().asString());
                } else {
                    collect(field.getValue(), expressions);
                }
            });
        } else if (node.isArray()) {
            node.forEach(element -> collect(element, expressions));
        }
    }

    private static final Set<String> PROMQL_WORDS = Set.of("sum", "min", "max", "avg", "count", "stddev", "stdvar",
            "topk", "bottomk", "quantile", "count_values", "group", "and", "or", "unless", "bool", "offset", "by",
            "without", "on", "ignoring", "group_left", "group_right", "inf", "nan");
    /** A name that is not a function call nor part of another token (a Grafana variable, a number, a label). */
    private static final Pattern NAME = Pattern.compile("(?<![\\w$:.])([a-zA-Z_:][a-zA-Z0-9_:]*+)(?!\\s*\\()");

    /** The metric names of a PromQL expression: strings, label matchers, ranges and label lists left out. */
    static Set<String> metricNames(String expression) {
        String bare = expression.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"")
                .replaceAll("\\{[^}]*}", " ")
                .replaceAll("\\[[^\\]]*]", " ")
                .replaceAll("\\b(?:by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " ");
        Set<String> names = new TreeSet<>();
        Matcher name = NAME.matcher(bare);
        while (name.find()) {
            if (!PROMQL_WORDS.contains(name.group(1).toLowerCase())) {
                names.add(name.group(1));
            }
        }
        return names;
    }

    @Test
    void the_metric_names_of_an_expression_are_told_from_its_functions_labels_and_variables() {
        assertThat(metricNames("""
                histogram_quantile(0.99, sum by (le, uri) (rate(http_server_requests_seconds_bucket{application="$app",
                uri!~"/actuator.*"}[$__rate_interval]))) > 1e3
                and on (application) label_replace(up, "x", "$1", "application", "(.*)")
                unless sum without (partition) (kafka_consumer_fetch_manager_records_lag) offset 5m
                """)).containsExactly("http_server_requests_seconds_bucket", "kafka_consumer_fetch_manager_records_lag",
                "up");
        assertThat(ruleExpressions("""
                      - alert: A
                        expr: |
                          sum (rate(a_total[5m]))
                          /
                          sum (rate(b_total[5m]))
                        for: 5m
                      - alert: B
                        expr: max by (name) (c_bytes) > 0
                """)).map(ObservabilityEndToEndTest::metricNames)
                .containsExactly(Set.of("a_total", "b_total"), Set.of("c_bytes"));
    }

    /** One sample of a scrape: {@code name{labels} value}. */
    record Sample(String name, Map<String, String> labels, double value) {
    }

    record Scrape(List<Sample> samples) {

        List<Sample> find(String name, String... labelAndValue) {
            return samples.stream().filter(sample -> sample.name().equals(name)).filter(sample -> {
                for (int i = 0; i < labelAndValue.length; i += 2) {
                    if (!labelAndValue[i + 1].equals(sample.labels().get(labelAndValue[i]))) {
                        return false;
                    }
                }
                return true;
            }).toList();
        }

        double sum(String name, String... labelAndValue) {
            return find(name, labelAndValue).stream().mapToDouble(Sample::value).sum();
        }
    }

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})?\\s+(\\S+)(?:\\s+\\d+)?$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    private static Scrape scrape(String service) {
        return scrape(service, services.url(service));
    }

    /** {@code GET /actuator/prometheus} without a token, in Prometheus's text format. */
    private static Scrape scrape(String service, String url) {
        HttpResponse<String> response;
        try {
            response = HTTP.send(HttpRequest.newBuilder(URI.create(url + "/actuator/prometheus"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(service + " cannot be scraped: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        assertThat(response.statusCode()).as(service + " /actuator/prometheus").isEqualTo(200);
        List<Sample> samples = new ArrayList<>();
        response.body().lines().filter(line -> !line.isBlank() && !line.startsWith("#")).forEach(line -> {
            Matcher sample = SAMPLE.matcher(line);
            assertThat(sample.matches()).as(service + " sample line: " + line).isTrue();
            Map<String, String> labels = new HashMap<>();
            if (sample.group(2) != null) {
                Matcher label = LABEL.matcher(sample.group(2));
                while (label.find()) {
                    labels.put(label.group(1), label.group(2));
                }
            }
            samples.add(new Sample(sample.group(1), labels, Double.parseDouble(sample.group(3)
                    .replace("+Inf", "Infinity").replace("-Inf", "-Infinity"))));
        });
        return new Scrape(samples);
    }

    /** A receiver on loopback subscribed to the records' topic, as an integrator's HTTPS endpoint would be. */
    private static void subscribeAReceiver() throws Exception {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            exchange.getRequestBody().readAllBytes();
            DELIVERIES.incrementAndGet();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        String body = JSON.writeValueAsString(Map.of("integrator", "Recette de la supervision",
                "url", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook",
                "topics", List.of("mutualis.experience.events")));
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                        URI.create(services.url("webhook-service") + "/api/webhooks/subscriptions"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + PlatformTokens.adminAutomation())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }
}
