package fr.mutualis.experience;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import fr.mutualis.testing.architecture.DomainPurityRules;

/** Features own their layers; the domain is plain Java (the shared rules); demo data goes through the use cases. */
@AnalyzeClasses(packages = {"fr.mutualis.experience", "fr.mutualis.web.problem"}, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests domain_purity = ArchTests.in(DomainPurityRules.class);

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
