package fr.mutualis.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClamavComponentTest {

    private static final Path PROJECT = StackConfig.findProjectRoot();

    @TempDir
    Path home;

    private StackConfig config(Profile profile, Map<String, String> environment) {
        return StackConfig.of(PROJECT, profile, name -> name.equals("MUTUALIS_HOME") ? home.toString() : environment.get(name));
    }

    @Test
    void clamd_listens_on_its_own_port_per_profile_overridable_by_its_variable() {
        assertThat(config(Profile.DEV, Map.of()).port(Port.CLAMAV)).isEqualTo(13310);
        assertThat(config(Profile.TEST, Map.of()).port(Port.CLAMAV)).isEqualTo(23310);
        assertThat(config(Profile.DEV, Map.of("MUTUALIS_PORT_CLAMAV", "21310")).port(Port.CLAMAV)).isEqualTo(21310);
        assertThat(config(Profile.TEST, Map.of()).endpoints().clamavPort()).isEqualTo(23310);
    }

    @Test
    void it_starts_with_the_infrastructure() {
        Stack stack = Stack.of(config(Profile.TEST, Map.of()), System.out);

        assertThat(stack.infrastructure()).extracting(Component::name).contains("clamav");
        assertThat(stack.component("clamav").port()).isEqualTo(23310);
    }

    @Test
    void its_configuration_listens_on_loopback_in_the_foreground_and_takes_150_megabyte_files() {
        ClamavComponent clamav = new ClamavComponent(config(Profile.TEST, Map.of()), UnprivilegedUser.detect());

        assertThat(clamav.clamdConf()).contains("TCPSocket 23310\n", "TCPAddr 127.0.0.1\n", "Foreground yes\n",
                "DatabaseDirectory " + clamav.database() + "\n", "StreamMaxLength 160M\n", "MaxFileSize 160M\n",
                "MaxScanSize 160M\n").doesNotContain("LocalSocket", "User ");
    }

    @Test
    void the_local_database_holds_the_eicar_signature_in_hexadecimal() {
        String line = ClamavComponent.signatures().strip();

        assertThat(line).startsWith("Eicar-Test-Signature:0:*:");
        String hex = line.substring("Eicar-Test-Signature:0:*:".length());
        assertThat(new String(HexFormat.of().parseHex(hex), StandardCharsets.US_ASCII)).isEqualTo(ClamavComponent.EICAR);
    }

    @Test
    void a_missing_clamd_names_the_package_to_install() {
        ClamavComponent clamav = new ClamavComponent(config(Profile.TEST, Map.of()), UnprivilegedUser.detect(),
                name -> name.equals("MUTUALIS_CLAMD") ? home.resolve("no-clamd").toString() : null);

        assertThatThrownBy(clamav::binary).isInstanceOfSatisfying(StackException.class, failure -> assertThat(
                failure.describe()).startsWith("mutualis: ÉCHEC / FAILED [clamav]")
                .contains("apt-get install clamav-daemon"));
    }

    @Test
    void a_service_that_uses_clamav_receives_clamd_s_address() {
        StackConfig config = config(Profile.TEST, Map.of());
        ServiceDescriptor uploads = new ServiceDescriptor("demo-files-service", "services/demo-files-service", 8099,
                List.of(), java.util.Optional.empty(), false, Set.of(ServiceDescriptor.Uses.CLAMAV), false, false,
                List.of());

        assertThat(Services.arguments(config, uploads, config.endpoints()))
                .contains("--mutualis.files.clamd.host=127.0.0.1", "--mutualis.files.clamd.port=23310");
    }
}
