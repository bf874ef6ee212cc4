package fr.mutualis.search.experience;

import fr.mutualis.events.consumer.EventBatches;
import fr.mutualis.search.SearchProperties;
import fr.mutualis.search.experience.application.ExperienceEventLog;
import fr.mutualis.search.experience.application.IndexExperienceEvent;
import fr.mutualis.search.experience.application.RebuildExperienceIndex;
import fr.mutualis.search.experience.application.SearchExperiences;
import fr.mutualis.search.experience.domain.ExperienceIndex;
import fr.mutualis.search.experience.domain.ExperienceIndexGenerations;
import fr.mutualis.search.experience.domain.ExperienceSearchEngine;
import fr.mutualis.search.experience.domain.QueryVocabulary;
import fr.mutualis.search.experience.domain.SearchJournal;
import fr.mutualis.search.experience.messaging.ExperienceEventListener;
import fr.mutualis.search.experience.messaging.ExperienceRecords;
import fr.mutualis.search.experience.referential.ReferentialCollectiviteLookup;
import fr.mutualis.search.shared.elasticsearch.IndexBootstrap;
import fr.mutualis.service.referential.ReferentialClient;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.util.concurrent.Executors;

/** Wires the framework-free use cases to the adapters. */
@Configuration(proxyBeanMethods = false)
class UseCaseConfiguration {

    @Bean
    IndexExperienceEvent indexExperienceEvent(ExperienceIndex index, MeterRegistry meters) {
        return new IndexExperienceEvent(index, meters);
    }

    /**
     * @param vocabulary the syndicate's domain vocabulary ({@code fr.mutualis.search.vocabulary})
     * @param journal    the searches kept for the administrators' statistics ({@code fr.mutualis.search.analytics})
     */
    @Bean
    SearchExperiences searchExperiences(ExperienceSearchEngine engine, QueryVocabulary vocabulary,
                                        SearchJournal journal) {
        return new SearchExperiences(engine, vocabulary, journal);
    }

    /** Fills a freshly created index from the whole topic. */
    @Bean
    ExperienceEventListener experienceEventListener(ExperienceRecords records,
                                                    IndexExperienceEvent indexExperienceEvent,
                                                    EventBatches batches, IndexBootstrap bootstrap) {
        return new ExperienceEventListener(records, indexExperienceEvent, batches, bootstrap::freshIndex);
    }

    /**
     * Rebuilds run one at a time on their own daemon thread; the replay goes through the live use case bound to the
     * new index, counted apart ({@value IndexExperienceEvent#REBUILD_METER}).
     */
    @Bean(destroyMethod = "close")
    RebuildExperienceIndex rebuildExperienceIndex(ExperienceIndexGenerations generations, ExperienceEventLog events,
                                                  MeterRegistry meters, SearchProperties properties) {
        var executor = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "experience-index-rebuild");
            thread.setDaemon(true);
            return thread;
        });
        return new RebuildExperienceIndex(generations, events,
                index -> new IndexExperienceEvent(index, meters, IndexExperienceEvent.REBUILD_METER), executor,
                properties.rebuild().retainPrevious(), Clock.systemUTC());
    }

    @Bean
    ReferentialCollectiviteLookup collectiviteLookup(ReferentialClient referential) {
        return new ReferentialCollectiviteLookup(referential);
    }
}
