package fr.mutualis.contracts.compatibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaCompatibilityTest {

    private static final String ENVELOPE = """
            {"type": "object", "required": ["eventType", "data"],
             "properties": {"eventType": {"type": "string"}, "data": {"type": "object"}}}
            """;
    private static final String SNAPSHOT = """
            {"type": "object", "required": ["id", "axes"],
             "properties": {"id": {"type": "string", "format": "uuid"},
                            "axes": {"type": "array", "items": {"enum": ["open-data", "thd"]}},
                            "note": {"type": "string", "maxLength": 200}}}
            """;
    private static final String EVENT = """
            {"allOf": [{"$ref": "envelope.v1.schema.json"}],
             "properties": {"eventType": {"const": "thing.created"}, "data": {"$ref": "thing.v1.schema.json"}}}
            """;

    @TempDir
    Path root;
    private Path released;
    private Path current;

    @BeforeEach
    void sameSchemasOnBothSides() throws IOException {
        released = Files.createDirectories(root.resolve("released/0.1.0/events"));
        current = Files.createDirectories(root.resolve("events"));
        for (Path folder : List.of(released, current)) {
            Files.writeString(folder.resolve("envelope.v1.schema.json"), ENVELOPE);
            Files.writeString(folder.resolve("thing.v1.schema.json"), SNAPSHOT);
            Files.writeString(folder.resolve("thing.created.v1.schema.json"), EVENT);
        }
    }

    @Test
    void unchanged_schemas_are_compatible() {
        assertThat(SchemaCompatibility.violations(released, current)).isEmpty();
    }

    @Test
    void adding_an_optional_property_is_compatible() throws IOException {
        change("\"note\": {\"type\": \"string\", \"maxLength\": 200}}",
                "\"note\": {\"type\": \"string\", \"maxLength\": 200}, \"budget\": {\"type\": \"integer\"}}");

        assertThat(SchemaCompatibility.violations(released, current)).isEmpty();
    }

    @Test
    void a_new_required_property_breaks_backward_compatibility() throws IOException {
        change("\"required\": [\"id\", \"axes\"]", "\"required\": [\"id\", \"axes\", \"note\"]");

        assertThat(SchemaCompatibility.violations(released, current))
                .containsExactly("thing.created.v1: data property note became required (breaks backward compatibility: older events lack it)");
    }

    @Test
    void a_property_no_longer_required_breaks_forward_compatibility() throws IOException {
        change("\"required\": [\"id\", \"axes\"]", "\"required\": [\"id\"]");

        assertThat(SchemaCompatibility.violations(released, current)).singleElement().asString().contains("axes is no longer required");
    }

    @Test
    void a_changed_type_format_bound_or_enum_breaks() throws IOException {
        change("\"format\": \"uuid\"", "\"format\": \"uri\"");
        change("\"maxLength\": 200", "\"maxLength\": 100");
        change("[\"open-data\", \"thd\"]", "[\"open-data\", \"thd\", \"cloud\"]");

        assertThat(SchemaCompatibility.violations(released, current)).containsExactlyInAnyOrder(
                "thing.created.v1: data.id format changed from \"uuid\" to \"uri\"",
                "thing.created.v1: data.note maxLength changed from 200 to 100",
                "thing.created.v1: data.axes[] enum changed from [\"open-data\",\"thd\"] to [\"open-data\",\"thd\",\"cloud\"]");
    }

    @Test
    void closing_the_content_model_breaks() throws IOException {
        change("{\"type\": \"object\", \"required\": [\"id\", \"axes\"],",
                "{\"type\": \"object\", \"additionalProperties\": false, \"required\": [\"id\", \"axes\"],");

        assertThat(SchemaCompatibility.violations(released, current)).singleElement().asString()
                .contains("additionalProperties: false");
    }

    @Test
    void a_new_major_version_may_differ_but_the_old_one_must_stay_published() throws IOException {
        Files.writeString(current.resolve("thing.created.v2.schema.json"), EVENT.replace("thing.v1", "thing.v2"));
        Files.writeString(current.resolve("thing.v2.schema.json"), "{\"type\": \"object\", \"required\": [\"uuid\"]}");
        assertThat(SchemaCompatibility.violations(released, current)).isEmpty();

        Files.delete(current.resolve("thing.created.v1.schema.json"));
        assertThat(SchemaCompatibility.violations(released, current)).singleElement().asString()
                .startsWith("thing.created.v1: released event schema deleted");
    }

    @Test
    void the_latest_release_is_chosen_by_semantic_version() throws IOException {
        Files.createDirectories(root.resolve("released/0.9.0/events"));
        Files.createDirectories(root.resolve("released/0.10.0/events"));

        assertThat(SchemaCompatibility.latestRelease(root.resolve("released")))
                .isEqualTo(root.resolve("released/0.10.0/events"));
    }

    private void change(String before, String after) throws IOException {
        Path file = current.resolve("thing.v1.schema.json");
        String text = Files.readString(file);
        assertThat(text).contains(before);
        Files.writeString(file, text.replace(before, after));
    }
}
