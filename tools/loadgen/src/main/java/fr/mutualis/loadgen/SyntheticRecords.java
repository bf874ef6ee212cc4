package fr.mutualis.loadgen;

import fr.mutualis.identifiers.InseeIdentifiers;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Synthetic retours d'expérience for scale tests: record {@code n} of seed {@code s} is always the same, so runs
 * compare. Each is an {@code experience.record.published} event as experience-service publishes it (valid against the
 * published contract), flagged {@code demo}, carried by one of a few thousand synthetic collectivités spread over
 * kinds, population bands and régions like the members.
 * <p>
 * Two corpora. The narrow one ({@link #SyntheticRecords(long)}) writes every record with 36 subjects and 8 sentences,
 * some 170 distinct words and hardly any of the relevance bench's queries': the easy case for a search engine. The
 * variants one ({@link #variantsOf}) rewrites real records: each synthetic record takes the lessons and classification
 * of one source record, and its title and most of its sentences, with a sentence or two of another, each rewritten by a
 * {@link WordChain} learnt from all of them. Its words are those of records written by people, at their frequencies
 * (some 1,600 distinct words; « numérique » in 40 % of the records), and nearly every record's text is its own: copies
 * of a record would tie for the first places of a search, where no engine can skip anything
 * (docs/benchmarks/search-scale-variants.md).
 */
public final class SyntheticRecords {

    /** The two corpora, as {@code ./mutualis generate} and {@code ./mutualis load} name them, and their report. */
    public enum Corpus {
        NARROW("docs/benchmarks/search-scale.md", "le corpus étroit (36 sujets et 8 phrases pour toutes les fiches)"),
        VARIANTS("docs/benchmarks/search-scale-variants.md", "le corpus de variantes (les 89 fiches de"
                + " démonstration publiées de la partie de réglage du banc de pertinence, réécrites phrase à phrase par"
                + " une chaîne de Markov de leurs mots)");

        private final String report;
        private final String description;

        Corpus(String report, String description) {
            this.report = report;
            this.description = description;
        }

        /** The corpus of an option's value ({@code narrow}, {@code variants}). */
        public static Corpus named(String name) {
            for (Corpus corpus : values()) {
                if (corpus.option().equals(name)) {
                    return corpus;
                }
            }
            throw new IllegalArgumentException("--corpus : narrow ou variants, pas « " + name + " »");
        }

        public String option() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** Where {@code ./mutualis load} writes its measure of this corpus, from the project's root. */
        public String report() {
            return report;
        }

        public String description() {
            return description;
        }

        /**
         * The corpus whose records these are, from how many of the {@code records} have a summary with
         * {@link #NARROW_SUMMARY}: all of the narrow corpus's, none of the variants' (nor of the demonstration's).
         */
        public static Corpus of(long withNarrowSummary, long records) {
            return withNarrowSummary * 2 > records ? NARROW : VARIANTS;
        }
    }

    /** Words of every narrow record's summary, and of no variant's: how an index tells its corpus ({@link Corpus#of}). */
    public static final String NARROW_SUMMARY = "a conduit un projet de";

    static final String[] AXES = {"open-data", "thd", "dematerialisation", "smart-city", "big-data", "incubateur",
            "e-inclusion", "e-democratie", "economie-collaborative", "open-innovation", "cloud", "protection-donnees"};
    private static final String[] CATEGORIES = {"demat", "educ", "thd", "opend", "startup", "e-inclus", "appmob",
            "energie", "plannum", "civictech"};
    private static final String[] DOMAINS = {"sante", "handicap", "education", "personnes-agees", "enfance-jeunesse",
            "social", "demarches-administratives", "culture", "environnement", "mobilite", "developpement-economique",
            "amenagement", "tourisme", "securite", "administration-interne"};
    private static final String[] STEPS = {"en-reflexion", "en-cours", "realise", "realise", "abandonne"};
    /** What a project does, by axis (same order as {@link #AXES}). */
    private static final String[][] SUBJECTS = {
            {"portail de données ouvertes", "publication des délibérations en open data", "catalogue de données locales"},
            {"déploiement de la fibre optique", "couverture en très haut débit des zones blanches", "réseau d'initiative publique"},
            {"dématérialisation des demandes d'aides", "guichet numérique des autorisations d'urbanisme", "parapheur électronique"},
            {"éclairage public intelligent", "capteurs de qualité de l'air", "hyperviseur urbain"},
            {"entrepôt de données décisionnelles", "analyse des données de mobilité", "tableau de bord des politiques publiques"},
            {"incubateur de jeunes pousses", "programme d'accélération numérique", "appel à projets d'innovation"},
            {"médiation numérique en mairie", "pass numérique pour les seniors", "conseillers numériques itinérants"},
            {"budget participatif en ligne", "plateforme de consultation citoyenne", "retransmission des conseils"},
            {"plateforme de covoiturage local", "ressourcerie et prêt d'objets", "monnaie locale numérique"},
            {"fablab intercommunal", "tiers-lieu numérique", "laboratoire d'innovation publique"},
            {"hébergement mutualisé des applications", "migration vers un cloud souverain", "centre de données partagé"},
            {"mise en conformité RGPD", "délégué à la protection des données mutualisé", "politique de sécurité des systèmes"}};
    private static final String[] VERBS = {"Lancement", "Déploiement", "Mise en place", "Généralisation", "Expérimentation"};
    private static final String[] SENTENCES = {
            "Le projet a été conduit avec les services utilisateurs, par itérations courtes.",
            "Un marché public mutualisé a permis de réduire les coûts de moitié.",
            "Les agents ont été formés avant la mise en service.",
            "Les usagers ont été associés dès la conception, lors d'ateliers.",
            "La solution repose sur un logiciel libre maintenu par plusieurs collectivités.",
            "Le syndicat a apporté son expertise juridique et technique.",
            "Les résultats sont suivis par un tableau de bord trimestriel.",
            "La principale difficulté a été la reprise des données existantes."};
    private static final String[][] REGIONS = {{"84", "Auvergne-Rhône-Alpes"}, {"27", "Bourgogne-Franche-Comté"},
            {"53", "Bretagne"}, {"24", "Centre-Val de Loire"}, {"44", "Grand Est"}, {"32", "Hauts-de-France"},
            {"11", "Île-de-France"}, {"28", "Normandie"}, {"75", "Nouvelle-Aquitaine"}, {"76", "Occitanie"},
            {"52", "Pays de la Loire"}, {"93", "Provence-Alpes-Côte d'Azur"}, {"94", "Corse"}};
    private static final Instant EPOCH = Instant.parse("2019-01-01T00:00:00Z");

    /** Where a sentence ends: a stop, then a capital (« M. » and « 1.5 » do not end one). */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=\\p{Lu})");
    /** How often a source record's sentence is kept in a variant, after its first. */
    private static final double KEPT_SENTENCE = 0.7;
    private static final int LONGEST_TITLE = 16;
    private static final int LONGEST_SENTENCE = 45;

    private final long seed;
    private final List<Map<String, Object>> collectivites;
    private final List<JsonNode> sources;
    private final WordChain chain;

    /** The narrow corpus. */
    public SyntheticRecords(long seed) {
        this(seed, List.of());
    }

    private SyntheticRecords(long seed, List<JsonNode> sources) {
        this.seed = seed;
        this.collectivites = collectivites(new Random(seed), 3000);
        this.sources = sources;
        this.chain = new WordChain(learnt(sources));
    }

    /**
     * The variants corpus: variants of {@code sources}, records in experience-service's demonstration form
     * ({@code title}, {@code summary}, and when they have them {@code description}, {@code results}, {@code lessons}).
     */
    public static SyntheticRecords variantsOf(long seed, List<JsonNode> sources) {
        if (sources.size() < 2) {
            throw new IllegalArgumentException("variants need at least two source records");
        }
        return new SyntheticRecords(seed, List.copyOf(sources));
    }

    /** The event of record {@code n}, as a JSON-ready tree. */
    public Map<String, Object> event(long n) {
        Random random = new Random(seed * 1_000_003 + n);
        String id = UUID.nameUUIDFromBytes(("mutualis-synthetic-" + seed + "-" + n).getBytes(StandardCharsets.UTF_8))
                .toString();
        Map<String, Object> collectivite = collectivites.get(random.nextInt(collectivites.size()));
        int axis = random.nextInt(AXES.length);
        Set<String> axes = new LinkedHashSet<>(List.of(AXES[axis]));
        if (random.nextBoolean()) {
            axes.add(AXES[random.nextInt(AXES.length)]);
        }
        String subject = pick(random, SUBJECTS[axis]);
        Instant published = EPOCH.plus(random.nextInt(7 * 365), ChronoUnit.DAYS).plusSeconds(random.nextInt(86_400));
        LocalDate start = LocalDate.ofInstant(published, java.time.ZoneOffset.UTC).minusMonths(6 + random.nextInt(24));
        long total = 5_000L * (1 + random.nextInt(400));

        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", id);
        data.put("title", pick(random, VERBS) + " : " + subject + " (" + collectivite.get("name") + ")");
        data.put("summary", collectivite.get("name") + " " + NARROW_SUMMARY + " " + subject + ". "
                + pick(random, SENTENCES));
        data.put("description", String.join(" ", pick(random, SENTENCES), pick(random, SENTENCES),
                pick(random, SENTENCES), pick(random, SENTENCES)));
        data.put("siren", collectivite.get("siren"));
        data.put("collectivite", collectivite);
        data.put("partners", List.of());
        data.put("axes", List.copyOf(axes));
        data.put("actionCategory", pick(random, CATEGORIES));
        data.put("policyDomains", List.of(pick(random, DOMAINS)));
        data.put("step", pick(random, STEPS));
        data.put("startDate", start.toString());
        data.put("budget", Map.of("totalEuros", total, "fundings", List.of(Map.of("funder", "État – DSIL",
                "amountEuros", total / 4))));
        data.put("results", "Objectifs atteints à " + (40 + random.nextInt(61)) + " %.");
        data.put("indicators", List.of(Map.of("label", "Usagers concernés", "value", Integer.toString(100 + random.nextInt(50_000)))));
        data.put("lessons", Map.of("wouldRedo", pick(random, SENTENCES), "wouldNotRedo", pick(random, SENTENCES)));
        data.put("reusableAssets", List.of());
        data.put("links", List.of());
        data.put("status", "published");
        data.put("demo", true);
        data.put("createdAt", published.minus(3, ChronoUnit.DAYS).toString());
        data.put("updatedAt", published.toString());
        data.put("publishedAt", published.toString());

        if (!sources.isEmpty()) {
            // Its own random numbers, so that the narrow corpus's records stay what they were.
            rewrite(data, new Random(~(seed * 1_000_003 + n)));
        }

        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("eventId", UUID.nameUUIDFromBytes(("event-" + id).getBytes(StandardCharsets.UTF_8)).toString());
        envelope.put("eventType", "experience.record.published");
        envelope.put("schemaVersion", 1);
        envelope.put("aggregateType", "experience");
        envelope.put("aggregateId", id);
        envelope.put("aggregateVersion", 2);
        envelope.put("occurredAt", published.toString());
        envelope.put("data", data);
        return envelope;
    }

    /**
     * Replaces the narrow corpus's words and classification with a variant of a source record: its title and its
     * sentences (the first always, the others with probability {@value #KEPT_SENTENCE}), each rewritten by the chain
     * from its first two words, and one or two sentences of another record, rewritten too.
     */
    private void rewrite(Map<String, Object> data, Random random) {
        JsonNode source = sources.get(random.nextInt(sources.size()));
        JsonNode other = sources.get(random.nextInt(sources.size()));
        data.put("title", chain.continueFrom(source.path("title").asString(), LONGEST_TITLE, random));
        data.put("summary", rewritten(sentences(source.path("summary").asString()), random));
        List<String> borrowed = sentences(other.path("summary").asString() + " "
                + other.path("description").asString(""));
        List<String> description = new ArrayList<>(sentences(source.path("description").asString("")));
        for (int i = 1 + random.nextInt(2); i > 0; i--) {
            description.add(borrowed.get(random.nextInt(borrowed.size())));
        }
        data.put("description", rewritten(description, random));
        if (!source.path("results").asString("").isBlank()) {
            data.put("results", chain.continueFrom(source.path("results").asString(), LONGEST_SENTENCE, random));
        }
        JsonNode lessons = source.path("lessons");
        if (lessons.has("wouldRedo") && lessons.has("wouldNotRedo")) {
            data.put("lessons", Map.of("wouldRedo", lessons.path("wouldRedo").asString(),
                    "wouldNotRedo", lessons.path("wouldNotRedo").asString()));
        }
        data.put("axes", strings(source.path("axes")));
        data.put("actionCategory", source.path("actionCategory").asString());
        data.put("policyDomains", strings(source.path("policyDomains")));
        data.put("step", source.path("step").asString());
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }

    /** The first of {@code sentences}, then each other one with probability {@value #KEPT_SENTENCE}, rewritten. */
    private String rewritten(List<String> sentences, Random random) {
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            if (i == 0 || random.nextDouble() < KEPT_SENTENCE) {
                kept.add(chain.continueFrom(sentences.get(i), LONGEST_SENTENCE, random));
            }
        }
        return String.join(" ", kept);
    }

    /** The titles and sentences of the source records, each whole: what the chain learns from. */
    private static List<String> learnt(List<JsonNode> sources) {
        List<String> texts = new ArrayList<>();
        for (JsonNode source : sources) {
            texts.add(source.path("title").asString());
            for (String field : List.of("summary", "description", "results")) {
                texts.addAll(sentences(source.path(field).asString("")));
            }
        }
        return texts;
    }

    private static List<String> sentences(String text) {
        return SENTENCE_END.splitAsStream(text.strip()).filter(sentence -> !sentence.isBlank()).toList();
    }

    private static List<Map<String, Object>> collectivites(Random random, int count) {
        List<Map<String, Object>> all = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String[] region = REGIONS[random.nextInt(REGIONS.length)];
            int draw = random.nextInt(100);
            String kind = draw < 70 ? "commune" : draw < 85 ? "epci" : draw < 96 ? "departement" : "region";
            long population = switch (kind) {
                case "commune" -> (long) Math.exp(5 + random.nextDouble() * 7.5);
                case "epci" -> 5_000L + random.nextInt(400_000);
                case "departement" -> 80_000L + random.nextInt(2_000_000);
                default -> 300_000L + random.nextInt(12_000_000);
            };
            Map<String, Object> collectivite = new LinkedHashMap<>();
            collectivite.put("siren", InseeIdentifiers.sirenWithKey(String.format("%08d", 200_000_000L / 10 + i)));
            collectivite.put("kind", kind);
            collectivite.put("name", switch (kind) {
                case "commune" -> "Commune synthétique " + i;
                case "epci" -> "Communauté synthétique " + i;
                case "departement" -> "Département synthétique " + i;
                default -> "Région synthétique " + i;
            });
            collectivite.put("region", Map.of("code", region[0], "name", region[1]));
            collectivite.put("population", population);
            collectivite.put("populationBand", band(kind, population));
            all.add(collectivite);
        }
        return all;
    }

    private static Map<String, String> band(String kind, long population) {
        if (kind.equals("commune")) {
            if (population < 3_500) {
                return Map.of("code", "moins-3500", "label", "Moins de 3 500 habitants");
            }
            if (population < 10_000) {
                return Map.of("code", "3500-9999", "label", "De 3 500 à 9 999 habitants");
            }
            if (population < 20_000) {
                return Map.of("code", "10000-19999", "label", "De 10 000 à 19 999 habitants");
            }
            if (population < 50_000) {
                return Map.of("code", "20000-49999", "label", "De 20 000 à 49 999 habitants");
            }
            return Map.of("code", "50000-plus", "label", "50 000 habitants et plus");
        }
        int tercile = (int) Math.min(3, 1 + population * 3 / (kind.equals("epci") ? 405_000 : kind.equals("departement") ? 2_080_000 : 12_300_000));
        return Map.of("code", "tercile-" + tercile, "label", "Tiers " + tercile + " de la population");
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
