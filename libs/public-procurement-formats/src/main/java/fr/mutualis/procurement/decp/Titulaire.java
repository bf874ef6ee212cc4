package fr.mutualis.procurement.decp;

import java.util.Objects;

/** An economic operator, titulaire or sous-traitant, by its identifier: a SIRET is to be preferred. */
public record Titulaire(TypeIdentifiant typeIdentifiant, String id) {

    public Titulaire {
        Objects.requireNonNull(typeIdentifiant, "typeIdentifiant");
        Objects.requireNonNull(id, "id");
    }

    public static Titulaire siret(String siret) {
        return new Titulaire(TypeIdentifiant.SIRET, siret);
    }
}
