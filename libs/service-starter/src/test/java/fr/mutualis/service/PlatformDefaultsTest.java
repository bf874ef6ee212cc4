package fr.mutualis.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class PlatformDefaultsTest {

    @Test
    void the_descriptor_names_the_service_its_port_and_its_database_role() {
        Properties descriptor = new Properties();
        descriptor.setProperty("name", "demat-service");
        descriptor.setProperty("port", "8090");
        descriptor.setProperty("database", "demat");

        assertThat(PlatformDefaults.fromDescriptor(descriptor))
                .containsEntry("spring.application.name", "demat-service")
                .containsEntry("server.port", "8090")
                .containsEntry("spring.datasource.url", "jdbc:postgresql://127.0.0.1:15432/demat")
                .containsEntry("spring.datasource.username", "demat_service")
                .doesNotContainKey("spring.datasource.password");
    }

    @Test
    void a_service_without_database_gets_no_datasource() {
        Properties descriptor = new Properties();
        descriptor.setProperty("name", "search-service");

        assertThat(PlatformDefaults.fromDescriptor(descriptor)).doesNotContainKey("spring.datasource.url");
    }

    @Test
    void a_service_that_uses_kafka_signs_in_as_itself_with_the_password_it_is_given() {
        Properties descriptor = new Properties();
        descriptor.setProperty("name", "search-service");
        descriptor.setProperty("uses", "kafka, elasticsearch");

        assertThat(PlatformDefaults.fromDescriptor(descriptor))
                .containsEntry("spring.kafka.security.protocol", "SASL_PLAINTEXT")
                .containsEntry("spring.kafka.properties.sasl.mechanism", "SCRAM-SHA-512")
                .containsEntry("spring.kafka.properties.sasl.jaas.config",
                        "org.apache.kafka.common.security.scram.ScramLoginModule required"
                                + " username=\"${spring.application.name}\" password=\"${mutualis.kafka.password}\";");
    }

    @Test
    void a_service_without_kafka_gets_no_kafka_settings() {
        Properties descriptor = new Properties();
        descriptor.setProperty("name", "referential-service");
        descriptor.setProperty("uses", "referential");

        assertThat(PlatformDefaults.fromDescriptor(descriptor)).doesNotContainKey("spring.kafka.security.protocol");
    }
}
