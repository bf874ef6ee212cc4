package fr.mutualis.experience.record.web;

import fr.mutualis.experience.record.application.ExperienceRecordCommand;
import fr.mutualis.experience.record.domain.ExperienceContent;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Body of {@code POST /api/experiences} and {@code PUT /api/experiences/{id}}. Title and summary are stripped of
 * surrounding white space first; a blank one counts as missing.
 *
 * @param axes axis codes, e.g. {@code ["open-data", "e-inclusion"]}
 */
public record ExperienceRequest(
        @NotNull(message = "Le titre est obligatoire.")
        @Size(min = ExperienceContent.TITLE_MIN_LENGTH, max = ExperienceContent.TITLE_MAX_LENGTH,
                message = "Le titre doit contenir entre {min} et {max} caractères.")
        String title,

        @NotNull(message = "Le résumé est obligatoire.")
        @Size(max = ExperienceContent.SUMMARY_MAX_LENGTH,
                message = "Le résumé ne doit pas dépasser {max} caractères.")
        String summary,

        @NotNull(message = "Le numéro SIREN est obligatoire.")
        @ValidSiren
        String siren,

        @NotEmpty(message = "Choisissez au moins un axe.")
        List<@NotNull(message = "Un axe ne peut pas être vide.") @AxisCode String> axes) {

    public ExperienceRequest {
        title = stripToNull(title);
        summary = stripToNull(summary);
        siren = stripToNull(siren);
    }

    ExperienceRecordCommand toCommand() {
        return new ExperienceRecordCommand(title, summary, siren, axes);
    }

    private static String stripToNull(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
