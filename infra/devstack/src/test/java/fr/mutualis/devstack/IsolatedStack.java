package fr.mutualis.devstack;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * A stack of its own for one test class: a temporary folder and free ports for the components it starts, so that it
 * never meets the shared test stack nor another run.
 */
record IsolatedStack(Path home, StackConfig config) {

    static IsolatedStack on(String name, Port... ports) throws IOException {
        Path home = Files.createTempDirectory("mutualis-" + name);
        Map<String, String> environment = new HashMap<>(Map.of("MUTUALIS_HOME", home.toString()));
        for (Port port : ports) {
            environment.put(port.variable(), Integer.toString(freePort()));
        }
        return new IsolatedStack(home, StackConfig.of(StackConfig.findProjectRoot(), Profile.TEST, environment::get));
    }

    /**
     * Stops what runs and deletes the data, then the folders; {@code relocated} are the folders a component had to
     * keep outside {@link #home} (PostgreSQL's, when the tests run as root).
     */
    void delete(Path... relocated) throws IOException {
        Stack.of(config, new PrintStream(OutputStream.nullOutputStream())).reset();
        for (Path folder : relocated) {
            Files.deleteIfExists(folder);
        }
        Files.deleteIfExists(home);
    }

    /**
     * A port free now, below Linux's ephemeral range (32768–60999): a port the system hands out could be taken, before
     * the component binds it, as the local end of one of the many connections the starting components open; and above
     * the development and test stacks' ports.
     */
    private static int freePort() throws IOException {
        for (int attempt = 0; attempt < 100; attempt++) {
            int candidate = 30_000 + RANDOM.nextInt(2_700);
            try (ServerSocket probe = new ServerSocket(candidate, 1, InetAddress.getByName(StackConfig.HOST))) {
                return probe.getLocalPort();
            } catch (IOException taken) {
                // try another
            }
        }
        throw new IOException("no free port between 30000 and 32700");
    }

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();
}
