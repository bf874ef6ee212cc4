package fr.mutualis.experience;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * experience-service: the "retours d'expérience" of the syndicate's member collectivités, the source of truth of the
 * benchmark tool. Changes are published through the transactional outbox.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ExperienceServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(ExperienceServiceApplication.class, args);
    }
}
