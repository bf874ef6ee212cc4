package fr.mutualis.web.problem;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;

/** Gives every Spring MVC service of the platform its French problem answers. */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class ProblemsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    FrenchApiExceptionHandler frenchApiExceptionHandler() {
        return new FrenchApiExceptionHandler();
    }
}
