package fr.mutualis.experience.collectivite.web;

import fr.mutualis.service.security.PlatformRole;
import fr.mutualis.service.security.PlatformUser;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;

/**
 * The collectivité a signed-in user acts for: the SIREN of the {@code siret} claim of the verified token (ADR 0011,
 * ADR 0013).
 */
public final class SignedInAgent {

    private SignedInAgent() {
    }

    /**
     * The collectivité whose data the user may change.
     *
     * @throws AccessDeniedException if the user is not an agent of a collectivité
     */
    public static String collectivite(PlatformUser user) {
        if (!user.has(PlatformRole.AGENT)) {
            throw new AccessDeniedException("Not an agent");
        }
        return user.siren().orElseThrow(() -> new AccessDeniedException("An agent without a SIRET"));
    }

    /** The collectivité whose drafts the user may read: its agents' and élus'; empty for anyone else. */
    public static String draftsReadableBy(Optional<PlatformUser> user) {
        return user.filter(u -> u.has(PlatformRole.AGENT) || u.has(PlatformRole.ELU))
                .flatMap(PlatformUser::siren).orElse(null);
    }
}
