package fr.mutualis.procurement.cpv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CpvNomenclatureTest {

    private final CpvNomenclature cpv = CpvNomenclature.standard();

    @Test
    void holdsTheWholeCpv2008() {
        assertThat(cpv.size()).isEqualTo(9454);
    }

    @Test
    void findsACodeWithOrWithoutItsCheckDigitInCanonicalForm() {
        CpvCode expected = new CpvCode("72000000-5",
                "Services de technologies de l'information, conseil, développement de logiciels, internet et appui");
        assertThat(cpv.find("72000000-5")).contains(expected);
        assertThat(cpv.find("72000000")).contains(expected);
        assertThat(cpv.find(" 45000000-7 ")).map(CpvCode::label).contains("Travaux de construction");
    }

    @Test
    void refusesUnknownCodesWrongCheckDigitsAndOtherForms() {
        assertThat(cpv.find("72000001")).isEmpty();
        assertThat(cpv.find("72000000-4")).isEmpty();
        assertThat(cpv.find("7200000")).isEmpty();
        assertThat(cpv.find("72.000.000")).isEmpty();
        assertThat(cpv.find(null)).isEmpty();
    }

    @Test
    void givesTheAncestorsFromTheDivisionDown() {
        CpvCode code = cpv.find("72212000").orElseThrow();
        assertThat(code.division()).isEqualTo("72");
        assertThat(cpv.ancestors(code)).extracting(CpvCode::code).containsExactly("72000000-5", "72200000-7", "72210000-0");
        assertThat(cpv.ancestors(cpv.find("72000000").orElseThrow())).isEmpty();
    }
}
