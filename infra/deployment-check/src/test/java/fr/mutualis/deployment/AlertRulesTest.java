package fr.mutualis.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The alert rules are complete and each points to a section of the runbook that exists. */
class AlertRulesTest {

    private static final Path ROOT = Project.root();

    @Test
    void everyRuleIsCompleteAndHasItsRunbookSection() {
        Set<String> anchors = anchors(Project.read(ROOT.resolve("docs/runbooks/alerts.md")));
        JsonNode rules = Project.documents(ROOT.resolve("infra/observability/alerts/mutualis.rules.yml")).get(0);
        Set<String> alerts = new HashSet<>();
        for (JsonNode group : rules.path("groups")) {
            assertThat(group.path("name").asText()).isNotBlank();
            for (JsonNode rule : group.path("rules")) {
                String alert = rule.path("alert").asText();
                assertThat(alert).as("alert").isNotBlank();
                assertThat(alerts.add(alert)).as("unique " + alert).isTrue();
                assertThat(rule.path("expr").asText()).as(alert + " expr").isNotBlank();
                assertThat(rule.path("for").asText()).as(alert + " for").matches("\\d+[smh]");
                assertThat(rule.path("labels").path("severity").asText()).as(alert + " severity").isIn("warning", "critical");
                assertThat(rule.path("annotations").path("summary").asText()).as(alert + " summary").isNotBlank();
                String runbook = rule.path("annotations").path("runbook_url").asText();
                assertThat(runbook).as(alert + " runbook_url").startsWith("docs/runbooks/alerts.md#");
                assertThat(anchors).as(alert + " runbook section").contains(runbook.substring(runbook.indexOf('#') + 1));
            }
        }
        assertThat(alerts).contains("MutualisConsumerLagGrowing", "MutualisReplicationSlotRetainsWal",
                "MutualisDeadLetters", "MutualisWebhookDeliveriesFailing", "MutualisElasticsearchDiskLow");
    }

    @Test
    void aRuleWithoutRunbookSectionIsSeen() {
        assertThat(anchors("## MutualisDeadLetters\n")).containsExactly("mutualisdeadletters");
        assertThat(anchors("## Other\n")).doesNotContain("mutualisdeadletters");
    }

    /** GitHub's anchors of the headings: lower case, spaces to dashes, other punctuation dropped. */
    static Set<String> anchors(String markdown) {
        Set<String> anchors = new HashSet<>();
        markdown.lines().filter(line -> line.startsWith("#")).forEach(line -> anchors.add(
                line.replaceFirst("^#+\\s*", "").trim().toLowerCase(Locale.ROOT)
                        .replaceAll("[^a-z0-9 _-]", "").replace(' ', '-')));
        return anchors;
    }
}
