package fr.mutualis.procurement.decp;

import java.util.Objects;

/** The main lieu d'exécution: an INSEE code (preferred) or a postal code, e.g. {@code 2B002}, Code commune. */
public record LieuExecution(String code, TypeCodeLieu typeCode) {

    public LieuExecution {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(typeCode, "typeCode");
    }
}
