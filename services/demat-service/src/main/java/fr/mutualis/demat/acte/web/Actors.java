package fr.mutualis.demat.acte.web;

import fr.mutualis.demat.acte.domain.Actor;
import fr.mutualis.service.security.PlatformRole;
import fr.mutualis.service.security.PlatformUser;
import java.util.Locale;
import java.util.Optional;

/** The domain's actor for a signed-in user: the token's e-mail, name, collectivité (from the SIRET) and roles. */
public final class Actors {

    private Actors() {
    }

    public static Actor of(PlatformUser user) {
        String email = user.email() == null ? user.subject() : user.email().strip().toLowerCase(Locale.ROOT);
        String name = String.join(" ", Optional.ofNullable(user.givenName()).orElse(""),
                Optional.ofNullable(user.usualName()).orElse("")).strip();
        return new Actor(email, name.isEmpty() ? email : name, user.siren().orElse(""), user.has(PlatformRole.AGENT),
                user.has(PlatformRole.ELU));
    }

    public static Optional<Actor> ofCurrent() {
        return PlatformUser.current().map(Actors::of);
    }
}
