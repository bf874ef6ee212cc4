package fr.mutualis.demat;

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
@AnalyzeClasses(packages = "fr.mutualis.demat", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests domain_purity = ArchTests.in(DomainPurityRules.class);

    @ArchTest
    static final ArchRule demo_data_goes_through_the_application_layer = noClasses()
            .that().resideInAPackage("fr.mutualis.demat.demo..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "fr.mutualis.demat..persistence..", "fr.mutualis.demat..web..", "fr.mutualis.demat..gateway..",
                    "fr.mutualis.demat..signature..");

    @ArchTest
    static final ArchRule features_are_free_of_cycles = slices()
            .matching("fr.mutualis.demat.(*)..")
            .should().beFreeOfCycles();
}
