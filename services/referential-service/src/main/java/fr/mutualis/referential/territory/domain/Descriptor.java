package fr.mutualis.referential.territory.domain;

/**
 * A collectivité as other services read it ({@code docs/design/benchmark-tool.md}).
 *
 * @param departement absent when not unique, or for a région
 * @param region      absent when not unique
 * @param population  absent for a syndicat
 * @param removed     true when the last import no longer had it (merged commune, dissolved EPCI)
 */
public record Descriptor(String siren, String kind, String name, String inseeCode, Named departement, Named region,
                         Long population, PopulationBand populationBand, boolean removed) {

    /** A département or a région. */
    public record Named(String code, String name) {
    }
}
