package fr.mutualis.procurement.ocds;

import fr.mutualis.procurement.cpv.CpvCode;
import fr.mutualis.procurement.decp.DecpMarche;
import fr.mutualis.procurement.decp.Modification;
import fr.mutualis.procurement.decp.Procedure;
import fr.mutualis.procurement.decp.Titulaire;
import fr.mutualis.procurement.decp.TypeIdentifiant;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An OCDS 1.1 release package built from DECP marchés: one release per marché giving its current state, the award
 * as notified and the contract as amended by the DECP modifications.
 *
 * @param uri where the package is published
 * @param names the name of an organisation from its identifier (SIRET…); the identifier stands in when unknown,
 *        since DECP carries no names
 */
public record OcdsReleasePackage(OcdsPublisher publisher, URI uri, Instant publishedDate, List<DecpMarche> marches,
        Function<String, String> names) {

    private static final JsonMapper MAPPER = JsonMapper.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();
    /** DECP dates are days in France; OCDS wants date-times, so the start of that day in Paris. */
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /**
     * The org-id.guide scheme for French SIRENE identifiers: the register is listed there as FR-RCS, and Etalab's own
     * DECP-to-OCDS export (data.gouv.fr) writes SIRETs under it. Other DECP identifier types (TVA, TAHITI…) have no
     * scheme we can vouch for, so their parties carry no {@code identifier}.
     */
    static final String SIRET_SCHEME = "FR-RCS";

    public OcdsReleasePackage {
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(publishedDate, "publishedDate");
        marches = List.copyOf(marches);
        Objects.requireNonNull(names, "names");
    }

    /** The package as UTF-8 JSON. */
    public String toJson() {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("uri", uri.toString());
        root.put("version", "1.1");
        root.put("publishedDate", DateTimeFormatter.ISO_INSTANT.format(publishedDate.truncatedTo(ChronoUnit.SECONDS)));
        root.putObject("publisher").put("name", publisher.name());
        ArrayNode releases = root.putArray("releases");
        marches.forEach(marche -> release(releases.addObject(), marche));
        return MAPPER.writeValueAsString(root);
    }

    /** The ocid of a marché: DECP ids are unique only per acheteur, hence the acheteur's SIRET in it. */
    public String ocid(DecpMarche marche) {
        return "ocds-" + publisher.ocidPrefix() + "-" + marche.acheteurId() + "-" + marche.id();
    }

    private void release(ObjectNode release, DecpMarche marche) {
        String ocid = ocid(marche);
        List<Modification> modifications = marche.modifications();
        release.put("ocid", ocid);
        release.put("id", ocid + "-" + modifications.size());
        release.put("date", dateTime(modifications.isEmpty() ? marche.datePublicationDonnees()
                : modifications.get(modifications.size() - 1).datePublicationDonneesModification()));
        release.put("language", "fr");
        ArrayNode tag = release.putArray("tag").add("award").add("contract");
        if (!modifications.isEmpty()) {
            tag.add("contractAmendment");
        }
        release.put("initiationType", "tender");

        String buyerId = partyId(TypeIdentifiant.SIRET, marche.acheteurId());
        Map<String, ObjectNode> parties = new LinkedHashMap<>();
        parties.put(buyerId, party(TypeIdentifiant.SIRET, marche.acheteurId(), "buyer"));
        marche.titulaires().forEach(titulaire -> supplier(parties, titulaire));
        modifications.forEach(modification -> modification.titulaires().forEach(titulaire -> supplier(parties, titulaire)));
        release.putArray("parties").addAll(parties.values());
        reference(release.putObject("buyer"), TypeIdentifiant.SIRET, marche.acheteurId());

        ObjectNode tender = release.putObject("tender");
        tender.put("id", ocid + "-tender");
        tender.put("title", marche.objet());
        tender.put("procurementMethod", procurementMethod(marche.procedure()));
        tender.put("procurementMethodDetails", marche.procedure().label());
        tender.put("mainProcurementCategory", mainProcurementCategory(marche.codeCPV()));
        items(tender.putArray("items"), marche);

        String awardId = ocid + "-award";
        ObjectNode award = release.putArray("awards").addObject();
        award.put("id", awardId);
        award.put("status", "active");
        award.put("date", dateTime(marche.dateNotification()));
        value(award.putObject("value"), marche.montant());
        ArrayNode suppliers = award.putArray("suppliers");
        marche.titulaires().forEach(titulaire -> reference(suppliers.addObject(), titulaire.typeIdentifiant(), titulaire.id()));
        period(award.putObject("contractPeriod"), marche.dateNotification(), marche.dureeMois());

        ObjectNode contract = release.putArray("contracts").addObject();
        contract.put("id", ocid + "-contract");
        contract.put("awardID", awardId);
        contract.put("title", marche.objet());
        contract.put("status", "active");
        value(contract.putObject("value"), marche.montantActuel());
        period(contract.putObject("period"), marche.dateNotification(), marche.dureeMoisActuelle());
        items(contract.putArray("items"), marche);
        if (!modifications.isEmpty()) {
            ArrayNode amendments = contract.putArray("amendments");
            modifications.forEach(modification -> amendment(amendments.addObject(), modification));
        }
    }

    private void supplier(Map<String, ObjectNode> parties, Titulaire titulaire) {
        parties.computeIfAbsent(partyId(titulaire.typeIdentifiant(), titulaire.id()),
                key -> party(titulaire.typeIdentifiant(), titulaire.id(), "supplier"));
    }

    private ObjectNode party(TypeIdentifiant type, String id, String role) {
        ObjectNode party = MAPPER.createObjectNode();
        party.put("id", partyId(type, id));
        party.put("name", names.apply(id));
        if (type == TypeIdentifiant.SIRET) {
            party.putObject("identifier").put("scheme", SIRET_SCHEME).put("id", id).put("legalName", names.apply(id));
        }
        party.putArray("roles").add(role);
        return party;
    }

    private void reference(ObjectNode node, TypeIdentifiant type, String id) {
        node.put("id", partyId(type, id));
        node.put("name", names.apply(id));
    }

    private static String partyId(TypeIdentifiant type, String id) {
        return (type == TypeIdentifiant.SIRET ? SIRET_SCHEME : type.label()) + "-" + id;
    }

    private static void items(ArrayNode items, DecpMarche marche) {
        ObjectNode item = items.addObject();
        item.put("id", "1");
        item.put("description", marche.objet());
        // Eight digits, as TED's eForms notices write CPV codes.
        item.putObject("classification").put("scheme", "CPV").put("id", marche.codeCPV().digits())
                .put("description", marche.codeCPV().label());
    }

    private static void amendment(ObjectNode amendment, Modification modification) {
        amendment.put("id", String.valueOf(modification.id()));
        amendment.put("date", dateTime(modification.dateNotificationModification()));
        amendment.put("description", description(modification));
    }

    private static String description(Modification modification) {
        StringBuilder description = new StringBuilder("Modification n° ").append(modification.id());
        if (modification.montant() != null) {
            description.append(" ; nouveau montant HT : ").append(modification.montant().toPlainString()).append(" €");
        }
        if (modification.dureeMois() != null) {
            description.append(" ; nouvelle durée : ").append(modification.dureeMois()).append(" mois");
        }
        if (!modification.titulaires().isEmpty()) {
            description.append(" ; nouveaux titulaires");
        }
        return description.toString();
    }

    private static void value(ObjectNode value, BigDecimal amount) {
        value.put("amount", amount);
        value.put("currency", "EUR");
    }

    /** DECP durations are months; OCDS periods are dates and days, counted on the calendar from the notification. */
    private static void period(ObjectNode period, LocalDate start, int months) {
        LocalDate end = start.plusMonths(months);
        period.put("startDate", dateTime(start));
        period.put("endDate", dateTime(end));
        period.put("durationInDays", ChronoUnit.DAYS.between(start, end));
    }

    /**
     * OCDS's closed procurementMethod codelist, from the French procedure; the exact procedure stays in
     * procurementMethodDetails. A procédure adaptée is counted open: it is advertised and any operator may bid.
     */
    static String procurementMethod(Procedure procedure) {
        return switch (procedure) {
            case PROCEDURE_ADAPTEE, APPEL_D_OFFRES_OUVERT -> "open";
            case APPEL_D_OFFRES_RESTREINT, PROCEDURE_AVEC_NEGOCIATION, DIALOGUE_COMPETITIF -> "selective";
            case MARCHE_SANS_PUBLICITE_NI_MISE_EN_CONCURRENCE -> "direct";
        };
    }

    /** CPV divisions 03 to 44 and 48 are supplies, 45 works, 50 and above services (Regulation (EC) No 213/2008). */
    static String mainProcurementCategory(CpvCode code) {
        int division = Integer.parseInt(code.division());
        if (division == 45) {
            return "works";
        }
        return division < 45 || division == 48 ? "goods" : "services";
    }

    private static String dateTime(LocalDate date) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(date.atStartOfDay(PARIS));
    }
}
