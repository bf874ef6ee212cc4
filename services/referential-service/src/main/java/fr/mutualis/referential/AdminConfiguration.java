package fr.mutualis.referential;

import fr.mutualis.web.problem.AdminToken;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

/** Changes of the referential and of the membership are the syndicate administrators' (ADR 0012). */
@Configuration
class AdminConfiguration implements WebMvcConfigurer {

    private final AdminToken adminToken;

    AdminConfiguration(@Value("${mutualis.referential.admin-token}") String token, JsonMapper json) {
        this.adminToken = AdminToken.forChanges(token, json);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(adminToken).addPathPatterns("/api/referentiel/**", "/api/collectivites/**",
                "/api/adhesions/**");
    }
}
