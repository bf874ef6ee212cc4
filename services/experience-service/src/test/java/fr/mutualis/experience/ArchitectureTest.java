package fr.mutualis.experience;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Features own their layers; the domain is plain Java. */
@AnalyzeClasses(packages = {"fr.mutualis.experience", "fr.mutualis.web.problem"}, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domain_has_no_framework = noClasses()
            .that().resideInAPackage("fr.mutualis.experience.*.domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "org.apache.kafka..", "tools.jackson..", "com.fasterxml..",
                    "jakarta.persistence..", "jakarta.validation..", "java.sql..", "fr.mutualis.outbox..",
                    "fr.mutualis.events..");

    @ArchTest
    static final ArchRule domain_depends_only_on_itself_and_the_jdk = classes()
            .that().resideInAPackage("fr.mutualis.experience.*.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("fr.mutualis.experience.*.domain..", "java..");

    @ArchTest
    static final ArchRule web_does_not_access_persistence = noClasses()
            .that().resideInAPackage("fr.mutualis.experience..web..")
            .should().dependOnClassesThat().resideInAPackage("fr.mutualis.experience..persistence..");

    @ArchTest
    static final ArchRule application_knows_neither_web_nor_persistence = noClasses()
            .that().resideInAPackage("fr.mutualis.experience.*.application..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "fr.mutualis.experience..web..", "fr.mutualis.experience..persistence..");

    @ArchTest
    static final ArchRule persistence_does_not_access_web = noClasses()
            .that().resideInAPackage("fr.mutualis.experience..persistence..")
            .should().dependOnClassesThat().resideInAPackage("fr.mutualis.experience..web..");

    @ArchTest
    static final ArchRule demo_data_goes_through_the_application_layer = noClasses()
            .that().resideInAPackage("fr.mutualis.experience.demo..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "fr.mutualis.experience..persistence..", "fr.mutualis.experience..web..");

    @ArchTest
    static final ArchRule features_are_free_of_cycles = slices()
            .matching("fr.mutualis.experience.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule shared_web_support_knows_no_feature = noClasses()
            .that().resideInAPackage("fr.mutualis.web.problem..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "fr.mutualis.experience.record..", "fr.mutualis.experience.demo..");
}
