package fr.mutualis.search.consultation;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import fr.mutualis.events.consumer.ConsumedTopics;
import fr.mutualis.events.consumer.EventReaders;
import fr.mutualis.search.SearchProperties;
import fr.mutualis.search.consultation.application.IndexConsultationEvent;
import fr.mutualis.search.consultation.application.SearchConsultations;
import fr.mutualis.search.consultation.elasticsearch.ElasticsearchConsultationIndex;
import fr.mutualis.search.consultation.elasticsearch.ElasticsearchConsultationSearch;
import fr.mutualis.search.consultation.messaging.ConsultationEventListener;
import fr.mutualis.search.shared.elasticsearch.ElasticsearchJson;
import fr.mutualis.search.shared.elasticsearch.IndexBootstrap;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.NewTopic;
import org.elasticsearch.client.RestClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;

/**
 * Wires the consultations feature: its index behind the alias {@value #ALIAS} (template {@code consultations.json};
 * a new mapping gets a new initial index, filled by replaying the topic), its consumer of the marchés service's
 * topic and its search.
 */
@Configuration(proxyBeanMethods = false)
class ConsultationConfiguration {

    static final String ALIAS = "consultations";
    static final String INITIAL_INDEX = "consultations-000001";
    static final String TEMPLATE = "classpath:elasticsearch/index-templates/consultations.json";

    /** Not a bean: the experience feature's wiring takes the one {@link IndexBootstrap} bean by type. */
    record ConsultationIndexBootstrap(IndexBootstrap bootstrap) {
    }

    @Bean
    ConsultationIndexBootstrap consultationIndexBootstrap(RestClient restClient, ElasticsearchClient client,
                                                          SearchProperties properties, ResourceLoader resources) {
        return new ConsultationIndexBootstrap(IndexBootstrap.started(restClient, client,
                resources.getResource(TEMPLATE), ALIAS, INITIAL_INDEX,
                properties.index().bootstrapTimeout()));
    }

    @Bean
    ElasticsearchConsultationIndex consultationIndex(ElasticsearchJson json, ConsultationIndexBootstrap bootstrap,
                                                     MeterRegistry meters) {
        return new ElasticsearchConsultationIndex(json, ALIAS, meters);
    }

    @Bean
    ElasticsearchConsultationSearch consultationSearchEngine(ElasticsearchJson json,
                                                             ConsultationIndexBootstrap bootstrap) {
        return new ElasticsearchConsultationSearch(json, ALIAS);
    }

    @Bean
    IndexConsultationEvent indexConsultationEvent(ElasticsearchConsultationIndex index, MeterRegistry meters) {
        return new IndexConsultationEvent(index, meters);
    }

    @Bean
    SearchConsultations searchConsultations(ElasticsearchConsultationSearch engine) {
        return new SearchConsultations(engine);
    }

    /** Fills a freshly created index from the whole topic. */
    @Bean
    ConsultationEventListener consultationEventListener(EventReaders readers,
                                                        IndexConsultationEvent indexConsultationEvent,
                                                        ConsultationIndexBootstrap bootstrap) {
        return new ConsultationEventListener(readers, indexConsultationEvent, bootstrap.bootstrap()::freshIndex);
    }

    /** Created when missing, so that the listener can start before the marchés service publishes. */
    @Bean
    NewTopic consultationEventsTopic(SearchProperties properties) {
        return properties.topics().create(properties.consultationTopic());
    }

    /** Its {@code .DLT} is created by {@code libs/event-consumer}. */
    @Bean
    ConsumedTopics consultationConsumedTopics(SearchProperties properties) {
        return ConsumedTopics.of(properties.consultationTopic());
    }
}
