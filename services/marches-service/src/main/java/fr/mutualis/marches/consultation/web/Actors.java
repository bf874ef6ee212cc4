package fr.mutualis.marches.consultation.web;

import fr.mutualis.marches.consultation.domain.Actor;
import fr.mutualis.service.security.PlatformRole;
import fr.mutualis.service.security.PlatformUser;
import java.util.Locale;
import java.util.Optional;

/** The domain's actor for a signed-in user: e-mail, name, SIREN and SIRET from the token, and what they may be. */
public final class Actors {

    private Actors() {
    }

    public static Actor of(PlatformUser user) {
        String email = user.email() == null ? user.subject() : user.email().strip().toLowerCase(Locale.ROOT);
        String name = String.join(" ", Optional.ofNullable(user.givenName()).orElse(""),
                Optional.ofNullable(user.usualName()).orElse("")).strip();
        boolean hasSiret = user.siret() != null && user.siret().matches("[0-9]{14}");
        return new Actor(email, name.isEmpty() ? email : name, user.siren().orElse(""),
                hasSiret ? user.siret() : "", user.has(PlatformRole.AGENT) || user.has(PlatformRole.ELU),
                user.has(PlatformRole.ENTREPRISE) && hasSiret);
    }

    public static Optional<Actor> ofCurrent() {
        return PlatformUser.current().map(Actors::of);
    }
}
