package fr.mutualis.prefecture.transmission.web;

import fr.mutualis.prefecture.transmission.domain.Violation;
import java.util.List;

/** A multipart request whose parts are not those of the operation: missing, repeated or unknown. */
class MalformedTransmissionException extends RuntimeException {

    private final transient List<Violation> violations;

    MalformedTransmissionException(List<Violation> violations) {
        super("Malformed multipart request");
        this.violations = List.copyOf(violations);
    }

    List<Violation> violations() {
        return violations;
    }
}
