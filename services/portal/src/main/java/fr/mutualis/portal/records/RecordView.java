package fr.mutualis.portal.records;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A record as experience-service answers it ({@code ExperienceResponse}): codes come with their French labels, dates
 * as ISO texts for {@code @dates}. {@code version} is what a change sends back as {@code If-Match}.
 */
public record RecordView(
        UUID id,
        String title,
        String summary,
        String description,
        String siren,
        Collectivite collectivite,
        List<Collectivite> partners,
        List<Labelled> axes,
        Labelled actionCategory,
        List<Labelled> policyDomains,
        Labelled step,
        String startDate,
        String endDate,
        Budget budget,
        String results,
        List<Indicator> indicators,
        Lessons lessons,
        List<Asset> reusableAssets,
        List<Link> links,
        Contact contact,
        Labelled status,
        long version,
        String createdAt,
        String updatedAt,
        String publishedAt,
        String archivedAt) {

    static final String DRAFT = "draft";
    static final String PUBLISHED = "published";
    static final String ARCHIVED = "archived";

    public RecordView {
        partners = listOf(partners);
        axes = listOf(axes);
        policyDomains = listOf(policyDomains);
        indicators = listOf(indicators);
        reusableAssets = listOf(reusableAssets);
        links = listOf(links);
    }

    public record Labelled(String code, String label) {
    }

    public record Collectivite(String siren, String name) {
    }

    public record Budget(Long totalEuros, List<Funding> fundings) {
        public Budget {
            fundings = listOf(fundings);
        }
    }

    public record Funding(String funder, long amountEuros) {
        public String amount() {
            return euros(amountEuros);
        }
    }

    public record Indicator(String label, String value) {
    }

    public record Lessons(String wouldRedo, String wouldNotRedo) {
    }

    public record Asset(Labelled kind, String title, String url, String licence) {
    }

    public record Link(String title, String url) {
    }

    public record Contact(String name, String role, String email, String phone, String consentAt) {
    }

    /** One page of {@code GET /api/experiences}. */
    public record Page(List<RecordView> items, long totalItems) {
        public Page {
            items = listOf(items);
        }
    }

    public boolean draft() {
        return DRAFT.equals(statusCode());
    }

    public boolean published() {
        return PUBLISHED.equals(statusCode());
    }

    public boolean archived() {
        return ARCHIVED.equals(statusCode());
    }

    public String statusCode() {
        return status == null ? null : status.code();
    }

    /** When the record last changed, whatever the change. */
    public String changedAt() {
        return updatedAt != null ? updatedAt : createdAt;
    }

    /** « 120 000 € », or null when no total is given. */
    public String budgetTotal() {
        return budget == null || budget.totalEuros() == null ? null : euros(budget.totalEuros());
    }

    static String euros(long amount) {
        return NumberFormat.getIntegerInstance(Locale.FRANCE).format(amount) + " €";
    }

    private static <T> List<T> listOf(List<T> values) {
        return values == null ? List.of() : values;
    }
}
