package fr.mutualis.marches.opendata.application;

import fr.mutualis.marches.award.application.AwardService;
import fr.mutualis.marches.award.domain.Contract;
import fr.mutualis.marches.award.domain.ContractState;
import fr.mutualis.marches.award.domain.ContractTerms;
import fr.mutualis.marches.consultation.domain.Holder;
import fr.mutualis.procurement.cpv.CpvNomenclature;
import fr.mutualis.procurement.decp.Ccag;
import fr.mutualis.procurement.decp.ConsiderationEnvironnementale;
import fr.mutualis.procurement.decp.ConsiderationSociale;
import fr.mutualis.procurement.decp.DecpDocument;
import fr.mutualis.procurement.decp.DecpMarche;
import fr.mutualis.procurement.decp.FormePrix;
import fr.mutualis.procurement.decp.LieuExecution;
import fr.mutualis.procurement.decp.ModaliteExecution;
import fr.mutualis.procurement.decp.Modification;
import fr.mutualis.procurement.decp.Nature;
import fr.mutualis.procurement.decp.Procedure;
import fr.mutualis.procurement.decp.Technique;
import fr.mutualis.procurement.decp.Titulaire;
import fr.mutualis.procurement.decp.TypeCodeLieu;
import fr.mutualis.procurement.decp.TypeGroupementOperateurs;
import fr.mutualis.procurement.decp.TypeIdentifiant;
import fr.mutualis.procurement.decp.TypePrix;
import fr.mutualis.procurement.ocds.OcdsPublisher;
import fr.mutualis.procurement.ocds.OcdsReleasePackage;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * A buyer's contracts of a year, as the law publishes them: the DECP of the contracts answering a need worth 40,000 €
 * HT or more (article R2196-1 of the code de la commande publique since 2024; every lot of such a need, whatever its
 * own amount), with every modification, and an OCDS release package of the same.
 */
@Service
public class OpenDataExport {

    /** A need below this value HT is not in the essential data (article R2196-1). */
    static final BigDecimal THRESHOLD = new BigDecimal("40000");

    private final AwardService awards;
    private final OcdsPublisher publisher;
    private final String publicUrl;
    private final Clock clock;

    OpenDataExport(AwardService awards, Clock clock,
                   @Value("${mutualis.marches.ocds.ocid-prefix:mutual}") String ocidPrefix,
                   @Value("${mutualis.marches.public-url:http://127.0.0.1:8091}") String publicUrl) {
        this.awards = awards;
        this.clock = clock;
        this.publisher = new OcdsPublisher(ocidPrefix, "Syndicat Mutualis (profil d'acheteur mutualisé)");
        this.publicUrl = publicUrl;
    }

    public String decp(String buyerSiren, int year) {
        return DecpDocument.of(marches(buyerSiren, year)).toJson();
    }

    public String ocds(String buyerSiren, int year) {
        List<Contract> contracts = published(buyerSiren, year);
        Map<String, String> names = new HashMap<>();
        contracts.forEach(contract -> {
            names.put(contract.buyerSiret(), contract.buyerName());
            contract.terms().holders().forEach(holder -> names.put(holder.id(), holder.name()));
            contract.modifications().stream().filter(modification -> modification.holders() != null)
                    .flatMap(modification -> modification.holders().stream())
                    .forEach(holder -> names.put(holder.id(), holder.name()));
        });
        return new OcdsReleasePackage(publisher, URI.create(publicUrl + "/api/marches/donnees-essentielles/"
                + buyerSiren + "/" + year + "/ocds"), clock.instant(), contracts.stream().map(OpenDataExport::marche)
                .toList(), id -> names.getOrDefault(id, id)).toJson();
    }

    List<DecpMarche> marches(String buyerSiren, int year) {
        return published(buyerSiren, year).stream().map(OpenDataExport::marche).toList();
    }

    /**
     * The buyer's notified contracts whose need is worth the threshold, and which were notified in {@code year} or had a
     * modification published in it: a later avenant reaches the file of its own year too.
     */
    private List<Contract> published(String buyerSiren, int year) {
        return awards.notifiedUpTo(buyerSiren, year).stream()
                .filter(contract -> contract.state() == ContractState.NOTIFIE)
                .filter(contract -> contract.needValue().compareTo(THRESHOLD) >= 0)
                .filter(contract -> contract.notifiedOn().getYear() == year || contract.modifications().stream()
                        .anyMatch(modification -> modification.publishedOn().getYear() == year))
                .toList();
    }

    static DecpMarche marche(Contract contract) {
        ContractTerms terms = contract.terms();
        return DecpMarche.builder()
                .id(contract.decpId())
                .acheteurId(contract.buyerSiret())
                .nature(Nature.fromLabel(contract.nature()))
                .objet(contract.objet().length() > 1000 ? contract.objet().substring(0, 1000) : contract.objet())
                .codeCPV(CpvNomenclature.standard().find(contract.cpv()).orElseThrow())
                .procedure(Procedure.fromLabel(contract.procedure()))
                .techniques(terms.techniques().stream().map(Technique::fromLabel).toArray(Technique[]::new))
                .modalitesExecution(terms.executionModes().stream().map(ModaliteExecution::fromLabel)
                        .toArray(ModaliteExecution[]::new))
                .marcheInnovant(terms.innovative())
                .ccag(Ccag.fromLabel(terms.ccag()))
                .offresRecues(contract.offersReceived())
                .attributionAvance(terms.advanceGranted())
                .tauxAvance(terms.advanceRate())
                .titulaires(titulaires(terms.holders()).toArray(Titulaire[]::new))
                .typeGroupementOperateurs(TypeGroupementOperateurs.fromLabel(terms.groupingType()))
                .sousTraitanceDeclaree(terms.subcontractingDeclared())
                .lieuExecution(new LieuExecution(contract.placeOfExecution().code(),
                        TypeCodeLieu.fromLabel(contract.placeOfExecution().typeCode())))
                .dureeMois(terms.durationMonths())
                .dateNotification(contract.notifiedOn())
                .datePublicationDonnees(contract.dataPublishedOn())
                .montant(terms.amount())
                .formePrix(FormePrix.fromLabel(terms.priceForm()))
                .typesPrix(terms.priceTypes().stream().map(TypePrix::fromLabel).toArray(TypePrix[]::new))
                .considerationsSociales(terms.socialConsiderations().stream().map(ConsiderationSociale::fromLabel)
                        .toArray(ConsiderationSociale[]::new))
                .considerationsEnvironnementales(terms.environmentalConsiderations().stream()
                        .map(ConsiderationEnvironnementale::fromLabel).toArray(ConsiderationEnvironnementale[]::new))
                .modifications(contract.modifications().stream().map(modification -> new Modification(
                        modification.id(), modification.durationMonths(), modification.amount(),
                        modification.holders() == null ? List.of() : titulaires(modification.holders()),
                        modification.notifiedOn(), modification.publishedOn())).toArray(Modification[]::new))
                .build();
    }

    private static List<Titulaire> titulaires(List<Holder> holders) {
        return holders.stream().map(holder -> new Titulaire(TypeIdentifiant.fromLabel(holder.identifierType()),
                holder.id())).toList();
    }
}
