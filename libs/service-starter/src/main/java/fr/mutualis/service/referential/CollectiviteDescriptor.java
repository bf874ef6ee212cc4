package fr.mutualis.service.referential;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Objects;

/**
 * A collectivité as referential-service describes it ({@code GET /api/collectivites/{siren}}), reduced to what its
 * consumers read: the service's other fields ({@code removed}, {@code member}) and any it adds later are ignored, so
 * that it may grow without breaking them. Each consumer maps it to its own domain's types.
 *
 * @param kind           {@code commune}, {@code epci}, {@code departement}, {@code region} or {@code syndicat}
 * @param inseeCode      absent for a syndicat
 * @param departement    absent when not unique, or for a région
 * @param region         absent when not unique
 * @param population     absent for a syndicat
 * @param populationBand the band of the seeds' studies for this kind
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CollectiviteDescriptor(String siren, String kind, String name, String inseeCode, Territory departement,
                                     Territory region, Long population, PopulationBand populationBand) {

    /** An answer without these is not a descriptor: reading it fails, as an unavailable referential does. */
    public CollectiviteDescriptor {
        Objects.requireNonNull(siren, "siren");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(populationBand, "populationBand");
    }

    /** A département or a région. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Territory(String code, String name) {
    }

    /** A population band, e.g. {@code 3500-9999} "De 3 500 à 9 999 habitants". */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PopulationBand(String code, String label) {
    }
}
