package fr.mutualis.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipFile;

/**
 * Elasticsearch 8.19 from Maven Central's integ-test-zip distribution, with the project's French analysis plugin
 * (infra/elasticsearch-analysis-fr) installed, or re-installed whenever the built plugin changes.
 */
final class ElasticsearchComponent extends Component {

    static final String NAME = "elasticsearch";
    private static final String DISTRIBUTION = "infra/devstack/target/runtime/elasticsearch.zip";
    private static final String ANALYSIS_PLUGIN = "infra/elasticsearch-analysis-fr/target/elasticsearch-analysis-fr.zip";

    ElasticsearchComponent(StackConfig config, UnprivilegedUser user) {
        super(config, user, NAME, Port.ELASTICSEARCH, Port.ELASTICSEARCH_TRANSPORT);
    }

    @Override
    protected boolean refusesRoot() {
        return true;
    }

    @Override
    protected java.time.Duration startTimeout() {
        return java.time.Duration.ofSeconds(180);
    }

    private Path home() {
        return folder().resolve("home");
    }

    @Override
    protected Map<String, String> environment() {
        return Map.of(
                "ES_JAVA_HOME", System.getProperty("java.home"),
                "ES_JAVA_OPTS", "-Xms768m -Xmx768m",
                "ES_TMPDIR", folder().resolve("tmp").toString());
    }

    @Override
    protected void prepare() throws IOException {
        Files.createDirectories(folder().resolve("tmp"));
        if (!Files.exists(home().resolve("bin/elasticsearch"))) {
            Archives.unzipStrippingTopFolder(config.built(NAME, DISTRIBUTION), home());
        }
        installAnalysisPlugin();
        user.own(folder());
    }

    /** Installs the French analysis plugin, again only when the built zip differs from the installed one. */
    private void installAnalysisPlugin() throws IOException {
        Path built = config.built(NAME, ANALYSIS_PLUGIN);
        String checksum = sha256(built);
        Path marker = folder().resolve("analysis-plugin.sha256");
        if (Files.exists(marker) && Files.readString(marker).equals(checksum)) {
            return;
        }
        Path copy = folder().resolve("elasticsearch-analysis-fr.zip");
        Files.copy(built, copy, StandardCopyOption.REPLACE_EXISTING);
        user.own(folder());
        String pluginName = pluginName(copy);
        List<String> pluginTool = List.of(home().resolve("bin/elasticsearch-plugin").toString());
        Processes.runToCompletion(NAME, user.wrap(concat(pluginTool, "remove", pluginName), environment()), log(),
                environment(), true);
        Processes.runToCompletion(NAME, user.wrap(concat(pluginTool, "install", "--batch", copy.toUri().toString()),
                environment()), log(), environment(), false);
        Files.writeString(marker, checksum, StandardCharsets.UTF_8);
    }

    private static String pluginName(Path zip) throws IOException {
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            var entry = archive.getEntry("stable-plugin-descriptor.properties");
            if (entry == null) {
                throw new IOException(zip + " has no stable-plugin-descriptor.properties");
            }
            Properties descriptor = new Properties();
            try (InputStream in = archive.getInputStream(entry)) {
                descriptor.load(in);
            }
            return descriptor.getProperty("name");
        }
    }

    @Override
    protected List<String> command() {
        return List.of(home().resolve("bin/elasticsearch").toString(),
                "-E", "cluster.name=mutualis-" + config.profile().folderName(),
                "-E", "node.name=mutualis-1",
                "-E", "discovery.type=single-node",
                "-E", "network.host=" + StackConfig.HOST,
                "-E", "http.port=" + port(),
                "-E", "transport.port=" + config.port(Port.ELASTICSEARCH_TRANSPORT),
                "-E", "xpack.security.enabled=false",
                "-E", "path.data=" + folder().resolve("data"),
                "-E", "path.logs=" + folder().resolve("logs"),
                // a nearly full development disk must not turn the indices read-only
                "-E", "cluster.routing.allocation.disk.threshold_enabled=false");
    }

    @Override
    protected boolean healthy() {
        try {
            Http.Response health = Http.get(config.elasticsearchUrl() + "/_cluster/health");
            return health.ok() && !health.body().contains("\"status\":\"red\"");
        } catch (IOException e) {
            return false;
        }
    }

    private static List<String> concat(List<String> head, String... tail) {
        List<String> all = new java.util.ArrayList<>(head);
        all.addAll(List.of(tail));
        return all;
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
