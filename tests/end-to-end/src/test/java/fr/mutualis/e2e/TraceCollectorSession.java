package fr.mutualis.e2e;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts the {@link TraceCollector} when the test run opens, before any test class sets up the stack: the launcher
 * reads {@code mutualis.traces.endpoint} when it is configured, and every service it starts then sends its spans to
 * this JVM. Registered in {@code META-INF/services}.
 */
public final class TraceCollectorSession implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        System.setProperty("mutualis.traces.endpoint", TraceCollector.start().endpoint());
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        TraceCollector.stop();
    }
}
