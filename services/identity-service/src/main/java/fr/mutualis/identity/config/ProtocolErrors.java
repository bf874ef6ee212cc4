package fr.mutualis.identity.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Errors the authorization server's own filters do not answer, in the one format its clients read: an RFC 6749 error
 * document ({@code {"error":"invalid_request","error_description":"…"}}), never Spring Boot's English JSON, an empty
 * body nor Tomcat's HTML page.
 * <ul>
 *   <li>the parameters of {@code /oauth2/*}: sent twice, undecodable or holding a NUL, {@code invalid_request};</li>
 *   <li>{@code /error}: what a filter refused with {@code sendError} (an authorization request naming an unknown
 *       client or redirection URI, a CSRF refusal, a parameter that cannot be decoded…);</li>
 *   <li>Tomcat's error report: what never reaches Spring (a request line or header it cannot parse, an unsupported
 *       method or protocol version, answered 405 and 400, never a 5xx);</li>
 *   <li>a token, introspection or revocation request without client credentials: {@code invalid_client}, 401, with
 *       the {@code WWW-Authenticate} challenge of RFC 6749 §5.2.</li>
 * </ul>
 * {@code error_description} keeps to RFC 6749's characters (printable ASCII): French without accents.
 */
@Configuration(proxyBeanMethods = false)
class ProtocolErrors {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> protocolErrorReportValve() {
        // The host adds its error report valve when it starts, after the context is prepared.
        return factory -> factory.addContextCustomizers(context -> ((StandardHost) context.getParent())
                .setErrorReportValveClass(ReportValve.class.getName()));
    }

    /**
     * Refuses, before the authorization server reads them, the parameters of a protocol endpoint that RFC 6749 §3.1
     * forbids or that cannot be read: a parameter sent twice (SAS casts some to a single value and fails with a 500 on
     * {@code code=a&code=b}), parameters Tomcat cannot decode, a NUL character (PostgreSQL cannot compare it).
     */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> protocolParameterFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
                new OncePerRequestFilter() {
                    @Override
                    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                                    FilterChain chain) throws ServletException, IOException {
                        if (request.getRequestURI().startsWith("/oauth2/") && !readable(request)) {
                            write(response, HttpServletResponse.SC_BAD_REQUEST);
                            return;
                        }
                        chain.doFilter(request, response);
                    }
                });
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    private static boolean readable(HttpServletRequest request) {
        Map<String, String[]> parameters;
        try {
            parameters = request.getParameterMap();
        } catch (IllegalStateException undecodable) {
            return false;
        }
        return parameters.entrySet().stream().noneMatch(parameter -> parameter.getValue().length > 1
                || parameter.getKey().indexOf('\u0000') >= 0
                || Arrays.stream(parameter.getValue()).anyMatch(value -> value.indexOf('\u0000') >= 0));
    }

    /** The token, introspection and revocation endpoints' answer to a request without client credentials. */
    static AuthenticationEntryPoint invalidClient() {
        return (request, response, exception) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"mutualis\"");
            write(response, HttpServletResponse.SC_UNAUTHORIZED);
        };
    }

    static void write(HttpServletResponse response, int status) throws IOException {
        String code = switch (status) {
            case 401 -> "invalid_client";
            case 403 -> "access_denied";
            case 503 -> "temporarily_unavailable";
            default -> status >= 500 ? "server_error" : "invalid_request";
        };
        String description = switch (status) {
            case 401 -> "Authentification du client requise : identifiant et secret du client (HTTP Basic).";
            case 403 -> "Requete refusee.";
            case 404 -> "Aucune ressource ne correspond a cette adresse.";
            case 405 -> "Cette methode HTTP n'est pas acceptee a cette adresse.";
            case 413, 414, 431 -> "La requete depasse la taille acceptee.";
            default -> status >= 500 ? "Une erreur inattendue a empeche de traiter la requete."
                    : "La requete est mal formee ou invalide : elle n'a pas pu etre traitee.";
        };
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getWriter().write("{\"error\":\"" + code + "\",\"error_description\":\"" + description + "\"}");
        response.getWriter().flush();
    }

    /** The container's error page. Called directly, {@code /error} is not a resource (404). */
    @Controller
    @RequestMapping("${server.error.path:/error}")
    static final class ProtocolErrorController implements ErrorController {

        @RequestMapping
        void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
            Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
            int status = code instanceof Integer value && value >= 400 && value < 600 ? value : 404;
            response.reset();
            write(response, status == 501 ? 405 : status == 505 ? 400 : status);
        }
    }

    /** Tomcat's own refusals, as RFC 6749 errors; 501 and 505 (a client's mistake) answered 405 and 400. */
    public static final class ReportValve extends ErrorReportValve {

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            AtomicBoolean ioAllowed = new AtomicBoolean(false);
            response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
            if (!ioAllowed.get()) {
                return;
            }
            try {
                response.resetBuffer();
                write(response, status == 501 ? 405 : status == 505 ? 400 : status);
                response.finishResponse();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
