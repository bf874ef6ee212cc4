package fr.mutualis.integration.access.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IntegratorRulesTest {

    @Test
    void names_are_safe_kafka_principals_and_group_prefixes() {
        assertThat(Integrator.isValidName("acme-logiciels")).isTrue();
        assertThat(Integrator.isValidName("ab")).isFalse();
        assertThat(Integrator.isValidName("Acme")).isFalse();
        assertThat(Integrator.isValidName("acme.prod")).isFalse();
        assertThat(Integrator.isValidName("1acme")).isFalse();
        assertThat(Integrator.isValidName(null)).isFalse();
    }

    @Test
    void only_public_topics_can_be_granted() {
        PublicTopics topics = new PublicTopics(Map.of("mutualis.experience.events", "Retours d'expérience"));

        assertThat(topics.notGrantable(List.of("mutualis.experience.events", "mutualis-connect-configs",
                "mutualis.experience.events.DLT"))).containsExactly("mutualis-connect-configs", "mutualis.experience.events.DLT");
    }
}
