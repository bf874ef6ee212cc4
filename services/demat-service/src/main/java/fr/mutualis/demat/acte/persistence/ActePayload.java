package fr.mutualis.demat.acte.persistence;

import fr.mutualis.demat.acte.domain.Acte;
import fr.mutualis.demat.acte.domain.ActeMetadata;
import fr.mutualis.demat.acte.domain.DocumentRef;
import fr.mutualis.demat.acte.domain.PublicText;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code data} of every acte event ({@code demat.acte.v1.schema.json}): before publication only what anyone may
 * know (identifier, collectivité, state, nature); the publication's content once the acte is public.
 */
record ActePayload(String id, String siren, String state, Nature nature, Instant updatedAt, Publication publication) {

    record Nature(int code, String abbreviation, String label) {
    }

    record Matiere(String code, String label) {
    }

    record Acknowledgement(String identifier, Instant receivedAt) {
    }

    record Document(String role, String name, String mediaType, long size, String sha256) {

        static Document of(String role, DocumentRef ref) {
            return new Document(role, ref.name(), ref.mediaType(), ref.size(), ref.sha256());
        }
    }

    record Publication(String identifier, String numero, String objet, Matiere matiere, LocalDate decisionDate,
                       Acknowledgement acknowledgement, Instant transmittedAt, Instant publishedAt,
                       List<Document> documents, String text) {
    }

    static ActePayload of(Acte acte, PublicText text) {
        ActeMetadata metadata = acte.metadata();
        Publication publication = null;
        if (acte.state().isPublic()) {
            List<Document> documents = new ArrayList<>();
            acte.signedDocument().or(acte::mainDocument).ifPresent(ref -> documents.add(Document.of("acte", ref)));
            acte.stampedDocument().ifPresent(ref -> documents.add(Document.of("acte-tamponne", ref)));
            acte.annexes().forEach(ref -> documents.add(Document.of("annexe", ref)));
            var ar = acte.acknowledgement().orElseThrow();
            publication = new Publication(acte.identifier(), metadata.numero(), metadata.objet(),
                    new Matiere(metadata.matiere().code(), metadata.matiere().label()), metadata.decisionDate(),
                    new Acknowledgement(ar.identifier(), ar.receivedAt()), acte.transmittedAt().orElse(null),
                    acte.publishedAt().orElseThrow(), documents, text.of(acte));
        }
        return new ActePayload(acte.id().toString(), acte.siren(), acte.state().code(),
                new Nature(metadata.nature().code(), metadata.nature().abbreviation(), metadata.nature().label()),
                acte.updatedAt(), publication);
    }
}
