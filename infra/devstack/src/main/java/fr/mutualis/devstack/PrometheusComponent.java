package fr.mutualis.devstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Prometheus from the machine's Debian package ({@code apt-get install prometheus}), on 127.0.0.1: it scrapes every
 * service's {@code /actuator/prometheus} and the exporters the machine has, and evaluates the platform's alert rules
 * ({@value #ALERT_RULES}). Its configuration, written at each start, is {@code <data root>/prometheus/prometheus.yml}.
 */
final class PrometheusComponent extends Component {

    static final String NAME = "prometheus";
    static final SystemBinary BINARY = new SystemBinary(NAME, "/usr/bin/prometheus", "MUTUALIS_PROMETHEUS", "prometheus");
    /** Every rules file there is loaded: the alert rules and any the operator adds. */
    static final String ALERT_RULES = "infra/observability/alerts/*.yml";
    /** The job of the services' own metrics; each target carries its service's name in the label {@code service}. */
    static final String SERVICES_JOB = "mutualis";
    static final String RETENTION = "7d";

    private final List<ExporterComponent> exporters;

    PrometheusComponent(StackConfig config, UnprivilegedUser user, List<ExporterComponent> exporters) {
        super(config, user, NAME, Port.PROMETHEUS);
        this.exporters = List.copyOf(exporters);
    }

    Path configuration() {
        return folder().resolve("prometheus.yml");
    }

    @Override
    protected void prepare() throws IOException {
        BINARY.require(config.environment());
        Files.createDirectories(folder().resolve("data"));
        Files.writeString(configuration(), configurationText(), StandardCharsets.UTF_8);
    }

    /** The services at their ports, then each installed exporter; the alert rules of the project. */
    String configurationText() {
        List<String> lines = new ArrayList<>(List.of(
                "# Written by the Mutualis launcher at each start (up --observability): changes here are lost.",
                "global:",
                "  scrape_interval: 15s",
                "  evaluation_interval: 15s",
                "rule_files:",
                "  - " + quoted(config.projectRoot().resolve(ALERT_RULES).toString()),
                "scrape_configs:",
                "  - job_name: " + SERVICES_JOB,
                "    metrics_path: /actuator/prometheus",
                "    static_configs:"));
        for (ServiceDescriptor service : config.services()) {
            lines.add("      - targets: [" + quoted(StackConfig.HOST + ":" + config.port(service)) + "]");
            lines.add("        labels:");
            lines.add("          service: " + quoted(service.name()));
        }
        for (ExporterComponent exporter : exporters) {
            if (exporter.installed()) {
                lines.add("  - job_name: " + exporter.job());
                lines.add("    static_configs:");
                lines.add("      - targets: [" + quoted(exporter.scrapeAddress()) + "]");
            }
        }
        lines.add("");
        return String.join("\n", lines);
    }

    /** A YAML double-quoted scalar: a project path may hold spaces or a colon. */
    private static String quoted(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    @Override
    protected List<String> command() {
        return List.of(BINARY.require(config.environment()).toString(),
                "--config.file=" + configuration(),
                "--storage.tsdb.path=" + folder().resolve("data"),
                "--storage.tsdb.retention.time=" + RETENTION,
                "--web.listen-address=" + StackConfig.HOST + ":" + port());
    }

    @Override
    protected java.time.Duration startTimeout() {
        return java.time.Duration.ofSeconds(60);
    }

    @Override
    protected boolean healthy() {
        return Http.answers(config.prometheusUrl() + "/-/ready");
    }
}
