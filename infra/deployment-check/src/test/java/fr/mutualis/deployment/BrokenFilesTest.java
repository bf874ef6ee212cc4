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
        assertThat(manifests.check(file)).anyMatch(problem -> problem.contains("replicas"));
    }

    @Test
    void wrongTypeInACloudNativePgCluster() throws IOException {
        Path file = broken("infra/kubernetes/data/postgres-cluster.yaml", "  instances: 3\n", "  instances: three\n");
        assertThat(manifests.check(file)).anyMatch(problem -> problem.contains("instances"));
    }

    @Test
    void unknownFieldInAnElasticsearch() throws IOException {
        Path file = broken("infra/kubernetes/data/elasticsearch.yaml", "      count: 3\n", "      count: 3\n      nodes: 3\n");
        assertThat(manifests.check(file)).anyMatch(problem -> problem.contains("nodes"));
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
    void composeEnvironmentVariableThatSetsNoProperty() throws IOException {
        Path file = broken("infra/compose/compose.yaml", "      MUTUALIS_REFERENTIAL_SOURCE_CACHE_DIR:",
                "      MUTUALIS_REFERENTIAL_SOURCE_CACHEDIRECTORY:");
        assertThat(new ServiceEnvironment(ROOT).unknown(file)).anyMatch(p -> p.contains("CACHEDIRECTORY"));
    }
}
