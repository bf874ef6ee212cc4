package fr.mutualis.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class DocumentFilesAutoConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DocumentFilesAutoConfiguration.class));

    @Test
    void by_default_a_local_store_named_after_the_application_and_clamd_on_its_default_port() {
        context.withPropertyValues("spring.application.name=demat-service").run(started -> {
            assertThat(started).hasSingleBean(FileIntake.class);
            assertThat(started.getBean(FileStore.class)).isInstanceOfSatisfying(LocalDiskFileStore.class,
                    store -> assertThat(store.root()).isEqualTo(Path.of(System.getProperty("java.io.tmpdir"),
                            "mutualis-files", "demat-service").toAbsolutePath()));
            assertThat(started.getBean(VirusScanner.class)).hasToString("ClamdVirusScanner[127.0.0.1:3310]");
        });
    }

    @Test
    void the_launcher_s_arguments_choose_the_folder_and_clamd_s_port() {
        context.withPropertyValues("mutualis.files.local.root=/var/lib/mutualis/demat",
                "mutualis.files.clamd.host=127.0.0.1", "mutualis.files.clamd.port=13310").run(started -> {
            assertThat(((LocalDiskFileStore) started.getBean(FileStore.class)).root()).isEqualTo(Path.of("/var/lib/mutualis/demat"));
            assertThat(started.getBean(VirusScanner.class)).hasToString("ClamdVirusScanner[127.0.0.1:13310]");
        });
    }

    @Test
    void an_s3_store_from_its_properties_whose_secret_is_never_printed() {
        context.withPropertyValues("mutualis.files.store=s3", "mutualis.files.s3.endpoint=http://127.0.0.1:9000",
                "mutualis.files.s3.bucket=mutualis", "mutualis.files.s3.access-key=AKIA",
                "mutualis.files.s3.secret-key=tres-secret").run(started -> {
            assertThat(started.getBean(FileStore.class)).isInstanceOf(S3FileStore.class)
                    .hasToString("S3FileStore[bucket mutualis, prefix 'files']");
            assertThat(started.getBean(DocumentFilesProperties.class).toString()).doesNotContain("tres-secret")
                    .contains("secretKey=******");
        });
    }
}
