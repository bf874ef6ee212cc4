package fr.mutualis.prefecture.transmission.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.json.JsonMapper;

/** The multipart bodies of the transmissions, read first (see {@link MultipartBodyFilter}). */
@Configuration
class MultipartConfiguration {

    /**
     * Of the same order as the platform's MalformedRequestFilter, and before it: among filters of equal order, the
     * service's own beans, registered before the auto-configurations', come first.
     */
    @Bean
    FilterRegistrationBean<MultipartBodyFilter> multipartBodyFilter(JsonMapper json,
            @Value("${spring.servlet.multipart.max-request-size:150MB}") DataSize maxRequestSize) {
        FilterRegistrationBean<MultipartBodyFilter> registration =
                new FilterRegistrationBean<>(new MultipartBodyFilter(json, maxRequestSize));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
