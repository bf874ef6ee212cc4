package fr.mutualis.testing.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Generates hostile requests for one endpoint from a seeded random source: every request that could change state
 * carries at least one defect the service must refuse whatever else it says (a wrong JSON type, an unknown field,
 * broken JSON, a NUL, invalid UTF-8 or percent-encoding, a media type it cannot read, a forged token, a method it
 * does not map, broken HTTP framing), often combined with hostile extras (very long texts, lone surrogates, huge
 * numbers, null elements, another collectivité's token, an Accept it cannot produce).
 */
final class HostileRequests {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}/:]+)[^}]*}");
    /** Percent-encodings Tomcat cannot decode, or that decode to what no parameter may hold. */
    private static final List<String> BROKEN_ENCODINGS = List.of("%zz", "%", "%f", "%ff", "%c3%28", "%ed%a0%80",
            "a%00b", "%00", "%f0%9f%98", "%80", "%fe%ff");
    /** Characters Tomcat refuses unencoded in a request target. */
    private static final List<String> RAW_FORBIDDEN = List.of("<script>", "a\"b", "a{b}", "a|b", "a\\b", "a^b",
            "a`b");
    private static final List<String> WRONG_CONTENT_TYPES = List.of("text/plain", "*/*", "application/*",
            "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/xml", "json",
            "a/b/c", "application/json;charset=", "text/html", "image/png", ";", "application/json; charset=klingon",
            "application/octet-stream");
    private static final List<String> ODD_TEXTS = List.of("<script>alert(1)</script>", "' OR 1=1 --",
            "\u202Eevil", "é\u0301", "🙂🙂", "${jndi:ldap://x}", "../../etc/passwd", " ", "\t", "null");
    private static final List<String> ODD_ACCEPTS = List.of("application/xml", "text/html", "image/png",
            "text/csv", "application/json;q=0", "*/*;q=abc", "a/b/c");
    private static final List<String> WRONG_METHODS = List.of("GET", "POST", "PUT", "DELETE", "PATCH", "TRACE",
            "FOO", "PROPFIND");

    private final List<Endpoint> endpoints;
    private final Callers callers;
    private final java.util.Map<String, List<String>> knownPathValues;

    HostileRequests(List<Endpoint> endpoints, Callers callers, java.util.Map<String, List<String>> knownPathValues) {
        this.endpoints = endpoints;
        this.callers = callers;
        this.knownPathValues = knownPathValues;
    }

    /** Request {@code number} of {@code endpoint}'s campaign, drawn from {@code random}. */
    HostileRequest next(Endpoint endpoint, int number, SplittableRandom random) {
        Draft draft = new Draft(endpoint, number, random);
        int roll = random.nextInt(100);
        boolean hasBody = endpoint.body() != null;
        boolean hasPath = !endpoint.path().isEmpty();
        if (hasBody && roll < 50) {
            bodyAttack(draft);
        } else if (hasBody && roll < 60) {
            contentTypeAttack(draft);
        } else if (hasPath && roll < (hasBody ? 68 : 30)) {
            pathAttack(draft);
        } else if (roll < (hasBody ? 78 : 65)) {
            queryAttack(draft);
        } else if (roll < (hasBody ? 85 : 78)) {
            tokenAttack(draft);
        } else if (roll < (hasBody ? 93 : 90)) {
            methodAttack(draft);
        } else {
            return protocolAttack(draft);
        }
        if (random.nextInt(100) < 15) {
            draft.accept = pick(random, ODD_ACCEPTS);
            draft.attacks.add("Accept " + draft.accept);
        }
        return draft.build();
    }

    // ---- the attacks

    private void bodyAttack(Draft draft) {
        SplittableRandom random = draft.random;
        JsonShape shape = JsonShape.of(draft.endpoint.body());
        Body body = new Body(shape, random);
        int kind = random.nextInt(12);
        switch (kind) {
            case 0, 1, 2 -> {
                List<String> slots = shape.slots().stream()
                        .filter(slot -> !shape.at(slot).certainlyWrongValues().isEmpty()).toList();
                if (slots.isEmpty()) {
                    body.topLevel = pick(random, List.of("[]", "\"texte\"", "12", "true"));
                    draft.attacks.add("body of another JSON type: " + body.topLevel);
                } else {
                    String slot = pick(random, slots);
                    String value = pick(random, shape.at(slot).certainlyWrongValues());
                    body.override(slot, value);
                    draft.attacks.add("wrong JSON type at '" + slot + "': " + value);
                }
            }
            case 3 -> {
                List<String> objects = shape.slots().stream()
                        .filter(slot -> shape.at(slot).kind == JsonShape.Kind.OBJECT && !shape.at(slot).openObject)
                        .toList();
                if (objects.isEmpty()) {
                    body.trailing = " {}";
                    draft.attacks.add("trailing document");
                } else {
                    String slot = pick(random, objects);
                    body.unknownAt = slot;
                    draft.attacks.add("unknown field in '" + slot + "'");
                }
            }
            case 4 -> {
                String slot = textSlot(shape, random);
                if (slot == null) {
                    body.topLevel = "\"a\\u0000b\"";
                } else {
                    body.override(slot, pick(random, List.of("\"a\\u0000b\"", "\"\\u0000\"", "\"fin\\u0000\"")));
                }
                draft.attacks.add("NUL character in '" + slot + "'");
            }
            case 5 -> {
                body.truncate = true;
                draft.attacks.add("truncated JSON");
            }
            case 6 -> {
                body.trailing = pick(random, List.of(" x", "}", ",{}", "]", " {} ", "\u0000"));
                draft.attacks.add("garbage after the document");
            }
            case 7 -> {
                body.syntax = random.nextInt(6);
                draft.attacks.add("malformed JSON (" + List.of("single quotes", "trailing comma", "comment",
                        "NaN", "unquoted name", "leading zeros").get(body.syntax) + ")");
            }
            case 8 -> {
                List<String> tops = new ArrayList<>(List.of("[]", "\"texte\"", "12", "true", "[{}]", "[[[]]]"));
                if (draft.endpoint.bodyRequired()) {
                    tops.add("null");
                    tops.add("");
                }
                body.topLevel = pick(random, tops);
                draft.attacks.add("body of another JSON type: '" + body.topLevel + "'");
            }
            case 9 -> {
                body.deepNesting = 3000 + random.nextInt(5000);
                draft.attacks.add("nesting " + body.deepNesting + " deep");
            }
            case 10 -> {
                body.invalidUtf8 = pick(random, List.of(new byte[]{(byte) 0xff}, new byte[]{(byte) 0xc3, 0x28},
                        new byte[]{(byte) 0x80}, new byte[]{(byte) 0xfe, (byte) 0xfe}));
                draft.attacks.add("invalid UTF-8 in a text");
            }
            default -> {
                body.rawControl = true;
                draft.attacks.add("unescaped control character in a text");
            }
        }
        extras(body, shape, draft);
        draft.contentType = "application/json";
        draft.body = body.render();
    }

    /** What makes a refused request harder to refuse cleanly; never what makes it refused. */
    private void extras(Body body, JsonShape shape, Draft draft) {
        SplittableRandom random = draft.random;
        if (random.nextBoolean()) {
            String slot = textSlot(shape, random);
            if (slot != null && !body.overrides.containsKey(slot)) {
                int extra = random.nextInt(5);
                switch (extra) {
                    case 0 -> {
                        String text = longText(random, 5_000 + random.nextInt(60_000));
                        draft.sent.add(text);
                        body.override(slot, quote(text));
                        draft.attacks.add("+ " + text.length() + " characters in '" + slot + "'");
                    }
                    case 1 -> {
                        body.override(slot, pick(random, List.of("\"\\ud800\"", "\"a\\udc00b\"", "\"\\udbff\"")));
                        draft.attacks.add("+ lone surrogate in '" + slot + "'");
                    }
                    case 2 -> {
                        body.override(slot, quote(pick(random, ODD_TEXTS)));
                        draft.attacks.add("+ odd text in '" + slot + "'");
                    }
                    case 3 -> {
                        body.override(slot, "null");
                        draft.attacks.add("+ null in '" + slot + "'");
                    }
                    default -> {
                        body.override(slot, "\"\"");
                        draft.attacks.add("+ empty text in '" + slot + "'");
                    }
                }
            }
        }
        if (random.nextInt(4) == 0) {
            List<String> arrays = shape.slots().stream().filter(s -> shape.at(s).kind == JsonShape.Kind.ARRAY
                    && !body.overrides.containsKey(s)).toList();
            if (!arrays.isEmpty()) {
                String slot = pick(random, arrays);
                body.override(slot, pick(random, List.of("[null]", "[null,null]", "[]")));
                draft.attacks.add("+ null elements in '" + slot + "'");
            }
        }
        if (random.nextInt(4) == 0) {
            List<String> numbers = shape.slots().stream().filter(s -> shape.at(s).kind == JsonShape.Kind.DECIMAL
                    && !body.overrides.containsKey(s)).toList();
            if (!numbers.isEmpty()) {
                String slot = pick(random, numbers);
                body.override(slot, pick(random, List.of("1e400", "-1e400", "1" + "0".repeat(400), "4.9e-325")));
                draft.attacks.add("+ huge number in '" + slot + "'");
            }
        }
    }

    private void contentTypeAttack(Draft draft) {
        SplittableRandom random = draft.random;
        Body body = new Body(JsonShape.of(draft.endpoint.body()), random);
        draft.body = body.render();
        if (random.nextInt(6) == 0) {
            draft.contentType = null;
            draft.attacks.add("JSON body without Content-Type");
        } else {
            draft.contentType = pick(random, WRONG_CONTENT_TYPES);
            draft.attacks.add("JSON body as " + draft.contentType);
        }
    }

    private void pathAttack(Draft draft) {
        SplittableRandom random = draft.random;
        Endpoint.Parameter variable = pick(random, draft.endpoint.path());
        List<String> values = new ArrayList<>(BROKEN_ENCODINGS);
        values.addAll(List.of("%2F", "a%2Fb", "%5C", "%3B"));
        boolean typed = variable.type() == UUID.class || variable.type() == int.class
                || variable.type() == Integer.class || variable.type() == long.class || variable.type() == Long.class;
        if (typed) {
            values.addAll(List.of("pas-un-uuid", "1.5", "99999999999999999999999", "%20"));
        }
        String value;
        boolean certain = true;
        if (!draft.endpoint.changesState() && random.nextInt(3) == 0) {
            // Reads: texts that are odd but well encoded.
            certain = false;
            int kind = random.nextInt(3);
            if (kind == 0) {
                String text = longText(random, 1_000 + random.nextInt(3_000));
                draft.sent.add(text);
                value = encode(text);
            } else if (kind == 1) {
                value = encode(pick(random, ODD_TEXTS));
            } else {
                value = pick(random, List.of("%2e%2e", "..", ".", "%20", "+", "*", "-1", "0"));
            }
        } else {
            value = pick(random, values);
        }
        draft.pathValues.put(variable.name(), value);
        if (!certain) {
            draft.mustBeRefused = false;
        }
        draft.attacks.add("path {" + variable.name() + "} = " + abbreviate(value));
        validBodyIfAny(draft);
    }

    private void queryAttack(Draft draft) {
        SplittableRandom random = draft.random;
        List<Endpoint.Parameter> known = draft.endpoint.query();
        boolean reads = !draft.endpoint.changesState();
        int kind = random.nextInt(reads ? 10 : 4);
        String name = known.isEmpty() || random.nextInt(4) == 0 ? pick(random, List.of("q", "page", "size", "x"))
                : pick(random, known).name();
        Endpoint.Parameter parameter = known.stream().filter(p -> p.name().equals(name)).findFirst()
                .orElse(new Endpoint.Parameter(name, String.class, false));
        if (kind == 0 || kind == 1) {
            String value = pick(random, BROKEN_ENCODINGS);
            draft.query.add(name + "=" + value);
            draft.attacks.add("query " + name + "=" + value);
        } else if (kind == 2) {
            String value = pick(random, RAW_FORBIDDEN);
            draft.query.add(name + "=" + value);
            draft.attacks.add("unencoded " + value + " in query");
        } else if (kind == 3) {
            String value = pick(random, BROKEN_ENCODINGS);
            draft.query.add(value + "=1");
            draft.attacks.add("query name " + value);
        } else {
            // Reads only: possibly valid, must not break.
            draft.mustBeRefused = false;
            String value = switch (kind) {
                case 4, 5 -> pick(random, List.of("-1", "0", "2147483647", "2147483648", "-2147483649",
                        "99999999999999999999", "1.5", "1e3", "0x10", "abc", "", "100000", "999999"));
                case 6 -> {
                    String text = longText(random, 500 + random.nextInt(3_000));
                    draft.sent.add(text);
                    yield encode(text);
                }
                case 7 -> parameter.allowedValues().isEmpty() ? encode(pick(random, ODD_TEXTS))
                        : pick(random, List.of("INCONNU", "", encode(pick(random, ODD_TEXTS)),
                        pick(random, parameter.allowedValues()) + "x"));
                case 8 -> encode(pick(random, List.of("peut-être", "pas-un-uuid", "223300013x", "AAAA",
                        "eyJ9", "%%", "2024-13-45")));
                default -> {
                    StringBuilder repeated = new StringBuilder();
                    int n = 50 + random.nextInt(300);
                    for (int i = 0; i < n; i++) {
                        repeated.append(i == 0 ? "" : "&").append(name).append('=').append(i);
                    }
                    draft.query.add(repeated.toString());
                    draft.attacks.add(n + " times " + name);
                    yield null;
                }
            };
            if (value != null) {
                // Paging at its extremes, with the other paging parameter too.
                if (random.nextBoolean()) {
                    draft.query.add(pick(random, List.of("page", "size")) + "=" + pick(random,
                            List.of("-1", "0", "2147483647", "100000", "1000000000")));
                }
                draft.query.add(name + "=" + value);
                draft.attacks.add("query " + name + "=" + abbreviate(value));
            }
        }
        validBodyIfAny(draft);
    }

    private void tokenAttack(Draft draft) {
        SplittableRandom random = draft.random;
        List<String> forged = new ArrayList<>(callers.forged());
        forged.addAll(List.of("Bearer a.b.c", "Bearer !!!", "Bearer " + "A".repeat(5_000), "Bearer",
                "Bearer ey" + longText(random, 100)));
        draft.authorization = pick(random, forged);
        draft.attacks.add("forged credentials " + abbreviate(draft.authorization));
        validBodyIfAny(draft);
    }

    private void methodAttack(Draft draft) {
        SplittableRandom random = draft.random;
        String path = draft.path();
        Set<String> mapped = new LinkedHashSet<>();
        PathContainer container = PathContainer.parsePath(path);
        for (Endpoint other : endpoints) {
            if (PathPatternParser.defaultInstance.parse(other.pattern()).matches(container)) {
                mapped.add(other.method());
            }
        }
        if (mapped.contains("GET")) {
            mapped.add("HEAD");
        }
        List<String> wrong = WRONG_METHODS.stream().filter(method -> !mapped.contains(method)).toList();
        draft.method = pick(random, wrong);
        draft.attacks.add("method " + draft.method + " (mapped: " + mapped + ")");
        if (random.nextBoolean()) {
            draft.contentType = "application/json";
            draft.body = "{}".getBytes(StandardCharsets.UTF_8);
        }
    }

    private HostileRequest protocolAttack(Draft draft) {
        SplittableRandom random = draft.random;
        String target = draft.target();
        String auth = draft.authorization == null ? "" : "Authorization: " + draft.authorization + "\r\n";
        String head = draft.endpoint.method() + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + auth;
        String attack;
        String request;
        switch (random.nextInt(7)) {
            case 0 -> {
                attack = "HTTP version 9.9";
                request = draft.endpoint.method() + " " + target + " HTTP/9.9\r\nHost: 127.0.0.1\r\n" + auth;
            }
            case 1 -> {
                attack = "space in the request target";
                request = draft.endpoint.method() + " " + target + " x HTTP/1.1\r\nHost: 127.0.0.1\r\n" + auth;
            }
            case 2 -> {
                attack = "Content-Length: abc";
                request = head + "Content-Type: application/json\r\nContent-Length: abc\r\n";
            }
            case 3 -> {
                if (draft.endpoint.body() == null) {
                    // A handler that reads no body never reaches the broken chunk: only a bad length is certain.
                    attack = "Content-Length: 1x";
                    request = head + "Content-Type: application/json\r\nContent-Length: 1x\r\n";
                    break;
                }
                attack = "invalid chunk size";
                request = head + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n";
            }
            case 4 -> {
                attack = "oversized header";
                request = head + "X-Filler: " + "a".repeat(20_000 + random.nextInt(20_000)) + "\r\n";
            }
            case 5 -> {
                attack = "Transfer-Encoding: gzip";
                request = head + "Transfer-Encoding: gzip\r\n";
            }
            default -> {
                attack = "Content-Length: -5";
                request = head + "Content-Type: application/json\r\nContent-Length: -5\r\n";
            }
        }
        attack = "broken HTTP framing: " + attack;
        byte[] raw = (request + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
        return new HostileRequest(draft.number, draft.endpoint.key(), attack, true, List.of(), raw);
    }

    /** Requests whose defect is not in their body still carry a plausible one, so that only the defect decides. */
    private void validBodyIfAny(Draft draft) {
        if (draft.endpoint.body() != null && draft.body == null) {
            draft.contentType = "application/json";
            draft.body = new Body(JsonShape.of(draft.endpoint.body()), draft.random).render();
        }
    }

    // ---- helpers

    private static String textSlot(JsonShape shape, SplittableRandom random) {
        List<String> texts = shape.slots().stream().filter(slot -> shape.at(slot).kind == JsonShape.Kind.TEXT)
                .toList();
        return texts.isEmpty() ? null : pick(random, texts);
    }

    static <T> T pick(SplittableRandom random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** Random text mixing ASCII, accents and other scripts: unlikely to appear in an answer unless echoed. */
    static String longText(SplittableRandom random, int length) {
        String alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789éèàçôûÉßøΩжд ";
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    static String quote(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }

    static String encode(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…(" + text.length() + ")" : text;
    }

    /** A request being put together. */
    private final class Draft {
        final Endpoint endpoint;
        final int number;
        final SplittableRandom random;
        final List<String> attacks = new ArrayList<>();
        final List<String> sent = new ArrayList<>();
        final java.util.Map<String, String> pathValues = new java.util.HashMap<>();
        final List<String> query = new ArrayList<>();
        String method;
        String authorization;
        String contentType;
        String accept = "application/json";
        byte[] body;
        boolean mustBeRefused = true;

        Draft(Endpoint endpoint, int number, SplittableRandom random) {
            this.endpoint = endpoint;
            this.number = number;
            this.random = random;
            this.method = endpoint.method();
            int caller = random.nextInt(100);
            if (caller < 75 && !callers.entitled().isEmpty()) {
                authorization = pick(random, callers.entitled());
            } else if (caller < 90 && !callers.foreign().isEmpty()) {
                authorization = pick(random, callers.foreign());
                attacks.add("foreign caller");
            } else {
                attacks.add("no token");
            }
            for (Endpoint.Parameter parameter : endpoint.query()) {
                if (parameter.required()) {
                    query.add(parameter.name() + "=" + plausible(parameter));
                }
            }
        }

        private String plausible(Endpoint.Parameter parameter) {
            if (!parameter.allowedValues().isEmpty()) {
                return encode(pick(random, parameter.allowedValues()));
            }
            if (parameter.type() == UUID.class) {
                return UUID.randomUUID().toString();
            }
            if (parameter.type() == Integer.class || parameter.type() == int.class || parameter.type() == Long.class
                    || parameter.type() == long.class) {
                return "1";
            }
            if (parameter.type() == Boolean.class || parameter.type() == boolean.class) {
                return "true";
            }
            return parameter.name().toLowerCase().contains("siren") ? "223300013" : "fuzz";
        }

        String path() {
            Matcher matcher = VARIABLE.matcher(endpoint.pattern());
            StringBuilder path = new StringBuilder();
            while (matcher.find()) {
                String name = matcher.group(1);
                String value = pathValues.get(name);
                if (value == null) {
                    Endpoint.Parameter parameter = endpoint.path().stream().filter(p -> p.name().equals(name))
                            .findFirst().orElse(new Endpoint.Parameter(name, String.class, true));
                    List<String> known = knownPathValues.getOrDefault(name, List.of());
                    value = !known.isEmpty() && random.nextInt(10) < 7 ? pick(random, known)
                            : name.toLowerCase().contains("siren") ? "223300013"
                            : parameter.type() == UUID.class || name.toLowerCase().endsWith("id")
                            ? UUID.nameUUIDFromBytes(("fuzz" + random.nextInt(1000)).getBytes(StandardCharsets.UTF_8))
                            .toString() : "fuzz-" + random.nextInt(1000);
                    pathValues.put(name, value);
                }
                matcher.appendReplacement(path, Matcher.quoteReplacement(value));
            }
            matcher.appendTail(path);
            return path.toString();
        }

        String target() {
            String path = path();
            return query.isEmpty() ? path : path + "?" + String.join("&", query);
        }

        HostileRequest build() {
            if (endpoint.takesForm() && body == null && !query.isEmpty() && !method.equals("GET")) {
                // A form endpoint (OAuth 2) reads its parameters from the body: they travel there.
                contentType = "application/x-www-form-urlencoded";
                body = String.join("&", query).getBytes(StandardCharsets.UTF_8);
                query.clear();
            }
            HostileRequest.Builder request = new HostileRequest.Builder(method, target())
                    .header("Authorization", authorization)
                    .header("Accept", accept);
            if (body != null) {
                request.header("Content-Type", contentType).body(body);
            }
            return new HostileRequest(number, endpoint.key(), String.join(", ", attacks), mustBeRefused,
                    List.copyOf(sent), request.build());
        }
    }

    /** A JSON body drawn from a shape, with its defects. */
    private static final class Body {
        final JsonShape shape;
        final SplittableRandom random;
        final java.util.Map<String, String> overrides = new java.util.HashMap<>();
        String unknownAt;
        String topLevel;
        String trailing;
        boolean truncate;
        int syntax = -1;
        int deepNesting;
        byte[] invalidUtf8;
        boolean rawControl;

        Body(JsonShape shape, SplittableRandom random) {
            this.shape = shape;
            this.random = random;
        }

        void override(String slot, String json) {
            overrides.put(slot, json);
        }

        byte[] render() {
            if (topLevel != null) {
                return topLevel.getBytes(StandardCharsets.UTF_8);
            }
            StringBuilder json = new StringBuilder();
            write(shape, "", json);
            String text = json.toString();
            if (deepNesting > 0) {
                String nested = "[".repeat(deepNesting) + "]".repeat(deepNesting);
                text = text.startsWith("{") && text.length() > 2
                        ? "{\"imbrique\":" + nested + "," + text.substring(1) : nested;
            }
            if (syntax >= 0) {
                text = switch (syntax) {
                    case 0 -> text.replaceFirst("\"", "'").replaceFirst("\"", "'");
                    case 1 -> text.endsWith("}") ? text.substring(0, text.length() - 1) + ",}" : text + ",";
                    case 2 -> "/* commentaire */" + text;
                    case 3 -> text.startsWith("{") ? "{\"nombre\":NaN," + text.substring(1) : "NaN";
                    case 4 -> text.startsWith("{\"") ? "{" + text.substring(2).replaceFirst("\"", "") : "{a:1}";
                    default -> text.startsWith("{") ? "{\"nombre\":007," + text.substring(1) : "007";
                };
            }
            if (trailing != null) {
                text = text + trailing;
            }
            if (truncate) {
                int length = text.length();
                text = length <= 1 ? "{" : text.substring(0, 1 + random.nextInt(length - 1));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            if (invalidUtf8 != null || rawControl) {
                byte[] defect = invalidUtf8 != null ? invalidUtf8 : new byte[]{(byte) (1 + random.nextInt(0x1f))};
                int quote = indexOfStringContent(bytes);
                if (quote < 0) {
                    out.write('"');
                    out.writeBytes(defect);
                    out.write('"');
                } else {
                    out.write(bytes, 0, quote);
                    out.writeBytes(defect);
                    out.write(bytes, quote, bytes.length - quote);
                }
                return out.toByteArray();
            }
            return bytes;
        }

        /** Just after the opening quote of a string value or name, -1 when there is none. */
        private static int indexOfStringContent(byte[] bytes) {
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] == '"') {
                    return i + 1;
                }
            }
            return -1;
        }

        private void write(JsonShape node, String pointer, StringBuilder json) {
            String override = overrides.get(pointer);
            if (override != null) {
                json.append(override);
                return;
            }
            switch (node.kind) {
                case TEXT -> json.append(quote(pick(random, List.of("Guichet numérique", "223300013",
                        "https://exemple.fr/rappel", "camille.martin@exemple.fr", "e-inclusion", "texte"))));
                case INTEGER -> json.append(1 + random.nextInt(3));
                case DECIMAL -> json.append("1500.5");
                case BOOLEAN -> json.append(random.nextBoolean());
                case ENUM -> json.append(quote(pick(random, node.enumValues)));
                case UUID -> json.append('"').append(UUID.randomUUID()).append('"');
                case DATE -> json.append("\"2024-05-01\"");
                case DATETIME -> json.append("\"2024-05-01T10:00:00Z\"");
                case ARRAY -> {
                    json.append('[');
                    write(node.element, pointer + "/0", json);
                    json.append(']');
                }
                case MAP -> {
                    json.append("{\"cle\":");
                    write(node.element, pointer + "/cle", json);
                    json.append('}');
                }
                case OBJECT -> {
                    json.append('{');
                    boolean first = true;
                    if (pointer.equals(unknownAt)) {
                        json.append("\"champInconnu").append(random.nextInt(1000)).append("\":")
                                .append(pick(random, List.of("1", "\"x\"", "null", "{}", "[]", "true")));
                        first = false;
                    }
                    for (var field : node.fields.entrySet()) {
                        if (!first) {
                            json.append(',');
                        }
                        first = false;
                        json.append(quote(field.getKey())).append(':');
                        write(field.getValue(), pointer + "/" + field.getKey(), json);
                    }
                    json.append('}');
                }
                case ANY -> json.append("{}");
            }
        }
    }
}
