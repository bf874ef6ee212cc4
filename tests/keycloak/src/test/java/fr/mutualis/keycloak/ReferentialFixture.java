package fr.mutualis.keycloak;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;

/**
 * A small stand-in for the npm package {@code @etalab/decoupage-administratif} (same layout,
 * {@code package/data/*.json}), so that referential-service starts without downloading the official referential.
 * It holds the collectivités of the realm's users: the Gironde département (SIREN 223300013, from
 * {@code territory/council-sirens.csv} of the service) and the commune of Bordeaux (213300635). The syndicate itself
 * (253700488) is not in the official package, as in production.
 */
final class ReferentialFixture {

    static final String VERSION = "keycloak-interop-fixture-1";
    static final String GIRONDE = "223300013";
    static final String BORDEAUX = "213300635";

    private ReferentialFixture() {
    }

    static Path write(Path folder) {
        Map<String, String> files = Map.of(
                "communes.json", """
                        [{"code":"33063","nom":"Bordeaux","departement":"33","region":"75","type":"commune-actuelle","siren":"213300635","population":267991}]""",
                "epci.json", """
                        [{"code":"243300316","nom":"Bordeaux Métropole","membres":[{"siren":"213300635"}]}]""",
                "departements.json", """
                        [{"code":"33","region":"75","nom":"Gironde"}]""",
                "regions.json", """
                        [{"code":"75","nom":"Nouvelle-Aquitaine"}]""");
        try {
            Files.createDirectories(folder);
            Path file = folder.resolve("decoupage-administratif-fixture.tgz");
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
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
