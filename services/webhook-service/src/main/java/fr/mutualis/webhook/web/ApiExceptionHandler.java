package fr.mutualis.webhook.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every error of Spring MVC, and every unexpected exception, as an {@code application/problem+json} answer with a
 * French title and detail. Features answer their own exceptions in their own advice, which comes first.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    /** Anything no other handler knows: logged with its stack, answered without details. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception ex, WebRequest request) {
        log.error("Unexpected error on {}", request.getDescription(false), ex);
        return Problems.respond(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "Erreur interne du serveur",
                "Une erreur inattendue a empêché de traiter la requête. Réessayez plus tard ; si le problème "
                        + "persiste, contactez le support du syndicat."));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldErrorItem> errors = new ArrayList<>();
        ex.getBindingResult().getFieldErrors()
                .forEach(error -> errors.add(new FieldErrorItem(error.getField(), error.getDefaultMessage())));
        ex.getBindingResult().getGlobalErrors()
                .forEach(error -> errors.add(new FieldErrorItem(error.getObjectName(), error.getDefaultMessage())));
        errors.sort(Comparator.comparing(FieldErrorItem::field).thenComparing(FieldErrorItem::message));
        return Problems.respond(Problems.validation(errors), headers);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldErrorItem> errors = new ArrayList<>();
        ex.getParameterValidationResults().forEach(result -> {
            if (result instanceof ParameterErrors parameterErrors) {
                parameterErrors.getFieldErrors().forEach(
                        error -> errors.add(new FieldErrorItem(error.getField(), error.getDefaultMessage())));
            } else {
                String name = result.getMethodParameter().getParameterName();
                for (MessageSourceResolvable error : result.getResolvableErrors()) {
                    errors.add(new FieldErrorItem(name, error.getDefaultMessage()));
                }
            }
        });
        return Problems.respond(Problems.validation(errors), headers);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String name = ex instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName()
                : ex.getPropertyName();
        String expected = ex.getRequiredType() == null ? "une valeur valide"
                : switch (ex.getRequiredType().getSimpleName()) {
                    case "UUID" -> "un identifiant (UUID)";
                    case "int", "Integer", "long", "Long" -> "un nombre entier";
                    default -> "une valeur valide";
                };
        String message = "« " + ex.getValue() + " » n'est pas " + expected + ".";
        return Problems.respond(Problems.validation(List.of(new FieldErrorItem(name, message))), headers);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return Problems.respond(Problems.of(status, "Corps de requête illisible",
                "Le corps de la requête est absent ou n'est pas un document JSON conforme au format attendu."), headers);
    }

    /** Every other Spring MVC error, reworded in French; its headers (e.g. {@code Allow} on a 405) are kept. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return Problems.respond(Problems.of(status, Problems.title(status), frenchDetail(ex, status)), headers);
    }

    private static String frenchDetail(Exception ex, HttpStatusCode status) {
        if (ex instanceof NoResourceFoundException || ex instanceof NoHandlerFoundException) {
            return "Aucune ressource ne correspond à cette adresse.";
        }
        if (ex instanceof HttpRequestMethodNotSupportedException notSupported) {
            String supported = notSupported.getSupportedHttpMethods() == null ? ""
                    : " Méthodes acceptées : " + notSupported.getSupportedHttpMethods().stream()
                            .map(Object::toString).collect(Collectors.joining(", ")) + ".";
            return "La méthode " + notSupported.getMethod() + " n'est pas autorisée sur cette ressource." + supported;
        }
        if (ex instanceof HttpMediaTypeNotSupportedException notSupported) {
            return "Le format « " + notSupported.getContentType() + " » n'est pas pris en charge : envoyez du JSON "
                    + "(Content-Type: application/json).";
        }
        if (ex instanceof HttpMediaTypeNotAcceptableException) {
            return "Cette ressource ne peut répondre qu'en JSON (application/json ou application/problem+json).";
        }
        if (ex instanceof MissingServletRequestParameterException missing) {
            return "Le paramètre « " + missing.getParameterName() + " » est obligatoire.";
        }
        if (status.is5xxServerError()) {
            return "Une erreur inattendue a empêché de traiter la requête.";
        }
        return "La requête ne peut pas être traitée.";
    }
}
