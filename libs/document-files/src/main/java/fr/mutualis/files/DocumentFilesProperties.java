package fr.mutualis.files;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code mutualis.files.*}: where uploaded files are kept and which antivirus checks them.
 *
 * @param store     {@code local} (a folder, {@link LocalDiskFileStore}) or {@code s3} ({@link S3FileStore})
 * @param tempDir   where files wait while they are checked; by default {@code <java.io.tmpdir>/mutualis-intake}
 * @param local     the folder of the local store
 * @param s3        the bucket of the S3 store
 * @param clamd     the ClamAV daemon
 */
@ConfigurationProperties("mutualis.files")
public record DocumentFilesProperties(@DefaultValue("local") StoreKind store, Path tempDir,
                                      @DefaultValue Local local, @DefaultValue S3 s3, @DefaultValue Clamd clamd) {

    public enum StoreKind {
        LOCAL, S3
    }

    /** @param root the store's folder; by default {@code <java.io.tmpdir>/mutualis-files/<spring.application.name>} */
    public record Local(Path root) {
    }

    /**
     * @param endpoint  the S3 API's URL (path-style addressing); empty for AWS itself
     * @param region    the region, required by the signature even where the server ignores it
     * @param bucket    the bucket, which must exist
     * @param prefix    the keys' prefix: {@code <prefix>/<sha256>}
     * @param accessKey the access key id
     * @param secretKey the secret access key: never logged nor printed
     */
    public record S3(URI endpoint, @DefaultValue("us-east-1") String region, String bucket,
                     @DefaultValue("files") String prefix, String accessKey, String secretKey) {

        @Override
        public String toString() {
            return "S3[endpoint=" + endpoint + ", region=" + region + ", bucket=" + bucket + ", prefix=" + prefix
                    + ", accessKey=" + accessKey + ", secretKey=" + (secretKey == null ? "null" : "******") + "]";
        }
    }

    /**
     * @param host           clamd's address
     * @param port           its TCP port (the launcher gives each service that uses it the stack's)
     * @param connectTimeout how long to wait for a connection
     * @param timeout        how long clamd may stay silent while it receives and scans a file
     */
    public record Clamd(@DefaultValue("127.0.0.1") String host, @DefaultValue("3310") int port,
                        @DefaultValue("2s") Duration connectTimeout, @DefaultValue("120s") Duration timeout) {
    }
}
