package fr.mutualis.portal.barometer;

import java.util.List;

/**
 * What search-service's {@code GET /api/benchmark?comparableTo=} says of a collectivité's peers (same kind and
 * population band): how many answered, and for each axis, profile and criterion how many of them, from their latest
 * self-assessments.
 */
record PeerBenchmark(Group group, long peers, List<Share> axes, List<Share> profiles, List<Share> criteria,
                     Position mine) {

    PeerBenchmark {
        axes = axes == null ? List.of() : List.copyOf(axes);
        profiles = profiles == null ? List.of() : List.copyOf(profiles);
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
    }

    record Group(String kind, String populationBand, String region) {
    }

    /** @param share from 0 to 1 of the peers */
    record Share(String code, String label, long count, double share) {
    }

    /** The collectivité itself, when the benchmark has its answers. */
    record Position(String siren, String name, String profile, List<String> axes) {
    }
}
