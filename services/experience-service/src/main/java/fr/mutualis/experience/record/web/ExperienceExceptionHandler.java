package fr.mutualis.experience.record.web;

import fr.mutualis.experience.record.application.ConcurrentUpdateException;
import fr.mutualis.experience.record.application.ExperienceRecordNotFoundException;
import fr.mutualis.experience.record.application.VersionMismatchException;
import fr.mutualis.experience.record.domain.ExperienceLifecycleException;
import fr.mutualis.experience.record.domain.ExperienceRecordRuleException;
import fr.mutualis.experience.record.domain.PlausibleDates;
import fr.mutualis.experience.record.domain.UnreadableTextException;
import fr.mutualis.web.problem.FieldErrorItem;
import fr.mutualis.web.problem.Problems;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The problems of the experience record API, in French. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ExperienceExceptionHandler {

    @ExceptionHandler
    ResponseEntity<ProblemDetail> notFound(ExperienceRecordNotFoundException ex) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Problems.of(HttpStatus.NOT_FOUND,
                "Retour d'expérience introuvable",
                "Aucun retour d'expérience n'a l'identifiant " + ex.id() + "."));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> versionMismatch(VersionMismatchException ex) {
        ProblemDetail problem = Problems.of(HttpStatus.PRECONDITION_FAILED, "Version obsolète",
                "Ce retour d'expérience a été modifié entre-temps : il en est à la version " + ex.currentVersion()
                        + ". Rechargez-le et reportez vos modifications avant d'enregistrer.");
        problem.setProperty("currentVersion", ex.currentVersion());
        return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED)
                .eTag(IfMatch.etag(ex.currentVersion()))
                .body(problem);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> concurrentUpdate(ConcurrentUpdateException ex) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Problems.of(HttpStatus.CONFLICT,
                "Modification concurrente",
                "Ce retour d'expérience a été modifié par quelqu'un d'autre pendant l'enregistrement. "
                        + "Rechargez-le puis réessayez."));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> lifecycle(ExperienceLifecycleException ex) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Problems.of(HttpStatus.CONFLICT,
                "Action impossible dans l'état actuel", switch (ex.reason()) {
                    case ALREADY_PUBLISHED -> "Ce retour d'expérience est déjà publié.";
                    case ALREADY_ARCHIVED -> "Ce retour d'expérience est déjà archivé.";
                    case ARCHIVED_IS_READ_ONLY ->
                            "Un retour d'expérience archivé ne se modifie pas : republiez-le d'abord.";
                }));
    }

    /** The request passed validation but broke a rule of the domain: the request is at fault all the same. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> ruleBroken(ExperienceRecordRuleException ex) {
        String message = FIELD_MESSAGES.getOrDefault(ex.field(), "La valeur est invalide.");
        return ResponseEntity.badRequest().body(Problems.validation(List.of(new FieldErrorItem(ex.field(), message))));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> unreadableText(UnreadableTextException ex) {
        return ResponseEntity.badRequest().body(Problems.validation(List.of(new FieldErrorItem(ex.field(),
                "Ce texte contient un caractère qui ne peut être ni enregistré ni publié (caractère nul U+0000 ou "
                        + "caractère Unicode incomplet) : retirez-le."))));
    }

    /** What to tell the author when a domain rule of a field is broken. */
    private static final String DATE_RANGE = "La date %s doit être comprise entre le 1er janvier "
            + PlausibleDates.EARLIEST.getYear() + " et " + PlausibleDates.YEARS_AHEAD + " ans après aujourd'hui.";

    private static final Map<String, String> FIELD_MESSAGES = Map.ofEntries(
            Map.entry("title", "Le titre est invalide."),
            Map.entry("summary", "Le résumé est obligatoire et ne doit pas dépasser 2 000 caractères."),
            Map.entry("siren", "Le numéro SIREN est invalide."),
            Map.entry("partnerSirens", "Les partenaires sont invalides : chaque SIREN une seule fois, et pas celui "
                    + "de la collectivité qui porte le projet."),
            Map.entry("axes", "Choisissez au moins un axe parmi les douze du baromètre."),
            Map.entry("startDate", DATE_RANGE.formatted("de début")),
            Map.entry("endDate", DATE_RANGE.formatted("de fin") + " Elle ne peut pas précéder la date de début."),
            Map.entry("budget.totalEuros", "Le budget total doit être compris entre 0 et 10 milliards d'euros."),
            Map.entry("budget.fundings", "Indiquez au plus 20 financements, sans ligne vide, dont la somme ne "
                    + "dépasse pas le budget total."),
            Map.entry("budget.fundings.funder", "Chaque financement doit nommer son financeur (200 caractères au plus)."),
            Map.entry("budget.fundings.amountEuros", "Chaque financement doit avoir un montant "
                    + "compris entre 0 et 10 milliards d'euros."),
            Map.entry("indicators", "Les indicateurs sont invalides : pas de ligne vide."),
            Map.entry("indicators.label", "Chaque indicateur doit avoir un libellé (200 caractères au plus)."),
            Map.entry("indicators.value", "Chaque indicateur doit avoir une valeur (100 caractères au plus)."),
            Map.entry("lessons.wouldRedo", "« Ce qu'on referait » ne doit pas dépasser 5 000 caractères."),
            Map.entry("lessons.wouldNotRedo", "« Ce qu'on ne referait pas » ne doit pas dépasser 5 000 caractères."),
            Map.entry("reusableAssets", "Les ressources réutilisables sont invalides : pas de ligne vide."),
            Map.entry("reusableAssets.title", "Chaque ressource réutilisable doit avoir un titre (200 caractères au plus)."),
            Map.entry("reusableAssets.url", "L'adresse d'une ressource doit commencer par https:// ou http://."),
            Map.entry("reusableAssets.licence", "La licence ne doit pas dépasser 100 caractères."),
            Map.entry("links", "Les liens sont invalides : pas de ligne vide."),
            Map.entry("links.title", "Chaque lien doit avoir un titre (200 caractères au plus)."),
            Map.entry("links.url", "L'adresse d'un lien doit commencer par https:// ou http://."),
            Map.entry("contact.name", "Le nom du contact est obligatoire (200 caractères au plus)."),
            Map.entry("contact.role", "La fonction du contact ne doit pas dépasser 200 caractères."),
            Map.entry("contact.email", "L'adresse électronique du contact est invalide."),
            Map.entry("contact.phone", "Le téléphone du contact ne doit pas dépasser 30 caractères."),
            Map.entry("contact.consent", "Un contact n'est affiché qu'avec son accord : cochez son consentement "
                    + "(consent: true) ou retirez le contact."));
}
