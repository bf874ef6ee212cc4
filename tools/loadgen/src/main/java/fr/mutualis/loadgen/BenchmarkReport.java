package fr.mutualis.loadgen;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a benchmark's Markdown report goes: printed, then written under {@code docs/benchmarks/}. What people wrote by
 * hand below the figures, from a {@value #READING} heading on, is kept under the new figures: a run must not erase
 * the reading of the previous ones, only call for it to be read again.
 */
final class BenchmarkReport {

    /** The heading that starts the part written by hand. */
    static final String READING = "## Lecture";

    private BenchmarkReport() {
    }

    /**
     * @param relativePath the report's path from the project's root, e.g. {@code docs/benchmarks/indexing.md}
     * @param report       the generated part: title, machine, tables
     */
    static void write(Path root, PrintStream out, String relativePath, String report) throws IOException {
        out.println(report);
        Path file = root.resolve(relativePath);
        Files.createDirectories(file.getParent());
        String reading = handWritten(file);
        Files.writeString(file, reading.isEmpty() ? report : report.stripTrailing() + "\n\n" + reading);
        out.println("Résultats écrits dans / written to " + root.relativize(file));
        if (!reading.isEmpty()) {
            out.println("Section « " + READING + " » écrite à la main conservée : à relire avec les nouveaux chiffres"
                    + " / hand-written reading kept: check it against the new figures");
        }
    }

    /** The part of the file from its {@value #READING} heading on, or nothing. */
    static String handWritten(Path file) throws IOException {
        if (!Files.exists(file)) {
            return "";
        }
        String previous = Files.readString(file);
        int heading = previous.startsWith(READING) ? 0 : previous.indexOf("\n" + READING);
        return heading < 0 ? "" : previous.substring(heading).strip() + "\n";
    }
}
