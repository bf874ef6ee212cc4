package fr.mutualis.experience.record.application;

import fr.mutualis.experience.record.application.validation.EmailAddress;
import fr.mutualis.experience.record.application.validation.KnownCode;
import fr.mutualis.identifiers.validation.ValidSiren;
import fr.mutualis.experience.record.domain.ActionCategory;
import fr.mutualis.experience.record.domain.AssetKind;
import fr.mutualis.experience.record.domain.Axis;
import fr.mutualis.experience.record.domain.Budget;
import fr.mutualis.experience.record.domain.Coded;
import fr.mutualis.experience.record.domain.Contact;
import fr.mutualis.experience.record.domain.ExperienceContent;
import fr.mutualis.experience.record.domain.ExperienceRecordRuleException;
import fr.mutualis.experience.record.domain.Indicator;
import fr.mutualis.experience.record.domain.Lessons;
import fr.mutualis.experience.record.domain.Link;
import fr.mutualis.experience.record.domain.PolicyDomain;
import fr.mutualis.experience.record.domain.ProjectStep;
import fr.mutualis.experience.record.domain.ReusableAsset;
import fr.mutualis.experience.record.domain.Siren;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a client sends to create or update a record: the body of {@code POST /api/experiences} and
 * {@code PUT /api/experiences/{id}}, and an entry of the demonstration file. Plain values, validated with French
 * messages; {@link #toContent(Instant)} applies the domain's own rules.
 *
 * @param axes    axis codes, e.g. {@code ["open-data", "e-inclusion"]}
 * @param contact shown only if {@code consent} is true
 */
public record ExperienceRecordCommand(
        @NotNull(message = "Le titre est obligatoire.")
        @Size(min = ExperienceContent.TITLE_MIN_LENGTH, max = ExperienceContent.TITLE_MAX_LENGTH,
                message = "Le titre doit contenir entre {min} et {max} caractères.")
        String title,

        @NotNull(message = "Le résumé est obligatoire.")
        @Size(max = ExperienceContent.SUMMARY_MAX_LENGTH, message = "Le résumé ne doit pas dépasser {max} caractères.")
        String summary,

        @Size(max = ExperienceContent.DESCRIPTION_MAX_LENGTH,
                message = "La description ne doit pas dépasser {max} caractères.")
        String description,

        @NotNull(message = "Le numéro SIREN est obligatoire.")
        @ValidSiren
        String siren,

        @Size(max = ExperienceContent.MAX_PARTNERS, message = "Indiquez au plus {max} collectivités partenaires.")
        List<@NotNull(message = "Un partenaire ne peut pas être vide.") @ValidSiren String> partnerSirens,

        @NotEmpty(message = "Choisissez au moins un axe.")
        List<@NotNull(message = "Un axe ne peut pas être vide.") @KnownCode(value = Axis.class, subject = "L'axe") String> axes,

        @KnownCode(value = ActionCategory.class, subject = "La catégorie d'action", feminine = true) String actionCategory,

        List<@NotNull(message = "Un domaine ne peut pas être vide.")
        @KnownCode(value = PolicyDomain.class, subject = "Le domaine de politique publique") String> policyDomains,

        @KnownCode(value = ProjectStep.class, subject = "L'étape", feminine = true) String step,

        LocalDate startDate,
        LocalDate endDate,

        @Valid BudgetInput budget,

        @Size(max = ExperienceContent.RESULTS_MAX_LENGTH, message = "Les résultats ne doivent pas dépasser {max} caractères.")
        String results,

        @Size(max = ExperienceContent.MAX_LIST_ENTRIES, message = "Indiquez au plus {max} indicateurs.")
        List<@NotNull(message = "Un indicateur ne peut pas être vide.") IndicatorInput> indicators,

        LessonsInput lessons,

        @Size(max = ExperienceContent.MAX_LIST_ENTRIES, message = "Indiquez au plus {max} ressources réutilisables.")
        List<@NotNull(message = "Une ressource ne peut pas être vide.") @Valid AssetInput> reusableAssets,

        @Size(max = ExperienceContent.MAX_LIST_ENTRIES, message = "Indiquez au plus {max} liens.")
        List<@NotNull(message = "Un lien ne peut pas être vide.") LinkInput> links,

        @Valid ContactInput contact) {

    public ExperienceRecordCommand {
        title = stripToNull(title);
        summary = stripToNull(summary);
        siren = stripToNull(siren);
    }

    /** The command with only what is required. */
    public static ExperienceRecordCommand essentials(String title, String summary, String siren, List<String> axes) {
        return new ExperienceRecordCommand(title, summary, null, siren, null, axes, null, null, null, null, null, null,
                null, null, null, null, null, null);
    }

    /** @param totalEuros the total cost, in euros */
    public record BudgetInput(Long totalEuros, List<FundingInput> fundings) {
    }

    public record FundingInput(String funder, Long amountEuros) {
    }

    public record IndicatorInput(String label, String value) {
    }

    public record LessonsInput(String wouldRedo, String wouldNotRedo) {
    }

    /** @param kind {@code logiciel}, {@code specification}, {@code marche} or {@code autre} */
    public record AssetInput(
            @NotNull(message = "Le type de ressource est obligatoire.")
            @KnownCode(value = AssetKind.class, subject = "Le type de ressource") String kind,
            String title, String url, String licence) {
    }

    public record LinkInput(String title, String url) {
    }

    /** @param consent the person agreed to be shown as the contact of the project */
    public record ContactInput(String name, String role, @EmailAddress String email, String phone, Boolean consent) {
    }

    /**
     * @param now the consent's date when a contact is given
     * @throws ExperienceRecordRuleException if a rule of the domain is broken
     */
    public ExperienceContent toContent(Instant now) {
        return new ExperienceContent(
                title,
                summary,
                description,
                siren == null ? null : Siren.of(siren),
                map(partnerSirens, Siren::of),
                axes == null ? null : axes.stream().map(Axis::fromCode).collect(Collectors.toSet()),
                code(ActionCategory.class, "actionCategory", actionCategory),
                policyDomains == null ? null : policyDomains.stream()
                        .map(code -> code(PolicyDomain.class, "policyDomains", code)).collect(Collectors.toSet()),
                code(ProjectStep.class, "step", step),
                startDate,
                endDate,
                budget == null ? null : new Budget(budget.totalEuros(), map(budget.fundings(),
                        funding -> new Budget.Funding(funding.funder(), required(funding.amountEuros(),
                                "budget.fundings.amountEuros")))),
                results,
                map(indicators, indicator -> new Indicator(indicator.label(), indicator.value())),
                lessons == null ? null : new Lessons(lessons.wouldRedo(), lessons.wouldNotRedo()),
                map(reusableAssets, asset -> new ReusableAsset(code(AssetKind.class, "reusableAssets.kind",
                        asset.kind()), asset.title(), asset.url(), asset.licence())),
                map(links, link -> new Link(link.title(), link.url())),
                contact == null ? null : contact(now));
    }

    private Contact contact(Instant now) {
        if (!Boolean.TRUE.equals(contact.consent())) {
            throw new ExperienceRecordRuleException("contact.consent",
                    "A contact is shown only with the person's consent");
        }
        return new Contact(contact.name(), contact.role(), contact.email(), contact.phone(), now);
    }

    private static <E extends Enum<E> & Coded> E code(Class<E> type, String field, String code) {
        return code == null ? null : Coded.fromCode(type, field, code);
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw new ExperienceRecordRuleException(field, field + " is required");
        }
        return value;
    }

    private static <I, O> List<O> map(List<I> inputs, Function<I, O> mapping) {
        return inputs == null ? null : inputs.stream().map(input -> input == null ? null : mapping.apply(input)).toList();
    }

    private static String stripToNull(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
