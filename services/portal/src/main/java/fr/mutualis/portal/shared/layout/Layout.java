package fr.mutualis.portal.shared.layout;

import fr.mutualis.portal.shared.signin.SignedInUser;
import fr.mutualis.service.security.PlatformRole;
import fr.mutualis.service.security.PlatformUser;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * What the layout of every page reads ({@code ${@layout.user()}}), whichever controller or error handler rendered
 * it: who is signed in, and where the page is, for the menu's current entry.
 */
@Component("layout")
public class Layout {

    /** The signed-in person, or {@code null} for a visitor. */
    public PlatformUser user() {
        return SignedInUser.current().orElse(null);
    }

    public boolean has(String role) {
        return SignedInUser.has(PlatformRole.valueOf(role));
    }

    /** Whether the current page is {@code path} or one of its sub-pages ({@code aria-current} of the menu). */
    public boolean isCurrent(String path) {
        String current = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest().getRequestURI() : "";
        return path.equals("/") ? current.equals("/") : current.equals(path) || current.startsWith(path + "/");
    }
}
