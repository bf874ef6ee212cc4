package fr.mutualis.devstack;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A Prometheus exporter of the observability option, from the machine's Debian package, on 127.0.0.1: it turns an
 * engine's statistics into metrics at {@code /metrics}. Optional: without its package the stack runs without those
 * metrics, and Prometheus does not scrape it.
 */
abstract class ExporterComponent extends Component {

    private final SystemBinary binary;
    private final Pattern engineReached;

    /** {@code upMetric}: the gauge the exporter sets to 1 once it reads its engine. */
    ExporterComponent(StackConfig config, UnprivilegedUser user, String name, Port port, SystemBinary binary,
                      String upMetric) {
        super(config, user, name, port);
        this.binary = binary;
        this.engineReached = Pattern.compile("^" + Pattern.quote(upMetric) + "(\\{[^}]*})? 1(\\.0)?$", Pattern.MULTILINE);
    }

    /** The Prometheus job that scrapes it, named after its engine. */
    abstract String job();

    /** What the stack lacks without it, said in one short phrase (French / English). */
    abstract String consequence();

    /** Its arguments besides the address it listens on. */
    abstract List<String> arguments();

    boolean installed() {
        return binary.find(config.environment()).isPresent();
    }

    String absence() {
        return binary.absence(consequence());
    }

    String scrapeAddress() {
        return StackConfig.HOST + ":" + port();
    }

    @Override
    protected Duration startTimeout() {
        return Duration.ofSeconds(30);
    }

    @Override
    protected List<String> command() {
        List<String> command = new ArrayList<>(List.of(binary.require(config.environment()).toString(),
                "--web.listen-address=" + scrapeAddress()));
        command.addAll(arguments());
        return command;
    }

    /** Healthy once it reads its engine, not merely once it listens. */
    @Override
    protected boolean healthy() {
        try {
            Http.Response metrics = Http.get("http://" + scrapeAddress() + "/metrics");
            return metrics.ok() && engineReached.matcher(metrics.body()).find();
        } catch (IOException e) {
            return false;
        }
    }
}
