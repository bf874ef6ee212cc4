package fr.mutualis.referential.territory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImportPlanTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    private static Territory commune(String siren, String name, long population) {
        return new Territory(siren, siren, Kind.COMMUNE, name, "35" + siren.substring(6), "35", "53", population);
    }

    private static Map<String, StoredTerritory> stored(OfficialReferential referential) {
        Map<String, StoredTerritory> stored = new HashMap<>();
        ImportPlan.between(Map.of(), referential, NOW).toWrite()
                .forEach(territory -> stored.put(territory.territory().key(), territory));
        return stored;
    }

    @Test
    void the_first_import_adds_everything_and_the_same_version_again_changes_nothing() {
        OfficialReferential v1 = new OfficialReferential("1.0.0", List.of(commune("213502388", "Rennes", 230_890),
                commune("213500226", "Bécherel", 677)), Map.of());

        ImportPlan first = ImportPlan.between(Map.of(), v1, NOW);
        ImportPlan again = ImportPlan.between(stored(v1), v1, NOW);

        assertThat(first.report().added()).containsEntry("commune", 2);
        assertThat(again.toWrite()).isEmpty();
        assertThat(again.toRemove()).isEmpty();
        assertThat(again.report().changedNothing()).isTrue();
    }

    @Test
    void a_new_version_updates_adds_and_marks_removed_but_keeps_syndicats_and_registered_sirens() {
        Territory departement = new Territory("departement:35", null, Kind.DEPARTEMENT, "Ille-et-Vilaine", "35", "35",
                "53", 1_100_000);
        OfficialReferential v1 = new OfficialReferential("1.0.0", List.of(commune("213502388", "Rennes", 230_890),
                commune("213500226", "Bécherel", 677), departement), Map.of());
        Map<String, StoredTerritory> current = stored(v1);
        current.put("departement:35", new StoredTerritory(new Territory("departement:35", "223500018",
                Kind.DEPARTEMENT, "Ille-et-Vilaine", "35", "35", "53", 1_100_000), current.get("departement:35").band(),
                false));
        current.put("253700488", new StoredTerritory(new Territory("253700488", "253700488", Kind.SYNDICAT, "GIP",
                null, null, null, 0), PopulationBand.NOT_APPLICABLE, false));
        OfficialReferential v2 = new OfficialReferential("2.0.0", List.of(commune("213502388", "Rennes", 232_000),
                commune("213503600", "Vitré", 19_365), departement), Map.of());

        ImportPlan plan = ImportPlan.between(current, v2, NOW);

        assertThat(plan.report().added()).containsExactly(Map.entry("commune", 1));
        assertThat(plan.report().updated()).containsExactly(Map.entry("commune", 1));
        assertThat(plan.report().removed()).containsExactly(Map.entry("commune", 1));
        assertThat(plan.toRemove()).containsExactly("213500226");
        assertThat(plan.toWrite()).extracting(t -> t.territory().key()).containsExactlyInAnyOrder("213502388",
                "213503600");
    }

    @Test
    void a_siren_an_administrator_gave_one_council_goes_to_the_entity_the_new_version_gives_it_to() {
        Territory basRhin = new Territory("departement:67", null, Kind.DEPARTEMENT, "Bas-Rhin", "67", "67", "44",
                1_150_000);
        Map<String, StoredTerritory> current = stored(new OfficialReferential("1.0.0", List.of(basRhin), Map.of()));
        current.put("departement:67", new StoredTerritory(new Territory("departement:67", "200094332",
                Kind.DEPARTEMENT, "Bas-Rhin", "67", "67", "44", 1_150_000), current.get("departement:67").band(), false));
        Territory alsace = new Territory("200094332", "200094332", Kind.DEPARTEMENT,
                "Collectivité européenne d'Alsace", null, null, "44", 1_920_000);

        ImportPlan plan = ImportPlan.between(current, new OfficialReferential("2.0.0", List.of(basRhin, alsace),
                Map.of()), NOW);

        assertThat(plan.toWrite()).extracting(t -> t.territory().key() + "=" + t.territory().siren())
                .containsExactlyInAnyOrder("departement:67=null", "200094332=200094332");
    }

    @Test
    void communes_have_the_studys_fixed_bands() {
        assertThat(PopulationBand.ofCommune(3_499).code()).isEqualTo("moins-3500");
        assertThat(PopulationBand.ofCommune(3_500).code()).isEqualTo("3500-9999");
        assertThat(PopulationBand.ofCommune(19_999).code()).isEqualTo("10000-19999");
        assertThat(PopulationBand.ofCommune(20_000).code()).isEqualTo("20000-49999");
        assertThat(PopulationBand.ofCommune(50_000).code()).isEqualTo("50000-plus");
    }

    @Test
    void other_kinds_are_split_in_terciles_of_their_own_kind() {
        PopulationBand.Terciles terciles = PopulationBand.terciles(Kind.DEPARTEMENT,
                new long[] {900, 100, 500, 300, 700, 200, 800, 400, 600});

        assertThat(terciles.lower()).isEqualTo(400);
        assertThat(terciles.upper()).isEqualTo(700);
        assertThat(terciles.of(399).code()).isEqualTo("tercile-1");
        assertThat(terciles.of(400).code()).isEqualTo("tercile-2");
        assertThat(terciles.of(700).code()).isEqualTo("tercile-3");
        assertThat(terciles.of(100).label()).startsWith("Départements les moins peuplés");
    }

    @Test
    void names_compare_without_case_accents_hyphens_or_apostrophes() {
        assertThat(Names.fold("L'Abergement-Clémenciat")).isEqualTo("l abergement clemenciat");
        assertThat(Names.fold("  Saint-Brieuc ")).isEqualTo("saint brieuc");
    }
}
