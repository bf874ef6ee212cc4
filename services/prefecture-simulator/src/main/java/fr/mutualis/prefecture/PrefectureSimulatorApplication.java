package fr.mutualis.prefecture;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The préfecture, as the platform's tiers de télétransmission sees it: it receives actes, acknowledges or refuses
 * them, asks for more pieces and takes cancellations. A simulator the platform cannot tell from the real one.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class PrefectureSimulatorApplication {

    public static void main(String[] args) {
        SpringApplication.run(PrefectureSimulatorApplication.class, args);
    }
}
