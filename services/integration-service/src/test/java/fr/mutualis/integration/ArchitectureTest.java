package fr.mutualis.integration;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import fr.mutualis.testing.architecture.DomainPurityRules;

@AnalyzeClasses(packages = "fr.mutualis.integration", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests domain_purity = ArchTests.in(DomainPurityRules.class);

    @ArchTest
    static final ArchRule only_the_kafka_adapter_talks_to_the_broker = noClasses()
            .that().resideInAnyPackage("..access.web..", "..access.persistence..")
            .should().dependOnClassesThat().resideInAPackage("org.apache.kafka.clients.admin..");
}
