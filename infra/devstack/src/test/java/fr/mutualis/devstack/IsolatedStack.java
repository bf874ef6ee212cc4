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

    private static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName(StackConfig.HOST))) {
            return probe.getLocalPort();
        }
    }
}
