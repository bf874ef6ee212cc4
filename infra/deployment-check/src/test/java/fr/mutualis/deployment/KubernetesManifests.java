package fr.mutualis.deployment;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads every manifest into a typed model and lists what does not fit: built-in kinds into fabric8's model, Strimzi's
 * kinds into io.strimzi:api's, CloudNativePG's and ECK's against the description of the fields we use
 * ({@link OperatorResources}).
 * Unknown fields are refused twice: Jackson's FAIL_ON_UNKNOWN_PROPERTIES, and, since both models keep what they do not
 * know in an {@code additionalProperties} map instead of failing, a walk that requires every such map to be empty.
 * Scalars are not coerced ("3" is not an integer).
 */
final class KubernetesManifests {

    private static final List<Class<? extends KubernetesResource>> STRIMZI = List.of(
            io.strimzi.api.kafka.model.kafka.Kafka.class,
            io.strimzi.api.kafka.model.nodepool.KafkaNodePool.class,
            io.strimzi.api.kafka.model.connect.KafkaConnect.class,
            io.strimzi.api.kafka.model.connector.KafkaConnector.class,
            io.strimzi.api.kafka.model.topic.KafkaTopic.class,
            io.strimzi.api.kafka.model.user.KafkaUser.class);

    private final KubernetesSerialization serialization;
    private final OperatorResources operators;

    KubernetesManifests() {
        JsonMapper mapper = JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .build();
        // "2" is not an integer, "true" not a boolean: what kubectl's strict decoding would refuse.
        for (LogicalType type : List.of(LogicalType.Integer, LogicalType.Float, LogicalType.Boolean)) {
            mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        }
        serialization = new KubernetesSerialization(mapper, true);
        // The classes model both Strimzi APIs and register as v1beta2; the manifests use v1.
        STRIMZI.forEach(type -> serialization.registerKubernetesResource("kafka.strimzi.io/v1", type.getSimpleName(), type));
        operators = new OperatorResources(serialization);
    }

    /** The problems of every document of {@code file}; empty when all fit their model. */
    List<String> check(Path file) {
        List<String> problems = new ArrayList<>();
        if (file.getFileName().toString().equals("kustomization.yaml")) {
            return problems;
        }
        List<JsonNode> documents = Project.documents(file);
        for (int i = 0; i < documents.size(); i++) {
            String where = file.getFileName() + " #" + (i + 1);
            problems.addAll(check(where, documents.get(i)).stream().map(p -> where + ": " + p).toList());
        }
        return problems;
    }

    List<String> check(String where, JsonNode document) {
        String apiVersion = document.path("apiVersion").asText("");
        String kind = document.path("kind").asText("");
        if (apiVersion.isEmpty() || kind.isEmpty()) {
            return List.of("apiVersion and kind are required");
        }
        if (OperatorResources.knows(apiVersion)) {
            return operators.check(document);
        }
        List<String> problems = new ArrayList<>();
        KubernetesResource resource;
        try {
            resource = serialization.convertValue(document, KubernetesResource.class);
        } catch (IllegalArgumentException e) {
            return List.of(firstLine(e));
        }
        if (resource instanceof GenericKubernetesResource) {
            return List.of("no typed model for " + apiVersion + " " + kind);
        }
        if (resource instanceof HasMetadata hasMetadata
                && (hasMetadata.getMetadata() == null || hasMetadata.getMetadata().getName() == null)) {
            problems.add("metadata.name is required");
        }
        unknownFields(resource, kind, problems, new IdentityHashMap<>());
        coercedScalars(document, serialization.convertValue(resource, JsonNode.class), kind, problems);
        return problems;
    }

    /**
     * Quoted numbers and booleans ({@code replicas: "2"}): fabric8 7.5's serialization coerces them whatever the
     * mapper says, so the typed value, written back, is compared with what the file holds.
     */
    static void coercedScalars(JsonNode written, JsonNode typed, String path, List<String> problems) {
        if (written.isObject() && typed.isObject()) {
            written.fields().forEachRemaining(field -> {
                if (typed.has(field.getKey())) {
                    coercedScalars(field.getValue(), typed.get(field.getKey()), path + "." + field.getKey(), problems);
                }
            });
        } else if (written.isArray() && typed.isArray()) {
            for (int i = 0; i < Math.min(written.size(), typed.size()); i++) {
                coercedScalars(written.get(i), typed.get(i), path + "[" + i + "]", problems);
            }
        } else if (written.isTextual() && (typed.isNumber() || typed.isBoolean())) {
            problems.add(path + ": \"" + written.asText() + "\" is a string, " + typed.getNodeType().name().toLowerCase()
                    + " expected");
        }
    }

    static String firstLine(Exception e) {
        String message = String.valueOf(e.getMessage());
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    /** Every non-empty {@code additionalProperties} map below {@code value}: fields the model does not know. */
    static void unknownFields(Object value, String path, List<String> problems, Map<Object, Boolean> seen) {
        if (value == null || seen.put(value, Boolean.TRUE) != null) {
            return;
        }
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                unknownFields(item, path + "[" + i++ + "]", problems, seen);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> unknownFields(item, path + "." + key, problems, seen));
            return;
        }
        String type = value.getClass().getName();
        if (!type.startsWith("io.fabric8.") && !type.startsWith("io.strimzi.")) {
            return;
        }
        for (Method getter : value.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
                    || getter.getDeclaringClass() == Object.class) {
                continue;
            }
            String name = getter.getName();
            if (!name.startsWith("get") || name.equals("getClass")) {
                continue;
            }
            Object child;
            try {
                child = getter.invoke(value);
            } catch (ReflectiveOperationException | RuntimeException e) {
                continue;
            }
            if (name.equals("getAdditionalProperties")) {
                if (child instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    problems.add("unknown field(s) " + extra.keySet() + " in " + path);
                }
                continue;
            }
            if (SKIPPED_GETTERS.contains(name)) {
                continue;
            }
            unknownFields(child, path + "." + Character.toLowerCase(name.charAt(3)) + name.substring(4), problems, seen);
        }
    }

    /** Derived values, not fields: walking them would only repeat or compute. */
    private static final Set<String> SKIPPED_GETTERS = Set.of("getPlural", "getSingular", "getCRDName", "getScope",
            "getFullResourceName", "getApiVersion", "getKind", "getStatus", "getSerialVersionUID");
}
