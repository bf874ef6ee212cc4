package fr.mutualis.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StackConfigTest {

    private static final Path ROOT = Path.of("/srv/mutualis");

    @Test
    void the_test_stack_has_its_own_ports_and_folder() {
        StackConfig dev = StackConfig.of(ROOT, Profile.DEV, name -> null);
        StackConfig test = StackConfig.of(ROOT, Profile.TEST, name -> null);

        assertThat(dev.port(Port.KAFKA)).isEqualTo(19092);
        assertThat(test.port(Port.KAFKA)).isEqualTo(29092);
        assertThat(dev.dataRoot()).isEqualTo(ROOT.resolve(".mutualis/dev"));
        assertThat(test.dataRoot()).isEqualTo(ROOT.resolve(".mutualis/test"));
        assertThat(test.jdbcUrl("experience")).isEqualTo("jdbc:postgresql://127.0.0.1:25432/experience");
        for (Port port : Port.values()) {
            for (Port other : Port.values()) {
                assertThat(test.port(port)).as("test %s must not take the platform's %s port", port, other)
                        .isNotEqualTo(dev.port(other));
            }
        }
    }

    @Test
    void ports_home_and_demo_data_follow_the_environment() {
        Map<String, String> environment = Map.of("MUTUALIS_PORT_POSTGRES", "5544", "MUTUALIS_HOME", "/var/lib/mutualis",
                "MUTUALIS_DEMO_DATA", "false");

        StackConfig config = StackConfig.of(ROOT, Profile.DEV, environment::get);

        assertThat(config.port(Port.POSTGRES)).isEqualTo(5544);
        assertThat(config.dataRoot()).isEqualTo(Path.of("/var/lib/mutualis/dev"));
        assertThat(config.demoData()).isFalse();
        assertThat(StackConfig.of(ROOT, Profile.DEV, name -> null).demoData()).isTrue();
        assertThat(StackConfig.of(ROOT, Profile.TEST, name -> null).demoData())
                .as("the end-to-end tests measure the search on the demonstration records").isTrue();
    }

    @Test
    void an_invalid_port_is_named_with_its_variable() {
        assertThatThrownBy(() -> StackConfig.of(ROOT, Profile.DEV, name -> name.equals("MUTUALIS_PORT_KAFKA") ? "70000" : null))
                .isInstanceOf(StackException.class)
                .hasMessageContaining("MUTUALIS_PORT_KAFKA=70000");
    }

    @Test
    void a_missing_build_output_says_how_to_build_it() {
        StackConfig config = StackConfig.of(ROOT, Profile.DEV, name -> null);

        assertThatThrownBy(() -> config.built("kafka", "infra/runtime/kafka/target/lib"))
                .isInstanceOf(StackException.class)
                .hasMessageContaining("./mvnw install -DskipTests");
    }
}
