package fr.mutualis.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each check fails on a broken copy of a real file: the checks can see what they claim to. */
class BrokenFilesTest {

    private static final Path ROOT = Project.root();
    private final KubernetesManifests manifests = new KubernetesManifests();

    @TempDir
    Path temp;

    private Path broken(String source, String from, String to) throws IOException {
        String text = Files.readString(ROOT.resolve(source));
        assertThat(text).as("fixture anchor in " + source).contains(from);
        Path copy = temp.resolve(Path.of(source).getFileName());
        Files.writeString(copy, text.replaceFirst(java.util.regex.Pattern.quote(from),
                java.util.regex.Matcher.quoteReplacement(to)));
        return copy;
    }

    @Test
    void unknownFieldInADeployment() throws IOException {
        Path file = broken("infra/kubernetes/services/search-service.yaml", "  revisionHistoryLimit: 3\n",
                "  revisionHistoryLimit: 3\n  replicaz: 4\n");
        assertThat(manifests.check(file)).anyMatch(problem -> problem.contains("replicaz"));
    }

    @Test
    void unknownFieldInAContainer() throws IOException {
        Path file = broken("infra/kubernetes/services/search-service.yaml", "          imagePullPolicy: IfNotPresent\n",
                "          imagePullPolicy: IfNotPresent\n          readinessProbes: {}\n");
        assertThat(manifests.check(file)).anyMatch(problem -> problem.contains("readinessProbes"));
    }

    @Test
    void wrongTypeInADeployment() throws IOException {
        Path file = broken("infra/kubernetes/services/search-service.yaml", "  replicas: 2\n", "  replicas: two\n");
        assertThat(manifests.check(file)).isNotEmpty();
        Path quoted = broken("infra/kubernetes/services/search-service.yaml", "  replicas: 2\n", "  replicas: \"2\"\n");
        assertThat(manifests.check(quoted)).isNotEmpty();
    }

    @Test
    void unknownKind() throws IOException {
        Path file = broken("infra/kubernetes/services/default-deny.yaml", "kind: NetworkPolicy", "kind: NetworkPolizy");
        assertThat(manifests.check(file)).isNotEmpty();
    }

    @Test
    void unknownFieldInAStrimziResource() throws IOException {
        Path file = broken("infra/kubernetes/data/kafka.yaml", "    authorization:\n      type: simple\n",
                "    authorization:\n      type: simple\n      superUser: []\n");
        assertThat(manifests.check(file)).anyMatch(problem -> problem.contains("superUser"));
    }

    @Test
    void wrongTypeInAStrimziResource() throws IOException {
        Path file = broken("infra/kubernetes/data/kafka-topics.yaml", "  partitions: 12\n", "  partitions: twelve\n");
        assertThat(manifests.check(file)).isNotEmpty();
    }

    @Test
    void unknownFieldInACloudNativePgCluster() throws IOException {
        Path file = broken("infra/kubernetes/data/postgres-cluster.yaml", "  instances: 3\n", "  instances: 3\n  replicas: 3\n");
        assertThat(manifests.check(file)).anyMatch(problem -> problem.contains("unknown field spec.replicas"));
        Path nested = broken("infra/kubernetes/data/postgres-cluster.yaml", "          name: identity-db-role\n",
                "          name: identity-db-role\n          key: password\n");
        assertThat(manifests.check(nested)).anyMatch(problem -> problem.contains("spec.managed.roles[0].passwordSecret.key"));
    }

    @Test
    void wrongTypeInACloudNativePgCluster() throws IOException {
        Path file = broken("infra/kubernetes/data/postgres-cluster.yaml", "  instances: 3\n", "  instances: three\n");
        assertThat(manifests.check(file)).anyMatch(problem -> problem.contains("spec.instances: integer expected"));
        // The operator takes PostgreSQL settings as strings only.
        Path parameter = broken("infra/kubernetes/data/postgres-cluster.yaml", "max_connections: \"300\"", "max_connections: 300");
        assertThat(manifests.check(parameter))
                .anyMatch(problem -> problem.contains("spec.postgresql.parameters.max_connections: string expected"));
        Path value = broken("infra/kubernetes/data/postgres-cluster.yaml", "      method: any\n", "      method: all\n");
        assertThat(manifests.check(value)).anyMatch(problem -> problem.contains("spec.postgresql.synchronous.method"));
    }

    @Test
    void missingRequiredFieldInACloudNativePgDatabase() throws IOException {
        Path file = broken("infra/kubernetes/data/postgres-databases.yaml", "  owner: identity_service\n", "");
        assertThat(manifests.check(file)).containsExactly("postgres-databases.yaml #1: spec.owner: required");
    }

    @Test
    void unknownKindOfAnOperator() throws IOException {
        Path file = broken("infra/kubernetes/data/postgres-databases.yaml", "kind: Database", "kind: Databases");
        assertThat(manifests.check(file)).anyMatch(problem -> problem.contains("no description of postgresql.cnpg.io/v1 Databases"));
    }

    @Test
    void unknownFieldInAnElasticsearch() throws IOException {
        Path file = broken("infra/kubernetes/data/elasticsearch.yaml", "      count: 3\n", "      count: 3\n      nodes: 3\n");
        assertThat(manifests.check(file)).anyMatch(problem -> problem.contains("unknown field spec.nodeSets[0].nodes"));
        // The pod template is read into fabric8's PodTemplateSpec.
        Path template = broken("infra/kubernetes/data/elasticsearch.yaml", "                limits:\n",
                "                limit:\n");
        assertThat(manifests.check(template)).anyMatch(problem -> problem.contains("limit"));
    }

    @Test
    void wrongTypeInAnElasticsearch() throws IOException {
        Path file = broken("infra/kubernetes/data/elasticsearch.yaml", "      count: 3\n", "      count: \"3\"\n");
        assertThat(manifests.check(file)).anyMatch(problem -> problem.contains("spec.nodeSets[0].count: integer expected"));
        Path tls = broken("infra/kubernetes/data/elasticsearch.yaml", "        disabled: true\n", "        disabled: \"true\"\n");
        assertThat(manifests.check(tls)).anyMatch(problem -> problem.contains("spec.http.tls.selfSignedCertificate.disabled"));
    }

    @Test
    void unknownFieldInTheMetadataOfAnOperatorResource() throws IOException {
        Path file = broken("infra/kubernetes/data/elasticsearch.yaml", "  name: mutualis\n", "  name: mutualis\n  labelz: {}\n");
        assertThat(manifests.check(file)).anyMatch(problem -> problem.contains("labelz"));
    }

    @Test
    void composeFileWithAnUnknownServiceKey() throws IOException {
        Path file = broken("infra/compose/compose.yaml", "    hostname: kafka-1\n", "    hostname: kafka-1\n    hostnames: kafka-1\n");
        assertThat(new ComposeSpecification().validate(file)).isNotEmpty();
    }

    @Test
    void composeFileWithAWrongType() throws IOException {
        Path file = broken("infra/compose/compose.yaml", "      retries: 12\n", "      retries: [12]\n");
        assertThat(new ComposeSpecification().validate(file)).isNotEmpty();
    }

    @Test
    void environmentVariableThatSetsNoProperty() throws IOException {
        Path file = broken("infra/kubernetes/services/search-service.yaml", "            - name: MUTUALIS_SEARCH_ELASTICSEARCH_URL\n",
                "            - name: MUTUALIS_SEARCH_ELASTICSERCH_URL\n");
        assertThat(new ServiceEnvironment(ROOT).unknown(file))
                .containsExactly("search-service: MUTUALIS_SEARCH_ELASTICSERCH_URL sets no property of the service");
    }

    @Test
    void environmentVariableOfAnotherService() throws IOException {
        // The webhook's secrets key means nothing to search-service.
        Path file = broken("infra/kubernetes/services/search-service.yaml", "            - name: MUTUALIS_SEARCH_ELASTICSEARCH_URL\n",
                "            - name: MUTUALIS_WEBHOOK_DELIVERY_MAX_ATTEMPTS\n              value: \"3\"\n            - name: MUTUALIS_SEARCH_ELASTICSEARCH_URL\n");
        assertThat(new ServiceEnvironment(ROOT).unknown(file)).anyMatch(p -> p.contains("MUTUALIS_WEBHOOK_DELIVERY_MAX_ATTEMPTS"));
    }

    @Test
    void dashboardWithoutUid() throws IOException {
        Path file = broken("infra/observability/dashboards/plateforme.json", "  \"uid\": \"mutualis-plateforme\",\n", "");
        assertThat(Dashboards.check(Dashboards.read(file))).contains("uid is required");
    }

    @Test
    void dashboardPanelWithoutQueries() throws IOException {
        Path file = broken("infra/observability/dashboards/evenements.json", "\"targets\": [", "\"targetz\": [");
        assertThat(Dashboards.check(Dashboards.read(file))).anyMatch(problem -> problem.endsWith("targets are required"));
    }

    @Test
    void dashboardQueryThatPrometheusCannotParse() throws IOException {
        Path file = broken("infra/observability/dashboards/plateforme.json", "sum by (application) (rate(",
                "sum by (application) (rate((");
        Path rules = Dashboards.asRules(Dashboards.queries(Dashboards.read(file)), temp.resolve("dashboard.rules.yml"));
        assertThat(Promtool.checkRules(rules)).isNotEmpty();
    }

    @Test
    void alertRuleThatPrometheusCannotParse() throws IOException {
        Path file = broken("infra/observability/alerts/mutualis.rules.yml", "sum by (", "sum by ((");
        assertThat(Promtool.checkRules(file)).isNotEmpty();
    }

    @Test
    void composeEnvironmentVariableThatSetsNoProperty() throws IOException {
        Path file = broken("infra/compose/compose.yaml", "      MUTUALIS_REFERENTIAL_SOURCE_CACHE_DIR:",
                "      MUTUALIS_REFERENTIAL_SOURCE_CACHEDIRECTORY:");
        assertThat(new ServiceEnvironment(ROOT).unknown(file)).anyMatch(p -> p.contains("CACHEDIRECTORY"));
    }
}
