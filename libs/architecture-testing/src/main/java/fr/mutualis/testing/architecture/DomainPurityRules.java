package fr.mutualis.testing.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.Optional;

/**
 * The rules every service keeps, for the package convention {@code fr.mutualis.<service>.<feature>.<layer>}: the
 * domain is plain Java, a use case knows no adapter, and an adapter does not use an adapter of another kind. A
 * service's {@code ArchitectureTest} takes them all with
 * {@code @ArchTest static final ArchTests domain_purity = ArchTests.in(DomainPurityRules.class);} and adds only its
 * own rules (its layering, which adapter may use which library).
 *
 * <p>A {@code package-info} is not domain code: it may name the package as a module's API for Spring Modulith.
 */
public final class DomainPurityRules {

    /** Every feature's domain, in any service. */
    public static final String DOMAIN = "fr.mutualis.*.*.domain..";
    /** Every feature's use cases, in any service. */
    public static final String APPLICATION = "fr.mutualis.*.*.application..";
    /** The kinds of adapter, by the name of their package under a feature. */
    public static final List<String> ADAPTER_KINDS = List.of(
            "web", "persistence", "messaging", "kafka", "elasticsearch", "delivery", "source", "referential");

    private static final String[] ADAPTERS = ADAPTER_KINDS.stream()
            .map(kind -> "fr.mutualis.*.*." + kind + "..").toArray(String[]::new);

    @ArchTest
    public static final ArchRule domain_has_no_framework = noClasses()
            .that().resideInAPackage(DOMAIN).and().doNotHaveSimpleName("package-info")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "org.apache.kafka..", "tools.jackson..", "com.fasterxml..",
                    "jakarta..", "java.sql..", "javax.sql..", "java.net.http..", "co.elastic..",
                    "org.elasticsearch..", "io.micrometer..", "org.slf4j..", "org.apache.commons..",
                    "fr.mutualis.outbox..", "fr.mutualis.events..")
            .because("the domain is plain Java: no framework, broker, database, search engine, HTTP client, JSON "
                    + "library or logger");

    @ArchTest
    public static final ArchRule domain_depends_only_on_the_domain_and_the_jdk = classes()
            .that().resideInAPackage(DOMAIN).and().doNotHaveSimpleName("package-info")
            .should().onlyDependOnClassesThat().resideInAnyPackage(DOMAIN, "java..", "javax.crypto..",
                    "fr.mutualis.identifiers")
            .because("the domain depends on nothing but the features' domains, the JDK and the French public "
                    + "identifiers' checks (plain Java, shared so that every service checks a SIREN the same way)");

    @ArchTest
    public static final ArchRule application_knows_no_adapter = noClasses()
            .that().resideInAPackage(APPLICATION)
            .should().dependOnClassesThat().resideInAnyPackage(adaptersAnd("java.sql..", "javax.sql..",
                    "org.apache.kafka.."))
            .because("a use case reaches the outside through the domain's ports, wired by a configuration");

    @ArchTest
    public static final ArchRule adapters_do_not_use_one_another = classes()
            .that().resideInAnyPackage(ADAPTERS)
            .should(useNoAdapterOfAnotherKind())
            .because("adapters meet only through the application and the domain");

    private DomainPurityRules() {
    }

    private static String[] adaptersAnd(String... packages) {
        String[] all = new String[ADAPTERS.length + packages.length];
        System.arraycopy(ADAPTERS, 0, all, 0, ADAPTERS.length);
        System.arraycopy(packages, 0, all, ADAPTERS.length, packages.length);
        return all;
    }

    private static ArchCondition<JavaClass> useNoAdapterOfAnotherKind() {
        return new ArchCondition<>("use no adapter of another kind") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                Optional<String> kind = adapterKind(origin);
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    adapterKind(dependency.getTargetClass())
                            .filter(target -> !target.equals(kind.orElse(null)))
                            .ifPresent(target -> events.add(SimpleConditionEvent.violated(dependency,
                                    dependency.getDescription())));
                }
            }
        };
    }

    /** The layer of {@code fr.mutualis.<service>.<feature>.<layer>…}, when it is an adapter's. */
    private static Optional<String> adapterKind(JavaClass type) {
        String[] segments = type.getPackageName().split("\\.");
        if (segments.length < 5 || !segments[0].equals("fr") || !segments[1].equals("mutualis")) {
            return Optional.empty();
        }
        return Optional.of(segments[4]).filter(ADAPTER_KINDS::contains);
    }
}
