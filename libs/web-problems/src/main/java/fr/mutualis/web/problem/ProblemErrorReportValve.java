package fr.mutualis.web.problem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

/**
 * Tomcat's answer to what never reaches Spring (a request line or header it cannot parse, {@code %2F} in a path, an
 * unsupported method or protocol version): a French problem instead of Tomcat's English HTML page. The refusals of a
 * client's request that Tomcat gives a 5xx status (501 for {@code CONNECT}, 505 for an unknown HTTP version) are
 * answered 405 and 400: a client's mistake is never a server error.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

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
        int answered = switch (status) {
            case 501 -> 405;
            case 505 -> 400;
            default -> status;
        };
        try {
            response.resetBuffer();
            RawProblemResponse.write(response, answered, detail(status));
            response.finishResponse();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String detail(int status) {
        return switch (status) {
            case 400 -> "La requête est mal formée (ligne de requête, en-têtes ou encodage de l'adresse) : elle n'a pas "
                    + "pu être lue.";
            case 404 -> "Aucune ressource ne correspond à cette adresse.";
            case 408 -> "La requête n'a pas été reçue à temps.";
            case 413 -> "La requête dépasse la taille acceptée.";
            case 414 -> "L'adresse de la requête dépasse la longueur acceptée.";
            case 431 -> "Les en-têtes de la requête dépassent la taille acceptée.";
            case 501 -> "Cette méthode HTTP n'est pas prise en charge par ce service.";
            case 505 -> "Cette version du protocole HTTP n'est pas prise en charge : utilisez HTTP/1.1.";
            default -> status >= 500 ? "Une erreur inattendue a empêché de traiter la requête."
                    : "La requête ne peut pas être traitée.";
        };
    }
}
