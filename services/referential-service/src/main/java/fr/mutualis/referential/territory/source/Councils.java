package fr.mutualis.referential.territory.source;

import fr.mutualis.referential.territory.domain.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The councils of départements, régions and collectivités à statut particulier, with the SIREN the official package
 * does not give ({@code territory/council-sirens.csv}, whose header names the source).
 *
 * @param fingerprint changes with the file, so that a new file is imported even when the package version is the same
 */
public record Councils(List<Council> all, String fingerprint) {

    private static final String RESOURCE = "/territory/council-sirens.csv";

    /**
     * One council.
     *
     * @param codes            the département or région codes of the package it governs; several codes (the
     *                         Collectivité européenne d'Alsace) make an entity of its own, named {@code name}
     * @param alsoExercises    territory keys ({@code departement:2A}) that have no council of their own and whose
     *                         competences this one exercises
     */
    public record Council(Kind kind, List<String> codes, String siren, String name, List<String> alsoExercises) {

        public Council {
            codes = List.copyOf(codes);
            alsoExercises = List.copyOf(alsoExercises);
            if ((codes.size() > 1) != (name != null)) {
                throw new IllegalArgumentException("The council " + siren
                        + " is named only when it governs several territories, and must be then");
            }
        }

        /** True when no single territory of the package stands for it. */
        public boolean standsApart() {
            return codes.size() > 1;
        }

        /** Every territory key whose competences it exercises. */
        public List<String> exercises() {
            return Stream.concat(codes.stream().map(code -> kind.code() + ":" + code), alsoExercises.stream()).toList();
        }
    }

    public Councils {
        all = List.copyOf(all);
    }

    /** The councils the project ships. */
    public static Councils shipped() {
        try (InputStream file = Councils.class.getResourceAsStream(RESOURCE)) {
            if (file == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            return parse(file.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines {@code kind;codes;siren;name;also exercises}, {@code #} for comments; codes and keys space-separated. */
    static Councils parse(byte[] file) {
        List<Council> councils = new String(file, StandardCharsets.UTF_8).lines()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> {
                    String[] cells = line.split(";", -1);
                    if (cells.length != 5) {
                        throw new IllegalArgumentException("Expected kind;codes;siren;name;also exercises: " + line);
                    }
                    Kind kind = Kind.find(cells[0]).filter(k -> k == Kind.DEPARTEMENT || k == Kind.REGION)
                            .orElseThrow(() -> new IllegalArgumentException("Not a council's kind: " + line));
                    return new Council(kind, words(cells[1]), cells[2], cells[3].isBlank() ? null : cells[3],
                            words(cells[4]));
                }).toList();
        return new Councils(councils, sha256(file).substring(0, 8));
    }

    /** The SIREN of the council of the package's territory {@code key} ({@code departement:33}), if it has its own. */
    public Optional<String> sirenOf(String key) {
        return all.stream().filter(council -> !council.standsApart())
                .filter(council -> key.equals(council.kind().code() + ":" + council.codes().get(0)))
                .map(Council::siren).findFirst();
    }

    public List<Council> standingApart() {
        return all.stream().filter(Council::standsApart).toList();
    }

    private static List<String> words(String cell) {
        return cell.isBlank() ? List.of() : Arrays.asList(cell.trim().split(" +"));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
