package fr.mutualis.referential.territory.domain;

import java.util.Objects;

/**
 * One entity of the referential as the official package describes it, before bands are computed.
 *
 * @param key            stable identity across imports: the SIREN, or {@code departement:33} / {@code region:75}
 *                       for councils whose SIREN the package does not give
 * @param siren          null when unknown (some départements and régions)
 * @param inseeCode      commune INSEE code, EPCI SIREN, département or région code
 * @param departementCode the département, null when not unique (EPCI over several) or for a région
 * @param regionCode     the région, null when not unique
 */
public record Territory(String key, String siren, Kind kind, String name, String inseeCode, String departementCode,
                        String regionCode, long population) {

    public Territory {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        if (population < 0) {
            throw new IllegalArgumentException("population of " + key + " is negative");
        }
    }
}
