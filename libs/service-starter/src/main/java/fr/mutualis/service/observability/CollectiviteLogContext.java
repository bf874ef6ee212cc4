package fr.mutualis.service.observability;

import fr.mutualis.service.security.PlatformUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts the SIREN of the signed-in user's collectivité in the logging context ({@value #MDC_KEY}) for the rest of the
 * request, so that every log line of the request says on whose behalf it ran. A SIREN names an institution, not a
 * person; nothing else of the user (name, e-mail, subject) goes to the logs.
 */
final class CollectiviteLogContext extends OncePerRequestFilter {

    /** The same key as the event consumers' (libs/event-consumer), so that one query finds both. */
    static final String MDC_KEY = "collectivite";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> siren = PlatformUser.current().flatMap(PlatformUser::siren);
        if (siren.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        MDC.put(MDC_KEY, siren.get());
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(MDC_KEY);
        }
    }
}
