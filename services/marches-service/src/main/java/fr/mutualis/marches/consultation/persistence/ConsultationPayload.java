package fr.mutualis.marches.consultation.persistence;

import fr.mutualis.marches.consultation.application.ParisTime;
import fr.mutualis.marches.consultation.domain.AwardedLot;
import fr.mutualis.marches.consultation.domain.Consultation;
import fr.mutualis.marches.consultation.domain.ConsultationDetails;
import fr.mutualis.marches.consultation.domain.DocumentRef;
import fr.mutualis.marches.consultation.domain.Lot;
import fr.mutualis.marches.consultation.domain.PlaceOfExecution;
import fr.mutualis.marches.consultation.domain.Question;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A published consultation as its events carry it ({@code contracts/events/marches.consultation.v1.schema.json}):
 * everything the companies read, never who asked a question, who withdrew the DCE or deposited a bid.
 */
record ConsultationPayload(String id, Buyer buyer, String reference, String objet, String cpv, String procedure,
                           String nature, String category, List<LotPayload> lots, BigDecimal estimatedAmount,
                           PlaceOfExecution placeOfExecution, String deadline, String state, Instant publishedAt,
                           Instant updatedAt, List<DocumentPayload> dce, List<AnswerPayload> questions,
                           String outcomeReason, List<AwardPayload> awards) {

    record Buyer(String siren, String name) {
    }

    record LotPayload(int numero, String title, BigDecimal estimatedAmount) {
    }

    record DocumentPayload(String sha256, String name, String mediaType, long size, Instant addedAt) {
    }

    record AnswerPayload(String id, String question, Instant askedAt, String answer, Instant answeredAt) {
    }

    /** Which lot went to which contract; its holders and amount are public with the contract's notification. */
    record AwardPayload(String contractId, Integer lot) {
    }

    static ConsultationPayload of(Consultation consultation) {
        ConsultationDetails details = consultation.details();
        return new ConsultationPayload(consultation.id().toString(),
                new Buyer(consultation.buyerSiren(), consultation.buyerName()), details.reference(), details.objet(),
                details.cpv(), details.procedure(), details.nature(), details.category().code(),
                details.lots().stream().map(ConsultationPayload::lot).toList(), details.estimatedAmount(),
                details.placeOfExecution(), ParisTime.format(details.deadline()), consultation.state().code(),
                consultation.publishedAt().orElse(null), consultation.updatedAt(),
                consultation.dce().stream().map(ConsultationPayload::document).toList(),
                consultation.questions().stream().filter(Question::isAnswered).map(ConsultationPayload::answer)
                        .toList(),
                consultation.outcomeReason().orElse(null),
                consultation.awards().stream().map(ConsultationPayload::award).toList());
    }

    private static LotPayload lot(Lot lot) {
        return new LotPayload(lot.numero(), lot.intitule(), lot.estimatedAmount());
    }

    private static DocumentPayload document(DocumentRef ref) {
        return new DocumentPayload(ref.sha256(), ref.name(), ref.mediaType(), ref.size(), ref.addedAt());
    }

    private static AnswerPayload answer(Question question) {
        return new AnswerPayload(question.id().toString(), question.text(), question.askedAt(), question.answer(),
                question.answeredAt());
    }

    private static AwardPayload award(AwardedLot award) {
        return new AwardPayload(award.contractId().toString(), award.lot());
    }
}
