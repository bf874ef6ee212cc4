package fr.mutualis.marches.consultation.application;

import fr.mutualis.marches.consultation.domain.ConsultationRuleException;
import fr.mutualis.marches.consultation.domain.PlaceOfExecution;

/**
 * The nomenclatures a buyer's words are checked against: the CPV 2008 and the DECP's lists. Each check returns the
 * canonical value, or fails with a {@link ConsultationRuleException} naming the field and the accepted values.
 */
public interface Nomenclatures {

    /** The DECP's closed lists that the service takes values from. */
    enum DecpList {
        PROCEDURE, NATURE, PLACE_CODE_TYPE, HOLDER_ID_TYPE, PRICE_FORM, PRICE_TYPE, CCAG, TECHNIQUE, EXECUTION_MODE,
        GROUPING_TYPE, SOCIAL_CONSIDERATION, ENVIRONMENTAL_CONSIDERATION
    }

    /** A CPV 2008 code, with or without its check digit, as {@code 72000000-5}. */
    String cpv(String field, String code);

    /** The CPV's French label of a canonical code. */
    String cpvLabel(String code);

    /** {@code label} exactly as {@code list} writes it. */
    String label(DecpList list, String field, String label);

    default String procedure(String field, String label) {
        return label(DecpList.PROCEDURE, field, label);
    }

    default String nature(String field, String label) {
        return label(DecpList.NATURE, field, label);
    }

    /** A place: a commune's INSEE code (5 characters, 2A/2B for Corsica), a postal code, a département… */
    PlaceOfExecution place(String field, String code, String typeCode);
}
