package fr.mutualis.devstack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One process of the stack: how it is prepared, started, recognised as healthy and stopped. Starting is idempotent:
 * a component whose recorded process is alive is left as it is.
 */
public abstract class Component {

    protected final StackConfig config;
    protected final UnprivilegedUser user;
    private final String name;
    private final List<Listener> listeners;

    /** A port it listens on: its label in messages, its number, the variable that changes it. */
    protected record Listener(String label, int number, String variable) {
    }

    /** {@code ports}: the ports it listens on; the first is the one shown to people. */
    protected Component(StackConfig config, UnprivilegedUser user, String name, Port... ports) {
        this(config, user, name, Arrays.stream(ports).map(port -> new Listener(port.name().toLowerCase(Locale.ROOT),
                config.port(port), port.variable())).toList());
    }

    protected Component(StackConfig config, UnprivilegedUser user, String name, List<Listener> listeners) {
        this.config = config;
        this.user = user;
        this.name = name;
        this.listeners = List.copyOf(listeners);
    }

    public final String name() {
        return name;
    }

    /** One-time preparation (unpacking, initialisation); must be idempotent. */
    protected abstract void prepare() throws IOException;

    protected abstract List<String> command();

    protected abstract boolean healthy();

    /**
     * Why it does not serve although it answers, e.g. a dependency down: empty when it serves. Asked by {@code status}
     * only, since while the stack starts what it depends on may not be there yet.
     */
    protected Optional<String> impairment() {
        return Optional.empty();
    }

    protected Map<String, String> environment() {
        return Map.of();
    }

    /** Whether it must run as the unprivileged user when the launcher is root. */
    protected boolean refusesRoot() {
        return false;
    }

    protected String stopSignal() {
        return "TERM";
    }

    protected Duration startTimeout() {
        return Duration.ofSeconds(120);
    }

    /**
     * Its data folder, {@code <data root>/<name>}; for a component that refuses root, wherever its user can reach
     * (see {@link UnprivilegedUser#reachableFolder}), with a link from the data root.
     */
    protected Path folder() {
        Path preferred = config.dataRoot().resolve(name());
        return refusesRoot() ? user.reachableFolder(preferred) : preferred;
    }

    public Path log() {
        return config.log(name());
    }

    public int port() {
        return listeners.get(0).number();
    }

    public boolean isRunning() {
        return Processes.running(config.pidFile(name())).isPresent();
    }

    public boolean isHealthy() {
        return isRunning() && healthy();
    }

    /** What {@code status} says of it: whether it serves, and in words, stopped, starting, impaired (why) or healthy. */
    public record State(boolean serving, String description) {
    }

    public final State state() {
        if (!isRunning()) {
            return new State(false, "■ arrêté / stopped");
        }
        if (!healthy()) {
            return new State(false, "… démarre / starting");
        }
        return impairment().map(reason -> new State(false, "✗ dégradé / impaired: " + reason))
                .orElse(new State(true, "✓ sain / healthy"));
    }

    /** Starts the process unless it already runs; does not wait for it to become healthy. */
    public final boolean start() {
        if (isRunning()) {
            return false;
        }
        requirePortsFree();
        try {
            Files.createDirectories(folder());
            linkIfRelocated(config.dataRoot().resolve(name()), folder());
            prepare();
        } catch (IOException e) {
            throw new StackException(name(), "préparation impossible / preparation failed: " + e.getMessage(), e);
        }
        List<String> command = refusesRoot() ? user.wrap(command(), environment()) : command();
        Processes.startDetached(name(), command, folder(), environment(), log(), config.pidFile(name()));
        return true;
    }

    /** Waits until healthy; fails with the log's last lines if the process dies or the time runs out. */
    public final void awaitHealthy() {
        long deadline = System.nanoTime() + startTimeout().toNanos();
        while (System.nanoTime() < deadline) {
            if (!isRunning()) {
                throw StackException.withLogTail(name(), "s'est arrêté au démarrage / exited while starting", log());
            }
            if (healthy()) {
                return;
            }
            Processes.sleep(Duration.ofMillis(500));
        }
        throw StackException.withLogTail(name(), "pas sain après / not healthy after " + startTimeout().toSeconds()
                + " s", log());
    }

    public final boolean stop() {
        return Processes.stop(name(), config.pidFile(name()), stopSignal(), Duration.ofSeconds(30));
    }

    /** Fails with the port's name and variable when another program holds one of this component's ports. */
    final void requirePortsFree() {
        if (!isRunning()) {
            listeners.forEach(this::requireFree);
        }
    }

    private void requireFree(Listener listener) {
        int number = listener.number();
        try (ServerSocket socket = new ServerSocket(number, 1, InetAddress.getByName(StackConfig.HOST))) {
            socket.setReuseAddress(true);
        } catch (IOException e) {
            throw new StackException(name(), "port " + number + " déjà utilisé / already in use ("
                    + listener.label() + "); changez-le avec / change it with " + listener.variable() + "=<port>");
        }
    }

    protected static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** A JVM command with the heap bounds that fit the stack on a 2-core, 24 GiB machine beside the services. */
    protected static List<String> jvm(String heap, String... rest) {
        List<String> command = new ArrayList<>(List.of(java(), "-Xms" + heap, "-Xmx" + heap, "-XX:+UseG1GC",
                "-Djava.awt.headless=true"));
        command.addAll(List.of(rest));
        return command;
    }

    /** Makes {@code link} point at {@code target} when the data lives outside the data root. */
    private static void linkIfRelocated(Path link, Path target) throws IOException {
        if (link.equals(target) || Files.isSymbolicLink(link)) {
            return;
        }
        Files.createDirectories(link.getParent());
        Files.createSymbolicLink(link, target);
    }
}
