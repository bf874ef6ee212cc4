package fr.mutualis.demat.acte.domain;

import java.util.Optional;

/** What the acte needs of the referential: the département of the préfecture a collectivité answers to. */
public interface Collectivites {

    /** On three characters ({@code 033}, {@code 02A}, {@code 971}); empty when the collectivité is unknown. */
    Optional<String> prefectureDepartement(String siren);
}
