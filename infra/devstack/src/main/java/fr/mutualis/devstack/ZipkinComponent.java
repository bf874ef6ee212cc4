package fr.mutualis.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Zipkin, the span collector and trace viewer of the observability option: Maven Central's executable server, spans
 * kept in memory (lost when it stops), on 127.0.0.1 only. The services send it their spans in Zipkin's JSON v2
 * ({@link StackConfig#tracesEndpoint}). The build fetches it only for the integration tests; otherwise the first
 * {@code up --observability} does, through the project's Maven wrapper.
 */
final class ZipkinComponent extends Component {

    static final String NAME = "zipkin";
    static final String JAR = "infra/devstack/target/runtime/zipkin-server.jar";
    /** The execution of infra/devstack/pom.xml that copies the server from Maven Central (or the local repository). */
    static final String FETCH = "dependency:copy@fetch-zipkin-server";
    /** About 1 KiB a span: the oldest traces go first, within the heap. */
    private static final int MAX_SPANS = 100_000;

    ZipkinComponent(StackConfig config, UnprivilegedUser user) {
        super(config, user, NAME, Port.ZIPKIN);
    }

    @Override
    protected void prepare() throws IOException {
        if (!Files.exists(config.projectRoot().resolve(JAR))) {
            System.out.println("  … zipkin : téléchargement depuis Maven Central (~135 Mo, une seule fois) / "
                    + "downloading from Maven Central (~135 MB, once)");
            Processes.runToCompletion(NAME, List.of(config.projectRoot().resolve("mvnw").toString(), "-q", "-B",
                    "-f", "infra/devstack/pom.xml", FETCH), config.projectRoot(), log(), Map.of(), false);
        }
        config.built(NAME, JAR);
    }

    @Override
    protected List<String> command() {
        Path jar = config.projectRoot().resolve(JAR);
        return jvm("384m", "-jar", jar.toString(),
                // Zipkin listens on every interface by default.
                "--armeria.ports[0].ip=" + StackConfig.HOST,
                "--armeria.ports[0].port=" + port(),
                "--zipkin.storage.mem.max-spans=" + MAX_SPANS,
                "--zipkin.ui.environment=mutualis-" + config.profile().folderName());
    }

    @Override
    protected boolean healthy() {
        try {
            Http.Response health = Http.get(config.zipkinUrl() + "/health");
            return health.ok() && health.body().contains("\"UP\"");
        } catch (IOException e) {
            return false;
        }
    }
}
