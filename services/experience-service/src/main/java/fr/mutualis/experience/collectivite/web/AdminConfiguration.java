package fr.mutualis.experience.collectivite.web;

import fr.mutualis.web.problem.AdminToken;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

/** The syndicate administrators' operations (erasure requests) need the platform's admin token. */
@Configuration
class AdminConfiguration implements WebMvcConfigurer {

    private final AdminToken adminToken;

    AdminConfiguration(@Value("${mutualis.admin-token}") String token, JsonMapper json) {
        this.adminToken = new AdminToken(token, json);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(adminToken).addPathPatterns("/api/contacts/**");
    }
}
