package fr.mutualis.referential.territory.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import fr.mutualis.identifiers.InseeIdentifiers;
import fr.mutualis.referential.territory.domain.Kind;
import fr.mutualis.referential.territory.domain.OfficialReferential;
import fr.mutualis.referential.territory.domain.Territory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.json.JsonMapper;

/** The councils' file the service ships, on its own and against the official package the service imports. */
class CouncilsTest {

    /** Collectivités of the Pacific and the TAAF: their own statutes, left out of the file on purpose. */
    private static final Set<String> OUT_OF_SCOPE = Set.of("984", "986", "987", "988", "989");
    private static final String PARIS = "217500016";

    private final Councils councils = Councils.shipped();

    @Test
    void every_siren_has_a_right_luhn_key_and_governs_territories_no_other_council_claims() {
        assertThat(councils.all()).hasSizeGreaterThan(110);
        assertThat(councils.all()).allSatisfy(council -> assertThat(InseeIdentifiers.isSiren(council.siren()))
                .as("Luhn key of %s", council.siren()).isTrue());
        assertThat(councils.all().stream().map(Councils.Council::siren).distinct()).hasSameSizeAs(councils.all());
        List<String> governed = councils.all().stream().flatMap(council -> council.exercises().stream()).toList();
        assertThat(governed).doesNotHaveDuplicates();
    }

    @Test
    void a_line_that_is_not_a_council_is_refused_with_the_line() {
        String mistaken = "commune;35238;213502388;;\n";
        assertThat(catchThrowable(() -> Councils.parse(mistaken.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("35238");
    }

    @Test
    void the_file_is_fingerprinted_so_that_a_new_one_is_imported_again() {
        byte[] file = "departement;33;223300013;;\n".getBytes(StandardCharsets.UTF_8);
        byte[] revised = "departement;33;223300013;;\nregion;75;200053759;;\n".getBytes(StandardCharsets.UTF_8);
        assertThat(Councils.parse(file).fingerprint()).isNotEqualTo(Councils.parse(revised).fingerprint())
                .isEqualTo(Councils.parse(file).fingerprint());
    }

    /** Reads the very package application.yml configures (downloaded once, then kept in the user's cache). */
    @Test
    void every_departement_and_region_of_the_official_package_has_its_council() {
        OfficialReferential official = officialArchive().read();
        Map<String, Territory> byKey = official.territories().stream()
                .collect(Collectors.toMap(Territory::key, Function.identity()));
        Set<String> exercised = councils.all().stream().flatMap(council -> council.exercises().stream())
                .collect(Collectors.toSet());

        List<String> withoutCouncil = official.territories().stream()
                .filter(t -> t.kind() == Kind.DEPARTEMENT || t.kind() == Kind.REGION)
                .filter(t -> t.siren() == null && !exercised.contains(t.key()))
                .filter(t -> !OUT_OF_SCOPE.contains(t.inseeCode()))
                .map(Territory::key).toList();

        assertThat(withoutCouncil).containsExactly("departement:75");
        assertThat(byKey.get(PARIS).name()).isEqualTo("Paris");
        assertThat(byKey).containsKey("200046977");
        assertThat(exercised).allSatisfy(key -> assertThat(byKey).containsKey(key));
        Territory alsace = byKey.get("200094332");
        assertThat(alsace.regionCode()).isEqualTo("44");
        assertThat(alsace.population()).isEqualTo(byKey.get("departement:67").population()
                + byKey.get("departement:68").population());
        assertThat(byKey.get("region:94").siren()).isEqualTo("200076958");
        assertThat(byKey.get("departement:976").siren()).isEqualTo("229850003");
    }

    private DecoupageArchive officialArchive() {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yml"));
        Properties configured = yaml.getObject();
        String prefix = "mutualis.referential.source.";
        Path cache = Path.of(configured.getProperty(prefix + "cache-dir")
                .replace("${user.home}", System.getProperty("user.home")));
        return new DecoupageArchive(new DecoupageArchive.ArchiveSource(configured.getProperty(prefix + "version"),
                configured.getProperty(prefix + "location"), configured.getProperty(prefix + "integrity"), cache),
                councils, JsonMapper.builder().build());
    }
}
