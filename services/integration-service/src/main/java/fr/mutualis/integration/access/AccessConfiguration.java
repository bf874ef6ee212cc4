package fr.mutualis.integration.access;

import fr.mutualis.audit.AuditTrail;
import fr.mutualis.contracts.EventChannels;
import fr.mutualis.integration.access.application.ManageIntegrators;
import fr.mutualis.integration.access.domain.PublicTopics;
import fr.mutualis.integration.access.kafka.KafkaAccessControl;
import fr.mutualis.integration.access.persistence.JdbcIntegratorRepository;
import java.time.Clock;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Wires the integrators' use case to its adapters: the platform's database and the broker's access control. */
@Configuration
@EnableConfigurationProperties(AccessConfiguration.AccessProperties.class)
class AccessConfiguration {

    /**
     * @param publicTopics the topics integrators may be granted, with their French descriptions: by default the
     *                     AsyncAPI document's public channels; set only to grant test topics
     */
    @ConfigurationProperties("mutualis.integration")
    record AccessProperties(Map<String, String> publicTopics) {

        AccessProperties {
            publicTopics = publicTopics == null || publicTopics.isEmpty() ? EventChannels.publicTopics() : publicTopics;
        }
    }

    @Bean(destroyMethod = "close")
    Admin brokerAdmin(org.springframework.boot.kafka.autoconfigure.KafkaProperties kafka) {
        // The service's own settings, sign-in included: it manages integrators as its own Kafka principal.
        return Admin.create(kafka.buildAdminProperties());
    }

    @Bean
    PublicTopics publicTopics(AccessProperties properties) {
        return new PublicTopics(properties.publicTopics());
    }

    @Bean
    ManageIntegrators manageIntegrators(JdbcClient jdbc, Admin admin, PublicTopics topics, AuditTrail audit,
                                        Clock clock) {
        return new ManageIntegrators(new JdbcIntegratorRepository(jdbc), new KafkaAccessControl(admin), topics, audit,
                clock);
    }
}
