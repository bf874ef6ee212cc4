package fr.mutualis.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The AsyncAPI document is checked by the official tooling, {@code @asyncapi/cli} from npm (run through npx, pinned),
 * which also resolves its references to the JSON Schemas. Needs Node.js and npm: {@code .ci/run} installs them.
 */
class AsyncApiDocumentIntegrationTest {

    private static final String CLI = "@asyncapi/cli@6.2.0";
    private static final Path CONTRACTS = Path.of(System.getProperty("mutualis.project.root", "..")).resolve("contracts");

    @TempDir
    Path folder;

    @Test
    void the_published_document_is_valid_for_the_official_asyncapi_tooling() throws Exception {
        Result result = validate(CONTRACTS.resolve("asyncapi.yaml"));

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("is valid");
    }

    @Test
    void the_tooling_rejects_a_document_that_breaks_the_specification() throws Exception {
        String document = Files.readString(CONTRACTS.resolve("asyncapi.yaml"), StandardCharsets.UTF_8)
                .replace("    action: send", "    action: publish");
        Path broken = folder.resolve("asyncapi.yaml");
        Files.writeString(broken, document, StandardCharsets.UTF_8);
        copyTree(CONTRACTS.resolve("events"), folder.resolve("events"));

        Result result = validate(broken);

        assertThat(result.exitCode()).as(result.output()).isNotZero();
    }

    private record Result(int exitCode, String output) {
    }

    private static Result validate(Path document) throws IOException, InterruptedException {
        Path log = Files.createTempFile("asyncapi", ".log");
        ProcessBuilder builder = new ProcessBuilder(List.of("npx", "--yes", CLI, "validate", document.toString()))
                .directory(document.getParent().toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("ASYNCAPI_METRICS", "false");
        builder.environment().put("SUPPRESS_NO_CONFIG_WARNING", "true");
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("npx introuvable : Node.js et npm sont nécessaires pour valider le document "
                    + "AsyncAPI (Debian : apt-get install nodejs npm) / npx not found", e);
        }
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("asyncapi validate did not finish in 5 minutes: " + Files.readString(log));
        }
        return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }
}
