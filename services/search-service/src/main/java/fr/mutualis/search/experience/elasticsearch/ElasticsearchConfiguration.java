package fr.mutualis.search.experience.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import fr.mutualis.search.SearchProperties;
import fr.mutualis.search.shared.elasticsearch.BarometerIndexBootstrap;
import fr.mutualis.search.shared.elasticsearch.ElasticsearchJson;
import fr.mutualis.search.shared.elasticsearch.IndexBootstrap;
import org.elasticsearch.client.RestClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;

/** The experience index on the shared Elasticsearch client: its bootstrap, its writes and its searches. */
@Configuration(proxyBeanMethods = false)
public class ElasticsearchConfiguration {

    @Bean
    ElasticsearchExperienceIndex elasticsearchExperienceIndex(ElasticsearchClient client, SearchProperties properties,
                                                              IndexBootstrap bootstrap) {
        // Depends on the bootstrap: the index exists before any listener or request can use it.
        return new ElasticsearchExperienceIndex(client, properties.index().alias());
    }

    @Bean
    IndexBootstrap experienceIndexBootstrap(RestClient restClient, ElasticsearchClient client,
                                            SearchProperties properties, ResourceLoader resources) {
        SearchProperties.Index index = properties.index();
        var bootstrap = new IndexBootstrap(restClient, client,
                resources.getResource(index.templateLocation()), index.templateName(), index.alias(),
                index.initialIndex());
        bootstrap.run(index.bootstrapTimeout());
        return bootstrap;
    }

    @Bean
    ElasticsearchExperienceSearch elasticsearchExperienceSearch(ElasticsearchJson json, SearchProperties properties,
                                                                IndexBootstrap bootstrap,
                                                                BarometerIndexBootstrap barometer) {
        return new ElasticsearchExperienceSearch(json, properties.index().alias(), BarometerIndexBootstrap.PROFILES);
    }
}
