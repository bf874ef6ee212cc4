package fr.mutualis.experience.record;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mutualis.contracts.EventContracts;
import fr.mutualis.experience.record.domain.Budget;
import fr.mutualis.experience.record.domain.ExperienceContent;
import fr.mutualis.experience.record.domain.Lessons;
import fr.mutualis.experience.record.domain.PlausibleDates;
import fr.mutualis.experience.record.domain.Siren;
import fr.mutualis.experience.support.Api.Response;
import fr.mutualis.experience.support.ServiceIntegrationTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Records at the edges of what the API accepts (longest texts, fullest lists, earliest and latest dates, largest
 * amounts, unusual but valid characters and addresses) are published with events that satisfy their contract: an
 * accepted write never fails in {@code AggregateEvents.publish}, nor ends in a consumer's dead letters.
 */
class EdgeRecordsContractIntegrationTest extends ServiceIntegrationTest {

    /** The service's "today", which bounds the dates, is Paris's, not the test machine's. */
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** {@code length} characters of French text, accents and an emoji included. */
    private static String text(int length) {
        String words = "Éléments à réutiliser — œuvre collective, « leçons » de l'été ; 🚀 ";
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            text.append(words);
        }
        // Cut on a code point boundary, then strip, as the domain would.
        int end = Character.isHighSurrogate(text.charAt(length - 1)) ? length - 1 : length;
        return text.substring(0, end).strip();
    }

    private static ObjectNode fullest(ObjectNode record) {
        LocalDate today = LocalDate.now(PARIS);
        record.put("title", text(ExperienceContent.TITLE_MAX_LENGTH));
        record.put("summary", text(ExperienceContent.SUMMARY_MAX_LENGTH));
        record.put("description", text(ExperienceContent.DESCRIPTION_MAX_LENGTH));
        record.put("results", text(ExperienceContent.RESULTS_MAX_LENGTH));
        ArrayNode partners = record.putArray("partnerSirens");
        LongStream.iterate(200_000_000L, n -> n + 1).mapToObj(Long::toString).filter(Siren::isValid)
                .limit(ExperienceContent.MAX_PARTNERS).forEach(partners::add);
        record.put("startDate", PlausibleDates.EARLIEST.toString());
        record.put("endDate", today.plusYears(PlausibleDates.YEARS_AHEAD).toString());
        ObjectNode budget = record.putObject("budget").put("totalEuros", Budget.MAX_EUROS);
        ArrayNode fundings = budget.putArray("fundings");
        IntStream.range(0, Budget.MAX_FUNDINGS).forEach(i -> fundings.addObject().put("funder", text(200))
                .put("amountEuros", Budget.MAX_EUROS / Budget.MAX_FUNDINGS));
        ArrayNode indicators = record.putArray("indicators");
        ArrayNode assets = record.putArray("reusableAssets");
        ArrayNode links = record.putArray("links");
        String longUrl = "https://www.gironde.fr:65535/" + "a".repeat(1950) + "?q=%C3%A9t%C3%A9#haut";
        IntStream.range(0, ExperienceContent.MAX_LIST_ENTRIES).forEach(i -> {
            indicators.addObject().put("label", text(200)).put("value", text(100));
            assets.addObject().put("kind", "logiciel").put("title", text(200)).put("url", longUrl)
                    .put("licence", text(100));
            links.addObject().put("title", text(200)).put("url", "http://gironde.fr:1/" + i);
        });
        record.putObject("lessons").put("wouldRedo", text(Lessons.MAX_LENGTH))
                .put("wouldNotRedo", text(Lessons.MAX_LENGTH));
        record.putObject("contact").put("name", text(200)).put("role", text(200)).put("phone", "+33 5 56 99 33 33")
                .put("email", "o'neil+rex_2." + "n".repeat(40) + "@services-numeriques.gironde.fr")
                .put("consent", true);
        return record;
    }

    private static ObjectNode slimmest(ObjectNode record) {
        ObjectNode slim = record.objectNode();
        slim.put("title", "🚀🚀🚀").put("summary", "É").put("siren", record.get("siren").asString());
        slim.putArray("axes").add("cloud");
        LocalDate latest = LocalDate.now(PARIS).plusYears(PlausibleDates.YEARS_AHEAD);
        slim.put("startDate", latest.toString()).put("endDate", latest.toString());
        slim.putObject("budget").put("totalEuros", 0).putArray("fundings").addObject().put("funder", "É")
                .put("amountEuros", 0);
        slim.putObject("contact").put("name", "A").put("email", "a@b.fr").put("consent", true);
        return slim;
    }

    private void assertPublishedWithinContract(ObjectNode record) {
        Response created = api.post("/api/experiences", json.writeValueAsString(record));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        UUID id = UUID.fromString(created.body().get("id").asString());
        Response published = api.post("/api/experiences/" + id + "/publication", "");
        assertThat(published.status()).as(published.text()).isEqualTo(200);

        assertThat(outbox.payloadsOf(id)).hasSize(2)
                .allSatisfy(payload -> assertThat(EventContracts.violations(payload)).isEmpty());
    }

    @Test
    void the_fullest_record_the_api_accepts_publishes_events_within_their_contract() {
        assertPublishedWithinContract(fullest((ObjectNode) json.readTree(FullRecordJson.of("Guichet"))));
    }

    @Test
    void the_slimmest_record_the_api_accepts_publishes_events_within_their_contract() {
        assertPublishedWithinContract(slimmest((ObjectNode) json.readTree(FullRecordJson.of("Guichet"))));
    }
}
