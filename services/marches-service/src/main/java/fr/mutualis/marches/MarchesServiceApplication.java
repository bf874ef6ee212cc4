package fr.mutualis.marches;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * marches-service: the syndicate's buyer profile (profil d'acheteur). Consultations from their draft to their award,
 * bids sealed until the deadline, and the legal open data. Every public change is published through the
 * transactional outbox.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class MarchesServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(MarchesServiceApplication.class, args);
    }
}
