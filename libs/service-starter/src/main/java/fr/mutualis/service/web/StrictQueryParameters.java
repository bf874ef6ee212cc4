package fr.mutualis.service.web;

import fr.mutualis.web.problem.AcceptedParameters;
import fr.mutualis.web.problem.AcceptedParameters.Accepted;
import fr.mutualis.web.problem.FieldErrorItem;
import fr.mutualis.web.problem.InvalidParametersException;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Method;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
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

    /** What each endpoint accepts; empty for a page or an endpoint that reads the parameters itself. */
    private final Map<Method, Optional<AcceptedParameters>> acceptedByEndpoint = new ConcurrentHashMap<>();

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (request.getDispatcherType() != DispatcherType.REQUEST || !(handler instanceof HandlerMethod endpoint)) {
            return true;
        }
        Optional<AcceptedParameters> accepted = acceptedByEndpoint.computeIfAbsent(endpoint.getMethod(),
                method -> isApi(endpoint) ? acceptedBy(endpoint) : Optional.empty());
        accepted.ifPresent(parameters -> check(request.getParameterMap(), parameters));
        return true;
    }

    private static boolean isApi(HandlerMethod endpoint) {
        return endpoint.hasMethodAnnotation(ResponseBody.class)
                || AnnotatedElementUtils.hasAnnotation(endpoint.getBeanType(), ResponseBody.class);
    }

    private static void check(Map<String, String[]> sent, AcceptedParameters accepted) {
        Map<String, List<String>> values = new HashMap<>();
        sent.forEach((name, sentValues) -> values.put(name, Arrays.asList(sentValues)));
        List<FieldErrorItem> mistakes = accepted.mistakesIn(values);
        if (!mistakes.isEmpty()) {
            throw new InvalidParametersException(mistakes);
        }
    }

    /** The parameters the endpoint takes by name; empty when it reads them itself. */
    private static Optional<AcceptedParameters> acceptedBy(HandlerMethod endpoint) {
        List<Accepted> accepted = new ArrayList<>();
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
                accepted.add(new Accepted(name, several, type == String.class && emptyIsSent));
            }
        }
        return Optional.of(new AcceptedParameters("cette adresse", accepted));
    }

    private static boolean readsEveryParameter(MethodParameter parameter, Class<?> type, RequestParam requestParam) {
        return parameter.hasParameterAnnotation(ModelAttribute.class) || ServletRequest.class.isAssignableFrom(type)
                || WebRequest.class.isAssignableFrom(type) || requestParam != null && Map.class.isAssignableFrom(type);
    }
}
