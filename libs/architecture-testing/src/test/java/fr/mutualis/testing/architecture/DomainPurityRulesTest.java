package fr.mutualis.testing.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules on two sample services: one that keeps them all, one that breaks each once. */
class DomainPurityRulesTest {

    private static final List<ArchRule> RULES = List.of(DomainPurityRules.domain_has_no_framework,
            DomainPurityRules.domain_depends_only_on_the_domain_and_the_jdk,
            DomainPurityRules.application_knows_no_adapter, DomainPurityRules.adapters_do_not_use_one_another);

    private static final JavaClasses CLEAN = new ClassFileImporter().importPackages("fr.mutualis.sample.clean");
    private static final JavaClasses DIRTY = new ClassFileImporter().importPackages("fr.mutualis.sample.dirty");

    @Test
    void a_service_that_keeps_the_rules_passes_them_all() {
        RULES.forEach(rule -> rule.check(CLEAN));
    }

    @Test
    void a_domain_that_reaches_the_database_is_refused() {
        assertThat(DomainPurityRules.domain_has_no_framework.evaluate(DIRTY).getFailureReport().getDetails())
                .anyMatch(detail -> detail.contains("Leaky") && detail.contains("java.sql.Connection"));
    }

    @Test
    void a_use_case_that_knows_its_adapter_is_refused() {
        assertThat(DomainPurityRules.application_knows_no_adapter.evaluate(DIRTY).getFailureReport().getDetails())
                .anyMatch(detail -> detail.contains("LoadLeaky") && detail.contains("JdbcLeaky"));
    }

    @Test
    void a_controller_that_uses_the_persistence_adapter_is_refused() {
        assertThat(DomainPurityRules.adapters_do_not_use_one_another.evaluate(DIRTY).getFailureReport().getDetails())
                .anyMatch(detail -> detail.contains("LeakyController") && detail.contains("JdbcLeaky"))
                .noneMatch(detail -> detail.contains("LoadLeaky"));
    }
}
