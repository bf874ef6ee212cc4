package fr.mutualis.demat.transmission.gateway;

import fr.mutualis.demat.transmission.domain.Envelope;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** The @CTES-like XML envelope of a transmission ({@code actes:Acte}), written with escaping by a StAX writer. */
final class ActesEnvelopeXml {

    static final String NAMESPACE = "http://www.interieur.gouv.fr/ACTES#v1.1-20040216";

    private ActesEnvelopeXml() {
    }

    static byte[] of(Envelope envelope) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setPrefix("actes", NAMESPACE);
            xml.writeStartElement("actes", "Acte", NAMESPACE);
            xml.writeNamespace("actes", NAMESPACE);
            xml.writeAttribute("actes", NAMESPACE, "Date", envelope.decisionDate().toString());
            xml.writeAttribute("actes", NAMESPACE, "NumeroInterne", envelope.numero());
            xml.writeAttribute("actes", NAMESPACE, "CodeNatureActe", Integer.toString(envelope.natureCode()));
            String[] levels = envelope.matiereCode().split("\\.");
            for (int level = 0; level < levels.length; level++) {
                xml.writeEmptyElement("actes", "CodeMatiere" + (level + 1), NAMESPACE);
                xml.writeAttribute("actes", NAMESPACE, "CodeMatiere", levels[level]);
            }
            text(xml, "Objet", envelope.objet());
            text(xml, "IDActe", envelope.identifier());
            text(xml, "ClassificationDateVersion", envelope.classificationVersion().toString());
            xml.writeStartElement("actes", "Document", NAMESPACE);
            text(xml, "NomFichier", envelope.documentName());
            xml.writeEndElement();
            xml.writeStartElement("actes", "Annexes", NAMESPACE);
            xml.writeAttribute("actes", NAMESPACE, "Nombre", Integer.toString(envelope.annexNames().size()));
            for (String annex : envelope.annexNames()) {
                xml.writeStartElement("actes", "Annexe", NAMESPACE);
                text(xml, "NomFichier", annex);
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write the envelope", e);
        }
        return out.toByteArray();
    }

    private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
        xml.writeStartElement("actes", element, NAMESPACE);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    static String utf8(Envelope envelope) {
        return new String(of(envelope), StandardCharsets.UTF_8);
    }
}
