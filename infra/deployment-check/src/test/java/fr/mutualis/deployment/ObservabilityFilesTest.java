package fr.mutualis.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboards and alert rules of {@code infra/observability} as they are in the repository: Grafana can import
 * each dashboard, and Prometheus' own checker accepts the alert rules and every query of the dashboards.
 */
class ObservabilityFilesTest {

    private static final Path ROOT = Project.root();

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> everyDashboardHasWhatGrafanaNeeds() {
        List<Path> files = Dashboards.files();
        assertThat(files).extracting(file -> file.getFileName().toString()).contains("plateforme.json", "evenements.json");
        return files.stream().map(file -> DynamicTest.dynamicTest(ROOT.relativize(file).toString(),
                () -> assertThat(Dashboards.check(Dashboards.read(file))).isEmpty()));
    }

    @Test
    void eachDashboardHasItsOwnUid() {
        Set<String> uids = new HashSet<>();
        for (Path file : Dashboards.files()) {
            assertThat(uids.add(Dashboards.read(file).path("uid").asText())).as("uid of " + file.getFileName()).isTrue();
        }
    }

    @Test
    void promtoolAcceptsEveryQueryOfTheDashboards() {
        Map<String, String> queries = new LinkedHashMap<>();
        for (Path file : Dashboards.files()) {
            JsonNode dashboard = Dashboards.read(file);
            queries.putAll(Dashboards.queries(dashboard));
        }
        assertThat(queries).hasSizeGreaterThan(20);
        assertThat(Promtool.checkRules(Dashboards.asRules(queries, temp.resolve("dashboards.rules.yml")))).isEmpty();
    }

    @Test
    void promtoolAcceptsTheAlertRules() {
        assertThat(Promtool.checkRules(ROOT.resolve("infra/observability/alerts/mutualis.rules.yml"))).isEmpty();
    }

    @Test
    void composesPrometheusScrapesEveryServiceAtItsPortAndPromtoolAcceptsIt() {
        Path file = ROOT.resolve("infra/compose/prometheus/prometheus.yml");
        String configuration = Project.read(file);
        for (String service : DeploymentFilesTest.services()) {
            String port = DeploymentFilesTest.descriptor(service).getProperty("port");
            assertThat(configuration).as(service).contains("- targets: [\"" + service + ":" + port + "\"]");
        }
        assertThat(Promtool.checkConfig(file)).isEmpty();
    }

    /**
     * Debian's Prometheus is built without Kubernetes discovery: its promtool checks the rest of the configuration
     * (relabelling, rule files, the other jobs) with each discovery replaced by a static target.
     */
    @Test
    void promtoolAcceptsThePrometheusConfigurationForKubernetes() throws IOException {
        String configuration = Project.read(ROOT.resolve("infra/observability/prometheus/kubernetes.yml"));
        String withoutDiscovery = configuration.replaceAll("(?m)^    kubernetes_sd_configs:\n(?:      .*\n)+",
                "    static_configs:\n      - targets: [\"kubernetes-pod:80\"]\n");
        assertThat(withoutDiscovery).doesNotContain("kubernetes_sd_configs");
        assertThat(configuration).contains("__meta_kubernetes_pod_annotation_prometheus_io_scrape");

        Path checked = Files.writeString(temp.resolve("kubernetes.yml"), withoutDiscovery);
        assertThat(Promtool.checkConfig(checked)).isEmpty();
    }

    @Test
    void grafanasVariablesBecomeWhatPrometheusReceives() throws Exception {
        JsonNode dashboard = Project.json().createObjectNode().put("uid", "mutualis-x").set("panels",
                Project.json().readTree("[{\"id\":3,\"targets\":[{\"refId\":\"A\",\"expr\":"
                        + "\"rate(x_total{application=~\\\"$application\\\"}[$__rate_interval]) + y{a=~\\\"${b:regex}\\\"}\"}]}]"));

        assertThat(Dashboards.queries(dashboard))
                .containsExactly(Map.entry("dashboard:mutualis_x:panel_3_A", "rate(x_total{application=~\".+\"}[5m]) + y{a=~\".+\"}"));
    }
}
