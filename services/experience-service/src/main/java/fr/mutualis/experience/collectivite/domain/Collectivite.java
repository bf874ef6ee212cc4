package fr.mutualis.experience.collectivite.domain;

import java.util.Objects;

/**
 * What the members referential says of a collectivité, copied into each record and self-assessment when it is
 * written, so that events carry it and no consumer has to look it up.
 *
 * @param kind           {@code commune}, {@code epci}, {@code departement}, {@code region} or {@code syndicat}
 * @param departement    absent when not unique
 * @param region         absent when not unique
 * @param population     absent for a syndicat
 * @param populationBand the band of the seeds' studies for this kind
 */
public record Collectivite(String siren, String kind, String name, String inseeCode, Territory departement,
                           Territory region, Long population, Band populationBand) {

    public Collectivite {
        Objects.requireNonNull(siren, "siren");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(populationBand, "populationBand");
    }

    /** A département or a région. */
    public record Territory(String code, String name) {
    }

    /** A population band, e.g. {@code 3500-9999} "De 3 500 à 9 999 habitants". */
    public record Band(String code, String label) {
    }
}
