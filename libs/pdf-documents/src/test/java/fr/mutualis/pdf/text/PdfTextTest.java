package fr.mutualis.pdf.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import fr.mutualis.pdf.DemoDocuments;

class PdfTextTest {

    private final byte[] pdf = DemoDocuments.simplePdf("Arrêté   du maire", List.of(
            "Article 1 :\tla   circulation est interdite\u00A0rue de l'Église.",
            "Article 2 : le présent arrêté sera affiché."));

    @Test
    void extractsTheTextWithWhiteSpaceNormalised() {
        assertThat(PdfText.extract(pdf, 10_000)).isEqualTo(
                "Arrêté du maire Article 1 : la circulation est interdite rue de l'Église. "
                        + "Article 2 : le présent arrêté sera affiché.");
    }

    @Test
    void cutsAtMaxChars() {
        assertThat(PdfText.extract(pdf, 15)).isEqualTo("Arrêté du maire");
        assertThat(PdfText.extract(pdf, 0)).isEmpty();
    }

    @Test
    void refusesWhatIsNotAPdf() {
        assertThatThrownBy(() -> PdfText.extract("texte".getBytes(), 100)).isInstanceOf(IllegalArgumentException.class);
    }
}
