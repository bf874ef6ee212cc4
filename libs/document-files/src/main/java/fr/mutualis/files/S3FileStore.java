package fr.mutualis.files;

import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Files in a bucket of an S3-compatible object store (the hosting's, or MinIO, Garage, Ceph…), under the key
 * {@code <prefix>/<sha256>}. A content already kept is not sent again ({@code HeadObject} first).
 */
public final class S3FileStore implements FileStore, AutoCloseable {

    private final S3Client client;
    private final String bucket;
    private final String prefix;

    /** On a client the caller configured and closes; {@code prefix} may be empty. */
    public S3FileStore(S3Client client, String bucket, String prefix) {
        this.client = client;
        this.bucket = requireText(bucket, "bucket");
        this.prefix = prefix == null ? "" : stripSlashes(prefix);
    }

    /**
     * A store with its own client: path-style addressing (what S3-compatible servers expect), the endpoint, region
     * and static credentials given. Checksums are sent only where the API requires them, which every S3-compatible
     * server accepts. Close it to release its connections.
     */
    public static S3FileStore connect(URI endpoint, String region, String bucket, String prefix, String accessKey,
                                      String secretKey) {
        var builder = S3Client.builder()
                .region(Region.of(requireText(region, "region")))
                .forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(requireText(accessKey, "access-key"), requireText(secretKey, "secret-key"))))
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .httpClientBuilder(ApacheHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(10))
                        .socketTimeout(Duration.ofSeconds(60)));
        if (endpoint != null) {
            builder.endpointOverride(endpoint);
        }
        return new S3FileStore(builder.build(), bucket, prefix);
    }

    /** The client, for what the store does not do itself (bucket administration, listings). */
    public S3Client client() {
        return client;
    }

    /** The object key of {@code sha256}. */
    public String keyOf(String sha256) {
        FileStore.requireSha256(sha256);
        return prefix.isEmpty() ? sha256 : prefix + "/" + sha256;
    }

    @Override
    public boolean put(String sha256, Path file) {
        String key = keyOf(sha256);
        if (exists(sha256)) {
            return false;
        }
        try {
            client.putObject(request -> request.bucket(bucket).key(key).contentType("application/octet-stream"),
                    RequestBody.fromFile(file));
            return true;
        } catch (SdkException e) {
            throw new FileStoreException("Cannot store " + key + " in bucket " + bucket + ": " + e.getMessage(), e);
        }
    }

    @Override
    public InputStream open(String sha256) {
        String key = keyOf(sha256);
        try {
            return client.getObject(request -> request.bucket(bucket).key(key));
        } catch (NoSuchKeyException e) {
            throw new StoredFileNotFoundException(sha256);
        } catch (SdkException e) {
            throw new FileStoreException("Cannot read " + key + " from bucket " + bucket + ": " + e.getMessage(), e);
        }
    }

    @Override
    public boolean exists(String sha256) {
        return head(sha256) != null;
    }

    @Override
    public long size(String sha256) {
        HeadObjectResponse head = head(sha256);
        if (head == null) {
            throw new StoredFileNotFoundException(sha256);
        }
        return head.contentLength();
    }

    /** The object's metadata, or null when there is no such object. */
    private HeadObjectResponse head(String sha256) {
        String key = keyOf(sha256);
        try {
            return client.headObject(request -> request.bucket(bucket).key(key));
        } catch (NoSuchKeyException e) {
            return null;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return null;
            }
            throw new FileStoreException("Cannot read " + key + " from bucket " + bucket + ": " + e.getMessage(), e);
        } catch (SdkException e) {
            throw new FileStoreException("Cannot read " + key + " from bucket " + bucket + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        client.close();
    }

    @Override
    public String toString() {
        return "S3FileStore[bucket " + bucket + ", prefix '" + prefix + "']";
    }

    private static String stripSlashes(String value) {
        String stripped = value.trim();
        while (stripped.startsWith("/")) {
            stripped = stripped.substring(1);
        }
        while (stripped.endsWith("/")) {
            stripped = stripped.substring(0, stripped.length() - 1);
        }
        return stripped;
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("mutualis.files.s3." + name + " is required");
        }
        return value;
    }
}
