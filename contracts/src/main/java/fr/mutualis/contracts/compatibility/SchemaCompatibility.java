package fr.mutualis.contracts.compatibility;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Compares the event schemas of {@code contracts/events} with a released baseline under FULL_TRANSITIVE rules for an
 * open content model (consumers ignore properties they do not know): every document valid for the released schema
 * must stay valid for the current one (backward) and the other way round (forward).
 *
 * <p>Allowed within a major version: adding or removing an optional property. Breaking: a change of {@code required},
 * {@code type}, {@code const}, {@code enum}, {@code format}, {@code pattern} or a bound, closing the content model
 * ({@code additionalProperties: false}), or deleting a released event schema. A breaking change goes into a new major
 * version ({@code <type>.v2.schema.json}) published beside the old one during a transition.
 */
public final class SchemaCompatibility {

    private static final Pattern EVENT_SCHEMA = Pattern.compile("(.+)\\.v(\\d+)\\.schema\\.json");
    private static final List<String> CONSTRAINTS = List.of("type", "const", "enum", "format", "pattern", "minimum",
            "maximum", "exclusiveMinimum", "exclusiveMaximum", "minLength", "maxLength", "minItems", "maxItems",
            "uniqueItems");
    private static final ObjectMapper JSON = new ObjectMapper();

    private SchemaCompatibility() {
    }

    /** The newest baseline under {@code released/}, by semantic version. */
    public static Path latestRelease(Path released) {
        try (Stream<Path> versions = Files.list(released)) {
            return versions.filter(Files::isDirectory)
                    .max(Comparator.comparing(path -> semanticVersion(path.getFileName().toString()), SchemaCompatibility::byParts))
                    .map(path -> path.resolve("events"))
                    .orElseThrow(() -> new IllegalStateException("no release baseline under " + released));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every break of compatibility between the released event schemas and the current ones, in words. */
    public static List<String> violations(Path releasedEvents, Path currentEvents) {
        List<String> violations = new ArrayList<>();
        for (String name : eventSchemas(releasedEvents)) {
            Path current = currentEvents.resolve(name);
            String event = name.replace(".schema.json", "");
            if (!Files.exists(current)) {
                violations.add(event + ": released event schema deleted (publish it until its consumers moved to a new major)");
                continue;
            }
            compare(event, "", resolve(releasedEvents, releasedEvents.resolve(name)),
                    resolve(currentEvents, current), violations);
        }
        return violations;
    }

    private static void compare(String event, String path, JsonNode released, JsonNode current, List<String> violations) {
        String where = path.isEmpty() ? "" : " " + path;
        for (String constraint : CONSTRAINTS) {
            if (!released.path(constraint).equals(current.path(constraint))) {
                violations.add(event + ":" + where + " " + constraint + " changed from " + text(released.get(constraint))
                        + " to " + text(current.get(constraint)));
            }
        }
        Set<String> requiredBefore = names(released.path("required"));
        Set<String> requiredNow = names(current.path("required"));
        difference(requiredNow, requiredBefore).forEach(name -> violations.add(event + ":" + where + " property " + name
                + " became required (breaks backward compatibility: older events lack it)"));
        difference(requiredBefore, requiredNow).forEach(name -> violations.add(event + ":" + where + " property " + name
                + " is no longer required (breaks forward compatibility: consumers rely on it)"));
        if (current.path("additionalProperties").isBoolean() && !current.path("additionalProperties").asBoolean()
                && !released.path("additionalProperties").isBoolean()) {
            violations.add(event + ":" + where + " additionalProperties: false closes the content model");
        }
        released.path("properties").fieldNames().forEachRemaining(name -> {
            JsonNode now = current.path("properties").path(name);
            if (!now.isMissingNode()) {
                compare(event, path.isEmpty() ? name : path + "." + name, released.path("properties").path(name), now,
                        violations);
            }
        });
        if (released.has("items") && current.has("items")) {
            compare(event, path + "[]", released.path("items"), current.path("items"), violations);
        }
    }

    /** The schema with its {@code $ref}s to sibling files and its {@code allOf} parts merged into one object. */
    public static JsonNode resolve(Path folder, Path file) {
        try {
            JsonNode root = JSON.readTree(file.toFile());
            return resolve(folder, root, root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @param root the document {@code schema} belongs to: where a local reference ({@code #/$defs/…}) points */
    private static JsonNode resolve(Path folder, JsonNode root, JsonNode schema) {
        if (!schema.isObject()) {
            return schema;
        }
        ObjectNode merged = JsonNodeFactory.instance.objectNode();
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            merged.setAll((ObjectNode) (ref.startsWith("#")
                    ? resolve(folder, root, root.at(ref.substring(1)))
                    : resolve(folder, folder.resolve(ref))));
        }
        for (JsonNode part : schema.path("allOf")) {
            mergeInto(merged, (ObjectNode) resolve(folder, root, part));
        }
        schema.fields().forEachRemaining(field -> {
            switch (field.getKey()) {
                case "$ref", "allOf", "$id", "$schema", "$defs", "title", "description" -> { }
                case "properties" -> {
                    ObjectNode properties = merged.has("properties") ? (ObjectNode) merged.get("properties")
                            : merged.putObject("properties");
                    field.getValue().fields().forEachRemaining(property -> {
                        JsonNode resolved = resolve(folder, root, property.getValue());
                        JsonNode existing = properties.get(property.getKey());
                        if (existing instanceof ObjectNode existingObject && resolved instanceof ObjectNode resolvedObject) {
                            mergeInto(existingObject, resolvedObject);
                        } else {
                            properties.set(property.getKey(), resolved);
                        }
                    });
                }
                case "items" -> merged.set("items", resolve(folder, root, field.getValue()));
                default -> merged.set(field.getKey(), field.getValue());
            }
        });
        return merged;
    }

    /** allOf: both parts apply; the narrower part (the event's own) is written last and wins. */
    private static void mergeInto(ObjectNode target, ObjectNode part) {
        part.fields().forEachRemaining(field -> {
            if (field.getKey().equals("required") && target.has("required")) {
                Set<String> all = names(target.get("required"));
                all.addAll(names(field.getValue()));
                target.set("required", JSON.valueToTree(all));
            } else if (field.getKey().equals("properties") && target.has("properties")) {
                ((ObjectNode) target.get("properties")).setAll((ObjectNode) field.getValue());
            } else {
                target.set(field.getKey(), field.getValue());
            }
        });
    }

    private static List<String> eventSchemas(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> EVENT_SCHEMA.matcher(name).matches())
                    .filter(name -> !isSharedPart(folder, name))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The envelope and the aggregates' snapshots are parts of event schemas, compared through them. */
    private static boolean isSharedPart(Path folder, String name) {
        try {
            return !JSON.readTree(folder.resolve(name).toFile()).has("allOf");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> names(JsonNode array) {
        Set<String> names = new TreeSet<>();
        array.forEach(node -> names.add(node.asText()));
        return names;
    }

    private static Set<String> difference(Set<String> left, Set<String> right) {
        Set<String> result = new TreeSet<>(left);
        result.removeAll(right);
        return result;
    }

    private static String text(JsonNode node) {
        return node == null ? "(none)" : node.toString();
    }

    private static int byParts(List<Integer> left, List<Integer> right) {
        for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
            int order = Integer.compare(left.get(i), right.get(i));
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(left.size(), right.size());
    }

    private static List<Integer> semanticVersion(String version) {
        Matcher numbers = Pattern.compile("\\d+").matcher(version);
        List<Integer> parts = new ArrayList<>();
        while (numbers.find()) {
            parts.add(Integer.parseInt(numbers.group()));
        }
        return parts;
    }
}
