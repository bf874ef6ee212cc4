package fr.mutualis.search.shared.domain;

import java.util.regex.Pattern;

/** The ids of the aggregates the features index: UUIDs, so any other text names nothing and never reaches an index. */
public final class AggregateIds {

    private static final Pattern UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private AggregateIds() {
    }

    public static boolean isAggregateId(String text) {
        return text != null && UUID.matcher(text).matches();
    }
}
