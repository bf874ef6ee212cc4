package fr.mutualis.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComponentPortTest {

    @TempDir
    Path root;

    @Test
    void a_port_held_by_another_program_fails_in_one_line_naming_component_port_and_variable() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName(StackConfig.HOST))) {
            int port = taken.getLocalPort();
            StackConfig config = StackConfig.of(root, Profile.TEST,
                    name -> name.equals("MUTUALIS_PORT_CONNECT") ? Integer.toString(port) : null);
            Component connect = new ConnectComponent(config, UnprivilegedUser.detect());

            assertThatThrownBy(connect::start)
                    .isInstanceOfSatisfying(StackException.class, failure -> assertThat(failure.describe())
                            .startsWith("mutualis: ÉCHEC / FAILED [connect] port " + port)
                            .contains("MUTUALIS_PORT_CONNECT")
                            .doesNotContain("\n"));
        }
    }

    @Test
    void a_free_port_passes() throws IOException {
        int free;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName(StackConfig.HOST))) {
            free = probe.getLocalPort();
        }
        StackConfig config = StackConfig.of(root, Profile.TEST,
                name -> name.equals("MUTUALIS_PORT_CONNECT") ? Integer.toString(free) : null);

        new ConnectComponent(config, UnprivilegedUser.detect()).requirePortsFree();
    }
}
