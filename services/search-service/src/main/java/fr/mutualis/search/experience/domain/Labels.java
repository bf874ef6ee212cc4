package fr.mutualis.search.experience.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/** French labels of the code lists of the published contract (docs/design/benchmark-tool.md). */
public final class Labels {

    public static final Map<String, String> AXES = ordered(
            "open-data", "Open data", "thd", "Très haut débit (THD)", "dematerialisation", "Dématérialisation",
            "smart-city", "Smart city", "big-data", "Big data", "incubateur", "Incubateur de start-up",
            "e-inclusion", "E-inclusion", "e-democratie", "E-démocratie", "economie-collaborative",
            "Économie collaborative", "open-innovation", "Open innovation / Fablabs", "cloud",
            "Hébergement des données / Cloud", "protection-donnees", "Protection des données publiques");
    public static final Map<String, String> CATEGORIES = ordered(
            "demat", "Dématérialisation des démarches", "educ", "Numérique éducatif", "thd", "Très haut débit",
            "opend", "Open data", "startup", "Soutien aux start-up", "e-inclus", "E-inclusion", "appmob",
            "Applications mobiles", "energie", "Énergie et environnement", "plannum", "Plan ou schéma numérique",
            "civictech", "Civic tech et participation");
    public static final Map<String, String> DOMAINS = ordered(
            "sante", "Santé", "handicap", "Handicap", "education", "Éducation", "personnes-agees", "Personnes âgées",
            "enfance-jeunesse", "Enfance et jeunesse", "social", "Action sociale", "demarches-administratives",
            "Démarches administratives", "culture", "Culture", "environnement", "Environnement", "mobilite",
            "Mobilité", "developpement-economique", "Développement économique", "amenagement",
            "Aménagement du territoire", "tourisme", "Tourisme", "securite", "Sécurité", "administration-interne",
            "Administration interne");
    public static final Map<String, String> STEPS = ordered(
            "en-reflexion", "En réflexion", "en-cours", "En cours", "realise", "Réalisé", "abandonne", "Abandonné");
    public static final Map<String, String> KINDS = ordered(
            "commune", "Commune", "epci", "Intercommunalité (EPCI)", "departement", "Département", "region", "Région",
            "syndicat", "Syndicat mixte");
    public static final Map<String, String> PROFILES = ordered(
            "eclaireur", "Éclaireur", "entrepreneur", "Entrepreneur", "explorateur", "Explorateur", "observateur",
            "Observateur", "systemique", "Systémique", "non-classe", "Non classé");
    public static final Map<String, String> BUDGETS = ordered(
            "moins-10k", "Moins de 10 000 €", "10k-50k", "De 10 000 à 50 000 €", "50k-200k", "De 50 000 à 200 000 €",
            "200k-1m", "De 200 000 € à 1 M€", "1m-plus", "1 M€ et plus", SearchFields.NO_BUDGET, "Non renseigné");

    private Labels() {
    }

    /** A map keeping the order of the codes given. */
    public static Map<String, String> ordered(String... codesAndLabels) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (int i = 0; i < codesAndLabels.length; i += 2) {
            labels.put(codesAndLabels[i], codesAndLabels[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(labels);
    }
}
