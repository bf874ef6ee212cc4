package fr.mutualis.experience.demo;

import fr.mutualis.experience.collectivite.domain.CollectiviteDirectory;
import java.time.Duration;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Loads the demonstration experiences at start-up when {@code mutualis.demo.enabled=true}, before the service
 * reports itself ready.
 */
@Component
@ConditionalOnProperty(name = "mutualis.demo.enabled", havingValue = "true")
class DemoDataStartup implements ApplicationRunner {

    private final DemoDataLoader loader;
    private final DemoBarometerLoader barometer;
    private final CollectiviteDirectory directory;

    DemoDataStartup(DemoDataLoader loader, DemoBarometerLoader barometer, CollectiviteDirectory directory) {
        this.loader = loader;
        this.barometer = barometer;
        this.directory = directory;
    }

    @Override
    public void run(ApplicationArguments args) {
        // The referential imports the official package when it starts, possibly at the same time as this service.
        directory.awaitReady(Duration.ofMinutes(3));
        loader.load();
        barometer.load();
    }
}
