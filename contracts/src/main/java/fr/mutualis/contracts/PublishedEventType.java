package fr.mutualis.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * An event type as its contract publishes it: its name, its current schema version (the highest {@code v<n>} with a
 * published example) and its aggregate type, all read from the constants of its JSON Schema. Only the contract can
 * make one, so that a producer never writes these by hand; a producer resolves its types when it is built, so that a
 * misspelt or unpublished type stops the service at start-up, and every test with it.
 */
public final class PublishedEventType {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String name;
    private final int schemaVersion;
    private final String aggregateType;

    private PublishedEventType(String name, int schemaVersion, String aggregateType) {
        this.name = name;
        this.schemaVersion = schemaVersion;
        this.aggregateType = aggregateType;
    }

    /**
     * The published type {@code name}, e.g. {@code experience.record.created}.
     *
     * @throws IllegalArgumentException when no contract of that type is published
     */
    public static PublishedEventType named(String name) {
        List<String> published = EventContracts.published();
        int version = latestVersion(name, published).orElseThrow(() -> new IllegalArgumentException(
                "No published contract for event type '" + name + "': contracts/events/" + name
                        + ".v<n>.schema.json and its example are missing (published: " + published + ")"));
        String contract = name + ".v" + version;
        JsonNode constants = schema(contract).path("properties");
        String aggregateType = constants.path("aggregateType").path("const").asText();
        if (!name.equals(constants.path("eventType").path("const").asText())
                || constants.path("schemaVersion").path("const").asInt() != version || aggregateType.isBlank()) {
            throw new IllegalStateException("The schema of " + contract + " must declare the constants eventType '"
                    + name + "', schemaVersion " + version + " and an aggregateType");
        }
        return new PublishedEventType(name, version, aggregateType);
    }

    /** The published type of each constant of {@code changes}, named by {@code names}: a producer's events at once. */
    public static <E extends Enum<E>> Map<E, PublishedEventType> ofEach(Class<E> changes, Function<E, String> names) {
        Map<E, PublishedEventType> types = new EnumMap<>(changes);
        for (E change : changes.getEnumConstants()) {
            types.put(change, named(names.apply(change)));
        }
        return Collections.unmodifiableMap(types);
    }

    /** The highest version of {@code name} among {@code published} ({@code <eventType>.v<version>}). */
    static OptionalInt latestVersion(String name, List<String> published) {
        String prefix = name + ".v";
        return published.stream()
                .filter(contract -> contract.startsWith(prefix))
                .map(contract -> contract.substring(prefix.length()))
                .filter(version -> version.matches("[1-9][0-9]*"))
                .mapToInt(Integer::parseInt)
                .max();
    }

    private static JsonNode schema(String contract) {
        String resource = "contracts/events/" + contract + ".schema.json";
        try (InputStream in = PublishedEventType.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("An example is published without its schema " + resource);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The envelope's {@code eventType}, and the outbox row's {@code type}. */
    public String name() {
        return name;
    }

    public int schemaVersion() {
        return schemaVersion;
    }

    /** Routes the events to topic {@code mutualis.<aggregateType>.events}. */
    public String aggregateType() {
        return aggregateType;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PublishedEventType type && name.equals(type.name)
                && schemaVersion == type.schemaVersion && aggregateType.equals(type.aggregateType);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, schemaVersion, aggregateType);
    }

    @Override
    public String toString() {
        return name + ".v" + schemaVersion;
    }
}
