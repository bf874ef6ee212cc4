package fr.mutualis.deployment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;


/** Where the repository's files are, and how its YAML is read (every document of a file, as JSON trees). */
final class Project {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Project() {
    }

    /** The repository's root: the first parent of the module's folder that holds the Maven wrapper. */
    static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("repository root (mvnw) not found above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    static Path kubernetes() {
        return root().resolve("infra/kubernetes");
    }

    static List<Path> yamlFiles(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> file.toString().endsWith(".yaml") || file.toString().endsWith(".yml"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The non-empty documents of a YAML file, in order. SnakeYAML resolves anchors, aliases and merge keys
     * ({@code <<: *service}) as Compose and kubectl do; Jackson's YAML reader would keep {@code <<} as a field.
     */
    static List<JsonNode> documents(Path file) {
        org.yaml.snakeyaml.LoaderOptions options = new org.yaml.snakeyaml.LoaderOptions();
        options.setAllowDuplicateKeys(false);
        org.yaml.snakeyaml.Yaml yaml = new org.yaml.snakeyaml.Yaml(options);
        List<JsonNode> documents = new ArrayList<>();
        try {
            for (Object document : yaml.loadAll(Files.readString(file))) {
                if (document != null) {
                    documents.add(JSON.valueToTree(document));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
        return documents;
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode object(JsonNode node) {
        return (ObjectNode) node;
    }

    static ObjectMapper json() {
        return new ObjectMapper();
    }
}
