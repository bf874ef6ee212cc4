package fr.mutualis.search.benchmark;

import fr.mutualis.events.consumer.ConsumedTopics;
import fr.mutualis.events.consumer.EventReaders;
import fr.mutualis.search.SearchProperties;
import fr.mutualis.search.benchmark.elasticsearch.ElasticsearchAssessmentIndex;
import fr.mutualis.search.benchmark.messaging.BarometerEventListener;
import fr.mutualis.search.shared.elasticsearch.BarometerIndexBootstrap;
import fr.mutualis.search.shared.elasticsearch.ElasticsearchJson;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the benchmark's index and its consumer of the barometer's events. */
@Configuration(proxyBeanMethods = false)
class BenchmarkConfiguration {

    @Bean
    ElasticsearchAssessmentIndex assessmentIndex(ElasticsearchJson json, BarometerIndexBootstrap bootstrap,
                                                 MeterRegistry meters) {
        return new ElasticsearchAssessmentIndex(json, BarometerIndexBootstrap.ALIAS, BarometerIndexBootstrap.PROFILES,
                meters);
    }

    @Bean
    BarometerEventListener barometerEventListener(ElasticsearchAssessmentIndex index, EventReaders readers) {
        return new BarometerEventListener(index, readers);
    }

    /** Created when missing, so that the listener can start before the barometer's first assessment. */
    @Bean
    NewTopic barometerEventsTopic(SearchProperties properties) {
        return properties.topics().create(properties.barometerTopic());
    }

    @Bean
    ConsumedTopics barometerConsumedTopics(SearchProperties properties) {
        return ConsumedTopics.of(properties.barometerTopic());
    }
}
