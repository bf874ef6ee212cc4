package fr.mutualis.e2e.portal;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mutualis.e2e.portal.AccessibilityAudit.PageResult;
import java.nio.file.Files;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The portal's accessibility statement ({@code /accessibilite}) says what the browser tests found: run after every
 * other test class (junit-platform.properties orders classes by {@link Order}), it compares this run's audit with the
 * committed one the portal renders, page by page. A page newly audited, no longer audited, or whose violations
 * changed fails the run until the statement is regenerated, by running every portal test with
 * {@code -Dmutualis.accessibility.write=true}:
 * <pre>./mvnw -B -o verify -pl tests/end-to-end -Dit.test='Portal*' -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
 *   -Dmutualis.accessibility.write=true</pre>
 * then rebuilding the portal.
 */
@Order(Integer.MAX_VALUE)
class PortalAccessibilityStatementEndToEndTest {

    private static final String REGENERATE = "régénérez la déclaration : ./mvnw -B -o verify -pl tests/end-to-end"
            + " -Dit.test='Portal*' -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -D" + AuditReport.WRITE_PROPERTY
            + "=true / regenerate the statement";

    @Test
    void the_accessibility_statement_says_what_the_browser_tests_found() {
        assertThat(AccessibilityAudit.RESULTS).as("aucune page auditée dans ce passage : lancez tous les tests du portail"
                + " (-Dit.test='Portal*') / no page audited in this run").isNotEmpty();
        AuditReport run = AuditReport.ofThisRun();
        if (Boolean.getBoolean(AuditReport.WRITE_PROPERTY)) {
            run.write(AuditReport.COMMITTED);
        }
        assertThat(Files.isRegularFile(AuditReport.COMMITTED)).as(AuditReport.COMMITTED + " absent : " + REGENERATE)
                .isTrue();
        AuditReport committed = AuditReport.read(AuditReport.COMMITTED);

        assertThat(run.axeCore()).as("version d'axe-core de la déclaration : " + REGENERATE)
                .isEqualTo(committed.axeCore());
        assertThat(run.tags()).as("règles vérifiées de la déclaration : " + REGENERATE).isEqualTo(committed.tags());
        assertThat(run.keys()).as("pages vérifiées de la déclaration (" + AuditReport.COMMITTED + ") : " + REGENERATE)
                .containsExactlyInAnyOrderElementsOf(committed.keys());
        for (PageResult page : run.pages()) {
            assertThat(page.violations()).as("violations de « " + page.title() + " » (" + page.key()
                    + ") dans la déclaration : " + REGENERATE).isEqualTo(committed.page(page.key()).violations());
        }
    }
}
