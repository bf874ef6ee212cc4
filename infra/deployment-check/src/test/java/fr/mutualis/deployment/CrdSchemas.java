package fr.mutualis.deployment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Validates custom resources of the operators fabric8 has no model for against the OpenAPI v3 schema of their CRD, as
 * published by the operator (src/test/resources/schemas, see its README for versions and sources). The schema is
 * turned into JSON Schema the way the API server reads a structural schema: an object that lists its properties and
 * neither preserves unknown fields nor declares additionalProperties refuses any other field (the server would drop
 * it; kubectl's strict field validation refuses it), x-kubernetes-int-or-string is an integer or a string, nullable
 * admits null. CEL rules (x-kubernetes-validations) and formats are not evaluated.
 */
final class CrdSchemas {

    private static final String BASE = "/schemas/";
    /** group/version/kind → CRD file under {@link #BASE}. */
    private static final Map<String, String> CRDS = Map.of(
            "postgresql.cnpg.io/v1/Cluster", "cnpg/postgresql.cnpg.io_clusters.yaml",
            "postgresql.cnpg.io/v1/Database", "cnpg/postgresql.cnpg.io_databases.yaml",
            "elasticsearch.k8s.elastic.co/v1/Elasticsearch", "eck/elasticsearch.k8s.elastic.co_elasticsearches.yaml");

    private final Map<String, JsonSchema> schemas = new HashMap<>();

    boolean knows(String apiVersion, String kind) {
        return CRDS.containsKey(apiVersion + "/" + kind) || apiVersion.startsWith("postgresql.cnpg.io/")
                || apiVersion.startsWith("elasticsearch.k8s.elastic.co/");
    }

    List<String> validate(String apiVersion, String kind, JsonNode resource) {
        String key = apiVersion + "/" + kind;
        if (!CRDS.containsKey(key)) {
            return List.of("no CRD schema for " + key + "; known: " + CRDS.keySet());
        }
        JsonSchema schema = schemas.computeIfAbsent(key, k -> load(CRDS.get(k), apiVersion.substring(apiVersion.indexOf('/') + 1)));
        ObjectNode copy = resource.deepCopy();
        // metadata is checked against fabric8's ObjectMeta instead: the CRD only says "object".
        copy.putObject("metadata");
        List<String> problems = new ArrayList<>();
        for (ValidationMessage message : schema.validate(copy)) {
            problems.add(message.getMessage());
        }
        return problems;
    }

    private static JsonSchema load(String file, String version) {
        Path path;
        try {
            path = Path.of(CrdSchemas.class.getResource(BASE + file).toURI());
        } catch (Exception e) {
            throw new IllegalStateException("missing CRD " + file, e);
        }
        JsonNode crd = Project.documents(path).get(0);
        for (JsonNode candidate : crd.path("spec").path("versions")) {
            if (candidate.path("name").asText().equals(version)) {
                JsonNode openApi = candidate.path("schema").path("openAPIV3Schema").deepCopy();
                ObjectNode schema = (ObjectNode) structural(openApi);
                schema.put("$schema", "http://json-schema.org/draft-04/schema#");
                return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(schema);
            }
        }
        throw new IllegalStateException(file + " has no version " + version);
    }

    /** The OpenAPI v3 structural schema {@code node} as draft-04 JSON Schema (see the class comment). */
    static JsonNode structural(JsonNode node) {
        if (node.isArray()) {
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            node.forEach(item -> array.add(structural(item)));
            return array;
        }
        if (!node.isObject()) {
            return node;
        }
        ObjectNode source = (ObjectNode) node;
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        boolean preserve = source.path("x-kubernetes-preserve-unknown-fields").asBoolean(false);
        boolean intOrString = source.path("x-kubernetes-int-or-string").asBoolean(false);
        Iterator<Map.Entry<String, JsonNode>> fields = source.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            if (name.startsWith("x-kubernetes-") || name.equals("format") || name.equals("nullable")
                    || name.equals("description") || name.equals("default")) {
                continue;
            }
            if (name.equals("properties")) {
                ObjectNode properties = out.putObject("properties");
                field.getValue().fields().forEachRemaining(p -> properties.set(p.getKey(), structural(p.getValue())));
            } else {
                out.set(name, structural(field.getValue()));
            }
        }
        if (intOrString) {
            out.remove("type");
            ArrayNode anyOf = out.putArray("anyOf");
            anyOf.addObject().put("type", "integer");
            anyOf.addObject().put("type", "string");
        }
        if (source.path("nullable").asBoolean(false) && out.has("type") && out.get("type").isTextual()) {
            ArrayNode types = JsonNodeFactory.instance.arrayNode().add(out.get("type").asText()).add("null");
            out.set("type", types);
        }
        if (source.has("properties") && !source.has("additionalProperties") && !preserve) {
            out.put("additionalProperties", false);
        }
        return out;
    }
}
