package fr.mutualis.testing.fuzz;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URL;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The JSON shape of a request record, read from its components (nested records, lists, maps, enums, dates…): what
 * a well-formed body looks like, so that a mutation can break exactly one thing in it, and which values are certain
 * to be refused in each place under the platform's strict binding (unknown fields, coercions and NUL refused).
 */
final class JsonShape {

    enum Kind { TEXT, INTEGER, DECIMAL, BOOLEAN, ENUM, UUID, DATE, DATETIME, ARRAY, OBJECT, MAP, ANY }

    final Kind kind;
    /** Fields of an object, by JSON name. */
    final Map<String, JsonShape> fields;
    /** Element of an array, value of a map. */
    final JsonShape element;
    final List<String> enumValues;
    /** An object that tolerates unknown fields ({@code @JsonIgnoreProperties(ignoreUnknown)}, any-setter). */
    final boolean openObject;

    private JsonShape(Kind kind, Map<String, JsonShape> fields, JsonShape element, List<String> enumValues,
                      boolean openObject) {
        this.kind = kind;
        this.fields = fields;
        this.element = element;
        this.enumValues = enumValues;
        this.openObject = openObject;
    }

    private static JsonShape simple(Kind kind) {
        return new JsonShape(kind, Map.of(), null, List.of(), false);
    }

    static JsonShape of(Type type) {
        return of(type, 0);
    }

    private static JsonShape of(Type type, int depth) {
        if (depth > 8) {
            return simple(Kind.ANY);
        }
        if (type instanceof WildcardType wildcard) {
            return of(wildcard.getUpperBounds()[0], depth);
        }
        if (type instanceof GenericArrayType array) {
            return new JsonShape(Kind.ARRAY, Map.of(), of(array.getGenericComponentType(), depth + 1), List.of(),
                    false);
        }
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            Type[] arguments = parameterized.getActualTypeArguments();
            if (Collection.class.isAssignableFrom(raw)) {
                return new JsonShape(Kind.ARRAY, Map.of(), of(arguments[0], depth + 1), List.of(), false);
            }
            if (Map.class.isAssignableFrom(raw)) {
                return new JsonShape(Kind.MAP, Map.of(), of(arguments[1], depth + 1), List.of(), false);
            }
            if (raw == Optional.class) {
                return of(arguments[0], depth);
            }
            return of(raw, depth);
        }
        if (!(type instanceof Class<?> c)) {
            return simple(Kind.ANY);
        }
        if (c == String.class || c == CharSequence.class || c == URI.class || c == URL.class) {
            return simple(Kind.TEXT);
        }
        if (c == int.class || c == Integer.class || c == long.class || c == Long.class || c == short.class
                || c == Short.class || c == BigInteger.class || c == java.time.Year.class) {
            return simple(Kind.INTEGER);
        }
        if (c == double.class || c == Double.class || c == float.class || c == Float.class
                || c == BigDecimal.class) {
            return simple(Kind.DECIMAL);
        }
        if (c == boolean.class || c == Boolean.class) {
            return simple(Kind.BOOLEAN);
        }
        if (c == UUID.class) {
            return simple(Kind.UUID);
        }
        if (c == LocalDate.class) {
            return simple(Kind.DATE);
        }
        if (c == Instant.class || c == OffsetDateTime.class || c == ZonedDateTime.class
                || c == LocalDateTime.class) {
            return simple(Kind.DATETIME);
        }
        if (c.isEnum()) {
            List<String> values = new ArrayList<>();
            for (Object constant : c.getEnumConstants()) {
                values.add(jsonValueOf((Enum<?>) constant));
            }
            return new JsonShape(Kind.ENUM, Map.of(), null, values, false);
        }
        if (c.isArray()) {
            return new JsonShape(Kind.ARRAY, Map.of(), of(c.getComponentType(), depth + 1), List.of(), false);
        }
        if (c.isRecord()) {
            Map<String, JsonShape> fields = new LinkedHashMap<>();
            for (RecordComponent component : c.getRecordComponents()) {
                fields.put(jsonName(component), of(component.getGenericType(), depth + 1));
            }
            return new JsonShape(Kind.OBJECT, fields, null, List.of(), tolerant(c));
        }
        return simple(Kind.ANY);
    }

    /** The name Jackson gives the component: its {@code @JsonProperty} if any. */
    private static String jsonName(RecordComponent component) {
        for (Annotation annotation : annotationsOf(component)) {
            if (annotation.annotationType().getSimpleName().equals("JsonProperty")) {
                try {
                    Object value = annotation.annotationType().getMethod("value").invoke(annotation);
                    if (value instanceof String name && !name.isEmpty()) {
                        return name;
                    }
                } catch (ReflectiveOperationException ignored) {
                    // the component's own name
                }
            }
        }
        return component.getName();
    }

    private static List<Annotation> annotationsOf(RecordComponent component) {
        List<Annotation> annotations = new ArrayList<>(List.of(component.getAnnotations()));
        try {
            Field field = component.getDeclaringRecord().getDeclaredField(component.getName());
            annotations.addAll(List.of(field.getAnnotations()));
        } catch (NoSuchFieldException ignored) {
            // none
        }
        annotations.addAll(List.of(component.getAccessor().getAnnotations()));
        return annotations;
    }

    private static boolean tolerant(Class<?> c) {
        for (Annotation annotation : c.getAnnotations()) {
            if (annotation.annotationType().getSimpleName().equals("JsonIgnoreProperties")) {
                return true;
            }
        }
        for (Method method : c.getDeclaredMethods()) {
            for (Annotation annotation : method.getAnnotations()) {
                if (annotation.annotationType().getSimpleName().equals("JsonAnySetter")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String jsonValueOf(Enum<?> constant) {
        for (Method method : constant.getDeclaringClass().getDeclaredMethods()) {
            for (Annotation annotation : method.getAnnotations()) {
                if (annotation.annotationType().getSimpleName().equals("JsonValue") && method.getParameterCount() == 0) {
                    try {
                        method.setAccessible(true);
                        return String.valueOf(method.invoke(constant));
                    } catch (ReflectiveOperationException | RuntimeException ignored) {
                        return constant.name();
                    }
                }
            }
        }
        return constant.name();
    }

    /** Every place in the document, as a JSON pointer ({@code ""} the root, {@code /axes/0} an element). */
    List<String> slots() {
        List<String> slots = new ArrayList<>();
        collect("", slots);
        return slots;
    }

    private void collect(String pointer, List<String> slots) {
        slots.add(pointer);
        if (kind == Kind.OBJECT) {
            fields.forEach((name, shape) -> shape.collect(pointer + "/" + name, slots));
        } else if (kind == Kind.ARRAY) {
            element.collect(pointer + "/0", slots);
        } else if (kind == Kind.MAP) {
            element.collect(pointer + "/cle", slots);
        }
    }

    /** The shape at a pointer from {@link #slots()}. */
    JsonShape at(String pointer) {
        JsonShape shape = this;
        for (String token : pointer.isEmpty() ? new String[0] : pointer.substring(1).split("/")) {
            shape = shape.kind == Kind.OBJECT ? shape.fields.get(token) : shape.element;
        }
        return shape;
    }

    /**
     * Values (JSON text) that the platform's strict binding refuses in a place of this kind whatever the rest of
     * the document says; empty where any JSON is accepted.
     */
    List<String> certainlyWrongValues() {
        return switch (kind) {
            case TEXT -> List.of("12", "-1.5", "true", "false", "{}", "[\"a\"]", "[]", "{\"a\":\"b\"}");
            case INTEGER -> List.of("\"douze\"", "\"12\"", "1.5", "true", "{}", "[]", "99999999999999999999999999",
                    "-99999999999999999999999999", "1e400");
            case DECIMAL -> List.of("\"douze\"", "\"12.5\"", "true", "{}", "[]");
            case BOOLEAN -> List.of("\"vrai\"", "\"true\"", "1", "0", "{}", "[]");
            case ENUM -> List.of("\"VALEUR-INCONNUE\"", "true", "{}", "[]", "1.5");
            case UUID -> List.of("\"pas-un-uuid\"", "\"00000000-0000-0000-0000-00000000000g\"", "12", "true",
                    "{}", "[]");
            case DATE -> List.of("\"2024-13-45\"", "\"31/12/2024\"", "\"demain\"", "true", "{}", "1.5");
            case DATETIME -> List.of("\"2024-13-45T99:00:00Z\"", "\"hier\"", "true", "{}", "[]");
            case ARRAY -> List.of("\"a\"", "12", "true", "{}");
            case OBJECT -> List.of("\"a\"", "12", "true", "[]", "[{}]");
            case MAP -> List.of("\"a\"", "12", "true", "[]");
            case ANY -> List.of();
        };
    }
}
