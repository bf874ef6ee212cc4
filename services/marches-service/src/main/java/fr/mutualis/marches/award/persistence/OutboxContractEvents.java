package fr.mutualis.marches.award.persistence;

import fr.mutualis.contracts.PublishedEventType;
import fr.mutualis.marches.award.domain.Contract;
import fr.mutualis.marches.award.domain.ContractEvents;
import fr.mutualis.marches.award.domain.Modification;
import fr.mutualis.marches.consultation.domain.Holder;
import fr.mutualis.marches.consultation.domain.PlaceOfExecution;
import fr.mutualis.outbox.AggregateEvents;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/** A contract's events on topic {@code mutualis.contract.events}: its essential data, public by law. */
@Component
class OutboxContractEvents implements ContractEvents {

    private final AggregateEvents events;
    private final PublishedEventType notified = PublishedEventType.named("marches.contract.notified");
    private final PublishedEventType modified = PublishedEventType.named("marches.contract.modified");

    OutboxContractEvents(AggregateEvents events) {
        this.events = events;
    }

    record ContractPayload(String id, String decpId, String consultationId, Buyer buyer, Integer lot, String objet,
                           String cpv, String procedure, String nature, String category,
                           PlaceOfExecution placeOfExecution, List<Holder> holders, BigDecimal amount,
                           int durationMonths, String priceForm, List<String> priceTypes, int offersReceived,
                           String state, LocalDate notifiedOn, LocalDate dataPublishedOn,
                           List<Modification> modifications, Instant updatedAt) {
    }

    record Buyer(String siren, String siret, String name) {
    }

    @Override
    public void notified(Contract contract) {
        publish(notified, contract);
    }

    @Override
    public void modified(Contract contract) {
        publish(modified, contract);
    }

    private void publish(PublishedEventType type, Contract contract) {
        events.publish(type, contract.id().toString(), contract.version(), contract.updatedAt(), new ContractPayload(
                contract.id().toString(), contract.decpId(), contract.consultationId().toString(),
                new Buyer(contract.buyerSiren(), contract.buyerSiret(), contract.buyerName()), contract.lot(),
                contract.objet(), contract.cpv(), contract.procedure(), contract.nature(), contract.category(),
                contract.placeOfExecution(), contract.terms().holders(), contract.terms().amount(),
                contract.terms().durationMonths(), contract.terms().priceForm(), contract.terms().priceTypes(),
                contract.offersReceived(), contract.state().code(), contract.notifiedOn(), contract.dataPublishedOn(),
                contract.modifications(), contract.updatedAt()));
    }
}
