package fr.mutualis.demat.acte.web;

import fr.mutualis.demat.acte.domain.Acte;
import fr.mutualis.demat.acte.domain.CircuitStep;
import fr.mutualis.demat.acte.domain.DocumentRef;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An acte as the API shows it to those who may read it. */
public record ActeResponse(String id, String identifiant, String siren, String etat, String libelleEtat, int version,
                           Nature nature, Matiere matiere, String numero, String objet, LocalDate dateDecision,
                           String auteur, Document documentPrincipal, Document documentSigne, Document documentTamponne,
                           List<Document> annexes, List<Etape> circuit, Transmission transmission,
                           Instant publieLe, Instant creeLe, Instant modifieLe) {

    public record Nature(int code, String abreviation, String libelle) {
    }

    public record Matiere(String code, String libelle) {
    }

    public record Document(String nom, String type, long taille, String sha256, String url) {
    }

    public record Etape(String type, String assigneA, String faitePar, String parDelegationDe, Instant faiteLe) {
    }

    public record Transmission(String identifiantTransmission, Instant transmisLe, String identifiantAR,
                               Instant recuLe, String messagePrefecture) {
    }

    public static ActeResponse of(Acte acte) {
        var metadata = acte.metadata();
        String base = "/api/demat/actes/" + acte.id() + "/documents/";
        List<Etape> circuit = acte.circuit().map(c -> c.steps().stream().map(ActeResponse::etape).toList()).orElse(null);
        Transmission transmission = acte.transmittedAt().isEmpty() && acte.prefectureMessage().isEmpty() ? null
                : new Transmission(acte.transmissionId().orElse(null), acte.transmittedAt().orElse(null),
                acte.acknowledgement().map(ar -> ar.identifier()).orElse(null),
                acte.acknowledgement().map(ar -> ar.receivedAt()).orElse(null), acte.prefectureMessage().orElse(null));
        return new ActeResponse(acte.id().toString(), acte.identifier(), acte.siren(), acte.state().code(),
                acte.state().label(), (int) acte.version(),
                new Nature(metadata.nature().code(), metadata.nature().abbreviation(), metadata.nature().label()),
                new Matiere(metadata.matiere().code(), metadata.matiere().label()), metadata.numero(), metadata.objet(),
                metadata.decisionDate(), acte.authorEmail(),
                acte.mainDocument().map(ref -> document(base, ref)).orElse(null),
                acte.signedDocument().map(ref -> document(base, ref)).orElse(null),
                acte.stampedDocument().map(ref -> document(base, ref)).orElse(null),
                acte.annexes().stream().map(ref -> document(base, ref)).toList(), circuit, transmission,
                acte.publishedAt().orElse(null), acte.createdAt(), acte.updatedAt());
    }

    /**
     * What the public sees of a published acte: no author's address, no circuit, no exchange with the préfecture;
     * the signed document rather than the unsigned one.
     */
    public ActeResponse forThePublic() {
        return new ActeResponse(id, identifiant, siren, etat, libelleEtat, version, nature, matiere, numero, objet,
                dateDecision, null, documentSigne == null ? documentPrincipal : null, documentSigne, documentTamponne,
                annexes, null, transmission == null ? null : new Transmission(null, transmission.transmisLe(),
                transmission.identifiantAR(), transmission.recuLe(), null), publieLe, null, modifieLe);
    }

    /** The whole acte to its collectivité's agents and élus, the public view to anyone else. */
    public static ActeResponse forReader(Acte acte) {
        ActeResponse whole = of(acte);
        return Actors.ofCurrent().filter(actor -> actor.belongsTo(acte.siren())).isPresent() ? whole
                : whole.forThePublic();
    }

    private static Document document(String base, DocumentRef ref) {
        return new Document(ref.name(), ref.mediaType(), ref.size(), ref.sha256(), base + ref.sha256());
    }

    private static Etape etape(CircuitStep step) {
        return new Etape(step.kind().code(), step.forAnyElu() ? "élu de la collectivité" : step.assigneeEmail(),
                step.doneByName(), step.onBehalfOfEmail(), step.doneAt());
    }
}
