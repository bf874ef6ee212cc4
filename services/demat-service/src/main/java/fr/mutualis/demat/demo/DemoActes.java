package fr.mutualis.demat.demo;

import static fr.mutualis.demat.acte.domain.ActeState.ACKNOWLEDGED;
import static fr.mutualis.demat.acte.domain.ActeState.ARCHIVED;
import static fr.mutualis.demat.acte.domain.ActeState.CANCELLED;
import static fr.mutualis.demat.acte.domain.ActeState.COMPLEMENT_REQUESTED;
import static fr.mutualis.demat.acte.domain.ActeState.DRAFTED;
import static fr.mutualis.demat.acte.domain.ActeState.IN_CIRCUIT;
import static fr.mutualis.demat.acte.domain.ActeState.PUBLISHED;
import static fr.mutualis.demat.acte.domain.ActeState.REFUSED_BY_PREFECTURE;
import static fr.mutualis.demat.acte.domain.ActeState.REJECTED;
import static fr.mutualis.demat.acte.domain.ActeState.SIGNED;

import fr.mutualis.demat.acte.domain.Actor;
import java.util.List;

/**
 * The Département de la Gironde's demonstration actes, one or more in every state, and the demo accounts that draft
 * and sign them (the launcher gives each demo account a signing key under its e-mail address).
 */
final class DemoActes {

    static final String GIRONDE = "223300013";
    static final String COLLECTIVITE = "Département de la Gironde";
    static final Actor AGENT = new Actor("agent.gironde@demo.mutualis.fr", "Léa Dubois", GIRONDE, true, false);
    static final Actor ELU = new Actor("elu.gironde@demo.mutualis.fr", "Sophie Laurent", GIRONDE, false, true);

    private DemoActes() {
    }

    /** In loading order; numbers are prefixed with the decision's year. */
    static final List<DemoActe> ALL = List.of(
            new DemoActe(PUBLISHED, 1, "8.4", "DE_101",
                    "Adoption de la feuille de route départementale pour l'inclusion numérique 2026-2028", 95,
                    List.of("Le conseil départemental de la Gironde adopte la feuille de route pour l'inclusion "
                                    + "numérique : 40 conseillers numériques, un accueil dans chaque maison du "
                                    + "Département des solidarités et un pass numérique pour les publics éloignés.",
                            "Les crédits nécessaires, soit 1 250 000 euros, sont inscrits au budget départemental."),
                    null),
            new DemoActe(PUBLISHED, 1, "5.2", "DE_102",
                    "Politique d'ouverture des données publiques (open data) du Département", 80,
                    List.of("Le Département publie ses données publiques en open data sous licence ouverte "
                                    + "Etalab 2.0, selon les schémas du socle commun des données locales.",
                            "Les délibérations, les subventions et les marchés publics sont publiés en premier."),
                    null),
            new DemoActe(PUBLISHED, 1, "8.4", "DE_103",
                    "Convention de financement du très haut débit : déploiement de la fibre optique en Gironde",
                    70,
                    List.of("Le Département participe au financement du réseau d'initiative publique très haut "
                                    + "débit Gironde Haut Méga : raccordement à la fibre optique de 410 000 foyers.",
                            "La participation départementale s'élève à 12 millions d'euros sur trois ans."),
                    null),
            new DemoActe(PUBLISHED, 1, "8.1", "DE_104",
                    "Tarification des cantines des collèges publics : repas à un euro pour les boursiers", 60,
                    List.of("Le prix du repas servi dans les cantines des collèges publics est fixé à 1 euro pour les "
                                    + "élèves boursiers à compter de la rentrée scolaire.",
                            "Les collèges s'approvisionnent à 50 % en produits durables, dont 20 % biologiques."),
                    null),
            new DemoActe(ARCHIVED, 1, "8.3", "DE_105",
                    "Programme de travaux de voirie départementale : réfection de la RD 1215", 150,
                    List.of("Le programme annuel de voirie prévoit la réfection de la chaussée de la route "
                                    + "départementale 1215 entre Lesparre-Médoc et Vendays-Montalivet.",
                            "Une piste cyclable sécurisée est aménagée le long de la voirie."),
                    null),
            new DemoActe(ACKNOWLEDGED, 4, "7.5", "CC_106",
                    "Subvention à l'association Gironde Numérique Solidaire pour ses ateliers numériques", 20,
                    List.of("Une subvention de 25 000 euros est attribuée à l'association pour ses ateliers "
                            + "d'accompagnement aux démarches en ligne."),
                    null),
            new DemoActe(COMPLEMENT_REQUESTED, 4, "1.1", "CC_107",
                    "Attribution du marché d'équipement numérique des collèges", 15,
                    List.of("Le marché d'équipement des collèges en tablettes et ordinateurs portables est attribué "
                            + "après appel d'offres ouvert, pour un montant de 3,2 millions d'euros."),
                    null),
            new DemoActe(REFUSED_BY_PREFECTURE, 1, "9.4", "DE_108",
                    "Vœu du conseil départemental pour le maintien des services publics en zone rurale", 12,
                    List.of("Le conseil départemental émet le vœu que les services publics de proximité soient "
                            + "maintenus dans les communes rurales de la Gironde."),
                    null),
            new DemoActe(CANCELLED, 3, "4.2", "AI_109",
                    "Recrutement d'un chef de projet données et intelligence artificielle", 25,
                    List.of("Un agent contractuel est recruté pour trois ans comme chef de projet données."),
                    "Erreur sur l'indice de rémunération : un nouvel arrêté sera pris."),
            new DemoActe(SIGNED, 1, "7.1", "DE_110",
                    "Décision modificative n° 1 du budget départemental", 6,
                    List.of("La décision modificative n° 1 ajuste les crédits d'investissement de l'exercice."),
                    null),
            new DemoActe(IN_CIRCUIT, 2, "6.2", "AR_111",
                    "Règlement départemental de l'aide sociale : accès numérique aux prestations", 4,
                    List.of("Le règlement départemental d'aide sociale permet de demander les prestations en ligne."),
                    null),
            new DemoActe(REJECTED, 4, "3.3", "CC_112",
                    "Convention d'occupation du domaine public pour un tiers-lieu numérique", 3,
                    List.of("Le Département met à disposition des locaux pour un tiers-lieu numérique."),
                    "La redevance d'occupation n'est pas fixée à l'article 4 : merci de la préciser."),
            new DemoActe(DRAFTED, 1, "8.8", "DE_113",
                    "Plan départemental de sobriété numérique et énergétique des services", 1,
                    List.of("Projet : réduire de 20 % la consommation des équipements numériques des services."),
                    null));
}
