package fr.mutualis.deployment;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The properties one service can be given, and whether an environment variable sets one of them, by Spring Boot's
 * relaxed binding ({@code MUTUALIS_SEARCH_ELASTICSEARCH_URL} → {@code mutualis.search.elasticsearch-url}). Known are:
 * Spring Boot's own properties (the configuration metadata of its modules on this module's test classpath), the keys
 * of the service's and its libraries' application.yml, the components of their {@code @ConfigurationProperties}
 * records (nested records followed, maps open), and every {@code ${…}} placeholder or {@code getProperty("…")} in
 * their sources. Libraries are the {@code fr.mutualis} artifacts its pom names, plus service-starter.
 */
final class ServiceProperties {

    /** Read by the JVM, not by Spring. */
    private static final Set<String> JVM_VARIABLES = Set.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS");
    private static final Pattern CONFIGURATION_PROPERTIES = Pattern.compile("@ConfigurationProperties\\(\\s*(?:prefix\\s*=\\s*|value\\s*=\\s*)?\"([^\"]+)\"\\s*\\)");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_.\\-\\[\\]]+)");
    private static final Pattern GET_PROPERTY = Pattern.compile("getProperty\\(\\s*\"([a-z0-9_.\\-]+)\"");
    private static final Pattern ARTIFACT = Pattern.compile("<groupId>fr\\.mutualis</groupId>\\s*<artifactId>([a-z0-9-]+)</artifactId>");
    private static final Set<String> BOOT_PROPERTIES = new HashSet<>();
    private static final Set<String> BOOT_MAPS = new HashSet<>();

    private final String service;
    private final Set<String> properties = new LinkedHashSet<>();
    /** Prefixes under which any key binds (maps, or classes whose fields are not parsed). */
    private final Set<String> openPrefixes = new LinkedHashSet<>();

    private ServiceProperties(String service) {
        this.service = service;
    }

    static ServiceProperties of(Path root, String service) {
        loadBootMetadata();
        ServiceProperties result = new ServiceProperties(service);
        result.properties.addAll(BOOT_PROPERTIES);
        result.openPrefixes.addAll(BOOT_MAPS);
        Path folder = root.resolve("services").resolve(service);
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("no service folder " + folder);
        }
        List<Path> modules = new ArrayList<>(List.of(folder, root.resolve("libs/service-starter")));
        Path pom = folder.resolve("pom.xml");
        if (Files.exists(pom)) {
            Matcher artifacts = ARTIFACT.matcher(Project.read(pom));
            while (artifacts.find()) {
                Path lib = root.resolve("libs").resolve(artifacts.group(1));
                if (Files.isDirectory(lib) && !modules.contains(lib)) {
                    modules.add(lib);
                }
            }
        }
        for (Path module : modules) {
            result.scan(module.resolve("src/main"));
        }
        return result;
    }

    /** Whether {@code variable} binds to a property this service reads. */
    boolean accepts(String variable) {
        if (JVM_VARIABLES.contains(variable)) {
            return true;
        }
        for (String property : properties) {
            if (environmentForms(property).contains(variable)) {
                return true;
            }
        }
        for (String prefix : openPrefixes) {
            for (String form : environmentForms(prefix)) {
                if (variable.startsWith(form + "_") && variable.length() > form.length() + 1) {
                    return true;
                }
            }
        }
        return false;
    }

    String service() {
        return service;
    }

    /**
     * The variable names that set {@code property}: dots to underscores, upper case, and dashes either removed (the
     * documented form) or turned into underscores (the legacy form Spring still maps). A placeholder that names a
     * variable itself ({@code ${MUTUALIS_SECRETS_KEY}}) is its own form.
     */
    static Set<String> environmentForms(String property) {
        String upper = property.replace("[", "_").replace("]", "").replace('.', '_').toUpperCase(Locale.ROOT);
        return new HashSet<>(List.of(upper.replace("-", ""), upper.replace('-', '_')));
    }

    private void scan(Path main) {
        if (!Files.isDirectory(main)) {
            return;
        }
        try (Stream<Path> files = Files.walk(main)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".java")) {
                    java(Project.read(file));
                } else if (name.matches("application.*\\.ya?ml")) {
                    for (JsonNode document : Project.documents(file)) {
                        flatten("", document);
                    }
                    placeholders(Project.read(file));
                } else if (name.matches("application.*\\.properties")) {
                    Project.read(file).lines().map(String::trim).filter(l -> !l.startsWith("#") && l.contains("="))
                            .forEach(l -> properties.add(l.substring(0, l.indexOf('=')).trim()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void flatten(String prefix, JsonNode node) {
        if (node.isObject() && node.size() > 0) {
            node.fields().forEachRemaining(f -> flatten(prefix.isEmpty() ? f.getKey() : prefix + "." + f.getKey(), f.getValue()));
        } else if (!prefix.isEmpty()) {
            properties.add(prefix);
        }
    }

    private void placeholders(String text) {
        Matcher placeholder = PLACEHOLDER.matcher(text);
        while (placeholder.find()) {
            properties.add(placeholder.group(1));
        }
        Matcher getProperty = GET_PROPERTY.matcher(text);
        while (getProperty.find()) {
            properties.add(getProperty.group(1));
        }
    }

    private void java(String source) {
        placeholders(source);
        Matcher annotation = CONFIGURATION_PROPERTIES.matcher(source);
        while (annotation.find()) {
            String prefix = annotation.group(1);
            Matcher record = Pattern.compile("record\\s+(\\w+)\\s*\\(").matcher(source);
            Matcher type = Pattern.compile("\\b(class|record)\\s+(\\w+)").matcher(source);
            if (type.find(annotation.end()) && type.group(1).equals("record") && record.find(type.start())) {
                components(source, record.end() - 1, prefix, 0);
            } else {
                // A JavaBean or a bean method's type: its fields are not parsed, any key under its prefix is accepted.
                openPrefixes.add(prefix);
            }
        }
    }

    /** The components of the record header whose '(' is at {@code open}, as properties under {@code prefix}. */
    private void components(String source, int open, String prefix, int depth) {
        String header = balanced(source, open);
        for (String component : splitTopLevel(header)) {
            String cleaned = component.replaceAll("@\\w+(\\.\\w+)*(\\([^)]*\\))?", " ").trim();
            if (cleaned.isEmpty()) {
                continue;
            }
            String[] words = cleaned.split("\\s+");
            String name = words[words.length - 1];
            String typeText = cleaned.substring(0, cleaned.length() - name.length()).trim();
            String property = prefix + "." + kebab(name);
            properties.add(property);
            if (typeText.startsWith("Map<") || typeText.startsWith("java.util.Map<")) {
                openPrefixes.add(property);
                String valueType = typeText.substring(typeText.lastIndexOf(',') + 1).replace(">", "").trim();
                nested(source, valueType, property + ".*", depth);
            } else {
                nested(source, typeText.replaceAll("<.*", ""), property, depth);
            }
        }
    }

    private void nested(String source, String type, String prefix, int depth) {
        if (depth > 4 || type.isEmpty() || !Character.isUpperCase(type.charAt(0))) {
            return;
        }
        Matcher record = Pattern.compile("record\\s+" + Pattern.quote(type) + "\\s*\\(").matcher(source);
        if (record.find()) {
            if (prefix.endsWith(".*")) {
                // map values: any key, then the record's components; accepted through the open prefix.
                return;
            }
            components(source, record.end() - 1, prefix, depth + 1);
        }
    }

    private static String balanced(String source, int open) {
        int depth = 0;
        for (int i = open; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return source.substring(open + 1, i);
            }
        }
        throw new IllegalStateException("unbalanced record header");
    }

    private static List<String> splitTopLevel(String header) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c == '<' || c == '(') {
                depth++;
            } else if (c == '>' || c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(header.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(header.substring(start));
        return parts;
    }

    static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    private static synchronized void loadBootMetadata() {
        if (!BOOT_PROPERTIES.isEmpty()) {
            return;
        }
        try {
            Enumeration<URL> files = ServiceProperties.class.getClassLoader()
                    .getResources("META-INF/spring-configuration-metadata.json");
            while (files.hasMoreElements()) {
                try (InputStream in = files.nextElement().openStream()) {
                    JsonNode metadata = Project.json().readTree(in);
                    for (JsonNode property : metadata.path("properties")) {
                        String name = property.path("name").asText();
                        BOOT_PROPERTIES.add(name);
                        if (property.path("type").asText().startsWith("java.util.Map<")) {
                            BOOT_MAPS.add(name);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (BOOT_PROPERTIES.isEmpty()) {
            throw new IllegalStateException("no Spring Boot configuration metadata on the test classpath");
        }
    }
}
