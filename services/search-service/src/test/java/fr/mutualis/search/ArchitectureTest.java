package fr.mutualis.search;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import fr.mutualis.testing.architecture.DomainPurityRules;

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
    static final ArchTests domainPurity = ArchTests.in(DomainPurityRules.class);

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
    static final ArchRule acteWebDoesNotUseElasticsearch = webDoesNotUseElasticsearch("acte", "SearchActes");

    @ArchTest
    static final ArchRule acteLayers = featureLayers("acte");

    @ArchTest
    static final ArchRule consultationWebDoesNotUseElasticsearch =
            webDoesNotUseElasticsearch("consultation", "SearchConsultations");

    @ArchTest
    static final ArchRule consultationLayers = featureLayers("consultation");

    private static ArchRule webDoesNotUseElasticsearch(String feature, String useCase) {
        String base = "fr.mutualis.search." + feature + ".";
        return noClasses().that().resideInAPackage(base + "web..")
                .should().dependOnClassesThat().resideInAnyPackage(base + "elasticsearch..", "co.elastic..",
                        "org.elasticsearch..")
                .because("the web layer goes through the " + useCase + " use case, never the Elasticsearch adapter");
    }

    /** The layers of a feature built as the actes: its adapters meet only through its use cases and domain. */
    private static ArchRule featureLayers(String feature) {
        String base = "fr.mutualis.search." + feature + ".";
        return layeredArchitecture().consideringOnlyDependenciesInLayers()
                .withOptionalLayers(true)
                .layer("Domain").definedBy(base + "domain..")
                .layer("Application").definedBy(base + "application..")
                .layer("Messaging").definedBy(base + "messaging..")
                .layer("Elasticsearch").definedBy(base + "elasticsearch..")
                .layer("Referential").definedBy(base + "referential..")
                .layer("Web").definedBy(base + "web..")
                .whereLayer("Messaging").mayNotBeAccessedByAnyLayer()
                .whereLayer("Elasticsearch").mayNotBeAccessedByAnyLayer()
                .whereLayer("Referential").mayNotBeAccessedByAnyLayer()
                .whereLayer("Web").mayNotBeAccessedByAnyLayer()
                .whereLayer("Application").mayOnlyBeAccessedByLayers("Messaging", "Web")
                .whereLayer("Domain").mayOnlyBeAccessedByLayers("Application", "Messaging", "Elasticsearch",
                        "Referential", "Web");
    }

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
