package fr.mutualis.search.experience.application;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The experience events topic as a log that can be read again (port): offsets by partition, read with the same
 * contract checks as the live consumer.
 */
public interface ExperienceEventLog {

    /** The offset of the first record each partition still holds (greater than 0: older records are gone). */
    Map<Integer, Long> start();

    /** The offset after the last record of each partition, now. */
    Map<Integer, Long> end();

    /**
     * Reads every partition from {@code from} (inclusive) up to {@code to} (exclusive) and hands the events it handles
     * to {@code handler}, those of each poll together (to be indexed in bulk); a record that is not a handled event
     * type is skipped, a malformed one too (the live consumer dead-letters it).
     *
     * @param progress told the number of records read so far
     * @return what was read
     */
    Replayed replay(Map<Integer, Long> from, Map<Integer, Long> to, Consumer<List<ExperienceEvent>> handler,
                    Consumer<Long> progress);

    /** What a replay read: records, and among them those left out as malformed. */
    record Replayed(long records, long malformed) {
    }
}
