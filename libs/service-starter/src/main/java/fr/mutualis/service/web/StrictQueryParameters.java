package fr.mutualis.service.web;

import fr.mutualis.web.problem.FieldErrorItem;
import fr.mutualis.web.problem.InvalidParametersException;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Method;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.BeanUtils;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ValueConstants;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Request parameters bind as strictly as request bodies ({@link StrictJsonBindingAutoConfiguration}): before an API
 * endpoint runs, a parameter it does not take, a second value of a parameter that takes one, or an empty value
 * ({@code ?page=}) where the endpoint would read its default, null or a number is refused with one French 400 naming
 * each, instead of being ignored or guessed at (a misspelt filter used to return everything). An empty text stays
 * the endpoint's to judge. Endpoints that read the parameters themselves (a {@code @RequestParam} map, the servlet
 * request, a {@code @ModelAttribute}) make their own checks. Pages rendered for a browser are left alone: a form
 * sends its empty fields.
 */
final class StrictQueryParameters implements HandlerInterceptor {

    /** Simple types that Spring gives from the request itself, not from a parameter. */
    private static final Set<Class<?>> SERVED_BY_SPRING = Set.of(Locale.class, TimeZone.class, ZoneId.class);

    private final Map<Method, Optional<Map<String, Taken>>> parametersOfEndpoint = new ConcurrentHashMap<>();

    /** How an endpoint takes a parameter: several values or one, and whether an empty value is its to judge. */
    private record Taken(boolean several, boolean mayBeEmpty) {
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (request.getDispatcherType() != DispatcherType.REQUEST || !(handler instanceof HandlerMethod endpoint)
                || !isApi(endpoint)) {
            return true;
        }
        parametersOfEndpoint.computeIfAbsent(endpoint.getMethod(), method -> parametersOf(endpoint))
                .ifPresent(taken -> check(request.getParameterMap(), taken));
        return true;
    }

    private static boolean isApi(HandlerMethod endpoint) {
        return endpoint.hasMethodAnnotation(ResponseBody.class)
                || AnnotatedElementUtils.hasAnnotation(endpoint.getBeanType(), ResponseBody.class);
    }

    private static void check(Map<String, String[]> sent, Map<String, Taken> taken) {
        List<FieldErrorItem> errors = new ArrayList<>();
        sent.forEach((name, values) -> {
            Taken parameter = taken.get(name);
            if (parameter == null) {
                errors.add(InvalidParametersException.unknown(name, "cette adresse", List.copyOf(taken.keySet())));
            } else if (!parameter.several() && values.length > 1) {
                errors.add(InvalidParametersException.repeated(name, values.length));
            } else if (!parameter.mayBeEmpty() && List.of(values).stream().anyMatch(String::isBlank)) {
                errors.add(InvalidParametersException.empty(name));
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidParametersException(errors);
        }
    }

    /** The parameters the endpoint takes by name; empty when it reads them itself. */
    private static Optional<Map<String, Taken>> parametersOf(HandlerMethod endpoint) {
        Map<String, Taken> taken = new LinkedHashMap<>();
        for (MethodParameter parameter : endpoint.getMethodParameters()) {
            Class<?> type = parameter.nestedIfOptional().getNestedParameterType();
            RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
            RequestPart requestPart = parameter.getParameterAnnotation(RequestPart.class);
            if (readsEveryParameter(parameter, type, requestParam)) {
                return Optional.empty();
            }
            // Spring binds an unannotated parameter of a simple type as a request parameter of its name.
            boolean implicit = !parameter.hasParameterAnnotations() && BeanUtils.isSimpleProperty(type)
                    && !SERVED_BY_SPRING.contains(type);
            if (requestParam != null || requestPart != null || implicit) {
                String declared = requestParam != null ? requestParam.name()
                        : requestPart != null ? requestPart.name() : "";
                String name = declared.isEmpty() ? parameter.getParameter().getName() : declared;
                boolean several = Collection.class.isAssignableFrom(type) || type.isArray();
                // Empty, a text is the endpoint's to judge, unless it would read a default in its place.
                boolean emptyIsSent = requestParam == null || requestParam.defaultValue().isEmpty()
                        || ValueConstants.DEFAULT_NONE.equals(requestParam.defaultValue());
                taken.put(name, new Taken(several, type == String.class && emptyIsSent));
            }
        }
        return Optional.of(taken);
    }

    private static boolean readsEveryParameter(MethodParameter parameter, Class<?> type, RequestParam requestParam) {
        return parameter.hasParameterAnnotation(ModelAttribute.class) || ServletRequest.class.isAssignableFrom(type)
                || WebRequest.class.isAssignableFrom(type) || requestParam != null && Map.class.isAssignableFrom(type);
    }
}
