package fr.mutualis.demat.transmission.domain;

import fr.mutualis.demat.acte.domain.Acte;
import fr.mutualis.demat.acte.domain.ActeMetadata;
import java.util.List;

/** The metadata sent with an acte, as @CTES' envelope carries them. */
public record Envelope(String identifier, String numero, int natureCode, String matiereCode, String objet,
                       java.time.LocalDate decisionDate, java.time.LocalDate classificationVersion,
                       String documentName, List<String> annexNames) {

    public static Envelope of(Acte acte, String documentName, List<String> annexNames) {
        ActeMetadata metadata = acte.metadata();
        return new Envelope(acte.identifier(), metadata.numero(), metadata.nature().code(), metadata.matiere().code(),
                metadata.objet(), metadata.decisionDate(), metadata.classificationVersion(), documentName,
                List.copyOf(annexNames));
    }
}
