package fr.mutualis.integration;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "fr.mutualis.integration", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domain_is_plain_java = noClasses().that().resideInAPackage("..access.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.kafka..",
                    "tools.jackson..", "java.sql..", "jakarta..");

    @ArchTest
    static final ArchRule application_knows_no_adapter = noClasses().that().resideInAPackage("..access.application..")
            .should().dependOnClassesThat().resideInAnyPackage("..access.kafka..", "..access.persistence..",
                    "..access.web..", "org.apache.kafka..", "java.sql..");

    @ArchTest
    static final ArchRule only_the_kafka_adapter_talks_to_the_broker = noClasses()
            .that().resideInAnyPackage("..access.web..", "..access.persistence..")
            .should().dependOnClassesThat().resideInAPackage("org.apache.kafka.clients.admin..");
}
