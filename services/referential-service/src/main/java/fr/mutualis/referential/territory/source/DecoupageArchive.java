package fr.mutualis.referential.territory.source;

import fr.mutualis.referential.territory.domain.Kind;
import fr.mutualis.referential.territory.domain.OfficialReferential;
import fr.mutualis.referential.territory.domain.OfficialReferentialUnavailableException;
import fr.mutualis.referential.territory.domain.Territory;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The npm package {@code @etalab/decoupage-administratif} (MIT): downloaded once into a cache, checked against its
 * published sha512 integrity, read from the tarball ({@code package/data/*.json}).
 */
public final class DecoupageArchive {

    private static final String DATA = "package/data/";
    private static final Set<String> FILES = Set.of("communes.json", "epci.json", "departements.json", "regions.json");

    private final ArchiveSource source;
    private final Councils councils;
    private final JsonMapper json;

    /**
     * @param version   e.g. {@code 6.0.0}
     * @param location  an http(s) address or a local file of the tarball
     * @param integrity the npm {@code dist.integrity}, {@code sha512-<base64>}
     * @param cache     where a downloaded tarball is kept
     */
    public record ArchiveSource(String version, String location, String integrity, Path cache) {
    }

    /** @param councils the SIRENs of the councils, which the package gives none */
    public DecoupageArchive(ArchiveSource source, Councils councils, JsonMapper json) {
        this.source = source;
        this.councils = councils;
        this.json = json;
    }

    /** The package's version and the councils' file: a change of either is a new version to import. */
    public String version() {
        return source.version() + "+conseils." + councils.fingerprint();
    }

    public OfficialReferential read() {
        Path tarball = tarball();
        verify(tarball);
        Map<String, JsonNode> files = new HashMap<>();
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new GzipCompressorInputStream(
                new BufferedInputStream(Files.newInputStream(tarball))))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                String name = entry.getName().startsWith(DATA) ? entry.getName().substring(DATA.length()) : "";
                if (FILES.contains(name)) {
                    files.put(name, json.readTree(tar.readAllBytes()));
                }
            }
        } catch (IOException e) {
            throw new OfficialReferentialUnavailableException("Cannot read the referential archive " + tarball, e);
        }
        if (!files.keySet().equals(FILES)) {
            throw new OfficialReferentialUnavailableException("The referential archive " + tarball + " lacks some of " + FILES, null);
        }
        return toReferential(files);
    }

    private OfficialReferential toReferential(Map<String, JsonNode> files) {
        List<Territory> territories = new ArrayList<>();
        Map<String, JsonNode> communes = new LinkedHashMap<>();
        for (JsonNode commune : files.get("communes.json")) {
            if ("commune-actuelle".equals(commune.path("type").asString()) && commune.hasNonNull("siren")) {
                communes.put(commune.get("siren").asString(), commune);
                territories.add(new Territory(commune.get("siren").asString(), commune.get("siren").asString(),
                        Kind.COMMUNE, commune.get("nom").asString(), commune.get("code").asString(),
                        commune.path("departement").asString(null), commune.path("region").asString(null),
                        commune.path("population").asLong(0)));
            }
        }
        Map<String, List<String>> members = new HashMap<>();
        for (JsonNode epci : files.get("epci.json")) {
            List<JsonNode> own = new ArrayList<>();
            epci.path("membres").forEach(member -> {
                JsonNode commune = communes.get(member.path("siren").asString());
                if (commune != null) {
                    own.add(commune);
                }
            });
            String siren = epci.get("code").asString();
            members.put(siren, own.stream().map(c -> c.get("siren").asString()).toList());
            territories.add(new Territory(siren, siren, Kind.EPCI, epci.get("nom").asString(), siren,
                    unique(own, "departement"), unique(own, "region"),
                    own.stream().mapToLong(c -> c.path("population").asLong(0)).sum()));
        }
        Map<String, Long> byDepartement = communes.values().stream().collect(Collectors.groupingBy(
                c -> c.path("departement").asString(""), Collectors.summingLong(c -> c.path("population").asLong(0))));
        Map<String, Long> byRegion = communes.values().stream().collect(Collectors.groupingBy(
                c -> c.path("region").asString(""), Collectors.summingLong(c -> c.path("population").asLong(0))));
        Map<String, String> regionOfDepartement = new HashMap<>();
        for (JsonNode departement : files.get("departements.json")) {
            String code = departement.get("code").asString();
            String key = "departement:" + code;
            territories.add(new Territory(key, councils.sirenOf(key).orElse(null), Kind.DEPARTEMENT,
                    departement.get("nom").asString(), code, code, departement.path("region").asString(null),
                    byDepartement.getOrDefault(code, 0L)));
            regionOfDepartement.put(code, departement.path("region").asString(""));
        }
        for (Councils.Council council : councils.standingApart()) {
            if (!regionOfDepartement.keySet().containsAll(council.codes())) {
                continue; // a package without these départements (a test's) has no place for their council
            }
            territories.add(new Territory(council.siren(), council.siren(), council.kind(), council.name(), null, null,
                    unique(council.codes().stream().map(regionOfDepartement::get).toList()),
                    council.codes().stream().mapToLong(code -> byDepartement.getOrDefault(code, 0L)).sum()));
        }
        for (JsonNode region : files.get("regions.json")) {
            String code = region.get("code").asString();
            String key = "region:" + code;
            territories.add(new Territory(key, councils.sirenOf(key).orElse(null), Kind.REGION,
                    region.get("nom").asString(), code, null, code, byRegion.getOrDefault(code, 0L)));
        }
        return new OfficialReferential(version(), territories, members);
    }

    /** The value of {@code field} shared by every commune, or null if they differ. */
    private static String unique(List<JsonNode> communes, String field) {
        return unique(communes.stream().map(c -> c.path(field).asString("")).toList());
    }

    /** The one value of {@code values}, or null if they differ. */
    private static String unique(List<String> values) {
        Set<String> distinct = Set.copyOf(values);
        return distinct.size() == 1 ? distinct.iterator().next() : null;
    }

    private Path tarball() {
        if (!source.location().startsWith("http://") && !source.location().startsWith("https://")) {
            return Path.of(source.location());
        }
        Path cached = source.cache().resolve("decoupage-administratif-" + source.version() + ".tgz");
        if (Files.exists(cached)) {
            return cached;
        }
        try {
            Files.createDirectories(source.cache());
            Path partial = Files.createTempFile(source.cache(), "download", ".part");
            HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                    .connectTimeout(Duration.ofSeconds(10)).build();
            HttpResponse<Path> response = http.send(HttpRequest.newBuilder(URI.create(source.location()))
                    .timeout(Duration.ofMinutes(2)).build(), HttpResponse.BodyHandlers.ofFile(partial));
            if (response.statusCode() != 200) {
                Files.deleteIfExists(partial);
                throw new OfficialReferentialUnavailableException("Downloading " + source.location() + " answered "
                        + response.statusCode(), null);
            }
            verify(partial);
            return Files.move(partial, cached, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new OfficialReferentialUnavailableException("Cannot download the referential from " + source.location(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** npm's Subresource Integrity: {@code sha512-} and the base64 of the tarball's SHA-512. */
    private void verify(Path tarball) {
        if (source.integrity() == null || source.integrity().isBlank()) {
            return;
        }
        try (InputStream in = Files.newInputStream(tarball)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-512");
            byte[] buffer = new byte[64 * 1024];
            int read;
            while ((read = in.read(buffer)) > 0) {
                digest.update(buffer, 0, read);
            }
            String actual = "sha512-" + Base64.getEncoder().encodeToString(digest.digest());
            if (!actual.equals(source.integrity())) {
                throw new OfficialReferentialUnavailableException("The referential archive " + tarball
                        + " does not match its integrity " + source.integrity() + " (found " + actual + ")", null);
            }
        } catch (IOException e) {
            throw new OfficialReferentialUnavailableException("Cannot read the referential archive " + tarball, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
