package fr.mutualis.search.experience.application;

import fr.mutualis.search.shared.domain.ChangeRejectedException;
import fr.mutualis.search.experience.domain.ExperienceIndex;
import fr.mutualis.search.experience.domain.ExperienceIndexGenerations;
import fr.mutualis.search.shared.domain.IndexUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;

/**
 * Use case: rebuild the experience index from the events topic into a new concrete index, and put it behind the
 * alias with no moment where searches find nothing (ADR 0018).
 *
 * <ol>
 *   <li>A new index is created from the current template; from then on the live consumer writes each change to it
 *       too, before the live index ({@link ExperienceIndexGenerations#mirrorLiveWritesTo}).</li>
 *   <li>The end offsets of the topic are taken <em>after</em> the mirroring began: every event before them is
 *       replayed below, every later one is mirrored. The replay goes through the live consumer's use case
 *       ({@link IndexExperienceEvent}) bound to the new index: same reader, same mapping, same rules (drafts and
 *       records leaving public view are deleted at their version, so they cannot come back).</li>
 *   <li>The new index is refreshed, then the alias moves in one atomic request; searches see either index, never
 *       none.</li>
 *   <li>A catch-up replays what was appended between the end offsets and the swap: it covers consumers of other
 *       instances, which do not mirror. External versions make every repeat harmless.</li>
 *   <li>The previous index is kept {@code retainPrevious} (searches already running on it finish), then deleted:
 *       the topic, not an old index, is what a rebuild comes from.</li>
 * </ol>
 * One rebuild at a time per instance; the statuses of the last ones are kept in memory.
 */
public class RebuildExperienceIndex implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RebuildExperienceIndex.class);
    private static final int KEPT_STATUSES = 20;
    private static final int ATTEMPTS = 6;

    public enum State { RUNNING, COMPLETED, FAILED }

    public enum Phase { CREATING, REPLAYING, SWAPPING, CATCHING_UP, RETAINING_PREVIOUS, DONE }

    /**
     * What a rebuild did so far.
     *
     * @param recordsToRead records of the topic up to the end offsets taken when it began
     * @param recordsRead   records read so far (the replay, then the catch-up)
     * @param skipped       records left out: malformed (dead-lettered by the live consumer) or refused by the index
     * @param error         why it failed, in French, for the operator; null otherwise
     */
    public record Status(String id, State state, Phase phase, Instant startedAt, Instant finishedAt, String index,
                         List<String> previousIndices, long recordsToRead, long recordsRead, long skipped,
                         String error) {
    }

    /** A rebuild is already running: one at a time. */
    public static final class AlreadyRunningException extends RuntimeException {

        private final Status running;

        AlreadyRunningException(Status running) {
            super("A rebuild is already running: " + running.id());
            this.running = running;
        }

        public Status running() {
            return running;
        }
    }

    private final ExperienceIndexGenerations generations;
    private final ExperienceEventLog events;
    private final Function<ExperienceIndex, IndexExperienceEvent> indexingInto;
    private final Executor executor;
    private final Duration retainPrevious;
    private final Clock clock;
    private final Deque<Run> runs = new ArrayDeque<>();

    /**
     * @param indexingInto the live consumer's use case, bound to another index
     * @param executor     runs each rebuild in the background
     */
    public RebuildExperienceIndex(ExperienceIndexGenerations generations, ExperienceEventLog events,
                                  Function<ExperienceIndex, IndexExperienceEvent> indexingInto, Executor executor,
                                  Duration retainPrevious, Clock clock) {
        this.generations = Objects.requireNonNull(generations, "generations");
        this.events = Objects.requireNonNull(events, "events");
        this.indexingInto = Objects.requireNonNull(indexingInto, "indexingInto");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.retainPrevious = Objects.requireNonNull(retainPrevious, "retainPrevious");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Starts a rebuild in the background.
     *
     * @throws AlreadyRunningException when one is running
     */
    public synchronized Status start() {
        Run last = runs.peekFirst();
        if (last != null && last.state == State.RUNNING) {
            throw new AlreadyRunningException(last.status());
        }
        Run run = new Run(UUID.randomUUID().toString(), clock.instant());
        runs.addFirst(run);
        while (runs.size() > KEPT_STATUSES) {
            runs.removeLast();
        }
        try {
            executor.execute(() -> rebuild(run));
        } catch (RejectedExecutionException e) {
            run.fail("La reconstruction n'a pas pu être lancée.");
            throw e;
        }
        return run.status();
    }

    /** Stops a rebuild under way (it fails, the live index is kept) when the executor can be shut down. */
    @Override
    public void close() {
        if (executor instanceof java.util.concurrent.ExecutorService service) {
            service.shutdownNow();
        }
    }

    public synchronized Optional<Status> status(String id) {
        return runs.stream().filter(run -> run.id.equals(id)).findFirst().map(Run::status);
    }

    private void rebuild(Run run) {
        String index = null;
        boolean swapped = false;
        try {
            List<String> previous = generations.live();
            Map<Integer, Long> first = events.start();
            if (first.values().stream().anyMatch(offset -> offset > 0)) {
                throw new Failure("Le topic ne contient plus tout l'historique des événements (partitions "
                        + first + ") : la reconstruction perdrait des fiches. L'index actuel est conservé.");
            }
            index = generations.create();
            run.created(index, previous);
            // Mirroring starts before the end offsets are taken: no event falls between the two.
            generations.mirrorLiveWritesTo(index);
            Map<Integer, Long> end = events.end();
            run.toRead(end.entrySet().stream()
                    .mapToLong(e -> e.getValue() - first.getOrDefault(e.getKey(), 0L)).sum());
            log.info("Rebuild {}: replaying {} records up to {} into '{}'", run.id, run.toRead, end, index);
            IndexExperienceEvent indexing = indexingInto.apply(generations.writerFor(index));
            replay(run, indexing, first, end, 0);

            run.phase(Phase.SWAPPING);
            generations.refresh(index);
            generations.swap(previous, index);
            swapped = true;
            generations.mirrorLiveWritesTo(null);
            log.info("Rebuild {}: alias moved from {} to '{}'", run.id, previous, index);

            run.phase(Phase.CATCHING_UP);
            Map<Integer, Long> afterSwap = events.end();
            replay(run, indexing, end, afterSwap, run.read);
            compact(run, index);

            run.phase(Phase.RETAINING_PREVIOUS);
            Thread.sleep(retainPrevious.toMillis());
            previous.forEach(generations::delete);
            run.complete(clock.instant());
            log.info("Rebuild {} completed: '{}' holds {} documents, {} records read, {} skipped, deleted {}",
                    run.id, index, generations.count(index), run.read, run.skipped, previous);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            abandon(run, index, swapped, "La reconstruction a été interrompue (arrêt du service).", e);
        } catch (Failure e) {
            abandon(run, index, swapped, e.getMessage(), e);
        } catch (RuntimeException e) {
            abandon(run, index, swapped, "La reconstruction a échoué : Elasticsearch ou Kafka n'a pas répondu ("
                    + e.getClass().getSimpleName() + "). L'index en service est inchangé ; relancez-la plus tard.", e);
        }
    }

    /** Only faster searches are at stake: a merge that cannot start leaves the rebuild complete. */
    private void compact(Run run, String index) {
        try {
            generations.compact(index);
        } catch (RuntimeException e) {
            log.warn("Rebuild {}: the segments of '{}' are left as they are: {}", run.id, index, e.getMessage());
        }
    }

    private void replay(Run run, IndexExperienceEvent indexing, Map<Integer, Long> from, Map<Integer, Long> to,
                        long readBefore) {
        var replayed = events.replay(from, to, batch -> apply(run, indexing, batch),
                read -> run.read(readBefore + read));
        run.read(readBefore + replayed.records());
        run.skip(replayed.malformed());
    }

    /**
     * As the live consumer, in bulk, but a change the index refuses is counted and left out (it is dead-lettered
     * live); the events after it are applied again, which changes nothing already applied (versions).
     */
    private void apply(Run run, IndexExperienceEvent indexing, List<ExperienceEvent> events) {
        int from = 0;
        for (int attempt = 1; from < events.size(); ) {
            try {
                indexing.handleAll(events.subList(from, events.size()));
                return;
            } catch (ChangeRejectedException e) {
                ExperienceEvent refused = events.get(from + e.position());
                log.warn("Rebuild {}: {} v{} refused by the index, left out: {}", run.id, refused.aggregateId(),
                        refused.aggregateVersion(), e.getMessage());
                run.skip(1);
                from += e.position() + 1;
            } catch (IndexUnavailableException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                try {
                    Thread.sleep(500L << attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
                attempt++;
            }
        }
    }

    private void abandon(Run run, String index, boolean swapped, String reason, Exception cause) {
        log.error("Rebuild {} failed{}: {}", run.id, swapped ? " after the swap" : "", cause.getMessage(), cause);
        try {
            generations.mirrorLiveWritesTo(null);
            if (index != null && !swapped) {
                generations.delete(index);
            }
        } catch (RuntimeException cleanup) {
            log.warn("Rebuild {}: could not delete the unfinished index '{}': {}", run.id, index, cleanup.getMessage());
        }
        run.fail(reason);
    }

    /** A failure whose reason is already worded for the operator. */
    private static final class Failure extends RuntimeException {
        Failure(String reason) {
            super(reason);
        }
    }

    /** The mutable state of one rebuild, read by status requests while it runs. */
    private final class Run {
        private final String id;
        private final Instant startedAt;
        private volatile State state = State.RUNNING;
        private volatile Phase phase = Phase.CREATING;
        private volatile Instant finishedAt;
        private volatile String index;
        private volatile List<String> previous = List.of();
        private volatile long toRead;
        private volatile long read;
        private volatile long skipped;
        private volatile String error;

        Run(String id, Instant startedAt) {
            this.id = id;
            this.startedAt = startedAt;
        }

        void created(String index, List<String> previous) {
            this.index = index;
            this.previous = List.copyOf(previous);
            this.phase = Phase.REPLAYING;
        }

        void toRead(long records) {
            this.toRead = records;
        }

        void read(long records) {
            this.read = records;
        }

        synchronized void skip(long records) {
            this.skipped += records;
        }

        void phase(Phase phase) {
            this.phase = phase;
        }

        void complete(Instant at) {
            this.phase = Phase.DONE;
            this.finishedAt = at;
            this.state = State.COMPLETED;
        }

        void fail(String reason) {
            this.error = reason;
            this.finishedAt = clock.instant();
            this.state = State.FAILED;
        }

        Status status() {
            return new Status(id, state, phase, startedAt, finishedAt, index, previous, toRead, read, skipped, error);
        }
    }
}
