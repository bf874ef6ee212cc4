package fr.mutualis.experience.record;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mutualis.experience.support.Api;
import fr.mutualis.experience.support.Api.Response;
import fr.mutualis.experience.support.ServiceIntegrationTest;
import fr.mutualis.testing.security.TestIssuer;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Bad data is refused with a 400 naming the field, and nothing is stored nor published: what the API accepts must be
 * publishable, and what it refuses must never end in a 500.
 */
class BadDataIsRefusedIntegrationTest extends ServiceIntegrationTest {

    private static final String HALF_A_PAIR = "<half a surrogate pair>";

    private long rows() {
        return jdbc.sql("SELECT (SELECT count(*) FROM experience_record) + (SELECT count(*) FROM outbox)")
                .query(Long.class).single();
    }

    /** The full record with one change, posted; asserts a 400 on {@code field} and that nothing was written. */
    private void refused(String field, Consumer<ObjectNode> change) {
        ObjectNode record = (ObjectNode) json.readTree(FullRecordJson.of("Guichet unique des aides sociales"));
        change.accept(record);
        long before = rows();

        // Half a surrogate pair cannot be encoded in the request's UTF-8: it is sent as the JSON escape it would be.
        Response response = api.post("/api/experiences",
                json.writeValueAsString(record).replace(HALF_A_PAIR, "\\ud83d"));

        assertThat(response.status()).as(field + ": " + response.text()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().get("errors").values()).extracting(error -> error.get("field").asString())
                .as(response.text()).contains(field);
        assertThat(rows()).isEqualTo(before);
    }

    private static ObjectNode budget(ObjectNode record) {
        return (ObjectNode) record.get("budget");
    }

    /** Without an end date, which a start in year 57275 would otherwise be reported against first. */
    @Test
    void dates_outside_1990_to_ten_years_ahead_are_refused() {
        String tooLate = LocalDate.now().plusYears(10).plusDays(2).toString();

        refused("startDate", record -> record.put("startDate", "+57275-01-01").remove("endDate"));
        refused("startDate", record -> record.put("startDate", "0000-01-01").remove("endDate"));
        refused("startDate", record -> record.put("startDate", "1989-12-31").remove("endDate"));
        refused("endDate", record -> record.put("endDate", tooLate));
        refused("endDate", record -> record.put("endDate", "2021-12-31"));
        refused("startDate", record -> record.put("startDate", 20200101).remove("endDate"));
    }

    @Test
    void amounts_that_are_negative_absurd_or_beyond_the_total_are_refused() {
        refused("budget.totalEuros", record -> budget(record).put("totalEuros", -1));
        refused("budget.totalEuros", record -> budget(record).put("totalEuros", 10_000_000_001L));
        refused("budget.totalEuros", record -> budget(record).put("totalEuros", 1.5));
        refused("budget.fundings.amountEuros", record -> ((ObjectNode) budget(record).get("fundings").get(0))
                .put("amountEuros", -5));
        refused("budget.fundings", record -> ((ObjectNode) budget(record).get("fundings").get(0))
                .put("amountEuros", 180_001));
        refused("budget.fundings", record -> budget(record).withArray("fundings").addNull());
    }

    @Test
    void null_entries_and_nul_characters_are_refused_wherever_they_are() {
        refused("axes[2]", record -> record.withArray("axes").addNull());
        refused("policyDomains[2]", record -> record.withArray("policyDomains").addNull());
        refused("indicators[1]", record -> record.withArray("indicators").addNull());
        refused("links[1]", record -> record.withArray("links").addNull());
        refused("description", record -> record.put("description", "Les usagers\u0000 déposent."));
        refused("indicators[0].label", record -> ((ObjectNode) record.get("indicators").get(0))
                .put("label", "Taux\u0000"));
        refused("contact.role", record -> ((ObjectNode) record.get("contact")).put("role", "Cheffe\u0000"));
        refused("lessons.wouldRedo", record -> ((ObjectNode) record.get("lessons"))
                .put("wouldRedo", "Tôt " + HALF_A_PAIR));
    }

    @Test
    void what_the_event_contract_would_refuse_is_refused_first() {
        refused("title", record -> record.put("title", "🚀🚀"));
        refused("contact.email", record -> ((ObjectNode) record.get("contact")).put("email", "c.martin@gironde.frr"));
        refused("contact.email", record -> ((ObjectNode) record.get("contact")).put("email", "*@*"));
        refused("links.url", record -> ((ObjectNode) record.get("links").get(0))
                .put("url", "https://www.gironde.fr/aides-à-domicile"));
        refused("reusableAssets.url", record -> ((ObjectNode) record.get("reusableAssets").get(0))
                .put("url", "https://www.gironde.fr/cctp?version=[2]"));
    }

    @Test
    void the_dpo_erases_one_exact_address_never_a_pattern() {
        Api dpo = api.withToken(TestIssuer.shared().dpo());

        for (String pattern : new String[] {"*@*", "%@gironde.fr", "c.martin@gironde.fr; d@gironde.fr",
                "c.martin@*", "c.martin\u0000@gironde.fr", "c.martin@gironde.frr"}) {
            Response response = dpo.post("/api/contacts/effacements", json.writeValueAsString(
                    json.createObjectNode().put("email", pattern)));
            assertThat(response.status()).as(pattern + ": " + response.text()).isEqualTo(400);
            assertThat(response.body().get("errors").get(0).get("field").asString()).isEqualTo("email");
        }
        assertThat(dpo.post("/api/contacts/effacements", "{\"email\": \"personne@exemple.fr\"}").status())
                .isEqualTo(200);
    }

    @Test
    void paging_is_bounded_instead_of_overflowing() {
        for (String query : new String[] {"page=2147483647", "page=10001", "size=2147483647", "page=2147483648",
                "page=-2147483648"}) {
            Response response = api.get("/api/experiences?" + query);
            assertThat(response.status()).as(query + ": " + response.text()).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
        JsonNode last = api.get("/api/experiences?page=10000&size=100").body();
        assertThat(last.get("items").size()).isZero();
    }
}
