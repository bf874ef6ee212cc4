package fr.mutualis.prefecture.transmission.web;

import fr.mutualis.prefecture.transmission.domain.EnvelopeFields;
import fr.mutualis.prefecture.transmission.domain.InvalidTransmissionException;
import fr.mutualis.prefecture.transmission.domain.Violation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads an @CTES envelope with a parser that takes no DTD at all: no document type declaration, hence no entity,
 * internal or external, no external schema or stylesheet, no XInclude. Nothing outside the envelope is read.
 */
final class EnvelopeXmlReader {

    static final String NAMESPACE = "http://www.interieur.gouv.fr/ACTES#v1.1-20040216";
    /** Far above a real envelope (a few kilobytes). */
    static final int MAX_BYTES = 1024 * 1024;
    private static final String FIELD = "enveloppe";

    private final DocumentBuilderFactory factory;

    EnvelopeXmlReader() {
        factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setValidating(false);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The XML parser cannot be hardened", e);
        }
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    }

    /** @throws InvalidTransmissionException if it is not such an envelope */
    EnvelopeFields read(byte[] xml) {
        if (xml.length == 0) {
            throw invalid("L'enveloppe est vide.");
        }
        if (xml.length > MAX_BYTES) {
            throw invalid("L'enveloppe dépasse 1 Mo : elle ne décrit qu'un acte et ses annexes.");
        }
        Document document;
        try {
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("External entities are not read");
            });
            builder.setErrorHandler(new Silent());
            document = builder.parse(new InputSource(new ByteArrayInputStream(xml)));
        } catch (SAXException | IOException e) {
            // The parser's message may quote the document: it is not repeated.
            if (new String(xml, StandardCharsets.ISO_8859_1).contains("<!DOCTYPE")) {
                throw invalid("L'enveloppe contient une déclaration DOCTYPE (DTD, entités), qui n'est pas admise.");
            }
            throw invalid("L'enveloppe n'est pas un document XML bien formé.");
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        Element root = document.getDocumentElement();
        if (!NAMESPACE.equals(root.getNamespaceURI()) || !"Acte".equals(root.getLocalName())) {
            throw invalid("L'enveloppe doit avoir pour racine l'élément Acte de l'espace de noms " + NAMESPACE + ".");
        }
        List<String> matieres = new ArrayList<>();
        for (int level = 1; level <= 5; level++) {
            Element matiere = child(root, "CodeMatiere" + level);
            matieres.add(matiere == null ? null : attribute(matiere, "CodeMatiere"));
        }
        while (!matieres.isEmpty() && matieres.get(matieres.size() - 1) == null) {
            matieres.remove(matieres.size() - 1);
        }
        Element annexes = child(root, "Annexes");
        List<String> annexNames = new ArrayList<>();
        if (annexes != null) {
            for (Element annex : children(annexes, "Annexe")) {
                annexNames.add(text(child(annex, "NomFichier")));
            }
        }
        return new EnvelopeFields(attribute(root, "Date"), attribute(root, "NumeroInterne"),
                attribute(root, "CodeNatureActe"), matieres, text(child(root, "Objet")), text(child(root, "IDActe")),
                text(child(root, "ClassificationDateVersion")), text(child(child(root, "Document"), "NomFichier")),
                annexes == null ? null : attribute(annexes, "Nombre"), annexNames);
    }

    private static InvalidTransmissionException invalid(String message) {
        return new InvalidTransmissionException(List.of(new Violation(FIELD, message)));
    }

    /** {@code actes:name}, or {@code name} without a namespace; null when absent. */
    private static String attribute(Element element, String name) {
        if (element.hasAttributeNS(NAMESPACE, name)) {
            return element.getAttributeNS(NAMESPACE, name);
        }
        return element.hasAttribute(name) ? element.getAttribute(name) : null;
    }

    private static Element child(Element parent, String name) {
        if (parent == null) {
            return null;
        }
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && NAMESPACE.equals(element.getNamespaceURI())
                    && name.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }

    private static String text(Element element) {
        return element == null ? null : element.getTextContent();
    }

    /** Errors end the parse as exceptions; nothing is printed. */
    private static final class Silent implements ErrorHandler {

        @Override
        public void warning(SAXParseException exception) {
        }

        @Override
        public void error(SAXParseException exception) throws SAXException {
            throw exception;
        }

        @Override
        public void fatalError(SAXParseException exception) throws SAXException {
            throw exception;
        }
    }
}
