package fr.mutualis.service.security;

import java.util.Optional;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives controllers the signed-in user: a {@link PlatformUser} parameter requires one (401 otherwise), an
 * {@code Optional<PlatformUser>} is empty for an anonymous caller.
 */
final class PlatformUserArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == PlatformUser.class || isOptionalUser(parameter);
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                  NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        Optional<PlatformUser> user = PlatformUser.current();
        if (isOptionalUser(parameter)) {
            return user;
        }
        return user.orElseThrow(() -> new AuthenticationCredentialsNotFoundException("No signed-in user"));
    }

    private static boolean isOptionalUser(MethodParameter parameter) {
        return parameter.getParameterType() == Optional.class
                && ResolvableType.forMethodParameter(parameter).getGeneric(0).resolve() == PlatformUser.class;
    }
}
