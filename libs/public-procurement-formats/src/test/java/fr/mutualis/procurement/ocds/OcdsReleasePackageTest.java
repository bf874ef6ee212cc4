package fr.mutualis.procurement.ocds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.mutualis.procurement.decp.DecpFixtures;
import fr.mutualis.procurement.decp.DecpMarche;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class OcdsReleasePackageTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final OcdsPublisher PUBLISHER = new OcdsPublisher("mtls01", "Syndicat mixte Mutualis");
    private static final Map<String, String> NAMES = Map.of("20005372500012", "Communauté d'agglomération de démonstration",
            "38103128500491", "Logiciels Libres SAS");

    @Test
    void aPackageHasTheRequiredFieldsOfOcds11() {
        JsonNode root = write(DecpFixtures.marche().build());

        assertThat(root.at("/version").asString()).isEqualTo("1.1");
        assertThat(root.at("/uri").asString()).isEqualTo("https://mutualis.fr/donnees/ocds/2025.json");
        assertThat(root.at("/publishedDate").asString()).isEqualTo("2025-02-01T08:00:00Z");
        assertThat(root.at("/publisher/name").asString()).isEqualTo("Syndicat mixte Mutualis");
        JsonNode release = root.at("/releases/0");
        for (String field : List.of("ocid", "id", "date", "tag", "initiationType")) {
            assertThat(release.has(field)).as(field).isTrue();
        }
        assertThat(release.at("/ocid").asString()).isEqualTo("ocds-mtls01-20005372500012-2024-INFO-012");
        assertThat(release.at("/initiationType").asString()).isEqualTo("tender");
        assertThat(release.at("/tag").valueStream().map(JsonNode::asString)).containsExactly("award", "contract");
        assertThat(release.at("/date").asString()).isEqualTo("2024-03-20T00:00:00+01:00");
    }

    @Test
    void partiesBuyerAndSuppliersReferToEachOther() {
        JsonNode release = write(DecpFixtures.marche().build()).at("/releases/0");

        assertThat(release.at("/buyer/id").asString()).isEqualTo("FR-RCS-20005372500012");
        assertThat(release.at("/buyer/name").asString()).isEqualTo("Communauté d'agglomération de démonstration");
        JsonNode buyer = release.at("/parties/0");
        assertThat(buyer.at("/id").asString()).isEqualTo(release.at("/buyer/id").asString());
        assertThat(buyer.at("/roles/0").asString()).isEqualTo("buyer");
        assertThat(buyer.at("/identifier/scheme").asString()).isEqualTo("FR-RCS");
        assertThat(buyer.at("/identifier/id").asString()).isEqualTo("20005372500012");
        JsonNode supplier = release.at("/parties/1");
        assertThat(supplier.at("/roles/0").asString()).isEqualTo("supplier");
        assertThat(release.at("/awards/0/suppliers/0/id").asString()).isEqualTo(supplier.at("/id").asString());
    }

    @Test
    void tenderCarriesTheProcedureAndTheCpvClassification() {
        JsonNode tender = write(DecpFixtures.marche().build()).at("/releases/0/tender");

        assertThat(tender.at("/title").asString()).isEqualTo("Maintenance et évolutions du parapheur électronique mutualisé");
        assertThat(tender.at("/procurementMethod").asString()).isEqualTo("open");
        assertThat(tender.at("/procurementMethodDetails").asString()).isEqualTo("Appel d'offres ouvert");
        assertThat(tender.at("/mainProcurementCategory").asString()).isEqualTo("services");
        assertThat(tender.at("/items/0/classification/scheme").asString()).isEqualTo("CPV");
        assertThat(tender.at("/items/0/classification/id").asString()).isEqualTo("72000000");
        assertThat(tender.at("/items/0/classification/description").asString())
                .startsWith("Services de technologies de l'information");
    }

    @Test
    void awardAndContractAmountsAndPeriodsAreConsistent() {
        JsonNode release = write(DecpFixtures.marche().build()).at("/releases/0");

        JsonNode award = release.at("/awards/0");
        JsonNode contract = release.at("/contracts/0");
        assertThat(contract.at("/awardID").asString()).isEqualTo(award.at("/id").asString());
        assertThat(award.at("/value/amount").decimalValue()).isEqualByComparingTo("450000.50");
        assertThat(contract.at("/value/amount").decimalValue()).isEqualByComparingTo("450000.50");
        assertThat(contract.at("/value/currency").asString()).isEqualTo("EUR");
        JsonNode period = contract.at("/period");
        long days = ChronoUnit.DAYS.between(OffsetDateTime.parse(period.at("/startDate").asString()).toLocalDate(),
                OffsetDateTime.parse(period.at("/endDate").asString()).toLocalDate());
        assertThat(period.at("/durationInDays").asLong()).isEqualTo(days)
                .isEqualTo(ChronoUnit.DAYS.between(LocalDate.of(2024, 3, 15), LocalDate.of(2028, 3, 15)));
        assertThat(contract.has("amendments")).isFalse();
    }

    @Test
    void aModifiedMarcheIsAContractAmendment() {
        JsonNode release = write(DecpFixtures.modifie()).at("/releases/0");

        assertThat(release.at("/tag").valueStream().map(JsonNode::asString))
                .containsExactly("award", "contract", "contractAmendment");
        assertThat(release.at("/date").asString()).isEqualTo("2025-01-15T00:00:00+01:00");
        assertThat(release.at("/awards/0/value/amount").decimalValue()).isEqualByComparingTo("450000.50");
        assertThat(release.at("/contracts/0/value/amount").decimalValue()).isEqualByComparingTo("500000");
        assertThat(release.at("/contracts/0/period/durationInDays").asLong())
                .isEqualTo(ChronoUnit.DAYS.between(LocalDate.of(2024, 3, 15), LocalDate.of(2028, 9, 15)));
        JsonNode amendment = release.at("/contracts/0/amendments/0");
        assertThat(amendment.at("/id").asString()).isEqualTo("1");
        assertThat(amendment.at("/date").asString()).isEqualTo("2025-01-10T00:00:00+01:00");
        assertThat(amendment.at("/description").asString()).contains("500000").contains("54 mois");
        assertThat(release.at("/parties").valueStream().map(party -> party.at("/id").asString()))
                .containsExactly("FR-RCS-20005372500012", "FR-RCS-38103128500491", "FR-RCS-38103128500574");
        assertThat(release.at("/parties/2/name").asString()).isEqualTo("38103128500574");
    }

    @Test
    void refusesAPrefixThatCannotBeRegistered() {
        assertThatThrownBy(() -> new OcdsPublisher("MUTUALIS", "x")).isInstanceOf(IllegalArgumentException.class);
    }

    private static JsonNode write(DecpMarche marche) {
        OcdsReleasePackage ocds = new OcdsReleasePackage(PUBLISHER, URI.create("https://mutualis.fr/donnees/ocds/2025.json"),
                Instant.parse("2025-02-01T08:00:00.123Z"), List.of(marche), id -> NAMES.getOrDefault(id, id));
        return JSON.readTree(ocds.toJson());
    }
}
