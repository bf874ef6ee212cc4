package fr.mutualis.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchivesTest {

    @TempDir
    Path folder;

    @Test
    void unzips_without_the_top_folder_and_makes_bin_executable() throws IOException {
        Path zip = zip("elasticsearch-8.19.21/bin/elasticsearch", "elasticsearch-8.19.21/config/jvm.options");

        Archives.unzipStrippingTopFolder(zip, folder.resolve("home"));

        assertThat(folder.resolve("home/bin/elasticsearch")).isExecutable();
        assertThat(folder.resolve("home/config/jvm.options")).exists();
    }

    @Test
    void refuses_an_entry_that_escapes_its_folder() throws IOException {
        Path zip = zip("top/../../escaped.txt");

        assertThatThrownBy(() -> Archives.unzipStrippingTopFolder(zip, folder.resolve("home")))
                .hasMessageContaining("escapes");
        assertThat(folder.resolve("escaped.txt")).doesNotExist();
    }

    private Path zip(String... entries) throws IOException {
        Path zip = folder.resolve("archive.zip");
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
            for (String entry : entries) {
                out.putNextEntry(new ZipEntry(entry));
                out.write("content".getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return zip;
    }
}
