package fr.mutualis.webhook.subscription.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/** The history of the topics, for replays. */
public interface EventLog {

    /**
     * Reads every event of these topics published at or after {@code from} and up to the end of each topic as it is
     * when the call starts, handing them over in batches.
     *
     * @return how many events were read
     */
    long readFrom(Collection<String> topics, Instant from, Consumer<List<ConsumedEvent>> batches);
}
