package fr.mutualis.demat;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * demat-service: the syndicate's shared service for actes administratifs, from their draft through the parapheur
 * and the contrôle de légalité to their publication. Every change is published through the transactional outbox.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class DematServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(DematServiceApplication.class, args);
    }
}
