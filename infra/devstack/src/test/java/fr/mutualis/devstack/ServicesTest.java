package fr.mutualis.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServicesTest {

    @TempDir
    Path home;

    @Test
    void the_identity_service_comes_first_and_every_other_service_trusts_it() {
        StackConfig config = StackConfig.of(home, Profile.TEST, name -> null);
        List<ServiceComponent> services = Services.all(config, UnprivilegedUser.detect());

        assertThat(services.get(0).name()).isEqualTo(Services.IDENTITY);
        assertThat(services.get(0).url()).isEqualTo("http://127.0.0.1:18088");
        assertThat(services.get(0).command()).contains("--mutualis.identity.issuer=http://127.0.0.1:18088",
                "--mutualis.demo.enabled=true", "--spring.datasource.url=jdbc:postgresql://127.0.0.1:25432/identity");
        for (ServiceComponent service : services.subList(1, services.size())) {
            assertThat(service.command()).as(service.name())
                    .contains("--mutualis.security.issuer-uri=http://127.0.0.1:18088");
        }
        assertThat(Services.databases()).contains("identity");
    }

    @Test
    void secrets_reach_the_identity_service_by_environment_not_by_its_command_line() {
        StackConfig config = StackConfig.of(home, Profile.DEV, name -> null);
        ServiceComponent identity = Services.all(config, UnprivilegedUser.detect()).get(0);
        DevSecrets secrets = DevSecrets.of(config);

        assertThat(identity.environment())
                .containsEntry("MUTUALIS_IDENTITY_KEY_ENCRYPTION_KEY", secrets.keyEncryptionKey())
                .containsEntry("MUTUALIS_IDENTITY_ADMIN_AUTOMATION_SECRET",
                        secrets.clientSecret(PlatformSignIn.ADMIN_AUTOMATION_CLIENT))
                .containsKeys("MUTUALIS_IDENTITY_PORTAL_SECRET", "MUTUALIS_IDENTITY_DPO_AUTOMATION_SECRET");
        assertThat(String.join(" ", identity.command()))
                .doesNotContain(secrets.keyEncryptionKey())
                .doesNotContain(secrets.clientSecret(PlatformSignIn.ADMIN_AUTOMATION_CLIENT));
    }
}
