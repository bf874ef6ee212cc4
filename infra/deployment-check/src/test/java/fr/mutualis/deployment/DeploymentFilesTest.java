package fr.mutualis.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The deployment files as they are in the repository: every check passes. */
class DeploymentFilesTest {

    private static final Path ROOT = Project.root();
    private static final KubernetesManifests MANIFESTS = new KubernetesManifests();
    /** The sign-in service is not on the chain of events and has no tracer (ADR 0027). */
    private static final Set<String> UNTRACED = Set.of("identity-service");

    @TestFactory
    Stream<DynamicTest> everyManifestFitsItsTypedModel() {
        List<Path> files = Project.yamlFiles(Project.kubernetes());
        assertThat(files).hasSizeGreaterThan(10);
        return files.stream().map(file -> DynamicTest.dynamicTest(ROOT.relativize(file).toString(),
                () -> assertThat(MANIFESTS.check(file)).isEmpty()));
    }

    @Test
    void kustomizationListsEveryManifestAndNothingElse() {
        JsonNode kustomization = Project.documents(Project.kubernetes().resolve("kustomization.yaml")).get(0);
        Set<String> listed = new TreeSet<>();
        kustomization.path("resources").forEach(resource -> listed.add(resource.asText()));
        Set<String> present = new TreeSet<>();
        for (Path file : Project.yamlFiles(Project.kubernetes())) {
            String relative = Project.kubernetes().relativize(file).toString();
            if (!relative.equals("kustomization.yaml")) {
                present.add(relative);
            }
        }
        assertThat(listed).isEqualTo(present);
    }

    @TestFactory
    Stream<DynamicTest> everyServiceHasItsWorkloadObjects() throws IOException {
        return services().stream().map(service -> DynamicTest.dynamicTest(service, () -> {
            Path file = Project.kubernetes().resolve("services").resolve(service + ".yaml");
            assertThat(file).exists();
            Set<String> kinds = new HashSet<>();
            for (JsonNode document : Project.documents(file)) {
                kinds.add(document.path("kind").asText());
                assertThat(document.path("metadata").path("name").asText()).isEqualTo(service);
                assertThat(document.path("metadata").path("namespace").asText()).isEqualTo("mutualis");
                if (document.path("kind").asText().equals("Deployment")) {
                    deployment(service, document.path("spec").path("template").path("spec"));
                }
                if (document.path("kind").asText().equals("NetworkPolicy")) {
                    if (!UNTRACED.contains(service)) {
                        assertThat(reaches(document.path("spec").path("egress"), "monitoring", 9411))
                                .as("egress to the trace collector").isTrue();
                    }
                    assertThat(reaches(document.path("spec").path("ingress"), "monitoring", scrapePort(file)))
                            .as("ingress from Prometheus").isTrue();
                }
            }
            assertThat(kinds).containsExactlyInAnyOrder("ServiceAccount", "Deployment", "Service",
                    "PodDisruptionBudget", "NetworkPolicy");
        }));
    }

    /** Whether one of {@code rules} (ingress or egress) opens {@code port} to or from the namespace {@code namespace}. */
    /** The port its pods tell Prometheus to scrape. */
    private static int scrapePort(Path file) throws IOException {
        for (JsonNode document : Project.documents(file)) {
            if (document.path("kind").asText().equals("Deployment")) {
                return document.path("spec").path("template").path("metadata").path("annotations")
                        .path("prometheus.io/port").asInt();
            }
        }
        throw new AssertionError("no Deployment in " + file);
    }

    private static boolean reaches(JsonNode rules, String namespace, int port) {
        for (JsonNode rule : rules) {
            boolean peer = false;
            for (JsonNode side : List.of(rule.path("to"), rule.path("from"))) {
                for (JsonNode selector : side) {
                    peer |= namespace.equals(selector.path("namespaceSelector").path("matchLabels")
                            .path("kubernetes.io/metadata.name").asText());
                }
            }
            boolean opened = false;
            for (JsonNode opening : rule.path("ports")) {
                opened |= opening.path("port").asInt() == port;
            }
            if (peer && opened) {
                return true;
            }
        }
        return false;
    }

    private static void deployment(String service, JsonNode pod) {
        assertThat(pod.path("securityContext").path("runAsNonRoot").asBoolean()).as("runAsNonRoot").isTrue();
        JsonNode container = pod.path("containers").get(0);
        assertThat(container.path("name").asText()).isEqualTo(service);
        assertThat(container.path("securityContext").path("readOnlyRootFilesystem").asBoolean()).isTrue();
        assertThat(container.path("securityContext").path("allowPrivilegeEscalation").asBoolean(true)).isFalse();
        assertThat(container.path("resources").path("requests").path("memory").asText()).isNotEmpty();
        assertThat(container.path("resources").path("limits").path("memory").asText()).isNotEmpty();
        assertThat(container.path("startupProbe").path("httpGet").path("path").asText()).isEqualTo("/actuator/health/liveness");
        assertThat(container.path("livenessProbe").path("httpGet").path("path").asText()).isEqualTo("/actuator/health/liveness");
        assertThat(container.path("readinessProbe").path("httpGet").path("path").asText()).isEqualTo("/actuator/health/readiness");
        int port = container.path("ports").get(0).path("containerPort").asInt();
        Integer declared = declaredPort(service);
        if (declared != null) {
            assertThat(port).as("port of services/%s/service.properties", service).isEqualTo(declared);
        }
        // Spans go to the trace collector, which its NetworkPolicy lets it reach (docs/runbooks/observability.md).
        if (!UNTRACED.contains(service)) {
            assertThat(container.path("env").findValuesAsText("name")).contains("MANAGEMENT_TRACING_EXPORT_ZIPKIN_ENDPOINT");
        }
        // Every secret comes by reference, none by value.
        for (JsonNode variable : container.path("env")) {
            String name = variable.path("name").asText();
            if (name.contains("PASSWORD") || name.contains("SECRET") || name.endsWith("_KEY")) {
                assertThat(variable.path("valueFrom").path("secretKeyRef").isObject()).as(name).isTrue();
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> everyVariableSetsAPropertyOfItsService() {
        ServiceEnvironment environment = new ServiceEnvironment(ROOT);
        List<Path> files = new ArrayList<>(Project.yamlFiles(Project.kubernetes().resolve("services")));
        files.add(ROOT.resolve("infra/compose/compose.yaml"));
        return files.stream().map(file -> DynamicTest.dynamicTest(ROOT.relativize(file).toString(),
                () -> assertThat(environment.unknown(file)).isEmpty()));
    }

    @Test
    void composeFileFollowsTheComposeSpecification() {
        assertThat(new ComposeSpecification().validate(ROOT.resolve("infra/compose/compose.yaml"))).isEmpty();
    }

    @Test
    void composeRunsThreeBrokersTwoConnectWorkersThreeElasticsearchNodesAndAReplica() {
        JsonNode services = Project.documents(ROOT.resolve("infra/compose/compose.yaml")).get(0).path("services");
        for (String name : List.of("kafka-1", "kafka-2", "kafka-3", "connect-1", "connect-2", "elasticsearch-1",
                "elasticsearch-2", "elasticsearch-3", "postgres", "postgres-replica")) {
            assertThat(services.has(name)).as(name).isTrue();
        }
        for (String service : services()) {
            assertThat(services.has(service)).as(service).isTrue();
        }
    }

    /** Every service: a folder of services/ with a pom (marches-service has no descriptor yet). */
    static List<String> services() {
        try (Stream<Path> folders = Files.list(ROOT.resolve("services"))) {
            return folders.filter(folder -> Files.exists(folder.resolve("pom.xml")))
                    .map(folder -> folder.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Properties descriptor(String service) {
        Path file = ROOT.resolve("services").resolve(service).resolve("service.properties");
        Properties properties = new Properties();
        if (Files.exists(file)) {
            try (var reader = Files.newBufferedReader(file)) {
                properties.load(reader);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return properties;
    }

    private static Integer declaredPort(String service) {
        String port = descriptor(service).getProperty("port");
        return port == null ? null : Integer.valueOf(port.trim());
    }
}
