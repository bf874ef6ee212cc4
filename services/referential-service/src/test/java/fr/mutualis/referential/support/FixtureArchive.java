package fr.mutualis.referential.support;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;

/** A small tarball with the layout of {@code @etalab/decoupage-administratif}: {@code package/data/*.json}. */
public final class FixtureArchive {

    private FixtureArchive() {
    }

    /** Version 1: two communes of Ille-et-Vilaine in one EPCI, one commune of Gironde. */
    public static Path version1(Path folder) throws IOException {
        return write(folder.resolve("v1.tgz"), Map.of(
                "communes.json", """
                        [{"code":"35238","nom":"Rennes","departement":"35","region":"53","type":"commune-actuelle","siren":"213502388","population":230890},
                         {"code":"35022","nom":"Bécherel","departement":"35","region":"53","type":"commune-actuelle","siren":"213500226","population":677},
                         {"code":"33063","nom":"Bordeaux","departement":"33","region":"75","type":"commune-actuelle","siren":"213300635","population":267991},
                         {"code":"35999","nom":"Ancienne","departement":"35","region":"53","type":"commune-deleguee","population":10}]""",
                "epci.json", """
                        [{"code":"243500139","nom":"Rennes Métropole","membres":[{"siren":"213502388"},{"siren":"213500226"}]}]""",
                "departements.json", """
                        [{"code":"35","region":"53","nom":"Ille-et-Vilaine"},{"code":"33","region":"75","nom":"Gironde"}]""",
                "regions.json", """
                        [{"code":"53","nom":"Bretagne"},{"code":"75","nom":"Nouvelle-Aquitaine"}]"""));
    }

    /** Version 2: Rennes grew, Bécherel is gone, Vitré arrived. */
    public static Path version2(Path folder) throws IOException {
        return write(folder.resolve("v2.tgz"), Map.of(
                "communes.json", """
                        [{"code":"35238","nom":"Rennes","departement":"35","region":"53","type":"commune-actuelle","siren":"213502388","population":232000},
                         {"code":"35360","nom":"Vitré","departement":"35","region":"53","type":"commune-actuelle","siren":"213503600","population":19365},
                         {"code":"33063","nom":"Bordeaux","departement":"33","region":"75","type":"commune-actuelle","siren":"213300635","population":267991}]""",
                "epci.json", """
                        [{"code":"243500139","nom":"Rennes Métropole","membres":[{"siren":"213502388"}]}]""",
                "departements.json", """
                        [{"code":"35","region":"53","nom":"Ille-et-Vilaine"},{"code":"33","region":"75","nom":"Gironde"}]""",
                "regions.json", """
                        [{"code":"53","nom":"Bretagne"},{"code":"75","nom":"Nouvelle-Aquitaine"}]"""));
    }

    /** Alsace: one commune in each of the two départements whose councils merged into one collectivité. */
    public static Path alsace(Path folder) throws IOException {
        return write(folder.resolve("alsace.tgz"), Map.of(
                "communes.json", """
                        [{"code":"67482","nom":"Strasbourg","departement":"67","region":"44","type":"commune-actuelle","siren":"216704825","population":293771},
                         {"code":"68224","nom":"Mulhouse","departement":"68","region":"44","type":"commune-actuelle","siren":"216802249","population":104978}]""",
                "epci.json", "[]",
                "departements.json", """
                        [{"code":"67","region":"44","nom":"Bas-Rhin"},{"code":"68","region":"44","nom":"Haut-Rhin"}]""",
                "regions.json", """
                        [{"code":"44","nom":"Grand Est"}]"""));
    }

    private static Path write(Path file, Map<String, String> files) throws IOException {
        try (OutputStream out = Files.newOutputStream(file);
             TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(out))) {
            for (Map.Entry<String, String> entry : files.entrySet()) {
                byte[] bytes = entry.getValue().getBytes(StandardCharsets.UTF_8);
                TarArchiveEntry tarEntry = new TarArchiveEntry("package/data/" + entry.getKey());
                tarEntry.setSize(bytes.length);
                tar.putArchiveEntry(tarEntry);
                tar.write(bytes);
                tar.closeArchiveEntry();
            }
        }
        return file;
    }
}
