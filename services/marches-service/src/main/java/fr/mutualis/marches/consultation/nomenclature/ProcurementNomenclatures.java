package fr.mutualis.marches.consultation.nomenclature;

import fr.mutualis.marches.consultation.application.Nomenclatures;
import fr.mutualis.marches.consultation.domain.ConsultationRuleException;
import fr.mutualis.marches.consultation.domain.PlaceOfExecution;
import fr.mutualis.procurement.cpv.CpvCode;
import fr.mutualis.procurement.cpv.CpvNomenclature;
import fr.mutualis.procurement.decp.Ccag;
import fr.mutualis.procurement.decp.ConsiderationEnvironnementale;
import fr.mutualis.procurement.decp.ConsiderationSociale;
import fr.mutualis.procurement.decp.DecpLabel;
import fr.mutualis.procurement.decp.FormePrix;
import fr.mutualis.procurement.decp.ModaliteExecution;
import fr.mutualis.procurement.decp.Nature;
import fr.mutualis.procurement.decp.Procedure;
import fr.mutualis.procurement.decp.Technique;
import fr.mutualis.procurement.decp.TypeCodeLieu;
import fr.mutualis.procurement.decp.TypeGroupementOperateurs;
import fr.mutualis.procurement.decp.TypeIdentifiant;
import fr.mutualis.procurement.decp.TypePrix;
import fr.mutualis.service.referential.ReferentialClient;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The nomenclatures of libs/public-procurement-formats (the CPV 2008 and the DECP 2.0.3's lists), and the referential
 * of collectivités for the communes a place of execution names.
 */
@Component
class ProcurementNomenclatures implements Nomenclatures {

    private static final String COMMUNE = "Code commune";

    /** INSEE codes of communes (2A/2B in Corsica), postal codes, départements, régions… as the type says. */
    private static final Map<String, Pattern> PLACE_CODES = Map.of(
            COMMUNE, Pattern.compile("[0-9]{5}|2[AB][0-9]{3}"),
            "Code postal", Pattern.compile("[0-9]{5}"),
            "Code département", Pattern.compile("[0-9]{2,3}|2[AB]"),
            "Code région", Pattern.compile("[0-9]{2}"));
    private static final Pattern OTHER_CODE = Pattern.compile("[0-9A-Z]{1,10}");

    private final CpvNomenclature cpv = CpvNomenclature.standard();
    private final ReferentialClient referential;

    ProcurementNomenclatures(ReferentialClient referential) {
        this.referential = referential;
    }

    @Override
    public String cpv(String field, String code) {
        return cpv.find(code == null ? null : code.strip()).map(CpvCode::code)
                .orElseThrow(() -> new ConsultationRuleException(field, "Ce code n'est pas dans la "
                        + "nomenclature CPV 2008 (par exemple 72000000-5 : services de technologies de "
                        + "l'information ; la clé de contrôle, si elle est donnée, doit être juste)."));
    }

    @Override
    public String cpvLabel(String code) {
        return cpv.find(code).map(CpvCode::label).orElse(code);
    }

    @Override
    public String label(DecpList list, String field, String label) {
        DecpLabel[] values = switch (list) {
            case PROCEDURE -> Procedure.values();
            case NATURE -> Nature.values();
            case PLACE_CODE_TYPE -> TypeCodeLieu.values();
            case HOLDER_ID_TYPE -> TypeIdentifiant.values();
            case PRICE_FORM -> FormePrix.values();
            case PRICE_TYPE -> TypePrix.values();
            case CCAG -> Ccag.values();
            case TECHNIQUE -> Technique.values();
            case EXECUTION_MODE -> ModaliteExecution.values();
            case GROUPING_TYPE -> TypeGroupementOperateurs.values();
            case SOCIAL_CONSIDERATION -> ConsiderationSociale.values();
            case ENVIRONMENTAL_CONSIDERATION -> ConsiderationEnvironnementale.values();
        };
        // The value is not repeated in the message: it may be anything a client sent.
        return Arrays.stream(values).map(DecpLabel::label).filter(candidate -> candidate.equals(label)).findFirst()
                .orElseThrow(() -> new ConsultationRuleException(field, "Cette valeur n'est pas dans la liste du DECP ;"
                        + " valeurs acceptées : " + Arrays.stream(values).map(value -> "« " + value.label() + " »")
                        .collect(Collectors.joining(", ")) + "."));
    }

    @Override
    public PlaceOfExecution place(String field, String code, String typeCode) {
        String type = label(DecpList.PLACE_CODE_TYPE, field + ".typeCode", typeCode);
        String value = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!PLACE_CODES.getOrDefault(type, OTHER_CODE).matcher(value).matches()) {
            throw new ConsultationRuleException(field + ".code", "Ce code n'est pas un " + type.toLowerCase(
                    Locale.ROOT) + " valide (par exemple 33063 pour le code commune INSEE de Bordeaux).");
        }
        if (COMMUNE.equals(type) && referential.commune(value).isEmpty()) {
            throw new ConsultationRuleException(field + ".code", "Aucune commune du référentiel n'a ce code INSEE "
                    + "(code officiel géographique, par exemple 33063 pour Bordeaux).");
        }
        return new PlaceOfExecution(value, type);
    }
}
