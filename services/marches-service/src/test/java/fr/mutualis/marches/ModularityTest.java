package fr.mutualis.marches;

import fr.mutualis.testing.architecture.ModuleBoundaries;

/** The service's modules keep to their boundaries (Spring Modulith); their documentation is written too. */
class ModularityTest extends ModuleBoundaries {

    ModularityTest() {
        super(MarchesServiceApplication.class);
    }
}
