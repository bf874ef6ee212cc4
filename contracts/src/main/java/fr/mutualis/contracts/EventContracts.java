package fr.mutualis.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Validates an event against its published JSON Schema, {@code contracts/events/<eventType>.v<schemaVersion>.schema.json}.
 * Producers check what they write, consumers check the examples they must understand: a change of the schema that
 * breaks either fails the build.
 */
public final class EventContracts {

    private static final String BASE_URI = "https://mutualis.fr/contracts/";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(BASE_URI, "classpath:contracts/")));
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    private EventContracts() {
    }

    /**
     * The event types and versions published so far, as {@code <eventType>.v<version>}: those with a published example
     * ({@code events/examples}), so that a new event type is declared by its files alone.
     */
    public static List<String> published() {
        return Published.NAMES;
    }

    /** Read once, from the folder or the jar the contracts are in. */
    private static final class Published {

        private static final String EXAMPLES = "contracts/events/examples";
        private static final String SUFFIX = ".example.json";
        static final List<String> NAMES = read();

        private static List<String> read() {
            try {
                URI folder = EventContracts.class.getClassLoader().getResource(EXAMPLES).toURI();
                if (!"jar".equals(folder.getScheme())) {
                    return names(Path.of(folder));
                }
                try (FileSystem jar = FileSystems.newFileSystem(folder, Map.of())) {
                    return names(jar.getPath(EXAMPLES));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }

        private static List<String> names(Path folder) throws IOException {
            try (Stream<Path> files = Files.list(folder)) {
                return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(SUFFIX))
                        .map(name -> name.substring(0, name.length() - SUFFIX.length())).sorted().toList();
            }
        }
    }

    /** The violations of {@code eventJson} against the schema its {@code eventType} and {@code schemaVersion} name. */
    public static List<String> violations(String eventJson) {
        JsonNode event = parse(eventJson);
        String name = event.path("eventType").asText() + ".v" + event.path("schemaVersion").asInt();
        if (!published().contains(name)) {
            return List.of("no published contract for " + name);
        }
        JsonSchema schema = SCHEMAS.computeIfAbsent(name,
                key -> FACTORY.getSchema(SchemaLocation.of(BASE_URI + "events/" + key + ".schema.json"), CONFIG));
        return schema.validate(event).stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    /** The published example of an event type and version, e.g. {@code experience.record.created.v1}. */
    public static String example(String name) {
        String resource = "contracts/events/examples/" + name + ".example.json";
        try (InputStream in = EventContracts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no example " + resource);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("not JSON: " + e.getMessage(), e);
        }
    }
}
