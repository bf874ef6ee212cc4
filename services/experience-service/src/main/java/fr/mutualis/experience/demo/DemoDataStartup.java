package fr.mutualis.experience.demo;

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

    DemoDataStartup(DemoDataLoader loader, DemoBarometerLoader barometer) {
        this.loader = loader;
        this.barometer = barometer;
    }

    @Override
    public void run(ApplicationArguments args) {
        loader.load();
        barometer.load();
    }
}
