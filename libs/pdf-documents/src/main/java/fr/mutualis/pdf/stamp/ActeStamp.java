package fr.mutualis.pdf.stamp;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.util.Matrix;

import fr.mutualis.pdf.WinAnsiText;

/**
 * The transmission stamp of an acte ("Envoyé en préfecture le …", "Reçu en préfecture le …", "Publié le …",
 * "ID : …"): a framed box in the top-right corner of the first page, as the page is displayed (its rotation and crop
 * box are taken into account).
 *
 * <p>The stamp is drawn on a copy: the bytes given are never modified, and a new, fully rewritten document is
 * returned. The signed original stays the legal record; a signed document's stamped copy is a copy, whose signature
 * no longer validates (its bytes changed), which is expected. Text is shown in Helvetica (WinAnsi): French accents
 * are kept, characters it cannot show become '?'. Thread-safe.
 */
public final class ActeStamp {

    private static final float MARGIN = 18;
    private static final float PADDING = 6;
    private static final float FONT_SIZE = 9;
    private static final float LINE_FACTOR = 1.25f;
    private static final float MIN_FONT_SIZE = 5;
    private static final float BORDER = 0.8f;

    /**
     * A stamped copy of {@code pdf}.
     *
     * @throws IllegalArgumentException when {@code lines} is empty or the bytes are not a readable PDF with a page
     */
    public byte[] stamp(byte[] pdf, List<String> lines) {
        Objects.requireNonNull(pdf, "pdf");
        Objects.requireNonNull(lines, "lines");
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("A stamp needs at least one line");
        }
        try (PDDocument document = load(pdf)) {
            if (document.getNumberOfPages() == 0) {
                throw new IllegalArgumentException("The document has no page to stamp");
            }
            // One font object per call: PDFBox fonts keep caches that are not meant to be shared between threads.
            draw(document, document.getPage(0), lines, new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 4096);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot stamp the document", e);
        }
    }

    private static PDDocument load(byte[] pdf) {
        try {
            // Loader reads from the array and never writes to it: the caller's bytes stay as they were.
            return Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new IllegalArgumentException("Not a readable PDF", e);
        }
    }

    private static void draw(PDDocument document, PDPage page, List<String> rawLines, PDFont font)
            throws IOException {
        List<String> lines = new ArrayList<>();
        for (String line : rawLines) {
            lines.add(WinAnsiText.sanitize(Objects.requireNonNull(line, "line"), font).strip());
        }
        PDRectangle crop = page.getCropBox();
        int rotation = Math.floorMod(page.getRotation(), 360);
        boolean quarterTurn = rotation == 90 || rotation == 270;
        float visibleWidth = quarterTurn ? crop.getHeight() : crop.getWidth();
        float visibleHeight = quarterTurn ? crop.getWidth() : crop.getHeight();

        float widest = 0;
        for (String line : lines) {
            widest = Math.max(widest, font.getStringWidth(line) / 1000);
        }
        // The box keeps inside the page: a long line makes the text smaller, never cut.
        float available = Math.max(visibleWidth - 2 * MARGIN - 2 * PADDING, 1);
        float size = widest == 0 ? FONT_SIZE : Math.max(MIN_FONT_SIZE, Math.min(FONT_SIZE, available / widest));
        float leading = size * LINE_FACTOR;
        float boxWidth = widest * size + 2 * PADDING;
        float boxHeight = lines.size() * leading + 2 * PADDING - (leading - size);
        float x = visibleWidth - MARGIN - boxWidth;
        float y = visibleHeight - MARGIN - boxHeight;

        try (PDPageContentStream content = new PDPageContentStream(document, page,
                PDPageContentStream.AppendMode.APPEND, true, true)) {
            content.transform(toPageSpace(rotation, crop));
            content.setNonStrokingColor(1f, 1f, 1f);
            content.setStrokingColor(0f, 0f, 0f);
            content.setLineWidth(BORDER);
            content.addRect(x, y, boxWidth, boxHeight);
            content.fillAndStroke();

            content.setNonStrokingColor(0f, 0f, 0f);
            content.beginText();
            content.setFont(font, size);
            content.setLeading(leading);
            // First baseline: one font size below the box's inner top edge.
            content.newLineAtOffset(x + PADDING, y + boxHeight - PADDING - size * 0.8f);
            for (int i = 0; i < lines.size(); i++) {
                if (i > 0) {
                    content.newLine();
                }
                content.showText(lines.get(i));
            }
            content.endText();
        }
    }

    /**
     * Maps the coordinates of the page as displayed (origin at its visible bottom-left corner) to the page's user
     * space, for a page displayed turned clockwise by {@code rotation} degrees.
     */
    static Matrix toPageSpace(int rotation, PDRectangle crop) {
        float left = crop.getLowerLeftX();
        float bottom = crop.getLowerLeftY();
        float right = crop.getUpperRightX();
        float top = crop.getUpperRightY();
        return switch (rotation) {
            case 90 -> new Matrix(0, 1, -1, 0, right, bottom);
            case 180 -> new Matrix(-1, 0, 0, -1, right, top);
            case 270 -> new Matrix(0, -1, 1, 0, left, top);
            default -> new Matrix(1, 0, 0, 1, left, bottom);
        };
    }
}
