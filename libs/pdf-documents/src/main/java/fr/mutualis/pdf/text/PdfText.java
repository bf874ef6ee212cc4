package fr.mutualis.pdf.text;

import java.io.IOException;
import java.util.Objects;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text of a PDF, for search and previews: every run of white space (line breaks, tabs, non-breaking spaces)
 * becomes one space, and the text is cut at {@code maxChars}. Pages are read one by one and reading stops once
 * enough text was found. Scanned pages without a text layer give no text. Thread-safe.
 */
public final class PdfText {

    private static final Pattern WHITE_SPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\uFEFF]+");

    private PdfText() {
    }

    /**
     * @throws IllegalArgumentException when the bytes are not a PDF PDFBox can open (damaged, or needing a password)
     */
    public static String extract(byte[] pdf, int maxChars) {
        Objects.requireNonNull(pdf, "pdf");
        if (maxChars < 0) {
            throw new IllegalArgumentException("maxChars must not be negative");
        }
        if (maxChars == 0) {
            return "";
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= document.getNumberOfPages() && text.length() < maxChars; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String pageText = WHITE_SPACE.matcher(stripper.getText(document)).replaceAll(" ").strip();
                if (!pageText.isEmpty()) {
                    if (!text.isEmpty()) {
                        text.append(' ');
                    }
                    text.append(pageText);
                }
            }
            return truncate(text, maxChars);
        } catch (IOException e) {
            throw new IllegalArgumentException("Not a readable PDF", e);
        }
    }

    private static String truncate(CharSequence text, int maxChars) {
        if (text.length() <= maxChars) {
            return text.toString();
        }
        int end = maxChars;
        // Never leave half of a surrogate pair.
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.subSequence(0, end).toString().strip();
    }
}
