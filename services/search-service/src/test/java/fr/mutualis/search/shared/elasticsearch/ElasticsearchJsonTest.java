package fr.mutualis.search.shared.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A value from a request or an event stays one path segment of the Elasticsearch request. */
class ElasticsearchJsonTest {

    @Test
    void escapesEverySegment() {
        assertThat(ElasticsearchJson.path("barometer", "_doc", "../../_cat/indices"))
                .isEqualTo("/barometer/_doc/..%2F..%2F_cat%2Findices");
        assertThat(ElasticsearchJson.path("experiences", "_doc", "a b?pretty#x"))
                .isEqualTo("/experiences/_doc/a%20b%3Fpretty%23x");
        assertThat(ElasticsearchJson.path("experiences", "_search")).isEqualTo("/experiences/_search");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ".", ".."})
    void refusesWhatTheHttpClientWouldResolve(String segment) {
        assertThatThrownBy(() -> ElasticsearchJson.path("barometer", "_doc", segment))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void namesARequestByItsEndpointNeverByTheIdsInItsPath() {
        assertThat(ElasticsearchJson.operation(ElasticsearchJson.path("actes", "_doc", "_search")))
                .isEqualTo("_doc");
        assertThat(ElasticsearchJson.operation(ElasticsearchJson.path("consultations", "_search"))).isEqualTo("_search");
        assertThat(ElasticsearchJson.operation(ElasticsearchJson.path("barometer-000001"))).isEqualTo("index");
    }
}
