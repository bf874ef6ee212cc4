package fr.mutualis.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Fault injection for the reliability tests (issue 10): a component of a running stack is killed as a crash would
 * kill it, SIGKILL to its process and every descendant at once (no shutdown hook, no flush, no leaving of groups),
 * then started again by the launcher's own {@link Component#start()} and {@link Component#awaitHealthy()}.
 */
public final class Faults {

    private static final Duration DEATH_TIMEOUT = Duration.ofSeconds(15);

    private Faults() {
    }

    /**
     * SIGKILLs the recorded process of {@code component} and all its descendants, waits until none is alive and removes
     * its pid file. Returns false when it was not running.
     */
    public static boolean kill(Component component) {
        Optional<ProcessHandle> process = Processes.running(component.config.pidFile(component.name()));
        if (process.isEmpty()) {
            return false;
        }
        // The whole tree is listed before any dies: an orphan is re-parented and no longer a descendant.
        List<ProcessHandle> family = new ArrayList<>(process.get().descendants().toList());
        family.add(0, process.get());
        family.forEach(ProcessHandle::destroyForcibly);
        long deadline = System.nanoTime() + DEATH_TIMEOUT.toNanos();
        while (family.stream().anyMatch(ProcessHandle::isAlive)) {
            if (System.nanoTime() > deadline) {
                throw new StackException(component.name(), "toujours vivant après SIGKILL / still alive after SIGKILL: "
                        + family.stream().filter(ProcessHandle::isAlive).map(ProcessHandle::pid).toList());
            }
            Processes.sleep(Duration.ofMillis(50));
        }
        try {
            Files.deleteIfExists(component.config.pidFile(component.name()));
        } catch (IOException ignored) {
            // running() checks that the recorded process is alive: a stale pid file is harmless.
        }
        return true;
    }

    /**
     * Starts {@code component} again as the launcher does and waits until it is healthy; returns how long that took.
     * Its ports may linger a moment after a kill: the start is retried while they are still held.
     */
    public static Duration restart(Component component) {
        long started = System.nanoTime();
        long deadline = started + DEATH_TIMEOUT.toNanos();
        while (true) {
            try {
                component.start();
                break;
            } catch (StackException e) {
                if (System.nanoTime() > deadline || !e.getMessage().contains("port")) {
                    throw e;
                }
                Processes.sleep(Duration.ofMillis(200));
            }
        }
        component.awaitHealthy();
        return Duration.ofNanos(System.nanoTime() - started);
    }
}
