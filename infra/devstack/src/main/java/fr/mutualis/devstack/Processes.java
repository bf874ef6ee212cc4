package fr.mutualis.devstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Starts the stack's long-running processes detached from the launcher (their own session, output in their log,
 * their pid in a file) so that they outlive {@code up}, and stops them again from that pid file.
 */
final class Processes {

    private static final Duration ONE_SHOT_TIMEOUT = Duration.ofMinutes(5);

    private Processes() {
    }

    /** Starts a long-running process in a session of its own, appending its output to {@code log}. */
    static long startDetached(String component, List<String> command, Path workDir, Map<String, String> env,
                              Path log, Path pidFile) {
        try {
            Files.createDirectories(log.getParent());
            Files.createDirectories(pidFile.getParent());
            List<String> detached = new ArrayList<>(List.of("setsid"));
            detached.addAll(command);
            ProcessBuilder builder = new ProcessBuilder(detached)
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            builder.environment().putAll(env);
            Process process = builder.start();
            Files.writeString(pidFile, Long.toString(process.pid()), StandardCharsets.UTF_8);
            return process.pid();
        } catch (IOException e) {
            throw new StackException(component, "démarrage impossible / cannot start " + command.get(0) + ": " + e.getMessage(), e);
        }
    }

    /** Runs a command to its end; a non-zero exit is a failure that shows the command's output. */
    static void runToCompletion(String component, List<String> command, Path log) {
        runToCompletion(component, command, log, false);
    }

    /** Runs a command to its end and returns its exit code; fails on a non-zero exit unless {@code tolerateFailure}. */
    static int runToCompletion(String component, List<String> command, Path log, boolean tolerateFailure) {
        return runToCompletion(component, command, log, Map.of(), tolerateFailure);
    }

    static int runToCompletion(String component, List<String> command, Path log, Map<String, String> env,
                               boolean tolerateFailure) {
        return runToCompletion(component, command, null, log, env, tolerateFailure);
    }

    /** {@code workDir}: where the command runs, e.g. the project root for the Maven wrapper; null for this one's. */
    static int runToCompletion(String component, List<String> command, Path workDir, Path log, Map<String, String> env,
                               boolean tolerateFailure) {
        try {
            Path output = log != null ? log : Files.createTempFile("mutualis-" + component, ".out");
            if (log != null) {
                Files.createDirectories(log.getParent());
            }
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(workDir == null ? null : workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            builder.environment().putAll(env);
            Process process = builder.start();
            if (!process.waitFor(ONE_SHOT_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw StackException.withLogTail(component, String.join(" ", command)
                        + " : pas terminé en / did not finish within " + ONE_SHOT_TIMEOUT.toMinutes() + " min", output);
            }
            int exit = process.exitValue();
            if (exit != 0 && !tolerateFailure) {
                throw StackException.withLogTail(component, String.join(" ", command)
                        + " : code de sortie / exit code " + exit, output);
            }
            if (log == null) {
                Files.deleteIfExists(output);
            }
            return exit;
        } catch (IOException e) {
            throw new StackException(component, "commande impossible / cannot run " + command.get(0) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException(component, "interrompu / interrupted", e);
        }
    }

    /** The live process recorded in the pid file, if any. */
    static Optional<ProcessHandle> running(Path pidFile) {
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        try {
            long pid = Long.parseLong(Files.readString(pidFile, StandardCharsets.UTF_8).trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Stops the recorded process and its children: {@code signal} first (each component names the one that shuts
     * it down cleanly), then SIGKILL after {@code grace}.
     */
    static boolean stop(String component, Path pidFile, String signal, Duration grace) {
        Optional<ProcessHandle> process = running(pidFile);
        if (process.isEmpty()) {
            deleteQuietly(pidFile);
            return false;
        }
        ProcessHandle handle = process.get();
        List<ProcessHandle> family = new ArrayList<>(handle.descendants().toList());
        family.add(0, handle);
        runToCompletion(component, List.of("kill", "-" + signal, Long.toString(handle.pid())), null, true);
        long deadline = System.nanoTime() + grace.toNanos();
        while (System.nanoTime() < deadline && family.stream().anyMatch(ProcessHandle::isAlive)) {
            sleep(Duration.ofMillis(200));
        }
        family.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        deleteQuietly(pidFile);
        return true;
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("devstack", "interrompu / interrupted", e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // A stale pid file is harmless: running() checks that the process is alive.
        }
    }
}
