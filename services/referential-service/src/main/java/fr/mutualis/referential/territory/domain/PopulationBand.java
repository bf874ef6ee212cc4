package fr.mutualis.referential.territory.domain;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The population bands of the seeds' studies: fixed bands for communes (the barometer study's), terciles computed over
 * every entity of the kind for EPCI, départements and régions, none for syndicats.
 */
public record PopulationBand(String code, String label) {

    public static final PopulationBand NOT_APPLICABLE = new PopulationBand("sans-objet", "Sans objet");

    private static final long[] COMMUNE_LIMITS = {3_500, 10_000, 20_000, 50_000};
    private static final List<PopulationBand> COMMUNE_BANDS = List.of(
            new PopulationBand("moins-3500", "Moins de 3 500 habitants"),
            new PopulationBand("3500-9999", "De 3 500 à 9 999 habitants"),
            new PopulationBand("10000-19999", "De 10 000 à 19 999 habitants"),
            new PopulationBand("20000-49999", "De 20 000 à 49 999 habitants"),
            new PopulationBand("50000-plus", "50 000 habitants et plus"));
    private static final Map<Kind, String> PLURALS = new EnumMap<>(Map.of(
            Kind.EPCI, "EPCI", Kind.DEPARTEMENT, "Départements", Kind.REGION, "Régions"));

    public static PopulationBand ofCommune(long population) {
        int index = 0;
        while (index < COMMUNE_LIMITS.length && population >= COMMUNE_LIMITS[index]) {
            index++;
        }
        return COMMUNE_BANDS.get(index);
    }

    /**
     * The terciles of a kind: the populations below which a third and two thirds of its entities lie.
     *
     * @param populations every population of the kind, in any order
     */
    public static Terciles terciles(Kind kind, long[] populations) {
        long[] sorted = populations.clone();
        Arrays.sort(sorted);
        if (sorted.length == 0) {
            return new Terciles(kind, 0, 0);
        }
        return new Terciles(kind, sorted[sorted.length / 3], sorted[2 * sorted.length / 3]);
    }

    /**
     * @param lower the smallest population of the middle third
     * @param upper the smallest population of the upper third
     */
    public record Terciles(Kind kind, long lower, long upper) {

        public PopulationBand of(long population) {
            String plural = PLURALS.get(kind);
            if (population < lower) {
                return new PopulationBand("tercile-1", plural + " les moins peuplés (moins de " + format(lower) + " hab.)");
            }
            if (population < upper) {
                return new PopulationBand("tercile-2", plural + " de taille moyenne (" + format(lower) + " à "
                        + format(upper - 1) + " hab.)");
            }
            return new PopulationBand("tercile-3", plural + " les plus peuplés (" + format(upper) + " hab. et plus)");
        }

        private static String format(long number) {
            return String.format(java.util.Locale.FRANCE, "%,d", number).replace('\u202f', ' ').replace('\u00a0', ' ');
        }
    }
}
