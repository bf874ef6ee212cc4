package fr.mutualis.webhook;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Each package right under {@code fr.mutualis.webhook} is a module (Spring Modulith): another module may use only
 * its API — its own package and the sub-packages it names with {@code @NamedInterface} — and modules form no cycle.
 */
class ModularityTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(WebhookServiceApplication.class);

    @Test
    void modules_keep_to_their_boundaries() {
        MODULES.verify();
    }

    /** The modules' diagrams and canvases, in {@code target/spring-modulith-docs}. */
    @Test
    void documents_the_modules() {
        new Documenter(MODULES).writeDocumentation();
    }
}
