package fr.mutualis.marches.deposit.application;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** The receipt as a PDF the company keeps: every line of {@link Receipt}, one page per 45 lines. */
public final class ReceiptPdf {

    private static final float MARGIN = 50;
    private static final float LEADING = 15;
    private static final int LINES_PER_PAGE = 45;
    private static final int WRAP = 95;

    private ReceiptPdf() {
    }

    public static byte[] render(Receipt receipt) {
        List<String> lines = lines(receipt);
        PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("Accusé de réception " + receipt.numero());
            info.setAuthor("Plateforme Mutualis");
            for (int start = 0; start < lines.size(); start += LINES_PER_PAGE) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.newLineAtOffset(MARGIN, PDRectangle.A4.getHeight() - MARGIN);
                    for (String line : lines.subList(start, Math.min(lines.size(), start + LINES_PER_PAGE))) {
                        boolean heading = line.startsWith("# ");
                        content.setFont(heading ? bold : regular, heading ? 13 : 10);
                        content.showText(encodable(heading ? line.substring(2) : line));
                        content.newLineAtOffset(0, -LEADING);
                    }
                    content.endText();
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> lines(Receipt receipt) {
        List<String> lines = new ArrayList<>();
        lines.add("# Accusé de réception d'un dépôt" + (receipt.test() ? " (dépôt test)" : ""));
        lines.add("Numéro : " + receipt.numero());
        lines.add("Reçu le : " + receipt.horodatage() + " (horloge de la plateforme, heure de Paris)");
        lines.add(receipt.horsDelai() ? "HORS DÉLAI : reçu après la date limite, ce dépôt ne sera pas ouvert comme offre."
                : "Reçu avant la date limite de remise des offres.");
        lines.add("");
        lines.add("# Consultation");
        lines.add("Acheteur : " + receipt.acheteur() + " (SIREN " + receipt.sirenAcheteur() + ")");
        lines.add("Référence : " + receipt.referenceConsultation());
        wrap("Objet : " + receipt.objetConsultation(), lines);
        lines.add("Date limite : " + receipt.dateLimite());
        lines.add("");
        lines.add("# Entreprise");
        lines.add(receipt.entreprise() + " (SIRET " + receipt.siretEntreprise() + ")");
        lines.add("Déposé par : " + receipt.deposant());
        lines.add("");
        lines.add("# Fichiers (" + receipt.fichiers().size() + ")");
        for (Receipt.ReceiptFile file : receipt.fichiers()) {
            wrap("- " + file.nom() + " (" + file.taille() + " octets, " + file.typeMedia() + ")", lines);
            lines.add("  SHA-256 : " + file.sha256());
        }
        lines.add("");
        wrap("Le contenu des fichiers est chiffré dès sa réception pour les détenteurs des clés de l'acheteur : "
                + "personne ne peut le lire avant l'ouverture des plis, après la date limite.", lines);
        return lines;
    }

    private static void wrap(String text, List<String> lines) {
        String rest = text;
        while (rest.length() > WRAP) {
            int cut = rest.lastIndexOf(' ', WRAP);
            cut = cut <= 0 ? WRAP : cut;
            lines.add(rest.substring(0, cut));
            rest = "  " + rest.substring(cut).strip();
        }
        lines.add(rest);
    }

    /**
     * Helvetica writes WinAnsi only: control characters become spaces, others it cannot write (emoji…) "?", so
     * that a receipt is always made, whatever a name holds.
     */
    private static String encodable(String line) {
        StringBuilder kept = new StringBuilder(line.length());
        line.codePoints().forEach(codePoint -> kept.append(Character.isISOControl(codePoint) ? " "
                : codePoint < 0x100 || "€’‘“”–—…œŒ".indexOf(codePoint) >= 0 ? Character.toString(codePoint) : "?"));
        return kept.toString().replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"')
                .replace('–', '-').replace('—', '-').replace("…", "...");
    }
}
