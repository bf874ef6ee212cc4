package fr.mutualis.web.problem;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToIntFunction;
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
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns every error of Spring MVC, and every unexpected exception, into an {@code application/problem+json} answer
 * with a French title and detail. Features handle their own exceptions in their own advice, which comes first.
 */
@RestControllerAdvice // registered by ProblemsAutoConfiguration, not by component scanning
@Order(Ordered.LOWEST_PRECEDENCE)
public class FrenchApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(FrenchApiExceptionHandler.class);

    /** Anything no other handler knows: logged with its stack, answered without details. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception ex, WebRequest request) {
        log.error("Unexpected error on {}", request.getDescription(false), ex);
        ProblemDetail problem = Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, Problems.title(HttpStatus.INTERNAL_SERVER_ERROR),
                "Une erreur inattendue a empêché de traiter la requête. Réessayez plus tard ; si le problème persiste, "
                        + "contactez le support du syndicat.");
        return ResponseEntity.internalServerError().body(problem);
    }

    /** Parameters refused by a check that binding cannot make: one problem listing them all. */
    @ExceptionHandler(InvalidParametersException.class)
    ResponseEntity<Object> invalidParameters(InvalidParametersException ex) {
        return Problems.respond(Problems.validation(ex.errors()));
    }

    /** A multipart body that cannot be read (no boundary, cut short, a bad file name): the client's fault. */
    @ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
    ResponseEntity<Object> unreadableMultipart(org.springframework.web.multipart.MultipartException ex) {
        if (ex instanceof org.springframework.web.multipart.MaxUploadSizeExceededException tooLarge) {
            return Problems.respond(Problems.of(HttpStatus.CONTENT_TOO_LARGE, Problems.title(HttpStatus.CONTENT_TOO_LARGE),
                    "Les fichiers envoyés dépassent la taille maximale acceptée par ce service."), new HttpHeaders());
        }
        return Problems.respond(Problems.of(HttpStatus.BAD_REQUEST, Problems.title(HttpStatus.BAD_REQUEST),
                "Le formulaire multipart/form-data est illisible : limite (boundary) absente, corps tronqué ou nom de "
                        + "fichier invalide."), new HttpHeaders());
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldErrorItem> errors = new ArrayList<>();
        ex.getBindingResult().getFieldErrors().forEach(error -> errors.add(item(error)));
        ex.getBindingResult().getGlobalErrors()
                .forEach(error -> errors.add(new FieldErrorItem(error.getObjectName(), error.getDefaultMessage())));
        errors.sort(inDeclarationOrder(ex.getBindingResult().getTarget()));
        return problemTyped(super.handleExceptionInternal(ex, Problems.validation(errors), headers, status, request));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldErrorItem> errors = new ArrayList<>();
        ex.getParameterValidationResults().forEach(result -> {
            if (result instanceof ParameterErrors parameterErrors) {
                parameterErrors.getFieldErrors().forEach(error -> errors.add(item(error)));
            } else {
                String name = result.getMethodParameter().getParameterName();
                for (MessageSourceResolvable error : result.getResolvableErrors()) {
                    errors.add(new FieldErrorItem(name, error.getDefaultMessage()));
                }
            }
        });
        return problemTyped(super.handleExceptionInternal(ex, Problems.validation(errors), headers, status, request));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String name = ex instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName()
                : ex.getPropertyName();
        String expected = ex.getRequiredType() == null ? "une valeur" : switch (ex.getRequiredType().getSimpleName()) {
            case "UUID" -> "un identifiant (UUID)";
            case "int", "Integer", "long", "Long" -> "un nombre entier";
            case "LocalDate" -> "une date (AAAA-MM-JJ)";
            default -> "une valeur";
        };
        String message = "« " + Problems.excerpt(String.valueOf(ex.getValue())) + " » n'est pas " + expected + " valide.";
        ProblemDetail problem = Problems.validation(List.of(new FieldErrorItem(name, message)));
        return problemTyped(super.handleExceptionInternal(ex, problem, headers, status, request));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ex.getMostSpecificCause() instanceof DatabindException binding
                && !binding.getPath().isEmpty() && !truncated(binding)
                ? Problems.validation(List.of(new FieldErrorItem(path(binding), bindingMessage(binding))))
                : Problems.of(status, "Corps de requête illisible", "Le corps de la requête est absent ou n'est pas "
                        + "un document JSON valide conforme au format attendu.");
        return problemTyped(super.handleExceptionInternal(ex, problem, headers, status, request));
    }

    /**
     * Every other Spring MVC error comes here with an English problem: its title and detail are replaced by French
     * ones, headers (e.g. {@code Allow} on a 405) are kept.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        if (body == null && ex instanceof ErrorResponse errorResponse) {
            body = errorResponse.getBody();
        }
        if (body instanceof ProblemDetail problem) {
            problem.setTitle(Problems.title(status));
            problem.setDetail(frenchDetail(ex, status));
        }
        return problemTyped(super.handleExceptionInternal(ex, body, headers, status, request));
    }

    /**
     * With its media type set, a problem is written whatever the client's {@code Accept} says, even one that cannot
     * be parsed (where negotiating would fail and leave the answer without a body).
     */
    private static ResponseEntity<Object> problemTyped(ResponseEntity<Object> response) {
        if (response == null || !(response.getBody() instanceof ProblemDetail problem)) {
            return response;
        }
        return Problems.respond(problem, response.getHeaders());
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
            boolean multipart = notSupported.getSupportedMediaTypes().stream()
                    .anyMatch(type -> type.isCompatibleWith(org.springframework.http.MediaType.MULTIPART_FORM_DATA));
            return "Le format « " + notSupported.getContentType() + " » n'est pas pris en charge : envoyez "
                    + (multipart ? "un formulaire avec ses fichiers (Content-Type: multipart/form-data)."
                    : "du JSON (Content-Type: application/json).");
        }
        if (ex instanceof HttpMediaTypeNotAcceptableException) {
            return "Cette ressource ne peut répondre qu'en JSON (application/json ou application/problem+json).";
        }
        if (ex instanceof org.springframework.web.multipart.MaxUploadSizeExceededException) {
            return "Les fichiers envoyés dépassent la taille maximale acceptée par ce service.";
        }
        if (ex instanceof org.springframework.web.multipart.support.MissingServletRequestPartException missing) {
            return "La partie « " + missing.getRequestPartName() + " » du formulaire (multipart/form-data) est "
                    + "obligatoire.";
        }
        if (ex instanceof MissingServletRequestParameterException missing) {
            return "Le paramètre « " + missing.getParameterName() + " » est obligatoire.";
        }
        if (ex instanceof ServletRequestBindingException) {
            return "Un paramètre ou un en-tête obligatoire de la requête est absent ou invalide.";
        }
        if (status.is5xxServerError()) {
            return "Une erreur inattendue a empêché de traiter la requête.";
        }
        return "La requête ne peut pas être traitée.";
    }

    /** A document cut short fails in the field being read, but it is the whole body that is unreadable. */
    private static boolean truncated(DatabindException binding) {
        return binding.getOriginalMessage() != null && binding.getOriginalMessage().contains("end-of-input");
    }

    /** The field as the client wrote it, e.g. {@code indicators[2].value}. */
    private static String path(DatabindException binding) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : binding.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** What is wrong with the field, without echoing its value. */
    private static String bindingMessage(DatabindException binding) {
        if (binding instanceof UnrecognizedPropertyException) {
            return "Ce champ n'existe pas dans ce formulaire : retirez-le ou vérifiez son orthographe.";
        }
        if (binding instanceof InvalidFormatException invalid && invalid.getValue() instanceof String text
                && text.indexOf('\u0000') >= 0) {
            return "Ce texte contient un caractère nul (U+0000), qui n'est pas admis.";
        }
        if (binding instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "Cette valeur n'est pas du type attendu (" + typeName(mismatch.getTargetType()) + ").";
        }
        return "Cette valeur ne peut pas être lue.";
    }

    private static String typeName(Class<?> type) {
        if (type == String.class || type.isEnum()) {
            return "texte";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "nombre entier";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "nombre";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true ou false";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "liste";
        }
        if (type.getPackageName().startsWith("java.time")) {
            return "date au format ISO 8601";
        }
        return "objet";
    }

    /**
     * Errors in the order of the fields of the request body when it is a record (Bean Validation reports them in no
     * particular order), then by field path, e.g. {@code axes[1]} before {@code axes[2]}.
     */
    private static Comparator<FieldErrorItem> inDeclarationOrder(Object target) {
        List<String> fields = target != null && target.getClass().isRecord()
                ? Arrays.stream(target.getClass().getRecordComponents()).map(RecordComponent::getName).toList()
                : List.of();
        ToIntFunction<FieldErrorItem> rank = item -> {
            String root = item.field().split("[\\[.]", 2)[0];
            int index = fields.indexOf(root);
            return index < 0 ? Integer.MAX_VALUE : index;
        };
        return Comparator.comparingInt(rank).thenComparing(FieldErrorItem::field);
    }

    private static FieldErrorItem item(FieldError error) {
        return new FieldErrorItem(error.getField(), error.getDefaultMessage());
    }
}
