package fr.mutualis.webhook;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import fr.mutualis.testing.architecture.DomainPurityRules;

/** The shared domain-purity rules, and the webhook service's own: its layers, and which adapter uses which library. */
@AnalyzeClasses(packages = {"fr.mutualis.webhook", "fr.mutualis.web.problem"}, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String DOMAIN = "fr.mutualis.webhook.*.domain..";
    private static final String APPLICATION = "fr.mutualis.webhook.*.application..";
    private static final String PERSISTENCE = "fr.mutualis.webhook.*.persistence..";
    private static final String MESSAGING = "fr.mutualis.webhook.*.messaging..";
    private static final String DELIVERY = "fr.mutualis.webhook.*.delivery..";
    private static final String WEB = "fr.mutualis.webhook.*.web..";
    private static final String SHARED_WEB = "fr.mutualis.web.problem..";

    @ArchTest
    static final ArchTests domain_purity = ArchTests.in(DomainPurityRules.class);

    @ArchTest
    static final ArchRule application_is_framework_free = noClasses()
            .that().resideInAPackage(APPLICATION)
            .should().dependOnClassesThat().resideInAnyPackage(SHARED_WEB, "org.springframework..",
                    "org.apache.kafka..", "tools.jackson..", "jakarta..", "java.sql..", "java.net.http..");

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Domain").definedBy(DOMAIN)
            .layer("Application").definedBy(APPLICATION)
            .layer("Persistence").definedBy(PERSISTENCE)
            .layer("Messaging").definedBy(MESSAGING)
            .layer("Delivery").definedBy(DELIVERY)
            .layer("Web").definedBy(WEB)
            .layer("SharedWeb").definedBy(SHARED_WEB)
            .whereLayer("Persistence").mayNotBeAccessedByAnyLayer()
            .whereLayer("Messaging").mayNotBeAccessedByAnyLayer()
            .whereLayer("Delivery").mayNotBeAccessedByAnyLayer()
            .whereLayer("Web").mayNotBeAccessedByAnyLayer()
            .whereLayer("SharedWeb").mayOnlyBeAccessedByLayers("Web")
            .whereLayer("Application").mayOnlyBeAccessedByLayers("Messaging", "Delivery", "Web")
            .whereLayer("Domain").mayOnlyBeAccessedByLayers("Application", "Persistence", "Messaging", "Delivery",
                    "Web");

    @ArchTest
    static final ArchRule only_the_persistence_adapter_uses_jdbc = noClasses()
            .that().resideOutsideOfPackage(PERSISTENCE)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..", "java.sql..");

    @ArchTest
    static final ArchRule only_the_messaging_adapter_uses_kafka = noClasses()
            .that().resideOutsideOfPackage(MESSAGING)
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..", "org.springframework.kafka..");

    @ArchTest
    static final ArchRule only_the_delivery_adapter_sends_http = noClasses()
            .that().resideOutsideOfPackage(DELIVERY)
            .should().dependOnClassesThat().resideInAPackage("java.net.http..");
}
