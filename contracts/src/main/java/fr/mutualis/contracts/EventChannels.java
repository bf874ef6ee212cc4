package fr.mutualis.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The channels of the AsyncAPI document ({@code contracts/asyncapi.yaml}): the one list of topics that services
 * derive theirs from. A channel is public when it carries {@code x-mutualis-public: true}: integrators may be granted
 * it and webhooks may deliver it; every other channel (audit trail, dead letters) stays internal.
 */
public final class EventChannels {

    /** The AsyncAPI extension that marks a channel readable outside the platform. */
    public static final String PUBLIC_EXTENSION = "x-mutualis-public";

    private static final String DOCUMENT = "contracts/asyncapi.yaml";

    /**
     * @param topic  the Kafka topic, the channel's address
     * @param summary  what it carries, in French, for integrators: the channel's summary, or its title
     * @param isPublic whether integrators and webhooks may read it
     * @param topicConfiguration its Kafka binding's {@code topicConfiguration} as topic configs (a list joined by
     *                           commas), e.g. {@code cleanup.policy=compact}; empty when the document sets none
     */
    public record Channel(String topic, String summary, boolean isPublic, Map<String, String> topicConfiguration) {

        public Channel {
            topicConfiguration = Map.copyOf(topicConfiguration);
        }

        /** Whether Kafka keeps the latest event of each key rather than every event for a time. */
        public boolean isCompacted() {
            return List.of(topicConfiguration.getOrDefault("cleanup.policy", "delete").split(",")).contains("compact");
        }
    }

    private EventChannels() {
    }

    /** Every channel, in the document's order. */
    public static List<Channel> all() {
        return Document.CHANNELS;
    }

    /** The public channels' topics with their summaries, in the document's order. */
    public static Map<String, String> publicTopics() {
        return all().stream().filter(Channel::isPublic).collect(Collectors.toMap(Channel::topic, Channel::summary,
                (first, second) -> first, java.util.LinkedHashMap::new));
    }

    /** Read once, from the folder or the jar the contracts are in. */
    private static final class Document {

        static final List<Channel> CHANNELS = read();

        private static List<Channel> read() {
            try (InputStream in = EventChannels.class.getClassLoader().getResourceAsStream(DOCUMENT)) {
                if (in == null) {
                    throw new IllegalStateException("no " + DOCUMENT + " on the classpath");
                }
                List<Channel> channels = new ArrayList<>();
                new ObjectMapper(new YAMLFactory()).readTree(in).path("channels").forEach(channel -> channels.add(
                        new Channel(required(channel, "address"), channel.path("summary").asText(required(channel, "title")),
                                channel.path(PUBLIC_EXTENSION).asBoolean(false), topicConfiguration(channel))));
                return List.copyOf(channels);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static Map<String, String> topicConfiguration(JsonNode channel) {
            Map<String, String> configuration = new java.util.LinkedHashMap<>();
            channel.path("bindings").path("kafka").path("topicConfiguration").fields().forEachRemaining(entry -> {
                JsonNode value = entry.getValue();
                List<String> values = new ArrayList<>();
                if (value.isArray()) {
                    value.forEach(element -> values.add(element.asText()));
                } else {
                    values.add(value.asText());
                }
                configuration.put(entry.getKey(), String.join(",", values));
            });
            return configuration;
        }

        private static String required(JsonNode channel, String field) {
            String value = channel.path(field).asText("");
            if (value.isBlank()) {
                throw new IllegalStateException(DOCUMENT + ": a channel has no " + field);
            }
            return value;
        }
    }
}
