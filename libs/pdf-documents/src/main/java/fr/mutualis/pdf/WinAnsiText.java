package fr.mutualis.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Text a standard 14 font (Helvetica…, WinAnsi encoding) can show: French accents, œ, €, ’ and « » are kept;
 * line breaks and tabs become spaces, typographic spaces plain ones, and any other character the font cannot encode
 * becomes '?'. PDFBox would otherwise refuse the whole string.
 */
public final class WinAnsiText {

    private WinAnsiText() {
    }

    public static String sanitize(String text, PDFont font) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> out.append(showable(codePoint, font)));
        return out.toString();
    }

    private static String showable(int codePoint, PDFont font) {
        if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
            return codePoint == '\u00A0' ? "\u00A0" : " ";
        }
        if (Character.isISOControl(codePoint)) {
            return "";
        }
        String character = new String(Character.toChars(codePoint));
        try {
            font.encode(character);
            return character;
        } catch (IllegalArgumentException e) {
            return "?";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
