package fr.mutualis.prefecture.transmission.domain;

import java.util.List;

/**
 * What an @CTES envelope says, as read, before any check: every value may be missing (null) or wrong.
 *
 * @param matieres        the {@code CodeMatiere} of {@code CodeMatiere1}… {@code CodeMatiere5}, null where absent
 * @param annexCount      the {@code Nombre} of {@code Annexes}, null without {@code Annexes}
 * @param annexNames      the {@code NomFichier} of each {@code Annexe}
 */
public record EnvelopeFields(String date, String numeroInterne, String codeNatureActe, List<String> matieres,
                             String objet, String identifier, String classificationDateVersion, String documentName,
                             String annexCount, List<String> annexNames) {

    public EnvelopeFields {
        matieres = matieres == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(matieres));
        annexNames = annexNames == null ? List.of() : List.copyOf(annexNames);
    }
}
