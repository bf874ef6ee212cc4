package fr.mutualis.demat.demo;

import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Loads the demonstration actes when {@code mutualis.demo.enabled=true}, once the service is ready and in the
 * background: the start-up is not delayed by the signatures and the préfecture's answers, and a failure is a warning,
 * never a service that does not start.
 */
@Component
@ConditionalOnProperty(name = "mutualis.demo.enabled", havingValue = "true")
class DemoActesStartup {

    private static final Logger log = LoggerFactory.getLogger(DemoActesStartup.class);

    private final DemoActesLoader loader;
    private final CompletableFuture<DemoActesLoader.Result> completion = new CompletableFuture<>();

    DemoActesStartup(DemoActesLoader loader) {
        this.loader = loader;
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadInTheBackground() {
        Thread thread = new Thread(() -> {
            try {
                completion.complete(loader.load());
            } catch (RuntimeException e) {
                log.warn("Actes de démonstration : chargement interrompu ({}).", e.toString(), e);
                completion.completeExceptionally(e);
            }
        }, "demo-actes");
        thread.setDaemon(true);
        thread.start();
    }

    /** The background load's outcome, for tests. */
    CompletableFuture<DemoActesLoader.Result> completion() {
        return completion;
    }
}
