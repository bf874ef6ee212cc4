package fr.mutualis.portal.records;

import java.util.List;
import java.util.Map;

/**
 * The code lists a record's form offers, with the labels experience-service gives them. experience-service publishes
 * none of these lists (only the barometer's axes, without their order, at {@code /api/barometre/referentiel}), so
 * they mirror its enums {@code Axis}, {@code ActionCategory}, {@code PolicyDomain}, {@code ProjectStep} and
 * {@code AssetKind}: a code the service stops accepting is refused by the API with its own message.
 */
final class RecordVocabulary {

    /** A code the API accepts and the French label a person reads. */
    public record Choice(String code, String label) {
    }

    /** The twelve axes of the « Baromètre de l'innovation numérique territorial », in the study's order. */
    static final List<Choice> AXES = List.of(
            new Choice("open-data", "Open data"),
            new Choice("thd", "Très haut débit (THD)"),
            new Choice("dematerialisation", "Dématérialisation"),
            new Choice("smart-city", "Smart city"),
            new Choice("big-data", "Big data"),
            new Choice("incubateur", "Incubateur de start-up"),
            new Choice("e-inclusion", "E-inclusion"),
            new Choice("e-democratie", "E-démocratie"),
            new Choice("economie-collaborative", "Économie collaborative"),
            new Choice("open-innovation", "Open innovation / Fablabs"),
            new Choice("cloud", "Hébergement des données / Cloud"),
            new Choice("protection-donnees", "Protection des données publiques"));

    static final List<Choice> ACTION_CATEGORIES = List.of(
            new Choice("demat", "Dématérialisation des démarches"),
            new Choice("educ", "Numérique éducatif"),
            new Choice("thd", "Très haut débit"),
            new Choice("opend", "Open data"),
            new Choice("startup", "Soutien aux start-up"),
            new Choice("e-inclus", "E-inclusion"),
            new Choice("appmob", "Applications mobiles"),
            new Choice("energie", "Énergie et environnement"),
            new Choice("plannum", "Plan ou schéma numérique"),
            new Choice("civictech", "Civic tech et participation"));

    static final List<Choice> POLICY_DOMAINS = List.of(
            new Choice("sante", "Santé"),
            new Choice("handicap", "Handicap"),
            new Choice("education", "Éducation"),
            new Choice("personnes-agees", "Personnes âgées"),
            new Choice("enfance-jeunesse", "Enfance et jeunesse"),
            new Choice("social", "Action sociale"),
            new Choice("demarches-administratives", "Démarches administratives"),
            new Choice("culture", "Culture"),
            new Choice("environnement", "Environnement"),
            new Choice("mobilite", "Mobilité"),
            new Choice("developpement-economique", "Développement économique"),
            new Choice("amenagement", "Aménagement du territoire"),
            new Choice("tourisme", "Tourisme"),
            new Choice("securite", "Sécurité"),
            new Choice("administration-interne", "Administration interne"));

    static final List<Choice> STEPS = List.of(
            new Choice("en-reflexion", "En réflexion"),
            new Choice("en-cours", "En cours"),
            new Choice("realise", "Réalisé"),
            new Choice("abandonne", "Abandonné"));

    static final List<Choice> ASSET_KINDS = List.of(
            new Choice("logiciel", "Logiciel"),
            new Choice("specification", "Cahier des charges ou spécification"),
            new Choice("marche", "Marché public"),
            new Choice("autre", "Autre ressource"));

    /** Every list, by the name the form's template reads it with ({@code ${choix.axes}}). */
    static final Map<String, List<Choice>> FOR_FORM = Map.of("axes", AXES, "actionCategories", ACTION_CATEGORIES,
            "policyDomains", POLICY_DOMAINS, "steps", STEPS, "assetKinds", ASSET_KINDS);

    private RecordVocabulary() {
    }
}
