package fr.mutualis.portal;

import fr.mutualis.testing.architecture.ModuleBoundaries;

/**
 * The portal's features (home, search, records, barometer, administration, démat, marchés…) each keep to their own
 * package and reach the services only through {@code shared.calls} (Spring Modulith); their documentation is written.
 */
class ModularityTest extends ModuleBoundaries {

    ModularityTest() {
        super(PortalApplication.class);
    }
}
