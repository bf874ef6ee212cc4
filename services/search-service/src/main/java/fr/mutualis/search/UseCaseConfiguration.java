package fr.mutualis.search;

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
}
