package fr.mutualis.marches.consultation.web;

import fr.mutualis.marches.consultation.application.ParisTime;
import fr.mutualis.marches.consultation.domain.AwardedLot;
import fr.mutualis.marches.consultation.domain.Consultation;
import fr.mutualis.marches.consultation.domain.ConsultationDetails;
import fr.mutualis.marches.consultation.domain.ConsultationState;
import fr.mutualis.marches.consultation.domain.DocumentRef;
import fr.mutualis.marches.consultation.domain.Lot;
import fr.mutualis.marches.consultation.domain.PlaceOfExecution;
import fr.mutualis.marches.consultation.domain.Question;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A consultation as the API shows it. The buyer's agents see the questions with the company that asked; anyone else
 * sees the answered questions only, without their author.
 */
public record ConsultationResponse(String id, String etat, String acheteur, String sirenAcheteur, String reference,
                                   String objet, String codeCpv, String procedure, String nature, String categorie,
                                   List<LotResponse> lots, BigDecimal montantEstime, PlaceOfExecution lieuExecution,
                                   String dateLimite, boolean offresRecevables, Instant publieeLe, Instant ouverteLe,
                                   Instant modifieeLe, List<DocumentResponse> dce, List<QuestionResponse> questions,
                                   String motif, List<AwardedLot> attributions) {

    public record LotResponse(int numero, String intitule, BigDecimal montantEstime) {
    }

    public record DocumentResponse(String sha256, String nom, String typeMedia, long taille, Instant ajouteLe,
                                   String lien) {
    }

    /** @param siretAuteur for the buyer only */
    public record QuestionResponse(String id, String question, Instant poseeLe, String siretAuteur, String reponse,
                                   Instant reponduLe) {
    }

    public static ConsultationResponse of(Consultation consultation, boolean buyer, Instant now) {
        ConsultationDetails details = consultation.details();
        String path = "/api/marches/consultations/" + consultation.id() + "/dce/";
        return new ConsultationResponse(consultation.id().toString(), consultation.state().code(),
                consultation.buyerName(), consultation.buyerSiren(), details.reference(), details.objet(),
                details.cpv(), details.procedure(), details.nature(), details.category().code(),
                details.lots().stream().map(ConsultationResponse::lot).toList(), details.estimatedAmount(),
                details.placeOfExecution(), ParisTime.format(details.deadline()), consultation.state() == ConsultationState.PUBLIEE && consultation.acceptsBidsAt(now),
                consultation.publishedAt().orElse(null), consultation.openedAt().orElse(null),
                consultation.updatedAt(),
                consultation.dce().stream().map(ref -> document(ref, path)).toList(),
                consultation.questions().stream().filter(question -> buyer || question.isAnswered())
                        .map(question -> question(question, buyer)).toList(),
                consultation.outcomeReason().orElse(null), consultation.awards().stream()
                        .map(award -> buyer ? award : new AwardedLot(award.contractId(), award.lot(), List.of(), null))
                        .toList());
    }

    private static LotResponse lot(Lot lot) {
        return new LotResponse(lot.numero(), lot.intitule(), lot.estimatedAmount());
    }

    private static DocumentResponse document(DocumentRef ref, String path) {
        return new DocumentResponse(ref.sha256(), ref.name(), ref.mediaType(), ref.size(), ref.addedAt(),
                path + ref.sha256());
    }

    private static QuestionResponse question(Question question, boolean buyer) {
        return new QuestionResponse(question.id().toString(), question.text(), question.askedAt(),
                buyer ? question.askedBySiret() : null, question.answer(), question.answeredAt());
    }
}
