package fr.mutualis.portal.barometer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The three charts of the study for a collectivité and its peers: the share of peers engaged in each axis, how many
 * have each profile, and the share meeting each criterion of their profile. The collectivité's own answers come from
 * its latest assessment (experience-service's, fresh), the peers' from the benchmark (search-service's index, a few
 * seconds behind).
 */
final class PeerCharts {

    /** « les communes »: the peers' kind of collectivité, as a sentence names them. */
    private static final Map<String, String> KINDS = Map.of("commune", "communes", "epci", "intercommunalités",
            "departement", "départements", "region", "régions", "syndicat", "syndicats mixtes");

    private PeerCharts() {
    }

    static List<BarChart> of(PeerBenchmark benchmark, Assessment latest) {
        long peers = benchmark.peers();
        List<String> myAxes = latest == null || latest.answers() == null ? List.of() : latest.answers().axes();
        String myProfile = latest == null || latest.profile() == null ? null : latest.profile().code();
        return List.of(
                new BarChart("graphique-axes", "Part de mes pairs engagés dans chaque axe",
                        "Diagramme en barres : pour chacun des " + benchmark.axes().size()
                                + " axes, la part des " + peers + " collectivités comparables qui y sont engagées ; "
                                + "un losange marque les axes où votre collectivité est engagée. "
                                + "Les mêmes chiffres sont dans le tableau qui suit.",
                        "Axe", "Ma collectivité", "◆ : axe où ma collectivité est engagée",
                        bars(benchmark.axes(), peers, latest, share -> myAxes.contains(share.code()),
                                new Words("Engagée", "Non engagée"))),
                new BarChart("graphique-profils", "Profils de mes pairs",
                        "Diagramme en barres : le nombre des " + peers + " collectivités comparables qui ont chaque "
                                + "profil ; un losange marque le profil de votre collectivité. "
                                + "Les mêmes chiffres sont dans le tableau qui suit.",
                        "Profil", "Ma collectivité", "◆ : profil de ma collectivité",
                        bars(benchmark.profiles(), peers, latest, share -> share.code().equals(myProfile),
                                new Words("Mon profil", "—"))),
                new BarChart("graphique-criteres", "Part de mes pairs qui remplissent chaque critère de leur profil",
                        "Diagramme en barres : pour chacun des " + benchmark.criteria().size() + " critères, la part "
                                + "des " + peers + " collectivités comparables qui remplissent ce critère de leur "
                                + "profil ; un losange marque les critères que votre collectivité remplit. "
                                + "Les mêmes chiffres sont dans le tableau qui suit.",
                        "Critère", "Ma collectivité", "◆ : critère que ma collectivité remplit",
                        bars(benchmark.criteria(), peers, latest, share -> latest.meets(share.code()),
                                new Words("Rempli", "Non rempli"))));
    }

    /**
     * « Mes pairs : les 11 communes de 50 000 habitants et plus qui ont répondu au baromètre, dont la mienne. »
     */
    static String peersSentence(PeerBenchmark benchmark, Assessment latest) {
        String kind = benchmark.group() == null ? null : KINDS.get(benchmark.group().kind());
        StringBuilder sentence = new StringBuilder("Mes pairs : les ").append(benchmark.peers()).append(' ')
                .append(kind == null ? "collectivités" : kind);
        if (latest != null && latest.collectivite() != null && latest.collectivite().populationBand() != null
                && benchmark.group() != null && benchmark.group().populationBand() != null) {
            sentence.append(" de la même tranche de population (")
                    .append(latest.collectivite().populationBand().label()).append(')');
        }
        sentence.append(" qui ont répondu au baromètre");
        if (benchmark.mine() != null) {
            sentence.append(", dont la mienne");
        }
        return sentence.append('.').toString();
    }

    /** How the table says whether a row is the collectivité's answer. */
    private record Words(String mine, String notMine) {
    }

    /** A bar per share, in the benchmark's order; without an assessment, nothing is the collectivité's. */
    private static List<BarChart.Bar> bars(List<PeerBenchmark.Share> shares, long peers, Assessment latest,
                                           Predicate<PeerBenchmark.Share> isMine, Words words) {
        List<BarChart.Bar> bars = new ArrayList<>();
        for (PeerBenchmark.Share share : shares) {
            boolean mine = latest != null && isMine.test(share);
            String answer = latest == null ? "Pas encore évaluée" : mine ? words.mine() : words.notMine();
            bars.add(new BarChart.Bar(bars.size(), share.label(), share.count(), peers, mine, answer));
        }
        return bars;
    }
}
