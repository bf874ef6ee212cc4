package fr.mutualis.deployment;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Checks the custom resources of CloudNativePG ({@code postgresql.cnpg.io/v1} Cluster and Database) and ECK
 * ({@code elasticsearch.k8s.elastic.co/v1} Elasticsearch), which fabric8 has no model for, against a short description
 * written here of the fields our manifests use, as documented by the API reference of the operator versions
 * docs/scaling.md installs (CloudNativePG 1.30, ECK 3.5). In the described part a field not listed, a value of another
 * JSON type (no coercion: "3" is not an integer) or a missing required field is a problem; so a field a manifest starts
 * using must first be described here, from the operator's documentation. Embedded Kubernetes types (metadata,
 * resources, pod and volume claim templates) are read into fabric8's model as the built-in kinds are. CEL rules,
 * formats and defaults are not evaluated: this checks only what our manifests use, not all the operators accept.
 * <p>
 * The operators' CRD files would be the complete reference, but neither operator publishes them, nor a Java model, on
 * Maven Central or npm, and the project ships nothing taken from elsewhere.
 */
final class OperatorResources {

    /** What a value must be: a JSON type (with allowed values), described fields, a list, a map, or a fabric8 type. */
    private interface Type {
    }

    private record Json(String name, Predicate<JsonNode> test, List<String> values) implements Type {
    }

    private record Fields(Map<String, Type> fields, Set<String> required) implements Type {
    }

    private record ListOf(Type item) implements Type {
    }

    private record MapOf(Type value) implements Type {
    }

    private record Model(Class<?> type) implements Type {
    }

    private static final Type STRING = new Json("string", JsonNode::isTextual, List.of());
    private static final Type INTEGER = new Json("integer", JsonNode::isIntegralNumber, List.of());
    private static final Type BOOLEAN = new Json("boolean", JsonNode::isBoolean, List.of());
    /** Content the operator passes on without a schema (Elasticsearch settings). */
    private static final Type ANY_OBJECT = new Json("object", JsonNode::isObject, List.of());

    private static final Type STORAGE = object("size", STRING);

    /** CloudNativePG 1.30, ClusterSpec of its API reference. */
    private static final Type CLUSTER = object(
            "instances!", INTEGER,
            "imageName", STRING,
            "primaryUpdateStrategy", oneOf("unsupervised", "supervised"),
            "enableSuperuserAccess", BOOLEAN,
            "postgresql", object(
                    // PostgreSQL settings are text to the operator: a number must be quoted.
                    "parameters", new MapOf(STRING),
                    "synchronous", object(
                            "method!", oneOf("any", "first"),
                            "number!", INTEGER,
                            "dataDurability", oneOf("required", "preferred"))),
            "replicationSlots", object(
                    "highAvailability", object("enabled", BOOLEAN, "synchronizeLogicalDecoding", BOOLEAN),
                    "updateInterval", INTEGER),
            "storage", STORAGE,
            "walStorage", STORAGE,
            "resources", new Model(ResourceRequirements.class),
            "monitoring", object("enablePodMonitor", BOOLEAN),
            "managed", object("roles", new ListOf(object(
                    "name!", STRING,
                    "ensure", oneOf("present", "absent"),
                    "login", BOOLEAN,
                    "superuser", BOOLEAN,
                    "createdb", BOOLEAN,
                    "createrole", BOOLEAN,
                    "replication", BOOLEAN,
                    "bypassrls", BOOLEAN,
                    "inherit", BOOLEAN,
                    "passwordSecret", object("name!", STRING)))));

    /** CloudNativePG 1.30, DatabaseSpec of its API reference. */
    private static final Type DATABASE = object(
            // cluster.name is optional in the schema only for compatibility: the operator documents it as required.
            "cluster!", object("name!", STRING),
            "name!", STRING,
            "owner!", STRING,
            "ensure", oneOf("present", "absent"),
            "databaseReclaimPolicy", oneOf("retain", "delete"));

    /** ECK 3.5, ElasticsearchSpec of its API reference (elasticsearch.k8s.elastic.co/v1). */
    private static final Type ELASTICSEARCH = object(
            "version!", STRING,
            "image", STRING,
            "http", object("tls", object("selfSignedCertificate", object("disabled", BOOLEAN))),
            "auth", object("roles", new ListOf(object("secretName", STRING))),
            "nodeSets!", new ListOf(object(
                    "name!", STRING,
                    "count", INTEGER,
                    "config", ANY_OBJECT,
                    "podTemplate", new Model(PodTemplateSpec.class),
                    "volumeClaimTemplates", new ListOf(new Model(PersistentVolumeClaim.class)))));

    private static final Map<String, Type> SPECS = Map.of(
            "postgresql.cnpg.io/v1 Cluster", CLUSTER,
            "postgresql.cnpg.io/v1 Database", DATABASE,
            "elasticsearch.k8s.elastic.co/v1 Elasticsearch", ELASTICSEARCH);

    private final KubernetesSerialization serialization;

    OperatorResources(KubernetesSerialization serialization) {
        this.serialization = serialization;
    }

    /** Whether {@code apiVersion} is one of the operators' groups, whose every kind is checked here. */
    static boolean knows(String apiVersion) {
        return apiVersion.startsWith("postgresql.cnpg.io/") || apiVersion.startsWith("elasticsearch.k8s.elastic.co/");
    }

    List<String> check(JsonNode document) {
        String key = document.path("apiVersion").asText() + " " + document.path("kind").asText();
        Type spec = SPECS.get(key);
        if (spec == null) {
            return List.of("no description of " + key + " in OperatorResources; known: " + SPECS.keySet());
        }
        List<String> problems = new ArrayList<>();
        // The resource as written holds these only (status is the operator's).
        check(object("apiVersion!", STRING, "kind!", STRING, "metadata!", new Model(ObjectMeta.class), "spec!", spec),
                document, "", problems);
        if (document.path("metadata").isObject() && !document.path("metadata").path("name").isTextual()) {
            problems.add("metadata.name is required");
        }
        return problems;
    }

    private void check(Type type, JsonNode node, String path, List<String> problems) {
        if (type instanceof Json json) {
            if (!json.test().test(node)) {
                problems.add(path + ": " + json.name() + " expected, found " + node.getNodeType().name().toLowerCase()
                        + " " + node);
            } else if (!json.values().isEmpty() && !json.values().contains(node.asText())) {
                problems.add(path + ": " + node + " is not one of " + json.values());
            }
        } else if (type instanceof Fields fields) {
            if (!node.isObject()) {
                problems.add(path + ": object expected, found " + node.getNodeType().name().toLowerCase());
                return;
            }
            String prefix = path.isEmpty() ? "" : path + ".";
            fields.required().stream().filter(name -> !node.has(name))
                    .forEach(name -> problems.add(prefix + name + ": required"));
            node.fields().forEachRemaining(field -> {
                Type fieldType = fields.fields().get(field.getKey());
                if (fieldType == null) {
                    problems.add("unknown field " + prefix + field.getKey());
                } else {
                    check(fieldType, field.getValue(), prefix + field.getKey(), problems);
                }
            });
        } else if (type instanceof ListOf list) {
            if (!node.isArray()) {
                problems.add(path + ": array expected, found " + node.getNodeType().name().toLowerCase());
                return;
            }
            for (int i = 0; i < node.size(); i++) {
                check(list.item(), node.get(i), path + "[" + i + "]", problems);
            }
        } else if (type instanceof MapOf map) {
            if (!node.isObject()) {
                problems.add(path + ": object expected, found " + node.getNodeType().name().toLowerCase());
                return;
            }
            node.fields().forEachRemaining(field -> check(map.value(), field.getValue(), path + "." + field.getKey(), problems));
        } else if (type instanceof Model model) {
            // As for the built-in kinds: Jackson's strict reading, then fields kept aside, then quoted scalars.
            try {
                Object value = serialization.convertValue(node, model.type());
                KubernetesManifests.unknownFields(value, path, problems, new IdentityHashMap<>());
                KubernetesManifests.coercedScalars(node, serialization.convertValue(value, JsonNode.class), path, problems);
            } catch (IllegalArgumentException e) {
                problems.add(path + ": " + KubernetesManifests.firstLine(e));
            }
        }
    }

    /** Described fields from name, type pairs; a name ending in "!" is required. */
    private static Fields object(Object... namesAndTypes) {
        Map<String, Type> fields = new LinkedHashMap<>();
        Set<String> required = new LinkedHashSet<>();
        for (int i = 0; i < namesAndTypes.length; i += 2) {
            String name = (String) namesAndTypes[i];
            if (name.endsWith("!")) {
                name = name.substring(0, name.length() - 1);
                required.add(name);
            }
            fields.put(name, (Type) namesAndTypes[i + 1]);
        }
        return new Fields(fields, required);
    }

    private static Type oneOf(String... values) {
        return new Json("string", JsonNode::isTextual, List.of(values));
    }
}
