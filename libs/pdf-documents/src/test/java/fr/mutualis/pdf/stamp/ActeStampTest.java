package fr.mutualis.pdf.stamp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import fr.mutualis.pdf.DemoDocuments;
import fr.mutualis.pdf.text.PdfText;

class ActeStampTest {

    private static final List<String> LINES = List.of(
            "Envoyé en préfecture le 30/11/2026",
            "Reçu en préfecture le 30/11/2026",
            "Publié le 01/12/2026",
            "ID : 033-223300013-20261130-2026_042-DE");

    private final ActeStamp stamp = new ActeStamp();

    @Test
    void stampsACopyOfTheFirstPageAndLeavesTheOriginalAlone() throws Exception {
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            paragraphs.add("Considérant le paragraphe " + i + " de la délibération, qui occupe de la place.");
        }
        byte[] original = DemoDocuments.simplePdf("Délibération n° 2026-042", paragraphs);
        byte[] untouched = original.clone();

        byte[] stamped = stamp.stamp(original, LINES);

        assertThat(original).isEqualTo(untouched);
        assertThat(pageCount(stamped)).isEqualTo(pageCount(original)).isGreaterThan(1);
        String text = PdfText.extract(stamped, 100_000);
        assertThat(text).contains(LINES.toArray(String[]::new));
        assertThat(PdfText.extract(original, 100_000)).doesNotContain("Reçu en préfecture");
        assertThat(topRightText(stamped, 0)).contains("Reçu en préfecture le 30/11/2026");
    }

    @ParameterizedTest
    @ValueSource(ints = {90, 180, 270})
    void theStampIsTopRightAsARotatedPageIsDisplayed(int rotation) throws Exception {
        byte[] rotated;
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            page.setRotation(rotation);
            document.addPage(page);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            rotated = out.toByteArray();
        }

        byte[] stamped = stamp.stamp(rotated, LINES);

        assertThat(topRightText(stamped, rotation)).contains("Publié le 01/12/2026", "ID : 033-223300013");
    }

    @Test
    void charactersHelveticaCannotShowAreReplaced() {
        byte[] stamped = stamp.stamp(DemoDocuments.simplePdf("Acte", List.of("Texte")),
                List.of("Publié le 01/12/2026 → en ligne", "Tél\u202F: 05 56 00 00 00"));

        assertThat(PdfText.extract(stamped, 10_000)).contains("Publié le 01/12/2026 ? en ligne", "Tél : 05 56");
    }

    @Test
    void refusesWhatIsNotAPdfOrAStampWithoutLines() {
        byte[] pdf = DemoDocuments.simplePdf("Acte", List.of("Texte"));
        assertThatThrownBy(() -> stamp.stamp(pdf, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> stamp.stamp(new byte[] {1, 2, 3}, LINES)).isInstanceOf(IllegalArgumentException.class);
    }

    private static int pageCount(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    /** The text of the first page's top-right quarter, as the page is displayed. */
    private static String topRightText(byte[] pdf, int rotation) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDPage page = document.getPage(0);
            PDRectangle crop = page.getCropBox();
            boolean quarterTurn = rotation == 90 || rotation == 270;
            float width = quarterTurn ? crop.getHeight() : crop.getWidth();
            float height = quarterTurn ? crop.getWidth() : crop.getHeight();
            PDFTextStripperByArea stripper = new PDFTextStripperByArea();
            // The stripper's regions are in display coordinates, origin at the top-left corner.
            stripper.addRegion("top-right", new java.awt.geom.Rectangle2D.Float(width / 2, 0, width / 2, height / 4));
            stripper.extractRegions(page);
            return stripper.getTextForRegion("top-right");
        }
    }
}
