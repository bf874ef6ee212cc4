package fr.mutualis.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevSecretsTest {

    @TempDir
    Path home;

    @Test
    void secrets_are_drawn_once_per_stack_and_readable_by_their_owner_only() throws IOException {
        StackConfig config = StackConfig.of(home, Profile.DEV, name -> name.equals("MUTUALIS_HOME") ? home.toString() : null);

        DevSecrets first = DevSecrets.of(config);
        DevSecrets again = DevSecrets.of(config);

        Path file = config.dataRoot().resolve(DevSecrets.FILE);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Base64.getDecoder().decode(first.keyEncryptionKey())).hasSize(32);
        assertThat(again.keyEncryptionKey()).isEqualTo(first.keyEncryptionKey());
        assertThat(first.clientSecret(PlatformSignIn.ADMIN_AUTOMATION_CLIENT))
                .isEqualTo(again.clientSecret(PlatformSignIn.ADMIN_AUTOMATION_CLIENT))
                .isNotEqualTo(first.clientSecret(PlatformSignIn.DPO_AUTOMATION_CLIENT))
                .hasSizeGreaterThanOrEqualTo(40);
        assertThat(first.toString()).doesNotContain(first.keyEncryptionKey());
    }

    @Test
    void another_stack_has_other_secrets() {
        DevSecrets dev = DevSecrets.of(StackConfig.of(home, Profile.DEV, name -> null));
        DevSecrets test = DevSecrets.of(StackConfig.of(home, Profile.TEST, name -> null));

        assertThat(dev.keyEncryptionKey()).isNotEqualTo(test.keyEncryptionKey());
    }

    @Test
    void a_file_written_before_a_secret_existed_gets_it_and_keeps_the_others() throws IOException {
        StackConfig config = StackConfig.of(StackConfig.findProjectRoot(), Profile.DEV,
                name -> name.equals("MUTUALIS_HOME") ? home.toString() : null);
        Files.createDirectories(config.dataRoot());
        Files.writeString(config.dataRoot().resolve(DevSecrets.FILE), "identity.key-encryption-key=a2V5\n");

        DevSecrets completed = DevSecrets.of(config);
        ServiceDescriptor webhook = config.service("webhook-service");

        assertThat(completed.keyEncryptionKey()).isEqualTo("a2V5");
        assertThat(Base64.getDecoder().decode(completed.environment(webhook).get("MUTUALIS_SECRETS_KEY"))).hasSize(32);
        assertThat(completed.replicationPassword()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(DevSecrets.of(config).environment(webhook)).isEqualTo(completed.environment(webhook));
    }
}
