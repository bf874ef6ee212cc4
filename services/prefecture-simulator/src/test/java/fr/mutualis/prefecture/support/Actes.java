package fr.mutualis.prefecture.support;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** Envelopes and files of actes as the démat service sends them. */
public final class Actes {

    public static final String NAMESPACE = "http://www.interieur.gouv.fr/ACTES#v1.1-20040216";

    private Actes() {
    }

    public static byte[] pdf(String text) {
        return ("%PDF-1.7\n% " + text + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * An envelope for the acte {@code numero} of 2026-11-30 of the Gironde, of {@code nature} (1 to 6) and matière
     * {@code level1}.{@code level2}.
     */
    public static String envelope(String numero, int nature, int level1, int level2, List<String> annexes) {
        String letters = List.of("DE", "AR", "AI", "CC", "BF", "AU").get(nature - 1);
        return envelope("2026-11-30", numero, nature, level1, level2,
                "033-223300013-20261130-" + numero + "-" + letters, "Attribution du marché de fourniture de repas",
                "deliberation.pdf", annexes);
    }

    public static String envelope(String date, String numero, int nature, int level1, int level2, String identifier,
                                  String objet, String document, List<String> annexes) {
        StringBuilder xml = new StringBuilder()
                .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<actes:Acte xmlns:actes=\"").append(NAMESPACE).append("\" actes:Date=\"").append(date)
                .append("\" actes:NumeroInterne=\"").append(numero).append("\" actes:CodeNatureActe=\"")
                .append(nature).append("\">\n")
                .append("  <actes:CodeMatiere1 actes:CodeMatiere=\"").append(level1).append("\"/>\n")
                .append("  <actes:CodeMatiere2 actes:CodeMatiere=\"").append(level2).append("\"/>\n")
                .append("  <actes:Objet>").append(objet).append("</actes:Objet>\n")
                .append("  <actes:IDActe>").append(identifier).append("</actes:IDActe>\n")
                .append("  <actes:ClassificationDateVersion>2026-01-01</actes:ClassificationDateVersion>\n")
                .append("  <actes:Document><actes:NomFichier>").append(document)
                .append("</actes:NomFichier></actes:Document>\n");
        if (!annexes.isEmpty()) {
            xml.append("  <actes:Annexes actes:Nombre=\"").append(annexes.size()).append("\">");
            for (String annex : annexes) {
                xml.append("<actes:Annexe><actes:NomFichier>").append(annex).append("</actes:NomFichier></actes:Annexe>");
            }
            xml.append("</actes:Annexes>\n");
        }
        return xml.append("</actes:Acte>\n").toString();
    }

    /** The whole transmission: envelope, acte {@code deliberation.pdf} and its annexes, each a small PDF. */
    public static Multipart transmission(String envelope, List<String> annexes) {
        Multipart multipart = new Multipart()
                .file("enveloppe", "enveloppe.xml", "application/xml", envelope)
                .file("acte", "deliberation.pdf", "application/pdf", pdf("délibération"));
        for (String annex : annexes) {
            multipart.file("annexes", annex, "application/pdf", pdf(annex));
        }
        return multipart;
    }
}
