package fr.mutualis.search;

import fr.mutualis.search.benchmark.elasticsearch.ElasticsearchAssessmentIndex;
import fr.mutualis.search.benchmark.messaging.BarometerEventListener;
import fr.mutualis.search.experience.elasticsearch.BarometerIndexBootstrap;
import fr.mutualis.search.experience.elasticsearch.ElasticsearchJson;
import fr.mutualis.search.experience.elasticsearch.ExperienceIndexBootstrap;
import fr.mutualis.search.experience.messaging.ExperienceEventListener;
import fr.mutualis.search.experience.messaging.ExperienceEventParser;
import fr.mutualis.search.experience.referential.ReferentialCollectiviteLookup;
import tools.jackson.databind.json.JsonMapper;
import fr.mutualis.search.experience.application.IndexExperienceEvent;
import fr.mutualis.search.experience.application.SearchExperiences;
import fr.mutualis.search.experience.domain.ExperienceIndex;
import fr.mutualis.search.experience.domain.ExperienceSearchEngine;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the framework-free use cases to the adapters. */
@Configuration(proxyBeanMethods = false)
class UseCaseConfiguration {

    @Bean
    IndexExperienceEvent indexExperienceEvent(ExperienceIndex index, MeterRegistry meters) {
        return new IndexExperienceEvent(index, meters);
    }

    @Bean
    SearchExperiences searchExperiences(ExperienceSearchEngine engine) {
        return new SearchExperiences(engine);
    }

    /** Fills a freshly created index from the whole topic. */
    @Bean
    ExperienceEventListener experienceEventListener(ExperienceEventParser parser,
                                                    IndexExperienceEvent indexExperienceEvent,
                                                    ExperienceIndexBootstrap bootstrap) {
        return new ExperienceEventListener(parser, indexExperienceEvent, bootstrap::freshIndex);
    }

    @Bean
    ElasticsearchAssessmentIndex assessmentIndex(ElasticsearchJson json, BarometerIndexBootstrap bootstrap) {
        return new ElasticsearchAssessmentIndex(json, BarometerIndexBootstrap.ALIAS, BarometerIndexBootstrap.PROFILES);
    }

    @Bean
    BarometerEventListener barometerEventListener(ElasticsearchAssessmentIndex index) {
        return new BarometerEventListener(index, JsonMapper.builder().build());
    }

    @Bean
    ReferentialCollectiviteLookup collectiviteLookup(SearchProperties properties) {
        return new ReferentialCollectiviteLookup(properties.referentialUrl(), JsonMapper.builder().build());
    }
}
