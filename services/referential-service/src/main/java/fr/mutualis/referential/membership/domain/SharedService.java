package fr.mutualis.referential.membership.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The services of the syndicate a member subscribes to. */
public enum SharedService {
    DEMAT_DOCUMENTS, MARCHES_PUBLICS, BENCHMARK;

    /** {@code demat-documents}, {@code marches-publics}, {@code benchmark}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<SharedService> find(String code) {
        return Arrays.stream(values()).filter(service -> service.code().equals(code)).findFirst();
    }
}
