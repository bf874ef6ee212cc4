package fr.mutualis.search.acte;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import fr.mutualis.events.consumer.ConsumedTopics;
import fr.mutualis.events.consumer.EventReaders;
import fr.mutualis.search.SearchProperties;
import fr.mutualis.search.acte.application.IndexActeEvent;
import fr.mutualis.search.acte.application.SearchActes;
import fr.mutualis.search.acte.elasticsearch.ElasticsearchActeIndex;
import fr.mutualis.search.acte.elasticsearch.ElasticsearchActeSearch;
import fr.mutualis.search.acte.messaging.ActeEventListener;
import fr.mutualis.search.acte.referential.ReferentialCollectiviteDirectory;
import fr.mutualis.search.shared.elasticsearch.ElasticsearchJson;
import fr.mutualis.search.shared.elasticsearch.IndexBootstrap;
import fr.mutualis.service.referential.ReferentialClient;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.NewTopic;
import org.elasticsearch.client.RestClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;

/**
 * Wires the actes feature: its index behind the alias {@value #ALIAS} (template {@code actes.json}; a new mapping
 * gets a new initial index, filled by replaying the topic), its consumer of the démat service's topic and its search.
 */
@Configuration(proxyBeanMethods = false)
class ActeConfiguration {

    static final String ALIAS = "actes";
    static final String INITIAL_INDEX = "actes-000001";
    static final String TEMPLATE = "classpath:elasticsearch/index-templates/actes.json";

    /** Not a bean: the experience feature's wiring takes the one {@link IndexBootstrap} bean by type. */
    record ActeIndexBootstrap(IndexBootstrap bootstrap) {
    }

    @Bean
    ActeIndexBootstrap acteIndexBootstrap(RestClient restClient, ElasticsearchClient client,
                                          SearchProperties properties, ResourceLoader resources) {
        return new ActeIndexBootstrap(IndexBootstrap.started(restClient, client,
                resources.getResource(TEMPLATE), ALIAS, INITIAL_INDEX,
                properties.index().bootstrapTimeout()));
    }

    @Bean
    ElasticsearchActeIndex acteIndex(ElasticsearchJson json, ActeIndexBootstrap bootstrap, MeterRegistry meters) {
        return new ElasticsearchActeIndex(json, ALIAS, meters);
    }

    @Bean
    ElasticsearchActeSearch acteSearchEngine(ElasticsearchJson json, ActeIndexBootstrap bootstrap) {
        return new ElasticsearchActeSearch(json, ALIAS);
    }

    @Bean
    ReferentialCollectiviteDirectory acteCollectivites(ReferentialClient referential) {
        return new ReferentialCollectiviteDirectory(referential);
    }

    @Bean
    IndexActeEvent indexActeEvent(ElasticsearchActeIndex index, ReferentialCollectiviteDirectory collectivites,
                                  MeterRegistry meters) {
        return new IndexActeEvent(index, collectivites, meters);
    }

    @Bean
    SearchActes searchActes(ElasticsearchActeSearch engine) {
        return new SearchActes(engine);
    }

    /** Fills a freshly created index from the whole topic. */
    @Bean
    ActeEventListener acteEventListener(EventReaders readers, IndexActeEvent indexActeEvent,
                                        ActeIndexBootstrap bootstrap) {
        return new ActeEventListener(readers, indexActeEvent, bootstrap.bootstrap()::freshIndex);
    }

    /** Created when missing, so that the listener can start before the démat service publishes. */
    @Bean
    NewTopic acteEventsTopic(SearchProperties properties) {
        return properties.topics().create(properties.acteTopic());
    }

    /** Its {@code .DLT} is created by {@code libs/event-consumer}. */
    @Bean
    ConsumedTopics acteConsumedTopics(SearchProperties properties) {
        return ConsumedTopics.of(properties.acteTopic());
    }
}
