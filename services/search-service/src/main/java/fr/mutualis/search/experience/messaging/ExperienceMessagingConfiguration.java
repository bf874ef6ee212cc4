package fr.mutualis.search.experience.messaging;

import fr.mutualis.events.consumer.ConsumedTopics;
import fr.mutualis.search.SearchProperties;
import org.apache.kafka.clients.admin.NewTopic;
import fr.mutualis.events.consumer.EventReaders;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/**
 * What the experience feature adds to the platform's dead-letter policy ({@code libs/event-consumer}): its topic,
 * created when missing so that the listener can start before the producer, with its {@code .DLT} (a change the index
 * rejects is dead-lettered at once: {@code shared.elasticsearch}). Replaying a dead letter onto the events topic is
 * always safe: indexing is versioned.
 */
@Configuration(proxyBeanMethods = false)
public class ExperienceMessagingConfiguration {

    @Bean
    NewTopic experienceEventsTopic(SearchProperties properties) {
        return properties.topics().create(properties.experienceTopic());
    }

    @Bean
    ConsumedTopics experienceConsumedTopics(SearchProperties properties) {
        return ConsumedTopics.of(properties.experienceTopic());
    }

    @Bean
    ExperienceRecords experienceRecords(EventReaders readers) {
        return new ExperienceRecords(readers);
    }

    /** The topic read again by an index rebuild, with the live consumer's Kafka settings (Spring Boot's). */
    @Bean
    @SuppressWarnings("unchecked")
    KafkaExperienceEventLog experienceEventLog(ConsumerFactory<?, ?> consumers, SearchProperties properties,
                                               ExperienceRecords records,
                                               @Value("${spring.kafka.consumer.group-id}") String groupId) {
        SearchProperties.Rebuild rebuild = properties.rebuild();
        return new KafkaExperienceEventLog((ConsumerFactory<String, String>) consumers, properties.experienceTopic(),
                records, groupId + "-rebuild", rebuild.maxPollRecords(), rebuild.pauseBetweenPolls());
    }
}
