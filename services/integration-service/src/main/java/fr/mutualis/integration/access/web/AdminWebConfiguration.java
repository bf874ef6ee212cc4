package fr.mutualis.integration.access.web;

import fr.mutualis.web.problem.AdminToken;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

@Configuration
class AdminWebConfiguration implements WebMvcConfigurer {

    private final AdminToken adminToken;

    AdminWebConfiguration(@Value("${mutualis.integration.admin-token}") String token, JsonMapper json) {
        this.adminToken = new AdminToken(token, json);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(adminToken).addPathPatterns("/api/integrators", "/api/integrators/**");
    }
}
