package fr.mutualis.web.problem;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, before security or a controller sees it, what the layers below would answer 500 for:
 * <ul>
 *   <li>parameters Tomcat cannot decode (invalid percent-encoding or UTF-8: {@code ?q=%ff}, {@code ?statut=%zz}), an
 *       exception thrown wherever a parameter is first read → 400;</li>
 *   <li>a parameter holding a NUL character ({@code %00}), which PostgreSQL cannot store nor compare → 400;</li>
 *   <li>a {@code Content-Type} that is not one concrete media type ({@code *}{@code /*}, {@code application/*},
 *       unparsable), which Spring's message conversion rejects with an exception → 415.</li>
 * </ul>
 * An {@code Accept} header that cannot be parsed ({@code *}{@code /*;q=abc}, {@code a/b/c}) is ignored, as if absent:
 * otherwise content negotiation fails wherever an answer is written, and an error handler's problem is lost (an
 * empty 404 or 406).
 * Neither answer echoes what was sent.
 */
public class MalformedRequestFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!concreteOrAbsent(request.getContentType())) {
            RawProblemResponse.write(response, 415, "Le type de contenu de la requête n'est pas un format précis : "
                    + "envoyez du JSON (Content-Type: application/json).");
            return;
        }
        if (request.getCharacterEncoding() == null) {
            // A browser sends a form without a charset; reading its parameters below fixes their decoding, so UTF-8
            // is set first, whether or not Spring's encoding filter (first in the chain too) has run yet.
            request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        }
        Map<String, String[]> parameters;
        try {
            // Reading the parameters of a multipart request would parse its whole body here, before security, and
            // turn a body over the upload limits into this filter's 400: only its query string is checked here, the
            // body is left to Spring's multipart resolver (413 beyond the limits, after authentication).
            parameters = isMultipart(request) ? QueryString.parameters(request.getQueryString())
                    : request.getParameterMap();
        } catch (IllegalStateException | IllegalArgumentException undecodable) {
            // Tomcat's InvalidParameterException
            RawProblemResponse.write(response, 400, "Un paramètre de l'adresse est mal encodé : encodez-le en UTF-8 "
                    + "avec l'encodage pourcent (%XX) valide.");
            return;
        }
        if (parameters.entrySet().stream().anyMatch(MalformedRequestFilter::holdsNul)) {
            RawProblemResponse.write(response, 400, "Un paramètre de l'adresse contient un caractère nul (%00), qui "
                    + "n'est pas admis.");
            return;
        }
        chain.doFilter(parsableAccept(request.getHeaders(HttpHeaders.ACCEPT)) ? request
                : new WithoutAccept(request), response);
    }

    private static boolean parsableAccept(Enumeration<String> accept) {
        if (accept == null) {
            return true;
        }
        try {
            for (String value : Collections.list(accept)) {
                MediaType.parseMediaTypes(value);
            }
            return true;
        } catch (IllegalArgumentException e) { // InvalidMediaTypeException, or a bad quality value
            return false;
        }
    }

    /** The request as if it had no {@code Accept} header. */
    private static final class WithoutAccept extends HttpServletRequestWrapper {

        WithoutAccept(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getHeader(String name) {
            return HttpHeaders.ACCEPT.equalsIgnoreCase(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return HttpHeaders.ACCEPT.equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
                    .filter(name -> !HttpHeaders.ACCEPT.equalsIgnoreCase(name)).toList());
        }
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String contentType = request.getContentType();
        return contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
    }

    private static boolean holdsNul(Map.Entry<String, String[]> parameter) {
        return parameter.getKey().indexOf('\u0000') >= 0
                || Arrays.stream(parameter.getValue()).anyMatch(value -> value.indexOf('\u0000') >= 0);
    }

    private static boolean concreteOrAbsent(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return true;
        }
        try {
            return MediaType.parseMediaType(contentType).isConcrete();
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }
}
