package fr.mutualis.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EventChannelsTest {

    @Test
    void the_public_topics_are_the_channels_marked_public() {
        assertThat(EventChannels.publicTopics()).containsOnlyKeys("mutualis.acte.events",
                "mutualis.experience.events", "mutualis.barometer.events", "mutualis.referential.events",
                "mutualis.consultation.events", "mutualis.contract.events");
        assertThat(EventChannels.publicTopics().get("mutualis.referential.events")).isEqualTo("Référentiel : adhésions au syndicat (arrivées, services, départs)");
    }

    @Test
    void the_audit_trail_and_dead_letters_stay_internal() {
        assertThat(EventChannels.all()).filteredOn(channel -> !channel.isPublic())
                .extracting(EventChannels.Channel::topic)
                .contains("mutualis.audit.events", "mutualis.experience.events.DLT");
    }
}
