package fr.mutualis.experience.demo;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mutualis.experience.record.domain.Axis;
import fr.mutualis.experience.record.domain.ExperienceContent;
import fr.mutualis.experience.record.domain.Siren;
import java.io.InputStream;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The demonstration file obeys the rules of the domain, so that loading it never fails at start-up. */
class DemoDataFileTest {

    static List<DemoExperience> experiences() throws Exception {
        try (InputStream in = DemoDataFileTest.class.getResourceAsStream("/demo/experiences.json")) {
            return JsonMapper.builder().build().readValue(in, new TypeReference<List<DemoExperience>>() { });
        }
    }

    @Test
    void has_about_ten_experiences_with_unique_fixed_ids() throws Exception {
        List<DemoExperience> experiences = experiences();
        assertThat(experiences).hasSize(10);
        assertThat(experiences).extracting(DemoExperience::id).doesNotContainNull().doesNotHaveDuplicates();
        assertThat(experiences).extracting(DemoExperience::authority).allMatch(a -> a != null && !a.isBlank());
    }

    @Test
    void every_experience_is_valid_for_the_domain() throws Exception {
        for (DemoExperience e : experiences()) {
            assertThat(Siren.isValid(e.siren())).as("SIREN %s of %s", e.siren(), e.authority()).isTrue();
            ExperienceContent content = new ExperienceContent(e.title(), e.summary(), Siren.of(e.siren()),
                    e.axes().stream().map(Axis::fromCode).collect(Collectors.toSet()));
            assertThat(content.axes()).hasSameSizeAs(e.axes());
        }
    }

    @Test
    void uses_the_sirens_of_the_named_collectivites() throws Exception {
        assertThat(experiences()).filteredOn(e -> e.authority().equals("Département de la Gironde"))
                .extracting(DemoExperience::siren).containsOnly("223300013");
        assertThat(experiences()).filteredOn(e -> e.authority().equals("Ville d'Alfortville"))
                .extracting(DemoExperience::siren).containsOnly("219400025");
    }
}
