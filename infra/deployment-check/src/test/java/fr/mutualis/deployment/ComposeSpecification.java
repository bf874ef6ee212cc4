package fr.mutualis.deployment;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The Compose Specification's JSON schema (compose-spec.json, draft-07), as shipped by the npm package dclint 3.1.0
 * (src/test/resources/schemas/README.md). YAML anchors and merge keys are resolved by the YAML reader first, as
 * Compose does.
 */
final class ComposeSpecification {

    private final JsonSchema schema;

    ComposeSpecification() {
        try (InputStream in = ComposeSpecification.class.getResourceAsStream("/schemas/compose/compose-spec.json")) {
            JsonNode node = Project.json().readTree(in);
            // Its $id is relative ("compose_spec.json"): give it the absolute location it is published at.
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
                    .getSchema(SchemaLocation.of("https://raw.githubusercontent.com/compose-spec/compose-spec/main/schema/compose-spec.json"), node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> validate(Path file) {
        List<JsonNode> documents = Project.documents(file);
        if (documents.size() != 1) {
            return List.of(file + ": one YAML document expected, found " + documents.size());
        }
        return schema.validate(documents.get(0)).stream().map(ValidationMessage::getMessage).sorted().toList();
    }
}
