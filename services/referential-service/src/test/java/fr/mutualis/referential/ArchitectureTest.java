package fr.mutualis.referential;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import fr.mutualis.testing.architecture.DomainPurityRules;

/**
 * The shared domain-purity rules but one: {@code adapters_do_not_use_one_another} does not hold yet, the import
 * endpoint ({@code ReferentialAdminController}) reading the official package through the source adapter itself
 * instead of a port of the import use case.
 */
@AnalyzeClasses(packages = "fr.mutualis.referential", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domain_has_no_framework = DomainPurityRules.domain_has_no_framework;

    @ArchTest
    static final ArchRule domain_depends_only_on_the_domain_and_the_jdk =
            DomainPurityRules.domain_depends_only_on_the_domain_and_the_jdk;

    @ArchTest
    static final ArchRule application_knows_no_adapter = DomainPurityRules.application_knows_no_adapter;
}
