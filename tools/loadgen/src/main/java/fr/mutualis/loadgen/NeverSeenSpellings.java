package fr.mutualis.loadgen;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Each query in a letter case it was not sent in before: the search analyses every spelling alike (lowercase first),
 * so it does the same work, but Elasticsearch's request cache, keyed by the request's bytes, has never seen it. This
 * measures what a member's first search of a query costs, where the queries sent in turn measure repeated ones.
 * A query with {@code n} letters that have a case has {@code 2^n} spellings; past them, spellings come back, and
 * {@link #repeated()} counts them so that the report can say so.
 */
final class NeverSeenSpellings {

    private final Map<String, AtomicLong> sent = new ConcurrentHashMap<>();
    private final AtomicLong repeated = new AtomicLong();

    /** The query's next spelling: its n-th sending toggles the case of the letters picked by n's bits. */
    String next(String query) {
        long n = sent.computeIfAbsent(query, any -> new AtomicLong()).incrementAndGet();
        StringBuilder spelling = new StringBuilder(query.length());
        int bit = 0;
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            char toggled = Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c);
            if (toggled == c) {
                spelling.append(c);
                continue;
            }
            spelling.append(bit < Long.SIZE - 1 && (n >>> bit & 1) == 1 ? toggled : c);
            bit++;
        }
        if (bit < Long.SIZE - 1 && n >= 1L << bit) {
            repeated.incrementAndGet();
        }
        return spelling.toString();
    }

    /** How many spellings returned were sent before. */
    long repeated() {
        return repeated.get();
    }

    /** Starts over: each query's spellings can be sent once more, as new to a cache that was just emptied. */
    void clear() {
        sent.clear();
        repeated.set(0);
    }
}
