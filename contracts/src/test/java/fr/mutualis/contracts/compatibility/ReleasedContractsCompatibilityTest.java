package fr.mutualis.contracts.compatibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Fails the build when an event schema changes in a way that would break a consumer of the last release. */
class ReleasedContractsCompatibilityTest {

    private static final Path CONTRACTS = Path.of(System.getProperty("mutualis.project.root", "..")).resolve("contracts");

    @Test
    void the_current_event_schemas_are_fully_compatible_with_the_last_release() {
        Path released = SchemaCompatibility.latestRelease(CONTRACTS.resolve("released"));

        assertThat(SchemaCompatibility.violations(released, CONTRACTS.resolve("events")))
                .as("breaking changes against %s: add a new major version (<type>.v2) instead, and keep publishing v1",
                        released.getParent().getFileName())
                .isEmpty();
    }
}
