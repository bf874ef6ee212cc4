package fr.mutualis.experience.record.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A value of one of the record's code lists, implemented by enums only (axes, action categories, policy domains…): the code is stable (stored,
 * published in events, used by the API), the label is the French text people read.
 */
public interface Coded {

    /** The constant's name in lower case with dashes: {@code OPEN_DATA} is {@code open-data}. */
    default String code() {
        return ((Enum<?>) this).name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    String label();

    /** The value of {@code type} with this exact code, if any. */
    static <E extends Enum<E> & Coded> Optional<E> find(Class<E> type, String code) {
        return Arrays.stream(type.getEnumConstants()).filter(value -> value.code().equals(code)).findFirst();
    }

    /** Every code of {@code type}, in declaration order. */
    static <E extends Enum<E> & Coded> List<String> codes(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Coded::code).toList();
    }

    /**
     * @param field the request field that carries the code, named in the error
     * @throws ExperienceRecordRuleException if no value of {@code type} has this code
     */
    static <E extends Enum<E> & Coded> E fromCode(Class<E> type, String field, String code) {
        return find(type, code).orElseThrow(() -> new ExperienceRecordRuleException(field,
                "Unknown code '" + code + "' for " + field + ", expected one of " + codes(type)));
    }
}
