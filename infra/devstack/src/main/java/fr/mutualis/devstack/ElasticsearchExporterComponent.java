package fr.mutualis.devstack;

import java.util.List;

/**
 * elasticsearch_exporter (Debian's {@code prometheus-elasticsearch-exporter}): the cluster's health and each node's
 * statistics, among them the disk the alert rules watch ({@code elasticsearch_filesystem_data_available_bytes}).
 */
final class ElasticsearchExporterComponent extends ExporterComponent {

    static final String NAME = "elasticsearch-exporter";
    static final SystemBinary BINARY = new SystemBinary(NAME, "/usr/bin/prometheus-elasticsearch-exporter",
            "MUTUALIS_ELASTICSEARCH_EXPORTER", "prometheus-elasticsearch-exporter");

    ElasticsearchExporterComponent(StackConfig config, UnprivilegedUser user) {
        this(config, user, BINARY);
    }

    /** {@code binary}: where the program is looked for, e.g. nowhere, to see the stack without it. */
    ElasticsearchExporterComponent(StackConfig config, UnprivilegedUser user, SystemBinary binary) {
        super(config, user, NAME, Port.ELASTICSEARCH_EXPORTER, binary, "elasticsearch_cluster_health_up");
    }

    @Override
    String job() {
        return "elasticsearch";
    }

    @Override
    String consequence() {
        return "pas de métriques Elasticsearch / no Elasticsearch metrics";
    }

    @Override
    protected void prepare() {
        // Nothing to prepare: it reads the cluster's HTTP API, which needs no sign-in on this stack.
    }

    @Override
    List<String> arguments() {
        return List.of("--es.uri=" + config.elasticsearchUrl());
    }
}
