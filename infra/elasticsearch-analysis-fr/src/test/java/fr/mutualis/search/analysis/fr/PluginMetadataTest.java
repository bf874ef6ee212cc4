package fr.mutualis.search.analysis.fr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.junit.jupiter.api.Test;

/**
 * named_components.json is what Elasticsearch reads to find the components: it must list exactly the classes annotated
 * with {@link NamedComponent}, under the interface they implement and the name they declare.
 */
class PluginMetadataTest {

    private static final Path METADATA = Path.of("src/main/plugin-metadata");

    @Test
    void namedComponentsJsonListsExactlyTheAnnotatedClasses() throws IOException, URISyntaxException {
        Map<String, Map<String, String>> declared = readNamedComponents();

        Map<String, Map<String, String>> annotated = new TreeMap<>();
        for (Class<?> type : compiledClassesOfThisPackage()) {
            NamedComponent component = type.getAnnotation(NamedComponent.class);
            if (component == null) {
                continue;
            }
            String extensible = TokenFilterFactory.class.isAssignableFrom(type) ? TokenFilterFactory.class.getName()
                    : AnalyzerFactory.class.isAssignableFrom(type) ? AnalyzerFactory.class.getName()
                    : "unsupported " + type;
            annotated.computeIfAbsent(extensible, k -> new TreeMap<>()).put(component.value(), type.getName());
            assertThat(type.getConstructors()).as("%s: exactly one public constructor", type).hasSize(1);
        }

        assertThat(declared).isEqualTo(annotated);
        assertThat(annotated.get(TokenFilterFactory.class.getName())).containsOnlyKeys(
                "mutualis_fr_elision", "mutualis_fr_fold", "mutualis_fr_stop", "mutualis_fr_stem", "mutualis_fr_synonyms");
        assertThat(annotated.get(AnalyzerFactory.class.getName()))
                .containsOnlyKeys("mutualis_french", "mutualis_french_search", "mutualis_french_related");
    }

    @Test
    void descriptorHasOnlyTheKeysOfAStablePlugin() throws IOException {
        Properties descriptor = new Properties();
        try (Reader reader = Files.newBufferedReader(METADATA.resolve("stable-plugin-descriptor.properties"))) {
            descriptor.load(reader);
        }
        assertThat(descriptor.stringPropertyNames())
                .containsExactlyInAnyOrder("description", "version", "name", "java.version", "elasticsearch.version");
        assertThat(descriptor.getProperty("elasticsearch.version")).isEqualTo("${elasticsearch.version}");
    }

    @Test
    void synonymsFileIsOnTheClasspath() {
        assertThat(FrenchAnalysis.class.getResource(FrenchAnalysis.SYNONYMS_RESOURCE)).isNotNull();
        assertThat(FrenchAnalysis.synonymMap().fst).isNotNull();
        assertThat(FrenchAnalysis.class.getResource(FrenchAnalysis.RELATED_RESOURCE)).isNotNull();
        assertThat(FrenchAnalysis.relatedMap().fst).isNotNull();
    }

    private static Map<String, Map<String, String>> readNamedComponents() throws IOException {
        String json = Files.readString(METADATA.resolve("named_components.json"), StandardCharsets.UTF_8);
        Map<String, Map<String, String>> declared = new TreeMap<>();
        Matcher block = Pattern.compile("\"([\\w.]+)\"\\s*:\\s*\\{([^}]*)}").matcher(json);
        while (block.find()) {
            Map<String, String> components = new HashMap<>();
            Matcher entry = Pattern.compile("\"([^\"]+)\"\\s*:\\s*\"([^\"]+)\"").matcher(block.group(2));
            while (entry.find()) {
                assertThat(components.put(entry.group(1), entry.group(2))).as("duplicate %s", entry.group(1)).isNull();
            }
            declared.put(block.group(1), new TreeMap<>(components));
        }
        return declared;
    }

    private static Iterable<Class<?>> compiledClassesOfThisPackage() throws IOException, URISyntaxException {
        Path directory = Path.of(FrenchAnalysis.class.getResource("FrenchAnalysis.class").toURI()).getParent();
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".class"))
                    .map(name -> FrenchAnalysis.class.getPackageName() + "." + name.substring(0, name.length() - 6))
                    .map(PluginMetadataTest::load)
                    .toList()::iterator;
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
