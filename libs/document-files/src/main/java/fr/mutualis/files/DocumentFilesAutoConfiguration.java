package fr.mutualis.files;

import java.nio.file.Path;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Gives a service that depends on this library its {@link FileIntake}, the {@link FileStore} of
 * {@code mutualis.files.store} ({@code local} by default, or {@code s3}) and the clamd {@link VirusScanner}
 * ({@code mutualis.files.clamd.*}, which the launcher sets for a service whose descriptor says {@code uses=clamav}).
 */
@AutoConfiguration
@EnableConfigurationProperties(DocumentFilesProperties.class)
public class DocumentFilesAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    VirusScanner virusScanner(DocumentFilesProperties properties) {
        DocumentFilesProperties.Clamd clamd = properties.clamd();
        return new ClamdVirusScanner(clamd.host(), clamd.port(), clamd.connectTimeout(), clamd.timeout());
    }

    @Bean
    @ConditionalOnMissingBean
    FileStore fileStore(DocumentFilesProperties properties, Environment environment) {
        if (properties.store() == DocumentFilesProperties.StoreKind.S3) {
            DocumentFilesProperties.S3 s3 = properties.s3();
            return S3FileStore.connect(s3.endpoint(), s3.region(), s3.bucket(), s3.prefix(), s3.accessKey(),
                    s3.secretKey());
        }
        Path root = properties.local().root();
        if (root == null) {
            root = Path.of(System.getProperty("java.io.tmpdir"), "mutualis-files",
                    environment.getProperty("spring.application.name", "application"));
        }
        return new LocalDiskFileStore(root);
    }

    @Bean
    @ConditionalOnMissingBean
    FileIntake fileIntake(DocumentFilesProperties properties, VirusScanner scanner, FileStore store) {
        Path temporaryFolder = properties.tempDir() != null ? properties.tempDir()
                : Path.of(System.getProperty("java.io.tmpdir"), "mutualis-intake");
        return new FileIntake(temporaryFolder, scanner, store);
    }
}
