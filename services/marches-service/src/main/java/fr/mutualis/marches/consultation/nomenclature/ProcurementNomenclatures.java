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
import fr.mutualis.procurement.decp.UnknownDecpLabelException;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/** The nomenclatures of libs/public-procurement-formats: the CPV 2008 and the DECP 2.0.3's lists. */
@Component
class ProcurementNomenclatures implements Nomenclatures {

    /** INSEE codes of communes (2A/2B in Corsica), postal codes, départements, régions… as the type says. */
    private static final Map<String, Pattern> PLACE_CODES = Map.of(
            "Code commune", Pattern.compile("[0-9]{5}|2[AB][0-9]{3}"),
            "Code postal", Pattern.compile("[0-9]{5}"),
            "Code département", Pattern.compile("[0-9]{2,3}|2[AB]"),
            "Code région", Pattern.compile("[0-9]{2}"));
    private static final Pattern OTHER_CODE = Pattern.compile("[0-9A-Z]{1,10}");

    private final CpvNomenclature cpv = CpvNomenclature.standard();

    @Override
    public String cpv(String field, String code) {
        return cpv.find(code == null ? null : code.strip()).map(CpvCode::code)
                .orElseThrow(() -> new ConsultationRuleException(field, "« " + code + " » n'est pas un code de la "
                        + "nomenclature CPV 2008 (par exemple 72000000-5 : services de technologies de "
                        + "l'information ; la clé de contrôle, si elle est donnée, doit être juste)."));
    }

    @Override
    public String cpvLabel(String code) {
        return cpv.find(code).map(CpvCode::label).orElse(code);
    }

    @Override
    public String label(DecpList list, String field, String label) {
        try {
            DecpLabel found = switch (list) {
                case PROCEDURE -> Procedure.fromLabel(label);
                case NATURE -> DecpLabel.fromLabel(Nature.values(), field, label);
                case PLACE_CODE_TYPE -> DecpLabel.fromLabel(TypeCodeLieu.values(), field, label);
                case HOLDER_ID_TYPE -> DecpLabel.fromLabel(TypeIdentifiant.values(), field, label);
                case PRICE_FORM -> DecpLabel.fromLabel(FormePrix.values(), field, label);
                case PRICE_TYPE -> DecpLabel.fromLabel(TypePrix.values(), field, label);
                case CCAG -> DecpLabel.fromLabel(Ccag.values(), field, label);
                case TECHNIQUE -> DecpLabel.fromLabel(Technique.values(), field, label);
                case EXECUTION_MODE -> DecpLabel.fromLabel(ModaliteExecution.values(), field, label);
                case GROUPING_TYPE -> DecpLabel.fromLabel(TypeGroupementOperateurs.values(), field, label);
                case SOCIAL_CONSIDERATION -> DecpLabel.fromLabel(ConsiderationSociale.values(), field, label);
                case ENVIRONMENTAL_CONSIDERATION ->
                        DecpLabel.fromLabel(ConsiderationEnvironnementale.values(), field, label);
            };
            return found.label();
        } catch (UnknownDecpLabelException e) {
            throw new ConsultationRuleException(field, e.getMessage());
        }
    }

    @Override
    public PlaceOfExecution place(String field, String code, String typeCode) {
        String type = label(DecpList.PLACE_CODE_TYPE, field + ".typeCode", typeCode);
        String value = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
        if (!PLACE_CODES.getOrDefault(type, OTHER_CODE).matcher(value).matches()) {
            throw new ConsultationRuleException(field + ".code", "« " + code + " » n'est pas un " + type.toLowerCase(
                    java.util.Locale.ROOT) + " valide (par exemple 33063 pour le code commune INSEE de Bordeaux).");
        }
        return new PlaceOfExecution(value, type);
    }
}
