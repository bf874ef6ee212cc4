package fr.mutualis.referential.territory.domain;

/** A territory as the referential holds it: with its band, and whether the last import still had it. */
public record StoredTerritory(Territory territory, PopulationBand band, boolean removed) {
}
