package fr.mutualis.search.benchmark;

import fr.mutualis.search.benchmark.elasticsearch.ElasticsearchAssessmentIndex;
import fr.mutualis.search.benchmark.messaging.BarometerEventListener;
import fr.mutualis.search.shared.elasticsearch.BarometerIndexBootstrap;
import fr.mutualis.search.shared.elasticsearch.ElasticsearchJson;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** Wires the benchmark's index and its consumer of the barometer's events. */
@Configuration(proxyBeanMethods = false)
class BenchmarkConfiguration {

    @Bean
    ElasticsearchAssessmentIndex assessmentIndex(ElasticsearchJson json, BarometerIndexBootstrap bootstrap) {
        return new ElasticsearchAssessmentIndex(json, BarometerIndexBootstrap.ALIAS, BarometerIndexBootstrap.PROFILES);
    }

    @Bean
    BarometerEventListener barometerEventListener(ElasticsearchAssessmentIndex index) {
        return new BarometerEventListener(index, JsonMapper.builder().build());
    }
}
