package fr.mutualis.portal.administration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import fr.mutualis.portal.shared.calls.ServiceProblem;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the administration's forms send to the APIs, and where the APIs' refusals are said. */
class AdministrationFormsTest {

    @Test
    void an_adhesion_is_sent_with_its_iso_date_and_the_checked_services() {
        AdhesionForm form = new AdhesionForm(" 01/09/2026 ", List.of("benchmark", "marches-publics"));

        assertThat(form.toRequest()).containsOnly(entry("adhesionDate", "2026-09-01"),
                entry("services", List.of("benchmark", "marches-publics")));
    }

    @Test
    void an_adhesion_without_date_or_service_is_left_to_the_api_to_refuse_with_its_messages() {
        AdhesionForm form = new AdhesionForm("", null);

        assertThat(form.toRequest()).containsEntry("adhesionDate", null).containsEntry("services", List.of());
    }

    @Test
    void a_date_that_is_not_one_is_said_next_to_its_field_without_calling_the_api() {
        AdhesionForm form = new AdhesionForm("31/02/2026", List.of("benchmark"));

        assertThatThrownBy(form::toRequest).isInstanceOfSatisfying(UnreadableFieldException.class, unreadable -> {
            assertThat(unreadable.errors().of("date-adhesion")).contains("31/02/2026").contains("JJ/MM/AAAA");
            assertThat(unreadable.errors().status()).isEqualTo(422);
        });
    }

    @Test
    void a_new_adhesion_starts_today_and_a_current_one_shows_its_date_and_services() {
        LocalDate today = LocalDate.of(2026, 12, 2);

        assertThat(AdhesionForm.of(null, today)).isEqualTo(new AdhesionForm("02/12/2026", List.of()));
        assertThat(AdhesionForm.of(new Adhesion("212901953", "2020-01-01", List.of("benchmark"), null), today))
                .isEqualTo(new AdhesionForm("01/01/2020", List.of("benchmark")));
        assertThat(AdhesionForm.of(new Adhesion("212901953", "2020-01-01", List.of("benchmark"), "2024-12-31"), today))
                .as("a former member joins again from today").isEqualTo(new AdhesionForm("02/12/2026", List.of()));
    }

    @Test
    void a_departure_without_date_is_today_for_the_api() {
        assertThat(new DepartureForm("").leftOn()).isNull();
        assertThat(new DepartureForm("2026-12-31").leftOn()).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void the_apis_field_errors_are_said_next_to_the_forms_fields_in_the_forms_order() {
        ServiceProblem problem = new ServiceProblem(400, "Requête invalide", "2 champs invalides",
                orderedMap("services[0]", "Service inconnu.", "adhesionDate", "La date d'adhésion est obligatoire."));

        FormErrors errors = FormErrors.from(problem, AdhesionForm.FIELDS);

        assertThat(errors.fields()).containsExactly(entry("date-adhesion", "La date d'adhésion est obligatoire."),
                entry("services", "Service inconnu."));
        assertThat(errors.general()).isEmpty();
        assertThat(errors.status()).isEqualTo(422);
    }

    @Test
    void a_refusal_that_names_no_field_of_the_form_is_said_at_the_top_with_the_services_status() {
        FormErrors conflict = FormErrors.from(new ServiceProblem(409, "Conflit",
                "Un intégrateur nommé « acme » existe déjà.", Map.of()), IntegratorForm.FIELDS);
        FormErrors broker = FormErrors.from(new ServiceProblem(503, "Broker Kafka indisponible", "Réessayez.",
                Map.of()), IntegratorForm.FIELDS);

        assertThat(conflict.general()).containsExactly("Un intégrateur nommé « acme » existe déjà.");
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(broker.status()).isEqualTo(502);
    }

    @Test
    void an_integrator_is_registered_then_granted_the_checked_topics() {
        IntegratorForm form = new IntegratorForm(" acme ", "ACME Logiciels", "dev@acme.example",
                List.of("mutualis.experience.events"));

        assertThat(form.toRegistration()).containsOnly(entry("name", "acme"), entry("organisation", "ACME Logiciels"),
                entry("contactEmail", "dev@acme.example"));
        assertThat(IntegratorForm.grants(form.sujets())).containsOnly(entry("topics", List.of("mutualis.experience.events")));
        assertThat(IntegratorForm.grants(null)).as("nothing checked removes every grant")
                .containsOnly(entry("topics", List.of()));
        assertThat(FormErrors.from(new ServiceProblem(400, "Requête invalide", "", Map.of("contactEmail",
                "Adresse invalide.")), IntegratorForm.FIELDS).of("contact")).isEqualTo("Adresse invalide.");
    }

    @Test
    void a_subscription_filters_event_types_only_when_some_are_typed() {
        SubscriptionForm typed = new SubscriptionForm("acme", " https://acme.example/hooks ",
                List.of("mutualis.experience.events"), "experience.record.published,\n experience.record.archived\n\n");
        SubscriptionForm untyped = new SubscriptionForm("acme", "https://acme.example/hooks", null, "  ");

        assertThat(typed.toRequest()).containsOnly(entry("integrator", "acme"),
                entry("url", "https://acme.example/hooks"), entry("topics", List.of("mutualis.experience.events")),
                entry("eventTypes", List.of("experience.record.published", "experience.record.archived")));
        assertThat(untyped.toRequest()).containsEntry("eventTypes", null).containsEntry("topics", List.of());
    }

    @Test
    void a_replay_starts_at_the_typed_paris_time_or_at_midnight() {
        assertThat(new ReplayForm("01/07/2026", "08h30").toRequest()).containsOnly(entry("from", "2026-07-01T08:30+02:00"));
        assertThat(new ReplayForm("01/12/2026", "").toRequest()).containsOnly(entry("from", "2026-12-01T00:00+01:00"));
        assertThatThrownBy(() -> new ReplayForm("01/12/2026", "25:00").toRequest())
                .isInstanceOfSatisfying(UnreadableFieldException.class,
                        unreadable -> assertThat(unreadable.errors().has("depuis-heure")).isTrue());
    }

    @Test
    void a_council_is_registered_by_its_siren_and_code_and_a_syndicat_by_its_name() {
        RegistrationForm council = new RegistrationForm("222 900 011", "departement", " ", "29");
        RegistrationForm syndicat = new RegistrationForm("253700488", "syndicat", " Mégalis Bretagne ", "");

        assertThat(council.sirenDigits()).isEqualTo("222900011");
        assertThat(council.toRequest()).containsOnly(entry("kind", "departement"), entry("name", null), entry("code", "29"));
        assertThat(syndicat.toRequest()).containsOnly(entry("kind", "syndicat"), entry("name", "Mégalis Bretagne"),
                entry("code", null));
        assertThatThrownBy(() -> new RegistrationForm("12345", "region", "", "53").sirenDigits())
                .isInstanceOfSatisfying(UnreadableFieldException.class,
                        unreadable -> assertThat(unreadable.errors().has("siren")).isTrue());
    }

    @Test
    void an_import_says_what_it_changed_by_kind() {
        assertThat(CollectivitesController.counts(Map.of("commune", 34875, "departement", 109)))
                .isEqualTo("34\u202f875 communes, 109 départements");
        assertThat(CollectivitesController.counts(Map.of())).isEqualTo("aucun");
    }

    private static Map<String, String> orderedMap(String... keysAndValues) {
        Map<String, String> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    @Test
    void a_vocabulary_entry_is_sent_with_one_term_per_line_and_no_blank_term() {
        VocabularyEntryForm form = new VocabularyEntryForm("sigle", " ENT \r\n\n espace numérique de travail\n");

        assertThat(form.toRequest()).containsOnly(entry("kind", "sigle"),
                entry("terms", List.of("ENT", "espace numérique de travail")));
        assertThat(new VocabularyEntryForm(null, null).toRequest()).containsOnly(entry("kind", ""),
                entry("terms", List.of()));
    }
}
