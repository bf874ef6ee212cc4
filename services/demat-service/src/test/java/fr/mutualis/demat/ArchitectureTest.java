package fr.mutualis.demat;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import fr.mutualis.testing.architecture.DomainPurityRules;

/** Features own their layers; the domain is plain Java (the shared rules); features are free of cycles. */
@AnalyzeClasses(packages = "fr.mutualis.demat", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests domain_purity = ArchTests.in(DomainPurityRules.class);

    @ArchTest
    static final ArchRule features_are_free_of_cycles = slices()
            .matching("fr.mutualis.demat.(*)..")
            .should().beFreeOfCycles();
}
