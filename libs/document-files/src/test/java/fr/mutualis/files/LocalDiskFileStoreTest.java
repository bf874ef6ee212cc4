package fr.mutualis.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalDiskFileStoreTest {

    @TempDir
    Path folder;

    @Test
    void a_file_is_kept_read_only_under_two_levels_of_its_hash_and_a_second_put_writes_nothing() throws Exception {
        LocalDiskFileStore store = new LocalDiskFileStore(folder.resolve("store"));
        Path file = Files.writeString(folder.resolve("a.txt"), "contenu", StandardCharsets.UTF_8);
        String sha = FileIntakeTest.sha256("contenu".getBytes(StandardCharsets.UTF_8));

        assertThat(store.put(sha, file)).isTrue();
        Path kept = folder.resolve("store").resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha);
        assertThat(kept).hasContent("contenu");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(kept))).isEqualTo("r--r-----");
        long modified = Files.getLastModifiedTime(kept).toMillis();

        assertThat(store.put(sha, file)).isFalse();
        assertThat(Files.getLastModifiedTime(kept).toMillis()).isEqualTo(modified);
        assertThat(store.exists(sha)).isTrue();
        assertThat(store.size(sha)).isEqualTo(7);
        try (InputStream in = store.open(sha)) {
            assertThat(in.readAllBytes()).isEqualTo("contenu".getBytes(StandardCharsets.UTF_8));
        }
        try (var leftovers = Files.list(kept.getParent())) {
            assertThat(leftovers).containsExactly(kept);
        }
    }

    @Test
    void a_content_that_does_not_match_its_address_is_not_kept() throws Exception {
        LocalDiskFileStore store = new LocalDiskFileStore(folder.resolve("store"));
        Path file = Files.writeString(folder.resolve("a.txt"), "autre chose", StandardCharsets.UTF_8);
        String sha = FileIntakeTest.sha256("contenu".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> store.put(sha, file)).isInstanceOf(FileStoreException.class)
                .hasMessageContaining("does not match");
        assertThat(store.exists(sha)).isFalse();
    }

    @Test
    void an_unknown_or_malformed_address_is_refused() {
        LocalDiskFileStore store = new LocalDiskFileStore(folder);
        String unknown = "0".repeat(64);

        assertThat(store.exists(unknown)).isFalse();
        assertThatThrownBy(() -> store.open(unknown)).isInstanceOf(StoredFileNotFoundException.class);
        assertThatThrownBy(() -> store.size(unknown)).isInstanceOf(StoredFileNotFoundException.class);
        assertThatThrownBy(() -> store.exists("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.exists("A".repeat(64))).isInstanceOf(IllegalArgumentException.class);
    }
}
