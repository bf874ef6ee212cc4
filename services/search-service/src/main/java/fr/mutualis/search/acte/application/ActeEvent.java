package fr.mutualis.search.acte.application;

import fr.mutualis.search.acte.domain.PublishedActe;
import java.util.Objects;
import java.util.UUID;

/**
 * A validated event of the démat service about one acte, decoupled from its wire format.
 *
 * @param type      e.g. {@code demat.acte.published}
 * @param state     the acte's state after the change
 * @param published what the publication made public when the state is public ({@code publie}, {@code archive}),
 *                  else null: the acte then leaves the index
 */
public record ActeEvent(UUID eventId, String type, String acteId, long version, String state,
                        PublishedActe published) {

    public ActeEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(acteId, "acteId");
        Objects.requireNonNull(state, "state");
        if (published != null && (!published.id().equals(acteId) || published.version() != version)) {
            throw new IllegalArgumentException("The published acte is not the event's");
        }
    }

    public boolean isPublic() {
        return published != null;
    }
}
