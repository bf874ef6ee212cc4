package fr.mutualis.marches.demo;

import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Loads the demonstration consultations once the service is ready, in the background: a failure is a warning, never
 * a service that does not start.
 */
@Component
@ConditionalOnProperty(name = "mutualis.demo.enabled", havingValue = "true")
class DemoConsultationsStartup {

    private static final Logger log = LoggerFactory.getLogger(DemoConsultationsStartup.class);

    private final DemoConsultationsLoader loader;
    private final CompletableFuture<Integer> completion = new CompletableFuture<>();

    DemoConsultationsStartup(DemoConsultationsLoader loader) {
        this.loader = loader;
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadInTheBackground() {
        Thread thread = new Thread(() -> {
            try {
                completion.complete(loader.load());
            } catch (RuntimeException e) {
                log.warn("Consultations de démonstration : chargement interrompu ({}).", e.toString(), e);
                completion.completeExceptionally(e);
            }
        }, "demo-consultations");
        thread.setDaemon(true);
        thread.start();
    }

    /** The number of consultations loaded, for tests. */
    CompletableFuture<Integer> completion() {
        return completion;
    }
}
