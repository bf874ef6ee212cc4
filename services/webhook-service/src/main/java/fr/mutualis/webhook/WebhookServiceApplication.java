package fr.mutualis.webhook;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * webhook-service: delivers the platform's CloudEvents to integrators without Kafka, as signed HTTP POSTs, retried
 * with back-off, dead-lettered after a bound, replayable from a date.
 */
@SpringBootApplication
@EnableConfigurationProperties(WebhookProperties.class)
public class WebhookServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(WebhookServiceApplication.class, args);
    }
}
