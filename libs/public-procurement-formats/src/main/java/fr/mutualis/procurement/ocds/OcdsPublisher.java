package fr.mutualis.procurement.ocds;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Who publishes the OCDS data, and under which ocid prefix.
 *
 * @param ocidPrefix the six-character prefix registered with the Open Contracting Partnership (free, on request to
 *        data@open-contracting.org); every ocid is {@code ocds-<prefix>-...}. Until Mutualis has registered its own,
 *        a prefix only for tests or demonstrations must be used, and the data must not be published as OCDS.
 * @param name the publisher's name, e.g. the syndicat mixte
 */
public record OcdsPublisher(String ocidPrefix, String name) {

    private static final Pattern PREFIX = Pattern.compile("[a-z0-9]{6}");

    public OcdsPublisher {
        Objects.requireNonNull(name, "name");
        if (ocidPrefix == null || !PREFIX.matcher(ocidPrefix).matches()) {
            throw new IllegalArgumentException("an OCP-registered ocid prefix is six lowercase letters or digits: " + ocidPrefix);
        }
    }
}
