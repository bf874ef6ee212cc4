package fr.mutualis.loadgen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchmarkReportTest {

    @TempDir
    Path root;

    @Test
    void new_figures_replace_the_old_ones_and_the_reading_written_by_hand_stays_below_them() throws IOException {
        Path file = root.resolve("docs/benchmarks/search-scale.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "# Titre\n\n| old | figures |\n\n## Lecture / reading\n\n- p99 divisé par 2.\n");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        BenchmarkReport.write(root, new PrintStream(printed, true), "docs/benchmarks/search-scale.md",
                "# Titre\n\n| new | figures |\n");

        assertThat(Files.readString(file))
                .isEqualTo("# Titre\n\n| new | figures |\n\n## Lecture / reading\n\n- p99 divisé par 2.\n");
        assertThat(printed.toString()).contains("à relire");
    }

    @Test
    void a_first_report_is_the_figures_alone() throws IOException {
        BenchmarkReport.write(root, new PrintStream(new ByteArrayOutputStream()), "docs/benchmarks/indexing.md",
                "# Indexation\n");

        assertThat(Files.readString(root.resolve("docs/benchmarks/indexing.md"))).isEqualTo("# Indexation\n");
    }
}
