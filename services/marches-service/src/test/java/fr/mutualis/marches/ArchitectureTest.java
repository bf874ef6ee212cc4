package fr.mutualis.marches;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import fr.mutualis.testing.architecture.DomainPurityRules;

/**
 * Features own their layers; the domain is plain Java (the shared rules); features are free of cycles; demo data goes
 * through the use cases.
 */
@AnalyzeClasses(packages = "fr.mutualis.marches", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests domain_purity = ArchTests.in(DomainPurityRules.class);

    @ArchTest
    static final ArchRule demo_data_goes_through_the_application_layer = noClasses()
            .that().resideInAPackage("fr.mutualis.marches.demo..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "fr.mutualis.marches..persistence..", "fr.mutualis.marches..web..",
                    "fr.mutualis.marches..nomenclature..");

    @ArchTest
    static final ArchRule features_are_free_of_cycles = slices()
            .matching("fr.mutualis.marches.(*)..")
            .should().beFreeOfCycles();
}
