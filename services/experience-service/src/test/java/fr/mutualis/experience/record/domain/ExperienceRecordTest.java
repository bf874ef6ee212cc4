package fr.mutualis.experience.record.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.mutualis.experience.collectivite.domain.Collectivite;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ExperienceRecordTest {

    private static final Instant T0 = Instant.parse("2025-03-01T09:00:00Z");
    private static final UUID ID = UUID.fromString("e7a1d0c0-0000-4000-8000-000000000001");
    private static final Siren GIRONDE = Siren.of("223300013");
    private static final Collectivite OWNER = new Collectivite("223300013", "departement", "Gironde", "33",
            new Collectivite.Territory("33", "Gironde"), new Collectivite.Territory("75", "Nouvelle-Aquitaine"),
            1_654_970L, new Collectivite.Band("tercile-3", "Départements les plus peuplés"));
    private static final Contact CONTACT = new Contact("Claire Martin", "Cheffe de projet", "c.martin@gironde.fr",
            null, T0);

    private static ExperienceContent content(String title) {
        return ExperienceContent.essentials(title, "Un résumé.", GIRONDE, Set.of(Axis.OPEN_DATA));
    }

    private static ExperienceContent withContact() {
        ExperienceContent base = content("Portail open data");
        return new ExperienceContent(base.title(), base.summary(), null, GIRONDE, List.of(), base.axes(), null,
                Set.of(), null, null, null, null, null, List.of(), null, List.of(), List.of(), CONTACT);
    }

    private static ExperienceRecord draft(ExperienceContent content) {
        return ExperienceRecord.draft(ID, content, OWNER, List.of(), false, T0).record();
    }

    @Test
    void a_new_record_is_a_draft_at_version_1() {
        ExperienceRecordChanged created = ExperienceRecord.draft(ID, content("Portail open data"), OWNER, List.of(),
                true, T0);

        assertThat(created.change()).isEqualTo(ExperienceRecordChanged.Change.CREATED);
        assertThat(created.version()).isEqualTo(1);
        assertThat(created.occurredAt()).isEqualTo(T0);
        assertThat(created.record().status()).isEqualTo(ExperienceStatus.DRAFT);
        assertThat(created.record().publishedAt()).isNull();
        assertThat(created.record().demo()).isTrue();
    }

    @Test
    void each_change_adds_one_to_the_version_and_keeps_the_creation_time() {
        ExperienceRecord v1 = draft(content("Portail open data"));
        ExperienceRecord v2 = v1.update(content("Portail open data départemental"), OWNER, List.of(),
                T0.plusSeconds(60)).record();
        ExperienceRecord v3 = v2.publish(T0.plusSeconds(120)).record();

        assertThat(List.of(v1.version(), v2.version(), v3.version())).containsExactly(1L, 2L, 3L);
        assertThat(v3.createdAt()).isEqualTo(T0);
        assertThat(v3.updatedAt()).isEqualTo(T0.plusSeconds(120));
        assertThat(v3.content().title()).isEqualTo("Portail open data départemental");
    }

    @Test
    void a_change_never_goes_back_in_time() {
        ExperienceRecord v1 = draft(content("Portail open data"));
        assertThat(v1.update(content("Autre titre"), OWNER, List.of(), T0.minusSeconds(5)).occurredAt()).isEqualTo(T0);
    }

    @Test
    void publishing_keeps_the_first_publication_date_and_restores_an_archived_record() {
        ExperienceRecord published = draft(content("Portail open data")).publish(T0.plusSeconds(10)).record();
        ExperienceRecord archived = published.archive(T0.plusSeconds(20)).record();
        ExperienceRecordChanged restored = archived.publish(T0.plusSeconds(30));

        assertThat(published.publishedAt()).isEqualTo(T0.plusSeconds(10));
        assertThat(archived.status()).isEqualTo(ExperienceStatus.ARCHIVED);
        assertThat(archived.archivedAt()).isEqualTo(T0.plusSeconds(20));
        assertThat(restored.change()).isEqualTo(ExperienceRecordChanged.Change.PUBLISHED);
        assertThat(restored.record().publishedAt()).isEqualTo(T0.plusSeconds(10));
        assertThat(restored.record().archivedAt()).isNull();
    }

    @Test
    void lifecycle_refuses_what_makes_no_sense() {
        ExperienceRecord published = draft(content("Portail open data")).publish(T0).record();
        ExperienceRecord archived = published.archive(T0).record();

        assertThatThrownBy(() -> published.publish(T0)).isInstanceOf(ExperienceLifecycleException.class)
                .extracting(e -> ((ExperienceLifecycleException) e).reason())
                .isEqualTo(ExperienceLifecycleException.Reason.ALREADY_PUBLISHED);
        assertThatThrownBy(() -> archived.archive(T0)).isInstanceOf(ExperienceLifecycleException.class);
        assertThatThrownBy(() -> archived.update(content("Nouveau"), OWNER, List.of(), T0))
                .isInstanceOf(ExperienceLifecycleException.class)
                .extracting(e -> ((ExperienceLifecycleException) e).reason())
                .isEqualTo(ExperienceLifecycleException.Reason.ARCHIVED_IS_READ_ONLY);
    }

    @Test
    void erasing_the_contact_is_a_change_even_of_an_archived_record_and_only_once() {
        ExperienceRecord archived = draft(withContact()).publish(T0).record().archive(T0).record();

        ExperienceRecordChanged erased = archived.eraseContact(T0.plusSeconds(1)).orElseThrow();

        assertThat(erased.change()).isEqualTo(ExperienceRecordChanged.Change.CONTACT_ERASED);
        assertThat(erased.record().content().contact()).isNull();
        assertThat(erased.record().content().title()).isEqualTo("Portail open data");
        assertThat(erased.record().status()).isEqualTo(ExperienceStatus.ARCHIVED);
        assertThat(erased.record().eraseContact(T0.plusSeconds(2))).isEmpty();
    }

    @Test
    void the_owner_is_the_collectivite_of_the_content() {
        Collectivite other = new Collectivite("219400025", "commune", "Alfortville", "94002", null, null, 44_000L,
                new Collectivite.Band("20000-49999", "De 20 000 à 49 999 habitants"));
        assertThatThrownBy(() -> ExperienceRecord.draft(ID, content("Portail"), other, List.of(), false, T0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void title_has_3_to_200_characters() {
        assertThatThrownBy(() -> content("ab")).isInstanceOf(ExperienceRecordRuleException.class)
                .extracting(e -> ((ExperienceRecordRuleException) e).field()).isEqualTo("title");
        assertThatThrownBy(() -> content("   ab   ")).isInstanceOf(ExperienceRecordRuleException.class);
        assertThatThrownBy(() -> content("x".repeat(201))).isInstanceOf(ExperienceRecordRuleException.class);
        assertThat(content("  abc ").title()).isEqualTo("abc");
        assertThat(content("x".repeat(200)).title()).hasSize(200);
    }

    @Test
    void summary_is_required_and_at_most_2000_characters() {
        Set<Axis> axes = Set.of(Axis.CLOUD);
        assertThatThrownBy(() -> ExperienceContent.essentials("Titre", " ", GIRONDE, axes))
                .extracting(e -> ((ExperienceRecordRuleException) e).field()).isEqualTo("summary");
        assertThatThrownBy(() -> ExperienceContent.essentials("Titre", "x".repeat(2001), GIRONDE, axes))
                .isInstanceOf(ExperienceRecordRuleException.class);
        assertThat(ExperienceContent.essentials("Titre", "x".repeat(2000), GIRONDE, axes).summary()).hasSize(2000);
    }

    @Test
    void at_least_one_axis_kept_in_the_study_order() {
        assertThatThrownBy(() -> ExperienceContent.essentials("Titre", "Résumé", GIRONDE, Set.of()))
                .extracting(e -> ((ExperienceRecordRuleException) e).field()).isEqualTo("axes");
        assertThatThrownBy(() -> ExperienceContent.essentials("Titre", "Résumé", GIRONDE, null))
                .isInstanceOf(ExperienceRecordRuleException.class);
        assertThat(ExperienceContent.essentials("Titre", "Résumé", GIRONDE,
                Set.of(Axis.PROTECTION_DONNEES, Axis.THD, Axis.OPEN_DATA)).axes())
                .containsExactly(Axis.OPEN_DATA, Axis.THD, Axis.PROTECTION_DONNEES);
    }

    @Test
    void partners_exclude_the_owner_and_duplicates() {
        Siren alfortville = Siren.of("219400025");
        ExperienceContent base = content("Portail open data");
        assertThat(new ExperienceContent(base.title(), base.summary(), null, GIRONDE,
                List.of(alfortville, alfortville), base.axes(), null, Set.of(), null, null, null, null, null,
                List.of(), null, List.of(), List.of(), null).partnerSirens()).containsExactly(alfortville);
        assertThatThrownBy(() -> new ExperienceContent(base.title(), base.summary(), null, GIRONDE, List.of(GIRONDE),
                base.axes(), null, Set.of(), null, null, null, null, null, List.of(), null, List.of(), List.of(), null))
                .extracting(e -> ((ExperienceRecordRuleException) e).field()).isEqualTo("partnerSirens");
    }

    @Test
    void the_end_date_is_not_before_the_start_date() {
        ExperienceContent base = content("Portail open data");
        assertThatThrownBy(() -> new ExperienceContent(base.title(), base.summary(), null, GIRONDE, List.of(),
                base.axes(), null, Set.of(), ProjectStep.REALISE, LocalDate.of(2024, 5, 1), LocalDate.of(2024, 4, 30),
                null, null, List.of(), null, List.of(), List.of(), null))
                .extracting(e -> ((ExperienceRecordRuleException) e).field()).isEqualTo("endDate");
    }

    @Test
    void values_guard_their_fields() {
        assertThatThrownBy(() -> new Link("Site", "javascript:alert(1)"))
                .extracting(e -> ((ExperienceRecordRuleException) e).field()).isEqualTo("links.url");
        assertThat(new Link(" Site ", "https://www.gironde.fr").title()).isEqualTo("Site");
        assertThatThrownBy(() -> new Contact("Claire Martin", null, "pas-une-adresse", null, T0))
                .extracting(e -> ((ExperienceRecordRuleException) e).field()).isEqualTo("contact.email");
        assertThatThrownBy(() -> new Contact("Claire Martin", null, null, null, null))
                .extracting(e -> ((ExperienceRecordRuleException) e).field()).isEqualTo("contact.consent");
        assertThatThrownBy(() -> new Budget(-1L, List.of()))
                .extracting(e -> ((ExperienceRecordRuleException) e).field()).isEqualTo("budget.totalEuros");
        assertThat(new Lessons(" ", null).saysNothing()).isTrue();
    }

    @Test
    void codes_are_the_constants_in_lower_case_with_dashes() {
        assertThat(Axis.PROTECTION_DONNEES.code()).isEqualTo("protection-donnees");
        assertThat(ActionCategory.E_INCLUS.code()).isEqualTo("e-inclus");
        assertThat(Coded.fromCode(ProjectStep.class, "step", "en-reflexion")).isEqualTo(ProjectStep.EN_REFLEXION);
        assertThatThrownBy(() -> Coded.fromCode(PolicyDomain.class, "policyDomains", "inconnu"))
                .extracting(e -> ((ExperienceRecordRuleException) e).field()).isEqualTo("policyDomains");
    }

    @Test
    void a_page_counts_its_pages() {
        assertThat(new ExperienceRecordPage(List.of(), new PageQuery(0, 20), 0).totalPages()).isZero();
        assertThat(new ExperienceRecordPage(List.of(), new PageQuery(0, 20), 21).totalPages()).isEqualTo(2);
        assertThatThrownBy(() -> new PageQuery(0, 101)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PageQuery(Integer.MAX_VALUE, 20)).isInstanceOf(IllegalArgumentException.class);
    }

    private static ExperienceContent dated(LocalDate start, LocalDate end) {
        ExperienceContent base = content("Portail open data");
        return new ExperienceContent(base.title(), base.summary(), null, GIRONDE, List.of(), base.axes(), null,
                Set.of(), null, start, end, null, null, List.of(), null, List.of(), List.of(), null);
    }

    private static String fieldAtFault(Runnable write) {
        try {
            write.run();
        } catch (ExperienceRecordRuleException e) {
            return e.field();
        }
        throw new AssertionError("accepted");
    }

    @Test
    void project_dates_run_from_1990_to_ten_years_ahead_when_written() {
        LocalDate today = LocalDate.of(2025, 3, 1);
        LocalDate latest = today.plusYears(10);

        assertThat(draft(dated(LocalDate.of(1990, 1, 1), latest)).content().endDate()).isEqualTo(latest);
        assertThat(fieldAtFault(() -> draft(dated(LocalDate.of(1989, 12, 31), null)))).isEqualTo("startDate");
        assertThat(fieldAtFault(() -> draft(dated(LocalDate.of(57275, 1, 1), null)))).isEqualTo("startDate");
        assertThat(fieldAtFault(() -> draft(dated(LocalDate.of(2020, 1, 1), latest.plusDays(1))))).isEqualTo("endDate");
        assertThat(fieldAtFault(() -> draft(dated(LocalDate.of(2020, 1, 2), LocalDate.of(2020, 1, 1)))))
                .isEqualTo("endDate");
        ExperienceRecord current = draft(content("Portail open data"));
        assertThat(fieldAtFault(() -> current.update(dated(LocalDate.of(1, 1, 1), null), OWNER, List.of(), T0)))
                .isEqualTo("startDate");
    }

    @Test
    void amounts_stay_under_ten_billion_euros_and_fundings_within_the_total() {
        Budget.Funding half = new Budget.Funding("État", 5_000_000_000L);

        assertThat(new Budget(Budget.MAX_EUROS, List.of(half, half)).fundings()).hasSize(2);
        assertThat(fieldAtFault(() -> new Budget(Budget.MAX_EUROS + 1, List.of()))).isEqualTo("budget.totalEuros");
        assertThat(fieldAtFault(() -> new Budget.Funding("État", -1))).isEqualTo("budget.fundings.amountEuros");
        assertThat(fieldAtFault(() -> new Budget.Funding("État", Long.MAX_VALUE)))
                .isEqualTo("budget.fundings.amountEuros");
        assertThat(fieldAtFault(() -> new Budget(9_999_999_999L, List.of(half, half)))).isEqualTo("budget.fundings");
        assertThat(new Budget(null, List.of(half, half)).fundings()).hasSize(2);
    }

    @Test
    void texts_that_cannot_be_stored_or_published_are_refused() {
        assertThatThrownBy(() -> new Indicator("Taux\u0000", "62 %")).isInstanceOf(UnreadableTextException.class)
                .extracting(e -> ((ExperienceRecordRuleException) e).field()).isEqualTo("indicators.label");
        assertThat(fieldAtFault(() -> new Lessons("Associer \ud83d tôt", null))).isEqualTo("lessons.wouldRedo");
        assertThat(new Lessons("Associer les agents 🚀", null).wouldRedo()).endsWith("🚀");
        // Four UTF-16 units but two characters: below the contract's three.
        assertThat(fieldAtFault(() -> content("🚀🚀"))).isEqualTo("title");
        assertThat(content("🚀🚀🚀").title()).isEqualTo("🚀🚀🚀");
    }

    @Test
    void web_addresses_are_what_the_contract_calls_a_uri() {
        assertThat(fieldAtFault(() -> new Link("Site", "https://www.gironde.fr/aides-à-domicile"))).isEqualTo("links.url");
        assertThat(fieldAtFault(() -> new Link("Site", "https://www.gironde.fr/?q=[1]"))).isEqualTo("links.url");
        assertThat(new Link("Site", "https://www.gironde.fr/aides-%C3%A0-domicile?q=1").url()).contains("%C3%A0");
    }

    @Test
    void an_email_address_is_one_exact_mailbox() {
        assertThat(new Contact("Claire Martin", null, "c.martin+rex@gironde.fr", null, T0).email())
                .isEqualTo("c.martin+rex@gironde.fr");
        for (String notOne : List.of("*@*", "*@gironde.fr", "c.martin@*.fr", "c martin@gironde.fr", "c.martin@gironde",
                "c..martin@gironde.fr", "\"c\"@gironde.fr", "c.martin@gironde.fr, d@gironde.fr")) {
            assertThat(fieldAtFault(() -> new Contact("Claire Martin", null, notOne, null, T0))).as(notOne)
                    .isEqualTo("contact.email");
        }
    }
}
