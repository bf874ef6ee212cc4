package fr.mutualis.procurement.decp;

import fr.mutualis.procurement.cpv.CpvNomenclature;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A complete marché as a buyer profile fills it, and the same marché after a modification. */
public final class DecpFixtures {

    private DecpFixtures() {
    }

    public static DecpMarche.Builder marche() {
        return DecpMarche.builder()
                .id("2024-INFO-012")
                .acheteurId("20005372500012")
                .nature(Nature.MARCHE)
                .objet("Maintenance et évolutions du parapheur électronique mutualisé")
                .codeCPV(CpvNomenclature.standard().find("72000000-5").orElseThrow())
                .procedure(Procedure.APPEL_D_OFFRES_OUVERT)
                .techniques(Technique.ACCORD_CADRE)
                .modalitesExecution(ModaliteExecution.BONS_DE_COMMANDE)
                .marcheInnovant(false)
                .ccag(Ccag.TECHNIQUES_DE_L_INFORMATION_ET_DE_LA_COMMUNICATION)
                .offresRecues(3)
                .attributionAvance(true)
                .tauxAvance(new BigDecimal("0.05"))
                .titulaires(Titulaire.siret("38103128500491"))
                .typeGroupementOperateurs(TypeGroupementOperateurs.PAS_DE_GROUPEMENT)
                .sousTraitanceDeclaree(false)
                .lieuExecution(new LieuExecution("35238", TypeCodeLieu.CODE_COMMUNE))
                .dureeMois(48)
                .dateNotification(LocalDate.of(2024, 3, 15))
                .datePublicationDonnees(LocalDate.of(2024, 3, 20))
                .montant(new BigDecimal("450000.50"))
                .formePrix(FormePrix.UNITAIRE)
                .typesPrix(TypePrix.DEFINITIF_REVISABLE)
                .considerationsSociales(ConsiderationSociale.CLAUSE_SOCIALE)
                .considerationsEnvironnementales(ConsiderationEnvironnementale.PAS_DE_CONSIDERATION_ENVIRONNEMENTALE);
    }

    public static DecpMarche modifie() {
        return marche()
                .actesSousTraitance(new ActeSousTraitance(1, Titulaire.siret("55204599900869"), 12,
                        LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 5), new BigDecimal("30000"), VariationPrix.REVISABLE))
                .modifications(new Modification(1, 54, new BigDecimal("500000"),
                        List.of(Titulaire.siret("38103128500574")), LocalDate.of(2025, 1, 10),
                        LocalDate.of(2025, 1, 15)))
                .build();
    }
}
