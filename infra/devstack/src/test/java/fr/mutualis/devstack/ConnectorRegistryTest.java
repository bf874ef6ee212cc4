package fr.mutualis.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectorRegistryTest {

    private static final Path PROJECT = StackConfig.findProjectRoot();

    @TempDir
    Path home;

    @Test
    void each_publisher_gets_its_connector_from_the_template_with_its_password_only_named_and_debeziums_placeholders_kept() throws IOException {
        StackConfig config = StackConfig.of(PROJECT, Profile.TEST, name -> name.equals("MUTUALIS_HOME") ? home.toString() : null);
        ConnectorRegistry registry = new ConnectorRegistry(config);

        String configuration = registry.configuration("webhook-outbox");

        assertThat(registry.names()).containsExactly("demat-outbox", "experience-outbox", "integration-outbox",
                "marches-outbox", "referential-outbox", "webhook-outbox");
        assertThat(configuration)
                .contains("\"database.port\": \"25432\"")
                .contains("\"database.hostname\": \"127.0.0.1\"")
                .contains("\"database.dbname\": \"webhook\"")
                .contains("\"slot.name\": \"mutualis_webhook_outbox\"")
                .contains("\"transforms.source.value.literal\": \"/mutualis/webhook-service\"")
                .contains("\"database.user\": \"" + DatabaseRoles.REPLICATION + "\"")
                .contains("\"database.password\": \"${env:MUTUALIS_REPLICATION_PASSWORD}\"")
                .doesNotContain(DevSecrets.of(config).replicationPassword())
                .contains("\"heartbeat.action.query\": \"UPDATE debezium.heartbeat SET beat_at = now()\"")
                .contains("\"publication.autocreate.mode\": \"disabled\"")
                .contains("\"transforms.outbox.route.topic.replacement\": \"mutualis.${routedByValue}.events\"")
                .doesNotContain("${postgres.").doesNotContain("${service}");
    }
}
