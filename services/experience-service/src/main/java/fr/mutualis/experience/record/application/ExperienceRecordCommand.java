package fr.mutualis.experience.record.application;

import fr.mutualis.experience.record.domain.Axis;
import fr.mutualis.experience.record.domain.ExperienceContent;
import fr.mutualis.experience.record.domain.Siren;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The content of a create or an update, as a client sends it: plain texts and axis codes.
 *
 * @param axes axis codes, e.g. {@code open-data}
 */
public record ExperienceRecordCommand(String title, String summary, String siren, List<String> axes) {

    /**
     * @throws fr.mutualis.experience.record.domain.ExperienceRecordRuleException if a rule of the domain is broken
     */
    ExperienceContent toContent() {
        return new ExperienceContent(title, summary, siren == null ? null : Siren.of(siren),
                axes == null ? null : axes.stream().map(Axis::fromCode).collect(Collectors.toSet()));
    }
}
