package fr.mutualis.experience.record;

/** A record with every field filled, as an agent of Gironde would write it. */
public final class FullRecordJson {

    public static final String ALFORTVILLE = "219400025";

    private FullRecordJson() {
    }

    public static String of(String title) {
        return """
                {
                  "title": "%s",
                  "summary": "Un guichet unique en ligne pour les aides sociales du Département.",
                  "description": "Les usagers déposent leurs demandes d'aide en ligne ; les travailleurs sociaux les instruisent dans le même outil.",
                  "siren": "%s",
                  "partnerSirens": ["%s"],
                  "axes": ["e-inclusion", "dematerialisation"],
                  "actionCategory": "demat",
                  "policyDomains": ["social", "demarches-administratives"],
                  "step": "realise",
                  "startDate": "2022-01-10",
                  "endDate": "2023-06-30",
                  "budget": {"totalEuros": 180000, "fundings": [{"funder": "État – France Relance", "amountEuros": 90000}]},
                  "results": "62 %% des demandes arrivent désormais en ligne.",
                  "indicators": [{"label": "Demandes déposées en ligne", "value": "62 %%"}],
                  "lessons": {"wouldRedo": "Associer les travailleurs sociaux dès le début.", "wouldNotRedo": "Un lancement en plein été."},
                  "reusableAssets": [{"kind": "specification", "title": "Cahier des charges du guichet", "url": "https://www.gironde.fr/cctp-guichet", "licence": "Licence Ouverte 2.0"}],
                  "links": [{"title": "Le guichet", "url": "https://www.gironde.fr/aides"}],
                  "contact": {"name": "Claire Martin", "role": "Cheffe de projet", "email": "c.martin@gironde.fr", "consent": true}
                }
                """.formatted(title, "223300013", ALFORTVILLE);
    }
}
