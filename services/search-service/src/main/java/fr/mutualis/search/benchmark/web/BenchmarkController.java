package fr.mutualis.search.benchmark.web;

import fr.mutualis.search.benchmark.domain.AssessmentIndex;
import fr.mutualis.search.benchmark.domain.Benchmark;
import fr.mutualis.search.experience.domain.CollectiviteLookup;
import fr.mutualis.search.experience.domain.SearchQuery;
import fr.mutualis.search.shared.web.SearchParameters;
import fr.mutualis.search.shared.web.UnknownCollectiviteException;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/benchmark}: the barometer study's charts computed live for a population of peers — the share
 * engaged in each axis, the distribution of profiles, the share meeting each criterion — and where a collectivité
 * stands. Peers are given by {@code kind}, {@code populationBand}, {@code region}, or by {@code comparableTo} (the
 * collectivités of the same kind and band, and région with {@code memeRegion=true}). Any other parameter, a second
 * value of one, or a value of the wrong shape is a French validation problem (400).
 */
@RestController
public class BenchmarkController {

    /** Every parameter of the benchmark, each taking one value: any other is refused. */
    static final List<String> PARAMETERS =
            List.of("kind", "populationBand", "region", "siren", "comparableTo", "memeRegion");

    private final AssessmentIndex index;
    private final CollectiviteLookup collectivites;

    public BenchmarkController(AssessmentIndex index, CollectiviteLookup collectivites) {
        this.index = index;
        this.collectivites = collectivites;
    }

    @GetMapping("/api/benchmark")
    public Benchmark benchmark(@RequestParam MultiValueMap<String, String> parameters,
                               @RequestParam(required = false) String kind,
                               @RequestParam(required = false) String populationBand,
                               @RequestParam(required = false) String region,
                               @RequestParam(required = false) @Pattern(regexp = "[0-9]{9}",
                                       message = "Le paramètre « siren » doit être un SIREN : 9 chiffres.") String siren,
                               @RequestParam(required = false) String comparableTo) {
        SearchParameters checks = SearchParameters.of(parameters, "le benchmark", PARAMETERS, List.of());
        boolean sameRegion = checks.sameRegionOfComparables(parameters);
        checks.check();
        Benchmark.PeerGroup group = new Benchmark.PeerGroup(kind, populationBand, region);
        if (comparableTo != null) {
            SearchQuery.Peers peers = collectivites.peersOf(comparableTo, sameRegion)
                    .orElseThrow(() -> new UnknownCollectiviteException(comparableTo));
            group = new Benchmark.PeerGroup(peers.kind(), peers.populationBand(), peers.region());
            siren = siren == null ? comparableTo : siren;
        }
        return index.benchmark(group, siren);
    }
}
