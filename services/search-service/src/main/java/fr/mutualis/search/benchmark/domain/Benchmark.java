package fr.mutualis.search.benchmark.domain;

import java.util.List;

/**
 * The study's charts for one population of peers, computed from their latest self-assessments, and where one
 * collectivité stands among them.
 *
 * @param peers     how many collectivités answered
 * @param axes      the share of peers engaged in each of the 12 axes, in the study's order
 * @param profiles  how many peers have each profile
 * @param criteria  the share of peers meeting each criterion of their profile
 * @param mine      the collectivité asked about, null if none or if it has not answered
 */
public record Benchmark(PeerGroup group, long peers, List<Share> axes, List<Share> profiles, List<Share> criteria,
                        Position mine) {

    /** @param share from 0 to 1 of the peers */
    public record Share(String code, String label, long count, double share) {
    }

    /** @param axes the axes it is engaged in; {@code profile} its profile code */
    public record Position(String siren, String name, String profile, List<String> axes) {
    }

    /** The peers: all filters optional. */
    public record PeerGroup(String kind, String populationBand, String region) {
    }
}
