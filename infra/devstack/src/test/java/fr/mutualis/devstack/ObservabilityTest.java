package fr.mutualis.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The observability option's components as the launcher configures them, without starting any. */
class ObservabilityTest {

    private static final Path PROJECT = StackConfig.findProjectRoot();

    @TempDir
    Path home;

    private StackConfig config(Profile profile, Map<String, String> environment) {
        Map<String, String> all = new HashMap<>(environment);
        all.put("MUTUALIS_HOME", home.toString());
        return StackConfig.of(PROJECT, profile, all::get);
    }

    /** Both exporters "installed" wherever this runs: an executable placeholder each. */
    private Map<String, String> bothExporters() throws IOException {
        Path exporter = Files.createFile(home.resolve("exporter"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        return Map.of("MUTUALIS_POSTGRES_EXPORTER", exporter.toString(), "MUTUALIS_ELASTICSEARCH_EXPORTER", exporter.toString());
    }

    @Test
    void each_component_has_its_port_per_profile_away_from_the_usual_ones() {
        StackConfig dev = config(Profile.DEV, Map.of());
        StackConfig test = config(Profile.TEST, Map.of());

        assertThat(List.of(dev.port(Port.ZIPKIN), dev.port(Port.PROMETHEUS), dev.port(Port.POSTGRES_EXPORTER),
                dev.port(Port.ELASTICSEARCH_EXPORTER))).containsExactly(19411, 19090, 19187, 19114);
        assertThat(List.of(test.port(Port.ZIPKIN), test.port(Port.PROMETHEUS), test.port(Port.POSTGRES_EXPORTER),
                test.port(Port.ELASTICSEARCH_EXPORTER))).containsExactly(29411, 29090, 29187, 29114);
        assertThat(config(Profile.DEV, Map.of("MUTUALIS_PORT_PROMETHEUS", "24990")).prometheusUrl())
                .isEqualTo("http://127.0.0.1:24990");
    }

    @Test
    void with_the_option_the_services_send_their_spans_to_the_stacks_zipkin_unless_an_endpoint_is_set() {
        StackConfig plain = config(Profile.DEV, Map.of());
        assertThat(plain.observability()).isFalse();
        assertThat(plain.tracesEndpoint()).isEmpty();

        StackConfig observed = plain.withObservability();
        assertThat(observed.tracesEndpoint()).contains("http://127.0.0.1:19411/api/v2/spans");
        ServiceComponent search = Services.all(observed, UnprivilegedUser.detect()).stream()
                .filter(service -> service.name().equals("search-service")).findFirst().orElseThrow();
        assertThat(search.environment())
                .containsEntry("MANAGEMENT_TRACING_EXPORT_ZIPKIN_ENDPOINT", "http://127.0.0.1:19411/api/v2/spans");

        StackConfig elsewhere = config(Profile.DEV, Map.of("MUTUALIS_TRACES_ENDPOINT", "http://tempo.example.fr:9411/api/v2/spans"))
                .withObservability();
        assertThat(elsewhere.tracesEndpoint()).contains("http://tempo.example.fr:9411/api/v2/spans");
    }

    @Test
    void prometheus_scrapes_every_service_at_its_port_and_the_installed_exporters_and_loads_the_alert_rules()
            throws IOException {
        StackConfig config = config(Profile.TEST, bothExporters()).withObservability();
        Stack stack = Stack.of(config, new PrintStream(OutputStream.nullOutputStream()));
        PrometheusComponent prometheus = (PrometheusComponent) stack.component("prometheus");

        String yaml = prometheus.configurationText();

        assertThat(yaml).contains("rule_files:\n  - \"" + PROJECT.resolve("infra/observability/alerts") + "/*.yml\"\n",
                "  - job_name: mutualis\n    metrics_path: /actuator/prometheus\n");
        for (ServiceDescriptor service : config.services()) {
            assertThat(yaml).contains("      - targets: [\"127.0.0.1:" + config.port(service) + "\"]\n        labels:\n"
                    + "          service: \"" + service.name() + "\"\n");
        }
        assertThat(yaml).contains("  - job_name: postgres\n    static_configs:\n      - targets: [\"127.0.0.1:29187\"]\n",
                "  - job_name: elasticsearch\n    static_configs:\n      - targets: [\"127.0.0.1:29114\"]\n");
        assertThat(config.services()).extracting(ServiceDescriptor::name).contains("search-service", "marches-service");
    }

    @Test
    void without_an_exporter_prometheus_does_not_scrape_it_and_up_says_how_to_install_it() {
        SystemBinary absent = new SystemBinary("postgres-exporter", "/nonexistent/prometheus-postgres-exporter",
                "MUTUALIS_POSTGRES_EXPORTER", "prometheus-postgres-exporter");

        assertThat(absent.find(name -> null)).isEmpty();
        assertThat(absent.absence("pas de métriques PostgreSQL / no PostgreSQL metrics"))
                .startsWith("  – postgres-exporter absent : pas de métriques PostgreSQL")
                .contains("apt-get install prometheus-postgres-exporter", "MUTUALIS_POSTGRES_EXPORTER=");

        StackConfig config = config(Profile.TEST, Map.of()).withObservability();
        ExporterComponent missing = new ElasticsearchExporterComponent(config, UnprivilegedUser.detect(),
                new SystemBinary("elasticsearch-exporter", "/nonexistent/prometheus-elasticsearch-exporter",
                        "MUTUALIS_ELASTICSEARCH_EXPORTER", "prometheus-elasticsearch-exporter"));
        assertThat(missing.installed()).isFalse();
        assertThat(new PrometheusComponent(config, UnprivilegedUser.detect(), List.of(missing)).configurationText())
                .doesNotContain("job_name: elasticsearch");
    }

    @Test
    void a_missing_prometheus_names_the_package_to_install() {
        StackConfig config = config(Profile.TEST, Map.of("MUTUALIS_PROMETHEUS", home.resolve("no-prometheus").toString()));

        assertThatThrownBy(() -> PrometheusComponent.BINARY.require(config.environment()))
                .isInstanceOfSatisfying(StackException.class, failure -> assertThat(failure.describe())
                        .startsWith("mutualis: ÉCHEC / FAILED [prometheus]")
                        .contains("apt-get install prometheus", "MUTUALIS_PROMETHEUS=")
                        .doesNotContain("\n"));
    }

    @Test
    void every_component_listens_on_loopback_and_the_exporter_signs_in_with_the_monitoring_role() throws IOException {
        StackConfig config = config(Profile.TEST, bothExporters()).withObservability();
        UnprivilegedUser user = UnprivilegedUser.detect();

        assertThat(new ZipkinComponent(config, user).command())
                .contains("--armeria.ports[0].ip=127.0.0.1", "--armeria.ports[0].port=29411");
        assertThat(new PostgresExporterComponent(config, user).command()).contains("--web.listen-address=127.0.0.1:29187");
        assertThat(new ElasticsearchExporterComponent(config, user).command())
                .contains("--web.listen-address=127.0.0.1:29114", "--es.uri=http://127.0.0.1:29200");

        PostgresExporterComponent postgres = new PostgresExporterComponent(config, user);
        assertThat(postgres.dataSourceName()).startsWith("postgresql://mutualis_monitoring:")
                .endsWith("@127.0.0.1:25432/postgres?sslmode=disable")
                .doesNotContain(DevSecrets.of(config).superuserPassword());
        assertThat(postgres.command()).noneMatch(argument -> argument.contains("mutualis_monitoring"));
        assertThat(postgres.environment()).containsOnlyKeys("DATA_SOURCE_NAME");
    }

    @Test
    void down_stops_them_after_the_services_and_before_the_engines_and_logs_name_them() {
        Stack stack = Stack.of(config(Profile.TEST, Map.of()), new PrintStream(OutputStream.nullOutputStream()));

        assertThat(stack.observability()).extracting(Component::name)
                .containsExactly("zipkin", "postgres-exporter", "elasticsearch-exporter", "prometheus");
        assertThat(stack.component("zipkin").log()).isEqualTo(stack.config().log("zipkin"));
        assertThat(stack.component("prometheus").port()).isEqualTo(29090);
    }

    /**
     * Prometheus' own checker (Debian's {@code prometheus} package, which CI installs) accepts the generated
     * configuration, and with it the alert rules it loads.
     */
    @Test
    void promtool_accepts_the_generated_configuration_and_the_rules_it_loads() throws Exception {
        StackConfig config = config(Profile.DEV, bothExporters()).withObservability();
        PrometheusComponent prometheus = new PrometheusComponent(config, UnprivilegedUser.detect(),
                List.of(new PostgresExporterComponent(config, UnprivilegedUser.detect())));
        Path file = home.resolve("prometheus.yml");
        Files.writeString(file, prometheus.configurationText(), StandardCharsets.UTF_8);

        Process promtool = new ProcessBuilder(Promtool.command(), "check", "config", file.toString())
                .redirectErrorStream(true).start();
        assertThat(promtool.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = new String(promtool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(promtool.exitValue()).as(output).isZero();
        assertThat(output).contains("SUCCESS", "mutualis.rules.yml");
    }
}
