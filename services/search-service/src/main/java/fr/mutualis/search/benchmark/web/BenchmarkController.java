package fr.mutualis.search.benchmark.web;

import fr.mutualis.search.benchmark.domain.AssessmentIndex;
import fr.mutualis.search.benchmark.domain.Benchmark;
import fr.mutualis.search.experience.domain.CollectiviteLookup;
import fr.mutualis.search.experience.domain.SearchQuery;
import fr.mutualis.search.shared.web.UnknownCollectiviteException;
import jakarta.validation.constraints.Pattern;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/benchmark}: the barometer study's charts computed live for a population of peers — the share
 * engaged in each axis, the distribution of profiles, the share meeting each criterion — and where a collectivité
 * stands. Peers are given by {@code kind}, {@code populationBand}, {@code region}, or by {@code comparableTo} (the
 * collectivités of the same kind and band, and région with {@code memeRegion=true}).
 */
@RestController
public class BenchmarkController {

    private final AssessmentIndex index;
    private final CollectiviteLookup collectivites;

    public BenchmarkController(AssessmentIndex index, CollectiviteLookup collectivites) {
        this.index = index;
        this.collectivites = collectivites;
    }

    @GetMapping("/api/benchmark")
    public Benchmark benchmark(@RequestParam(required = false) String kind,
                               @RequestParam(required = false) String populationBand,
                               @RequestParam(required = false) String region,
                               @RequestParam(required = false) @Pattern(regexp = "[0-9]{9}",
                                       message = "Le paramètre « siren » doit être un SIREN : 9 chiffres.") String siren,
                               @RequestParam(required = false) String comparableTo,
                               @RequestParam(defaultValue = "false") boolean memeRegion) {
        Benchmark.PeerGroup group = new Benchmark.PeerGroup(kind, populationBand, region);
        if (comparableTo != null) {
            SearchQuery.Peers peers = collectivites.peersOf(comparableTo, memeRegion)
                    .orElseThrow(() -> new UnknownCollectiviteException(comparableTo));
            group = new Benchmark.PeerGroup(peers.kind(), peers.populationBand(), peers.region());
            siren = siren == null ? comparableTo : siren;
        }
        return index.benchmark(group, siren);
    }
}
