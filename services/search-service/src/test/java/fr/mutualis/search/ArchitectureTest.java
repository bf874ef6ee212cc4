package fr.mutualis.search;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

@AnalyzeClasses(packages = "fr.mutualis.search", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String DOMAIN = "fr.mutualis.search.experience.domain..";
    private static final String APPLICATION = "fr.mutualis.search.experience.application..";
    private static final String MESSAGING = "fr.mutualis.search.experience.messaging..";
    private static final String ELASTICSEARCH = "fr.mutualis.search.experience.elasticsearch..";
    private static final String WEB = "fr.mutualis.search.experience.web..";

    @ArchTest
    static final ArchRule domainIsPureJava = noClasses().that().resideInAPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "org.apache.kafka..", "co.elastic..", "org.elasticsearch..",
                    "tools.jackson..", "com.fasterxml.jackson..", "jakarta..", "io.micrometer..", "org.slf4j..")
            .because("the domain is plain Java: no framework, broker, search engine or JSON library");

    @ArchTest
    static final ArchRule domainOnlyUsesTheJdk = classes().that().resideInAPackage(DOMAIN)
            .should().onlyDependOnClassesThat().resideInAnyPackage(DOMAIN, "java..")
            .because("the domain depends on nothing but itself and the JDK");

    @ArchTest
    static final ArchRule applicationDoesNotKnowTheAdapters = noClasses().that().resideInAPackage(APPLICATION)
            .should().dependOnClassesThat().resideInAnyPackage(
                    MESSAGING, ELASTICSEARCH, WEB, "org.springframework..", "org.apache.kafka..", "co.elastic..",
                    "org.elasticsearch..", "tools.jackson..");

    @ArchTest
    static final ArchRule webDoesNotUseElasticsearch = noClasses().that().resideInAPackage(WEB)
            .should().dependOnClassesThat().resideInAnyPackage(ELASTICSEARCH, "co.elastic..", "org.elasticsearch..")
            .because("the web layer goes through the SearchExperiences use case, never the Elasticsearch adapter");

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Domain").definedBy(DOMAIN)
            .layer("Application").definedBy(APPLICATION)
            .layer("Messaging").definedBy(MESSAGING)
            .layer("Elasticsearch").definedBy(ELASTICSEARCH)
            .layer("Web").definedBy(WEB)
            .whereLayer("Messaging").mayNotBeAccessedByAnyLayer()
            .whereLayer("Elasticsearch").mayNotBeAccessedByAnyLayer()
            .whereLayer("Web").mayNotBeAccessedByAnyLayer()
            .whereLayer("Application").mayOnlyBeAccessedByLayers("Messaging", "Web")
            .whereLayer("Domain").mayOnlyBeAccessedByLayers("Application", "Messaging", "Elasticsearch", "Web");
}
