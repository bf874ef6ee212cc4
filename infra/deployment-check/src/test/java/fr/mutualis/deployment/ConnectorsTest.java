package fr.mutualis.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The KafkaConnectors are infra/connect/outbox-connector.json filled the way the launcher's ConnectorRegistry fills it,
 * one per publishing service; the publications and Kafka users they need exist in the other manifests.
 */
class ConnectorsTest {

    private static final java.nio.file.Path ROOT = Project.root();
    /** Publishes, but has no descriptor yet (it is being written). */
    private static final Map<String, String> PENDING_PUBLISHERS = Map.of("marches-service", "marches");

    @Test
    void oneConnectorPerPublishingServiceEqualToTheTemplate() throws Exception {
        JsonNode template = Project.json().readTree(ROOT.resolve("infra/connect/outbox-connector.json").toFile());
        Map<String, String> publishers = new TreeMap<>(PENDING_PUBLISHERS);
        for (String service : DeploymentFilesTest.services()) {
            var descriptor = DeploymentFilesTest.descriptor(service);
            if (Boolean.parseBoolean(descriptor.getProperty("outbox", "false"))) {
                publishers.put(service, descriptor.getProperty("database").trim());
            }
        }
        Map<String, JsonNode> connectors = new TreeMap<>();
        for (JsonNode document : Project.documents(Project.kubernetes().resolve("data/kafka-connectors.yaml"))) {
            connectors.put(document.path("metadata").path("name").asText(), document.path("spec"));
        }
        assertThat(connectors.keySet()).isEqualTo(new TreeSet<>(publishers.values().stream().map(db -> db + "-outbox").toList()));
        String grants = Project.read(Project.kubernetes().resolve("data/postgres-outbox-grants.yaml"));
        publishers.forEach((service, database) -> {
            JsonNode spec = connectors.get(database + "-outbox");
            Map<String, String> expected = new LinkedHashMap<>();
            template.fields().forEachRemaining(field -> expected.put(field.getKey(), fill(field.getValue().asText(), service, database)));
            assertThat(spec.path("class").asText()).isEqualTo(expected.remove("connector.class"));
            assertThat(spec.path("tasksMax").asText()).isEqualTo(expected.remove("tasks.max"));
            Map<String, String> actual = new LinkedHashMap<>();
            spec.path("config").fields().forEachRemaining(field -> actual.put(field.getKey(), field.getValue().asText()));
            assertThat(actual).as(database + "-outbox").isEqualTo(expected);
            assertThat(grants).contains("CREATE PUBLICATION " + expected.get("publication.name") + " FOR TABLE "
                    + expected.get("table.include.list"));
        });
    }

    @Test
    void everyKafkaClientHasItsUser() {
        Set<String> users = new TreeSet<>();
        for (JsonNode document : Project.documents(Project.kubernetes().resolve("data/kafka-users.yaml"))) {
            users.add(document.path("metadata").path("name").asText());
        }
        Set<String> clients = new TreeSet<>(Set.of("mutualis-connect"));
        for (String service : DeploymentFilesTest.services()) {
            String uses = DeploymentFilesTest.descriptor(service).getProperty("uses", "");
            if (Set.of(uses.split("\\s*,\\s*")).contains("kafka")) {
                clients.add(service);
            }
        }
        assertThat(users).isEqualTo(clients);
    }

    private static String fill(String value, String service, String database) {
        return value.replace("${database}", database).replace("${service}", service)
                .replace("${postgres.host}", "mutualis-pg-rw").replace("${postgres.port}", "5432")
                .replace("${postgres.user}", "mutualis_replication")
                .replace("${postgres.password}", "${env:MUTUALIS_REPLICATION_PASSWORD}")
                .replace("${heartbeat.table}", "debezium.heartbeat");
    }
}
