package fr.mutualis.prefecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import fr.mutualis.testing.architecture.DomainPurityRules;

/** Every shared domain-purity rule holds. */
@AnalyzeClasses(packages = "fr.mutualis.prefecture", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests domain_purity = ArchTests.in(DomainPurityRules.class);
}
