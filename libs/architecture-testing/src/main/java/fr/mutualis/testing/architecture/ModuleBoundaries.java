package fr.mutualis.testing.architecture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * A service's Spring Modulith verification, inherited by its {@code ModularityTest}: each package right under the
 * application's package is a module; another module may use only its API (its own package and the sub-packages it
 * names with {@code @NamedInterface}), and modules form no cycle.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // the modules are computed once for both tests: a scan of every class
public abstract class ModuleBoundaries {

    private final ApplicationModules modules;

    protected ModuleBoundaries(Class<?> application) {
        this.modules = ApplicationModules.of(application);
    }

    @Test
    void modules_keep_to_their_boundaries() {
        modules.verify();
    }

    /** The modules' diagrams and canvases, in {@code target/spring-modulith-docs}. */
    @Test
    void documents_the_modules() {
        new Documenter(modules).writeDocumentation();
    }
}
