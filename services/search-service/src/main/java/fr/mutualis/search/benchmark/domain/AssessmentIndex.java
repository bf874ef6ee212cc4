package fr.mutualis.search.benchmark.domain;

import fr.mutualis.search.shared.domain.IndexOutcome;

/** The index of the latest self-assessment of each collectivité (port). */
public interface AssessmentIndex {

    /**
     * Keeps the assessment unless a later one of the same collectivité is there, and gives its profile to the
     * collectivité's records.
     */
    IndexOutcome index(Assessment assessment);

    Benchmark benchmark(Benchmark.PeerGroup group, String siren);
}
