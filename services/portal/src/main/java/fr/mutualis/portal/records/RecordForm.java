package fr.mutualis.portal.records;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * What a person types in the record's form, as text, exactly as typed: the page shows it again when the API refuses
 * it. Input names follow the API's field names ({@code title}, {@code indicators[1].label}, {@code contact.email}),
 * without its {@code budget.} and {@code lessons.} groups, so that an error of the API finds its input
 * ({@link RecordErrors#inputIdOf}). Rows of lists (fundings, indicators…) left blank are no entry.
 */
public class RecordForm {

    /** Blank rows offered after the filled ones, so that a list grows without JavaScript. */
    static final int BLANK_ROWS = 2;

    private String title;
    private String summary;
    private String description;
    /** SIRENs of the partner collectivités, one per line. */
    private String partnerSirens;
    private List<String> axes = new ArrayList<>();
    private String actionCategory;
    private List<String> policyDomains = new ArrayList<>();
    private String step;
    private String startDate;
    private String endDate;
    private String totalEuros;
    private List<Funding> fundings = new ArrayList<>();
    private String results;
    private List<Indicator> indicators = new ArrayList<>();
    private String wouldRedo;
    private String wouldNotRedo;
    private List<Asset> reusableAssets = new ArrayList<>();
    private List<Link> links = new ArrayList<>();
    private Contact contact = new Contact();
    /** The version the person started from, sent as {@code If-Match} so that nobody's changes are overwritten. */
    private Long version;

    /** One row of a list field: blank when the person typed nothing in it. */
    interface Row {
        boolean blank();
    }

    public static class Funding implements Row {
        private String funder;
        private String amountEuros;

        public Funding() {
        }

        Funding(String funder, String amountEuros) {
            this.funder = funder;
            this.amountEuros = amountEuros;
        }

        @Override
        public boolean blank() {
            return isBlank(funder) && isBlank(amountEuros);
        }

        public String getFunder() { return funder; }
        public void setFunder(String funder) { this.funder = funder; }
        public String getAmountEuros() { return amountEuros; }
        public void setAmountEuros(String amountEuros) { this.amountEuros = amountEuros; }
    }

    public static class Indicator implements Row {
        private String label;
        private String value;

        public Indicator() {
        }

        Indicator(String label, String value) {
            this.label = label;
            this.value = value;
        }

        @Override
        public boolean blank() {
            return isBlank(label) && isBlank(value);
        }

        public String getLabel() { return label; }
        public void setLabel(String label) { this.label = label; }
        public String getValue() { return value; }
        public void setValue(String value) { this.value = value; }
    }

    /** A reusable asset; its kind alone is no entry, since the select always has one. */
    public static class Asset implements Row {
        private String kind;
        private String title;
        private String url;
        private String licence;

        public Asset() {
        }

        Asset(String kind, String title, String url, String licence) {
            this.kind = kind;
            this.title = title;
            this.url = url;
            this.licence = licence;
        }

        @Override
        public boolean blank() {
            return isBlank(title) && isBlank(url) && isBlank(licence);
        }

        public String getKind() { return kind; }
        public void setKind(String kind) { this.kind = kind; }
        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public String getUrl() { return url; }
        public void setUrl(String url) { this.url = url; }
        public String getLicence() { return licence; }
        public void setLicence(String licence) { this.licence = licence; }
    }

    public static class Link implements Row {
        private String title;
        private String url;

        public Link() {
        }

        Link(String title, String url) {
            this.title = title;
            this.url = url;
        }

        @Override
        public boolean blank() {
            return isBlank(title) && isBlank(url);
        }

        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public String getUrl() { return url; }
        public void setUrl(String url) { this.url = url; }
    }

    /** The contact person; shown on the record only when {@code consent} is ticked. */
    public static class Contact {
        private String name;
        private String role;
        private String email;
        private String phone;
        private boolean consent;

        boolean blank() {
            return isBlank(name) && isBlank(role) && isBlank(email) && isBlank(phone) && !consent;
        }

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getRole() { return role; }
        public void setRole(String role) { this.role = role; }
        public String getEmail() { return email; }
        public void setEmail(String email) { this.email = email; }
        public String getPhone() { return phone; }
        public void setPhone(String phone) { this.phone = phone; }
        public boolean isConsent() { return consent; }
        public void setConsent(boolean consent) { this.consent = consent; }
    }

    /** The form filled with a stored record, to edit it. */
    static RecordForm of(RecordView record) {
        RecordForm form = new RecordForm();
        form.title = record.title();
        form.summary = record.summary();
        form.description = record.description();
        form.partnerSirens = record.partners().stream().map(RecordView.Collectivite::siren)
                .collect(Collectors.joining("\n"));
        form.axes = codes(record.axes());
        form.actionCategory = code(record.actionCategory());
        form.policyDomains = codes(record.policyDomains());
        form.step = code(record.step());
        form.startDate = record.startDate();
        form.endDate = record.endDate();
        if (record.budget() != null) {
            form.totalEuros = record.budget().totalEuros() == null ? null : record.budget().totalEuros().toString();
            form.fundings = rows(record.budget().fundings(), funding -> new Funding(funding.funder(),
                    String.valueOf(funding.amountEuros())));
        }
        form.results = record.results();
        form.indicators = rows(record.indicators(), indicator -> new Indicator(indicator.label(), indicator.value()));
        if (record.lessons() != null) {
            form.wouldRedo = record.lessons().wouldRedo();
            form.wouldNotRedo = record.lessons().wouldNotRedo();
        }
        form.reusableAssets = rows(record.reusableAssets(), asset -> new Asset(code(asset.kind()), asset.title(),
                asset.url(), asset.licence()));
        form.links = rows(record.links(), link -> new Link(link.title(), link.url()));
        if (record.contact() != null) {
            form.contact.name = record.contact().name();
            form.contact.role = record.contact().role();
            form.contact.email = record.contact().email();
            form.contact.phone = record.contact().phone();
            form.contact.consent = true;
        }
        form.version = record.version();
        return form;
    }

    /**
     * Drops the blank rows, so that the rows' numbers are those the API names in its errors
     * ({@code indicators[1].label} is the second filled row).
     */
    RecordForm withoutBlankRows() {
        fundings = filled(fundings);
        indicators = filled(indicators);
        reusableAssets = filled(reusableAssets);
        links = filled(links);
        return this;
    }

    /** Adds {@value #BLANK_ROWS} blank rows to each list, for the page. */
    RecordForm withBlankRows() {
        withoutBlankRows();
        pad(fundings, Funding::new);
        pad(indicators, Indicator::new);
        pad(reusableAssets, Asset::new);
        pad(links, Link::new);
        return this;
    }

    private static <R extends Row> List<R> filled(List<R> rows) {
        return rows.stream().filter(row -> row != null && !row.blank()).collect(Collectors.toCollection(ArrayList::new));
    }

    private static <R> void pad(List<R> rows, Supplier<R> blank) {
        for (int i = 0; i < BLANK_ROWS; i++) {
            rows.add(blank.get());
        }
    }

    private static <I, R> List<R> rows(List<I> entries, Function<I, R> row) {
        return entries == null ? new ArrayList<>() : entries.stream().map(row).collect(Collectors.toCollection(ArrayList::new));
    }

    private static String code(RecordView.Labelled value) {
        return value == null ? null : value.code();
    }

    private static List<String> codes(List<RecordView.Labelled> values) {
        return values == null ? new ArrayList<>() : values.stream().map(RecordView.Labelled::code)
                .collect(Collectors.toCollection(ArrayList::new));
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getPartnerSirens() { return partnerSirens; }
    public void setPartnerSirens(String partnerSirens) { this.partnerSirens = partnerSirens; }
    public List<String> getAxes() { return axes; }
    public void setAxes(List<String> axes) { this.axes = axes == null ? new ArrayList<>() : axes; }
    public String getActionCategory() { return actionCategory; }
    public void setActionCategory(String actionCategory) { this.actionCategory = actionCategory; }
    public List<String> getPolicyDomains() { return policyDomains; }
    public void setPolicyDomains(List<String> policyDomains) {
        this.policyDomains = policyDomains == null ? new ArrayList<>() : policyDomains;
    }
    public String getStep() { return step; }
    public void setStep(String step) { this.step = step; }
    public String getStartDate() { return startDate; }
    public void setStartDate(String startDate) { this.startDate = startDate; }
    public String getEndDate() { return endDate; }
    public void setEndDate(String endDate) { this.endDate = endDate; }
    public String getTotalEuros() { return totalEuros; }
    public void setTotalEuros(String totalEuros) { this.totalEuros = totalEuros; }
    public List<Funding> getFundings() { return fundings; }
    public void setFundings(List<Funding> fundings) { this.fundings = fundings; }
    public String getResults() { return results; }
    public void setResults(String results) { this.results = results; }
    public List<Indicator> getIndicators() { return indicators; }
    public void setIndicators(List<Indicator> indicators) { this.indicators = indicators; }
    public String getWouldRedo() { return wouldRedo; }
    public void setWouldRedo(String wouldRedo) { this.wouldRedo = wouldRedo; }
    public String getWouldNotRedo() { return wouldNotRedo; }
    public void setWouldNotRedo(String wouldNotRedo) { this.wouldNotRedo = wouldNotRedo; }
    public List<Asset> getReusableAssets() { return reusableAssets; }
    public void setReusableAssets(List<Asset> reusableAssets) { this.reusableAssets = reusableAssets; }
    public List<Link> getLinks() { return links; }
    public void setLinks(List<Link> links) { this.links = links; }
    public Contact getContact() { return contact; }
    public void setContact(Contact contact) { this.contact = contact; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
