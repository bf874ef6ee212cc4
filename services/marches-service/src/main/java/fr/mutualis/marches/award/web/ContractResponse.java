package fr.mutualis.marches.award.web;

import fr.mutualis.marches.award.domain.Contract;
import fr.mutualis.marches.award.domain.ContractTerms;
import fr.mutualis.marches.award.domain.Modification;
import fr.mutualis.marches.consultation.domain.Holder;
import fr.mutualis.marches.consultation.domain.PlaceOfExecution;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A contract as the API shows it, in the DECP's words. */
record ContractResponse(String id, String identifiantDecp, String consultationId, String acheteur, String siretAcheteur,
                        Integer lot, String objet, String codeCpv, String procedure, String nature,
                        PlaceOfExecution lieuExecution, List<HolderResponse> titulaires, BigDecimal montant,
                        int dureeMois, String formePrix, List<String> typesPrix, String ccag,
                        List<String> considerationsSociales, List<String> considerationsEnvironnementales,
                        boolean sousTraitanceDeclaree, boolean attributionAvance, BigDecimal tauxAvance,
                        int offresRecues, String etat, LocalDate dateNotification, LocalDate datePublicationDonnees,
                        List<ModificationResponse> modifications) {

    record HolderResponse(String typeIdentifiant, String id, String denomination) {

        static List<HolderResponse> of(List<Holder> holders) {
            return holders == null ? null : holders.stream()
                    .map(holder -> new HolderResponse(holder.identifierType(), holder.id(), holder.name())).toList();
        }
    }

    record ModificationResponse(int id, String objet, Integer dureeMois, BigDecimal montant,
                                List<HolderResponse> titulaires, LocalDate dateNotificationModification,
                                LocalDate datePublicationDonneesModification) {
    }

    static ContractResponse of(Contract contract) {
        ContractTerms terms = contract.terms();
        return new ContractResponse(contract.id().toString(), contract.decpId(), contract.consultationId().toString(),
                contract.buyerName(), contract.buyerSiret(), contract.lot(), contract.objet(), contract.cpv(),
                contract.procedure(), contract.nature(), contract.placeOfExecution(),
                HolderResponse.of(terms.holders()), terms.amount(), terms.durationMonths(), terms.priceForm(),
                terms.priceTypes(), terms.ccag(), terms.socialConsiderations(), terms.environmentalConsiderations(),
                terms.subcontractingDeclared(), terms.advanceGranted(), terms.advanceRate(), contract.offersReceived(),
                contract.state().code(), contract.notifiedOn(), contract.dataPublishedOn(),
                contract.modifications().stream().map(ContractResponse::modification).toList());
    }

    private static ModificationResponse modification(Modification modification) {
        return new ModificationResponse(modification.id(), modification.objet(), modification.durationMonths(),
                modification.amount(), HolderResponse.of(modification.holders()), modification.notifiedOn(),
                modification.publishedOn());
    }
}
