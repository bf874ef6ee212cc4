package fr.mutualis.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Against a real S3 API: S3Proxy, run in this JVM on an in-memory blob store, with signature V4 required and the
 * path-style addressing of S3-compatible servers.
 */
class S3FileStoreIntegrationTest {

    private static final String ACCESS_KEY = "mutualis-test";
    private static final String SECRET_KEY = "mutualis-test-secret";
    private static final String BUCKET = "mutualis-files";

    private static S3Proxy proxy;
    private static URI endpoint;

    @TempDir
    Path folder;

    @BeforeAll
    static void startS3() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        endpoint = URI.create("http://127.0.0.1:" + port);
        proxy = S3Proxy.builder().blobStore(new TransientNio2BlobStore()).endpoint(endpoint)
                .awsAuthentication(AuthenticationType.AWS_V4, ACCESS_KEY, SECRET_KEY).build();
        proxy.start();
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!"STARTED".equals(proxy.getState()) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        try (S3FileStore store = store("ignored")) {
            store.client().createBucket(request -> request.bucket(BUCKET));
        }
    }

    @AfterAll
    static void stopS3() throws Exception {
        if (proxy != null) {
            proxy.stop();
        }
    }

    private static S3FileStore store(String prefix) {
        return S3FileStore.connect(endpoint, "eu-west-3", BUCKET, prefix, ACCESS_KEY, SECRET_KEY);
    }

    @Test
    void a_file_is_kept_under_its_prefixed_hash_once_and_read_back() throws Exception {
        byte[] pdf = TestFiles.pdf("Délibération stockée en S3");
        String sha = FileIntakeTest.sha256(pdf);
        Path file = Files.write(folder.resolve("a.pdf"), pdf);

        try (S3FileStore store = store("/demat/")) {
            assertThat(store.exists(sha)).isFalse();
            assertThat(store.put(sha, file)).isTrue();
            assertThat(store.put(sha, file)).as("the same content is not sent again").isFalse();

            assertThat(store.exists(sha)).isTrue();
            assertThat(store.size(sha)).isEqualTo(pdf.length);
            try (InputStream in = store.open(sha)) {
                assertThat(in.readAllBytes()).isEqualTo(pdf);
            }
            assertThat(store.keyOf(sha)).isEqualTo("demat/" + sha);
            assertThat(store.client().listObjectsV2(request -> request.bucket(BUCKET).prefix("demat/")).contents())
                    .singleElement().satisfies(object -> assertThat(object.key()).isEqualTo("demat/" + sha));
        }
    }

    @Test
    void the_intake_keeps_a_checked_file_in_the_bucket() throws Exception {
        byte[] pdf = TestFiles.pdf("Annexe");
        try (S3FileStore store = store("intake")) {
            FileIntake intake = new FileIntake(folder.resolve("intake"), new FakeScanner(), store);

            StoredFile stored = intake.accept(new java.io.ByteArrayInputStream(pdf), "annexe.pdf",
                    FileRules.pdf(FileRules.megabytes(150)));

            assertThat(store.exists(stored.sha256())).isTrue();
            assertThat(store.size(stored.sha256())).isEqualTo(pdf.length);
        }
    }

    @Test
    void an_unknown_hash_is_not_found_and_wrong_credentials_fail() {
        String unknown = "f".repeat(64);
        try (S3FileStore store = store("")) {
            assertThat(store.exists(unknown)).isFalse();
            assertThatThrownBy(() -> store.size(unknown)).isInstanceOf(StoredFileNotFoundException.class);
            assertThatThrownBy(() -> store.open(unknown)).isInstanceOf(StoredFileNotFoundException.class);
        }
        try (S3FileStore wrong = S3FileStore.connect(endpoint, "eu-west-3", BUCKET, "", ACCESS_KEY, "wrong")) {
            assertThatThrownBy(() -> wrong.exists(unknown)).isInstanceOf(FileStoreException.class);
        }
    }
}
