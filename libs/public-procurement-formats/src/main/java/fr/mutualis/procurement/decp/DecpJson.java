package fr.mutualis.procurement.decp;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes records in the exact shape of the DECP 2.0.3 schema: the wrapper objects around lists
 * ({@code techniques: {technique: [...]}}, {@code titulaires: [{titulaire: {...}}]}), dates as {@code AAAA-MM-JJ},
 * amounts as plain JSON numbers; absent optional properties are left out, never written as null.
 */
final class DecpJson {

    static final JsonMapper MAPPER = JsonMapper.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

    private DecpJson() {
    }

    static ObjectNode marche(DecpMarche marche) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", marche.id());
        node.putObject("acheteur").put("id", marche.acheteurId());
        node.put("nature", marche.nature().label());
        node.put("objet", marche.objet());
        node.put("codeCPV", marche.codeCPV().digits());
        node.put("procedure", marche.procedure().label());
        labels(node.putObject("techniques").putArray("technique"), marche.techniques());
        labels(node.putObject("modalitesExecution").putArray("modaliteExecution"), marche.modalitesExecution());
        if (marche.idAccordCadre() != null) {
            node.put("idAccordCadre", marche.idAccordCadre());
        }
        node.put("marcheInnovant", marche.marcheInnovant());
        node.put("ccag", marche.ccag().label());
        node.put("offresRecues", marche.offresRecues());
        node.put("attributionAvance", marche.attributionAvance());
        number(node, "tauxAvance", marche.tauxAvance());
        titulaires(node.putArray("titulaires"), marche.titulaires());
        node.put("typeGroupementOperateurs", marche.typeGroupementOperateurs().label());
        node.put("sousTraitanceDeclaree", marche.sousTraitanceDeclaree());
        if (!marche.actesSousTraitance().isEmpty()) {
            ArrayNode actes = node.putArray("actesSousTraitance");
            marche.actesSousTraitance().forEach(acte -> acteSousTraitance(actes.addObject().putObject("acteSousTraitance"), acte));
        }
        ObjectNode lieu = node.putObject("lieuExecution");
        lieu.put("code", marche.lieuExecution().code());
        lieu.put("typeCode", marche.lieuExecution().typeCode().label());
        node.put("dureeMois", marche.dureeMois());
        date(node, "dateNotification", marche.dateNotification());
        date(node, "datePublicationDonnees", marche.datePublicationDonnees());
        number(node, "montant", marche.montant());
        node.put("formePrix", marche.formePrix().label());
        labels(node.putObject("typesPrix").putArray("typePrix"), marche.typesPrix());
        number(node, "origineUE", marche.origineUE());
        number(node, "origineFrance", marche.origineFrance());
        labels(node.putObject("considerationsSociales").putArray("considerationSociale"), marche.considerationsSociales());
        labels(node.putObject("considerationsEnvironnementales").putArray("considerationEnvironnementale"),
                marche.considerationsEnvironnementales());
        if (!marche.modifications().isEmpty()) {
            ArrayNode modifications = node.putArray("modifications");
            marche.modifications().forEach(modification -> modification(modifications.addObject().putObject("modification"), modification));
        }
        return node;
    }

    private static void modification(ObjectNode node, Modification modification) {
        node.put("id", modification.id());
        if (modification.dureeMois() != null) {
            node.put("dureeMois", modification.dureeMois());
        }
        number(node, "montant", modification.montant());
        if (!modification.titulaires().isEmpty()) {
            titulaires(node.putArray("titulaires"), modification.titulaires());
        }
        date(node, "dateNotificationModification", modification.dateNotificationModification());
        date(node, "datePublicationDonneesModification", modification.datePublicationDonneesModification());
    }

    private static void acteSousTraitance(ObjectNode node, ActeSousTraitance acte) {
        node.put("id", acte.id());
        operateur(node.putObject("sousTraitant"), acte.sousTraitant());
        node.put("dureeMois", acte.dureeMois());
        date(node, "dateNotification", acte.dateNotification());
        date(node, "datePublicationDonnees", acte.datePublicationDonnees());
        number(node, "montant", acte.montant());
        node.put("variationPrix", acte.variationPrix().label());
    }

    private static void titulaires(ArrayNode array, List<Titulaire> titulaires) {
        titulaires.forEach(titulaire -> operateur(array.addObject().putObject("titulaire"), titulaire));
    }

    private static void operateur(ObjectNode node, Titulaire operateur) {
        node.put("typeIdentifiant", operateur.typeIdentifiant().label());
        node.put("id", operateur.id());
    }

    private static void labels(ArrayNode array, List<? extends DecpLabel> values) {
        values.forEach(value -> array.add(value.label()));
    }

    private static void number(ObjectNode node, String property, BigDecimal value) {
        if (value != null) {
            node.put(property, value);
        }
    }

    private static void date(ObjectNode node, String property, LocalDate value) {
        node.put(property, value.toString());
    }
}
