package fr.mutualis.procurement.decp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DecpDocumentTest {

    private static final DecpSchemaValidator VALIDATOR = new DecpSchemaValidator();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aFullMarcheValidatesAgainstTheOfficialSchema() {
        String json = DecpDocument.of(DecpFixtures.marche().idAccordCadre("AC-2023-07").build()).toJson();

        assertThat(VALIDATOR.validate(json)).isEmpty();
    }

    @Test
    void aMarcheWithAModificationAndASousTraitanceValidates() {
        String json = DecpDocument.of(DecpFixtures.modifie()).toJson();

        assertThat(VALIDATOR.validate(json)).isEmpty();
    }

    @Test
    void writesTheSchemasExactShapeAndLeavesAbsentOptionalsOut() {
        JsonNode marche = JSON.readTree(DecpDocument.of(DecpFixtures.marche().build()).toJson()).at("/marches/marche/0");

        assertThat(marche.at("/acheteur/id").asString()).isEqualTo("20005372500012");
        assertThat(marche.at("/codeCPV").asString()).isEqualTo("72000000");
        assertThat(marche.at("/procedure").asString()).isEqualTo("Appel d'offres ouvert");
        assertThat(marche.at("/techniques/technique/0").asString()).isEqualTo("Accord-cadre");
        assertThat(marche.at("/titulaires/0/titulaire/typeIdentifiant").asString()).isEqualTo("SIRET");
        assertThat(marche.at("/typesPrix/typePrix/0").asString()).isEqualTo("Définitif révisable");
        assertThat(marche.at("/montant").isNumber()).isTrue();
        assertThat(marche.at("/montant").decimalValue()).isEqualByComparingTo("450000.50");
        assertThat(marche.at("/dateNotification").asString()).isEqualTo("2024-03-15");
        assertThat(marche.has("idAccordCadre")).isFalse();
        assertThat(marche.has("origineUE")).isFalse();
        assertThat(marche.has("modifications")).isFalse();
        assertThat(marche.has("actesSousTraitance")).isFalse();
        assertThat(DecpDocument.of(DecpFixtures.marche().build()).toJson()).doesNotContain("null");
    }

    @Test
    void currentStateFollowsTheLatestModification() {
        DecpMarche marche = DecpFixtures.modifie();

        assertThat(marche.montantActuel()).isEqualByComparingTo("500000");
        assertThat(marche.dureeMoisActuelle()).isEqualTo(54);
        assertThat(marche.titulairesActuels()).containsExactly(Titulaire.siret("38103128500574"));
    }
}
