package fr.mutualis.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ConnectorRegistryTest {

    private static final Path PROJECT = StackConfig.findProjectRoot();

    @Test
    void the_outbox_connector_is_configured_from_the_stack_and_keeps_debeziums_own_placeholders() throws IOException {
        StackConfig config = StackConfig.of(PROJECT, Profile.TEST, name -> null);
        ConnectorRegistry registry = new ConnectorRegistry(config);

        String configuration = registry.substitute(
                Files.readString(PROJECT.resolve("infra/connect/experience-outbox.json")));

        assertThat(registry.names()).contains("experience-outbox");
        assertThat(configuration)
                .contains("\"database.port\": \"25432\"")
                .contains("\"database.hostname\": \"127.0.0.1\"")
                .contains("\"transforms.outbox.route.topic.replacement\": \"mutualis.${routedByValue}.events\"")
                .doesNotContain("${postgres.");
    }
}
