package fr.mutualis.contracts.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import fr.mutualis.contracts.compatibility.SchemaCompatibility;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * Writes the event catalogue, a self-contained French HTML page, from {@code asyncapi.yaml}, the JSON Schemas and the
 * examples: what an integrator reads before subscribing. Run by the build; served by the portal at
 * {@code /evenements/index.html}.
 */
public final class CatalogueGenerator {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path contracts;
    private final JsonNode asyncApi;
    private final StringBuilder html = new StringBuilder();

    private CatalogueGenerator(Path contracts) throws IOException {
        this.contracts = contracts;
        this.asyncApi = YAML.readTree(contracts.resolve("asyncapi.yaml").toFile());
    }

    /** Arguments: the contracts folder, the HTML file to write. */
    public static void main(String[] args) throws IOException {
        Path output = Path.of(args[1]);
        Files.createDirectories(output.getParent());
        Files.writeString(output, generate(Path.of(args[0])), StandardCharsets.UTF_8);
    }

    public static String generate(Path contracts) throws IOException {
        return new CatalogueGenerator(contracts).page();
    }

    private String page() throws IOException {
        JsonNode info = asyncApi.path("info");
        html.append("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Catalogue des événements — ").append(escape(info.path("title").asText())).append("</title>\n")
                .append("<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:auto;padding:1rem;line-height:1.5}")
                .append("table{border-collapse:collapse;width:100%}th,td{border:1px solid #999;padding:.3rem;text-align:left;vertical-align:top}")
                .append("pre{background:#f4f4f4;padding:.5rem;overflow:auto}code{font-size:.95em}</style>\n</head>\n<body>\n<main>\n")
                .append("<h1>Catalogue des événements</h1>\n")
                .append("<p>").append(escape(info.path("title").asText())).append(", version ")
                .append(escape(info.path("version").asText())).append(".</p>\n")
                .append(paragraphs(info.path("description").asText()));
        headers();
        var channels = asyncApi.path("channels").fields();
        while (channels.hasNext()) {
            channel(channels.next().getValue());
        }
        html.append("</main>\n</body>\n</html>\n");
        return html.toString();
    }

    private void headers() {
        html.append("<h2>En-têtes CloudEvents</h2>\n<table>\n<caption>Attributs portés par chaque message Kafka</caption>\n")
                .append("<thead><tr><th scope=\"col\">En-tête</th><th scope=\"col\">Description</th></tr></thead>\n<tbody>\n");
        var headers = asyncApi.path("components").path("schemas").path("cloudEventsHeaders").path("properties").fields();
        while (headers.hasNext()) {
            var header = headers.next();
            html.append("<tr><th scope=\"row\"><code>").append(escape(header.getKey())).append("</code></th><td>")
                    .append(escape(header.getValue().path("description").asText(constant(header.getValue()))))
                    .append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    private void channel(JsonNode channel) throws IOException {
        html.append("<section>\n<h2>Topic <code>").append(escape(channel.path("address").asText())).append("</code></h2>\n")
                .append("<p><strong>").append(escape(channel.path("title").asText())).append("</strong></p>\n")
                .append(paragraphs(channel.path("description").asText()));
        var messages = channel.path("messages").fields();
        while (messages.hasNext()) {
            message(reference(messages.next().getValue()));
        }
        html.append("</section>\n");
    }

    private void message(JsonNode message) throws IOException {
        String name = message.path("name").asText();
        html.append("<h3><code>").append(escape(name)).append("</code> — ").append(escape(message.path("title").asText()))
                .append("</h3>\n");
        String schemaFile = message.path("payload").path("$ref").asText("");
        if (schemaFile.isEmpty() || schemaFile.startsWith("#")) {
            html.append("<p>Valeur : texte libre (le message d'origine).</p>\n");
            return;
        }
        Path schemaPath = contracts.resolve(schemaFile);
        JsonNode schema = SchemaCompatibility.resolve(schemaPath.getParent(), schemaPath);
        html.append("<p>Schéma : <code>").append(escape(schemaFile)).append("</code>. ")
                .append(escape(schemaOf(schemaPath).path("description").asText())).append("</p>\n");
        JsonNode data = schema.path("properties").path("data");
        Set<String> required = new HashSet<>();
        data.path("required").forEach(field -> required.add(field.asText()));
        html.append("<table>\n<caption>Contenu de <code>data</code></caption>\n<thead><tr><th scope=\"col\">Propriété</th>")
                .append("<th scope=\"col\">Type</th><th scope=\"col\">Obligatoire</th><th scope=\"col\">Description</th></tr></thead>\n<tbody>\n");
        var properties = data.path("properties").fields();
        while (properties.hasNext()) {
            var property = properties.next();
            html.append("<tr><th scope=\"row\"><code>").append(escape(property.getKey())).append("</code></th><td>")
                    .append(escape(type(property.getValue()))).append("</td><td>")
                    .append(required.contains(property.getKey()) ? "oui" : "non").append("</td><td>")
                    .append(escape(property.getValue().path("description").asText())).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
        Path example = contracts.resolve("events/examples/" + schemaPath.getFileName().toString()
                .replace(".schema.json", ".example.json"));
        if (Files.exists(example)) {
            html.append("<p>Exemple :</p>\n<pre><code>")
                    .append(escape(JSON.writeValueAsString(JSON.readTree(example.toFile())))).append("</code></pre>\n");
        }
    }

    private JsonNode reference(JsonNode node) {
        String ref = node.path("$ref").asText("");
        if (!ref.startsWith("#/")) {
            return node;
        }
        JsonNode target = asyncApi;
        for (String part : ref.substring(2).split("/")) {
            target = target.path(part);
        }
        return target;
    }

    private static JsonNode schemaOf(Path file) throws IOException {
        return JSON.readTree(file.toFile());
    }

    private static String type(JsonNode property) {
        if (property.has("enum")) {
            return "une valeur parmi " + property.get("enum");
        }
        if (property.path("items").has("enum")) {
            return "liste de valeurs parmi " + property.path("items").get("enum");
        }
        String type = property.path("type").asText("valeur");
        return property.has("format") ? type + " (" + property.get("format").asText() + ")" : type;
    }

    private static String constant(JsonNode header) {
        return header.has("const") ? "Toujours " + header.get("const").asText() + "." : "";
    }

    private static String paragraphs(String text) {
        StringBuilder out = new StringBuilder();
        for (String paragraph : text.strip().split("\\n\\s*\\n")) {
            if (!paragraph.isBlank()) {
                out.append("<p>").append(escape(paragraph.strip().replace('\n', ' '))).append("</p>\n");
            }
        }
        return out.toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
