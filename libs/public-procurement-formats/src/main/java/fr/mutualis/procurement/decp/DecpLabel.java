package fr.mutualis.procurement.decp;

import java.util.Arrays;
import java.util.stream.Collectors;

/** A value of a DECP enumeration, written in DECP documents by its exact label. */
public interface DecpLabel {

    /** The exact label of the DECP 2.0.3 schema, e.g. « Procédure adaptée ». */
    String label();

    /**
     * The value of {@code values} whose label is exactly {@code label}; DECP compares labels as written, so case and
     * accents count.
     *
     * @throws UnknownDecpLabelException naming the property and listing the accepted labels, in French
     */
    static <E extends Enum<E> & DecpLabel> E fromLabel(E[] values, String property, String label) {
        return Arrays.stream(values).filter(value -> value.label().equals(label)).findFirst()
                .orElseThrow(() -> new UnknownDecpLabelException(property, label,
                        Arrays.stream(values).map(value -> "« " + value.label() + " »").collect(Collectors.joining(", "))));
    }
}
