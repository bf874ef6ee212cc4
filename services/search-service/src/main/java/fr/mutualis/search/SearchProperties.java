package fr.mutualis.search;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.net.URI;
import java.time.Duration;

/**
 * Settings of the search service, under {@code mutualis.search}.
 *
 * @param elasticsearchUrl base URL of Elasticsearch, e.g. {@code http://127.0.0.1:19200}
 * @param experienceTopic  topic of the experience events
 * @param deadLetterTopic  where messages that cannot be indexed go; {@code <experienceTopic>.DLT} when not set
 * @param topics           how the topics are created when missing
 * @param retry            back-off for transient failures before a message is dead-lettered
 * @param index            names in Elasticsearch and bootstrap
 * @param elasticsearch    client timeouts
 * @param barometerTopic   topic of the barometer's self-assessments
 */
@Validated
@ConfigurationProperties("mutualis.search")
public record SearchProperties(
        @NotNull @DefaultValue("http://127.0.0.1:19200") URI elasticsearchUrl,
        @NotBlank @DefaultValue("mutualis.experience.events") String experienceTopic,
        String deadLetterTopic,
        @Valid @DefaultValue Topics topics,
        @Valid @DefaultValue Retry retry,
        @Valid @DefaultValue Index index,
        @Valid @DefaultValue Elasticsearch elasticsearch,
        @NotBlank @DefaultValue("mutualis.barometer.events") String barometerTopic) {

    public SearchProperties {
        if (deadLetterTopic == null || deadLetterTopic.isBlank()) {
            deadLetterTopic = experienceTopic + ".DLT";
        }
    }

    /**
     * @param partitions           partitions of the events topic when the service creates it
     * @param deadLetterPartitions partitions of the dead-letter topic when the service creates it
     * @param replicationFactor    replication factor of both topics when the service creates them
     */
    public record Topics(
            @Min(1) @DefaultValue("3") int partitions,
            @Min(1) @DefaultValue("1") int deadLetterPartitions,
            @Min(1) @DefaultValue("1") short replicationFactor) {
    }

    /**
     * Exponential back-off for transient failures. With the defaults a message is tried 9 times over about two
     * minutes (1 + 2 + 4 + 8 + 16 + 30 × 3 s), within Kafka's default {@code max.poll.interval.ms} of five minutes.
     */
    public record Retry(
            @NotNull @DefaultValue("1s") Duration initialInterval,
            @DecimalMin("1.0") @DefaultValue("2.0") double multiplier,
            @NotNull @DefaultValue("30s") Duration maxInterval,
            @Min(0) @DefaultValue("8") int maxRetries) {
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
            @NotBlank @DefaultValue("experiences-000002") String initialIndex,
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
