package fr.mutualis.search;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.validation.annotation.Validated;

import java.net.URI;
import java.time.Duration;

/**
 * Settings of the search service, under {@code mutualis.search}.
 *
 * @param elasticsearchUrl base URL of Elasticsearch, e.g. {@code http://127.0.0.1:19200}
 * @param experienceTopic  topic of the experience events
 * @param topics           how the consumed topics are created when missing (their dead letters: {@code mutualis.events.*})
 * @param index            names in Elasticsearch and bootstrap
 * @param elasticsearch    client timeouts
 * @param barometerTopic   topic of the barometer's self-assessments
 * @param rebuild          how the experience index is rebuilt from its topic (ADR 0018)
 * @param acteTopic        topic of the démat service's actes (published ones are indexed)
 * @param consultationTopic topic of the marchés service's consultations (all are indexed: every state is public)
 * @param vocabularyTopic  topic of the domain vocabulary's revisions (experience-service), applied to each search
 * @param vocabularyIndex  alias of the index that keeps the latest revision (its first index: {@code <alias>-000001})
 */
@Validated
@ConfigurationProperties("mutualis.search")
public record SearchProperties(
        @NotNull @DefaultValue("http://127.0.0.1:19200") URI elasticsearchUrl,
        @NotBlank @DefaultValue("mutualis.experience.events") String experienceTopic,
        @Valid @DefaultValue Topics topics,
        @Valid @DefaultValue Index index,
        @Valid @DefaultValue Elasticsearch elasticsearch,
        @NotBlank @DefaultValue("mutualis.barometer.events") String barometerTopic,
        @Valid @DefaultValue Rebuild rebuild,
        @NotBlank @DefaultValue("mutualis.acte.events") String acteTopic,
        @NotBlank @DefaultValue("mutualis.consultation.events") String consultationTopic,
        @NotBlank @DefaultValue("mutualis.vocabulary.events") String vocabularyTopic,
        @NotBlank @DefaultValue("vocabulary") String vocabularyIndex) {

    /**
     * @param maxPollRecords    records read from the topic per batch
     * @param pauseBetweenPolls pause after each batch, to spare Elasticsearch while it serves searches
     * @param retainPrevious    how long the previous index is kept after the swap (searches under way on it
     *                          finish), before it is deleted
     */
    public record Rebuild(
            @Min(1) @DefaultValue("500") int maxPollRecords,
            @NotNull @DefaultValue("0s") Duration pauseBetweenPolls,
            @NotNull @DefaultValue("30s") Duration retainPrevious) {
    }

    /**
     * @param partitions        partitions of an events topic when the service creates it
     * @param replicationFactor replication factor of an events topic when the service creates it
     */
    public record Topics(
            @Min(1) @DefaultValue("3") int partitions,
            @Min(1) @DefaultValue("1") short replicationFactor) {

        public NewTopic create(String name) {
            return TopicBuilder.name(name).partitions(partitions).replicas(replicationFactor).build();
        }
    }

    /**
     * @param alias            alias every read and write goes through
     * @param initialIndex     concrete index created behind the alias when the alias does not exist yet
     * @param templateName     name of the index template
     * @param templateLocation Spring resource of the index template's JSON body
     * @param bootstrapTimeout how long startup waits for Elasticsearch before failing
     */
    public record Index(
            @NotBlank @DefaultValue("experiences") String alias,
            @NotBlank @DefaultValue("experiences-000007") String initialIndex,
            @NotBlank @DefaultValue("experiences") String templateName,
            @NotBlank @DefaultValue("classpath:elasticsearch/index-templates/experiences.json") String templateLocation,
            @NotNull @DefaultValue("60s") Duration bootstrapTimeout) {
    }

    /**
     * @param connectTimeout timeout to open a connection to Elasticsearch
     * @param socketTimeout  timeout waiting for an answer from Elasticsearch
     */
    public record Elasticsearch(
            @NotNull @DefaultValue("2s") Duration connectTimeout,
            @NotNull @DefaultValue("10s") Duration socketTimeout) {
    }
}
