package fr.mutualis.search.vocabulary;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import fr.mutualis.events.consumer.ConsumedTopics;
import fr.mutualis.events.consumer.EventReaders;
import fr.mutualis.search.SearchProperties;
import fr.mutualis.search.shared.elasticsearch.ElasticsearchJson;
import fr.mutualis.search.shared.elasticsearch.IndexBootstrap;
import fr.mutualis.search.vocabulary.application.CurrentVocabulary;
import fr.mutualis.search.vocabulary.elasticsearch.ElasticsearchVocabularyStore;
import fr.mutualis.search.vocabulary.messaging.VocabularyEventListener;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.apache.kafka.clients.admin.NewTopic;
import org.elasticsearch.client.RestClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import org.springframework.kafka.config.TopicBuilder;

/** Wires the vocabulary's store, the vocabulary every search applies, and the consumer of its events. */
@Configuration(proxyBeanMethods = false)
class VocabularyConfiguration {

    static final String TEMPLATE = "classpath:elasticsearch/index-templates/vocabulary.json";
    /** How soon a revision consumed by another instance of the service reaches this one's searches. */
    static final Duration REFRESH = Duration.ofSeconds(2);

    /** Not a bean: the experience feature's wiring takes the one {@link IndexBootstrap} bean by type. */
    record VocabularyIndexBootstrap(IndexBootstrap bootstrap) {
    }

    @Bean
    VocabularyIndexBootstrap vocabularyIndexBootstrap(RestClient restClient, ElasticsearchClient client,
                                                      SearchProperties properties, ResourceLoader resources) {
        String alias = properties.vocabularyIndex();
        var bootstrap = new IndexBootstrap(restClient, client, resources.getResource(TEMPLATE),
                ElasticsearchVocabularyStore.TEMPLATE_NAME, alias, alias + "-000001");
        bootstrap.run(properties.index().bootstrapTimeout());
        return new VocabularyIndexBootstrap(bootstrap);
    }

    @Bean
    CurrentVocabulary currentVocabulary(ElasticsearchJson json, VocabularyIndexBootstrap bootstrap,
                                        SearchProperties properties, MeterRegistry meters) {
        return new CurrentVocabulary(new ElasticsearchVocabularyStore(json, properties.vocabularyIndex(), meters),
                REFRESH, System::nanoTime);
    }

    @Bean
    VocabularyEventListener vocabularyEventListener(CurrentVocabulary vocabulary, EventReaders readers,
                                                    VocabularyIndexBootstrap bootstrap) {
        return new VocabularyEventListener(vocabulary, readers, bootstrap.bootstrap()::freshIndex);
    }

    /** Created when missing as the contract describes it: one partition, compacted, its latest revision kept. */
    @Bean
    NewTopic vocabularyEventsTopic(SearchProperties properties) {
        return TopicBuilder.name(properties.vocabularyTopic()).partitions(1)
                .replicas(properties.topics().replicationFactor()).compact().build();
    }

    @Bean
    ConsumedTopics vocabularyConsumedTopics(SearchProperties properties) {
        return ConsumedTopics.of(properties.vocabularyTopic());
    }
}
