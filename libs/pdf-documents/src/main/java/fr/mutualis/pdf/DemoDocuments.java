package fr.mutualis.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Small text PDFs for demo data (the demo actes) and tests: an A4 document with a title and paragraphs in
 * Helvetica, wrapped to the page and continued on further pages when needed, the top of each page left free for
 * the transmission stamp.
 */
public final class DemoDocuments {

    private static final float MARGIN = 56;
    /** Room above the text for the transmission stamp ({@code ActeStamp}), which would otherwise hide the title. */
    private static final float TOP_MARGIN = 110;
    private static final float TITLE_SIZE = 16;
    private static final float BODY_SIZE = 11;
    private static final float LEADING = 15;
    private static final float PARAGRAPH_GAP = 8;

    private DemoDocuments() {
    }

    public static byte[] simplePdf(String title, List<String> paragraphs) {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(paragraphs, "paragraphs");
        try (PDDocument document = new PDDocument()) {
            PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            PDDocumentInformation information = document.getDocumentInformation();
            information.setTitle(title);
            information.setProducer("Mutualis");

            Writer writer = new Writer(document);
            for (String line : wrap(WinAnsiText.sanitize(title, bold), bold, TITLE_SIZE, writer.width())) {
                writer.line(line, bold, TITLE_SIZE, TITLE_SIZE + 4);
            }
            writer.gap(LEADING);
            for (String paragraph : paragraphs) {
                for (String line : wrap(WinAnsiText.sanitize(paragraph, regular), regular, BODY_SIZE, writer.width())) {
                    writer.line(line, regular, BODY_SIZE, LEADING);
                }
                writer.gap(PARAGRAPH_GAP);
            }
            writer.close();

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot generate the demo PDF", e);
        }
    }

    /** Greedy word wrapping; a word longer than the line is cut. */
    static List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.trim().split(" +")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (textWidth(candidate, font, size) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (textWidth(rest, font, size) > width && rest.length() > 1) {
                int cut = rest.length() - 1;
                while (cut > 1 && textWidth(rest.substring(0, cut), font, size) > width) {
                    cut--;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    static float textWidth(String text, PDFont font, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    /** Writes lines down the page, opening a new page when the current one is full. */
    private static final class Writer {
        private final PDDocument document;
        private final PDRectangle format = PDRectangle.A4;
        private PDPageContentStream content;
        private float y;

        Writer(PDDocument document) throws IOException {
            this.document = document;
            newPage();
        }

        float width() {
            return format.getWidth() - 2 * MARGIN;
        }

        void line(String text, PDFont font, float size, float leading) throws IOException {
            if (y - leading < MARGIN) {
                newPage();
            }
            y -= leading;
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(MARGIN, y);
            content.showText(text);
            content.endText();
        }

        void gap(float height) {
            y -= height;
        }

        private void newPage() throws IOException {
            close();
            PDPage page = new PDPage(format);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = format.getHeight() - TOP_MARGIN;
        }

        void close() throws IOException {
            if (content != null) {
                content.close();
                content = null;
            }
        }
    }
}
