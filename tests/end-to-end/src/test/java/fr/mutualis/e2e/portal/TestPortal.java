package fr.mutualis.e2e.portal;

import fr.mutualis.testing.stack.RealStack;

/**
 * The portal the browser tests drive: the test stack's, started with the platform's services, or the one at
 * {@code -Dmutualis.portal.url} (a developer's own portal against the development stack, to try a page quickly).
 */
public final class TestPortal {

    private TestPortal() {
    }

    public static String url() {
        String given = System.getProperty("mutualis.portal.url");
        return given != null && !given.isBlank() ? given : RealStack.startServices().url("portal");
    }
}
