package fr.mutualis.marches.deposit.persistence;

import fr.mutualis.contracts.PublishedEventType;
import fr.mutualis.marches.deposit.domain.Deposit;
import fr.mutualis.marches.deposit.domain.DepositEvents;
import fr.mutualis.outbox.AggregateEvents;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * {@code marches.bid.deposited} on the internal topic {@code mutualis.bid.events}: that a deposit was received, when,
 * on time or not, and how many files it has; never its content, its files' names or fingerprints (a certificate
 * reused from one consultation to another would name the company), nor the company.
 */
@Component
class OutboxDepositEvents implements DepositEvents {

    private final AggregateEvents events;
    private final PublishedEventType deposited = PublishedEventType.named("marches.bid.deposited");

    OutboxDepositEvents(AggregateEvents events) {
        this.events = events;
    }

    record DepositPayload(String id, String consultationId, String buyerSiren, Instant depositedAt, boolean late,
                          boolean test, String receiptNumber, int fileCount) {
    }

    @Override
    public void deposited(Deposit deposit, String buyerSiren) {
        events.publish(deposited, deposit.id().toString(), 1, deposit.depositedAt(),
                new DepositPayload(deposit.id().toString(), deposit.consultationId().toString(), buyerSiren,
                        deposit.depositedAt(), deposit.late(), deposit.test(), deposit.receiptNumber(),
                        deposit.files().size()));
    }
}
