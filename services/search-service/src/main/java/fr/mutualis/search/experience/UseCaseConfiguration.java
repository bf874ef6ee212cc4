package fr.mutualis.search.experience;

import fr.mutualis.events.consumer.EventReaders;
import fr.mutualis.search.experience.application.IndexExperienceEvent;
import fr.mutualis.search.experience.application.SearchExperiences;
import fr.mutualis.search.experience.domain.ExperienceIndex;
import fr.mutualis.search.experience.domain.ExperienceSearchEngine;
import fr.mutualis.search.experience.messaging.ExperienceEventListener;
import fr.mutualis.search.experience.referential.ReferentialCollectiviteLookup;
import fr.mutualis.search.shared.elasticsearch.IndexBootstrap;
import fr.mutualis.service.referential.ReferentialClient;
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
    ExperienceEventListener experienceEventListener(EventReaders readers,
                                                    IndexExperienceEvent indexExperienceEvent,
                                                    IndexBootstrap bootstrap) {
        return new ExperienceEventListener(readers, indexExperienceEvent, bootstrap::freshIndex);
    }

    @Bean
    ReferentialCollectiviteLookup collectiviteLookup(ReferentialClient referential) {
        return new ReferentialCollectiviteLookup(referential);
    }
}
