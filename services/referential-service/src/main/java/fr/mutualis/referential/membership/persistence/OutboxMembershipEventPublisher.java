package fr.mutualis.referential.membership.persistence;

import fr.mutualis.contracts.PublishedEventType;
import fr.mutualis.outbox.AggregateEvents;
import fr.mutualis.referential.membership.application.Memberships;
import fr.mutualis.referential.membership.domain.Adhesion;
import fr.mutualis.referential.membership.domain.MembershipChanged;
import fr.mutualis.referential.membership.domain.MembershipChanged.Change;
import fr.mutualis.referential.territory.domain.Descriptor;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Publishes membership changes through the outbox: events {@code referential.member.joined|updated|left} on topic
 * {@code mutualis.referential.events}, keyed by SIREN, with the collectivité's descriptor and its membership.
 */
@Component
class OutboxMembershipEventPublisher implements Memberships.MembershipEventPublisher {

    private final AggregateEvents events;
    private final Map<Change, PublishedEventType> types = PublishedEventType.ofEach(Change.class, change ->
            switch (change) {
                case JOINED -> "referential.member.joined";
                case UPDATED -> "referential.member.updated";
                case LEFT -> "referential.member.left";
            });

    OutboxMembershipEventPublisher(AggregateEvents events) {
        this.events = events;
    }

    /** The event's data: the descriptor of docs/design/benchmark-tool.md with its {@code member} part. */
    record MemberPayload(String siren, String kind, String name, String inseeCode, Descriptor.Named departement,
                         Descriptor.Named region, Long population,
                         fr.mutualis.referential.territory.domain.PopulationBand populationBand, Member member,
                         boolean demo) {
    }

    /** @param leftOn absent while a member */
    record Member(java.time.LocalDate adhesionDate, java.util.List<String> services, java.time.LocalDate leftOn) {
    }

    @Override
    public void publish(MembershipChanged change, Descriptor c, boolean demo) {
        Adhesion a = change.adhesion();
        events.publish(types.get(change.change()), a.siren(), a.version(), change.occurredAt(),
                new MemberPayload(c.siren(), c.kind(), c.name(), c.inseeCode(), c.departement(), c.region(),
                        c.population(), c.populationBand(), new Member(a.adhesionDate(), a.services(), a.leftOn()),
                        demo));
    }
}
