package fr.mutualis.experience.demo;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mutualis.experience.record.domain.ExperienceContent;
import fr.mutualis.experience.record.domain.ExperienceStatus;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The demonstration file obeys the rules of the domain, so that loading it never fails at start-up. */
class DemoDataFileTest {

    static List<DemoExperience> experiences() throws Exception {
        try (InputStream in = DemoDataFileTest.class.getResourceAsStream("/demo/experiences.json")) {
            return DemoExperience.readAll(JsonMapper.builder().build(), in);
        }
    }

    @Test
    void has_unique_fixed_ids_and_names_each_authority() throws Exception {
        List<DemoExperience> experiences = experiences();
        assertThat(experiences).as("the issue asks for at least 80 demo records").hasSizeGreaterThanOrEqualTo(80);
        assertThat(experiences).extracting(DemoExperience::id).doesNotContainNull().doesNotHaveDuplicates();
        assertThat(experiences).extracting(DemoExperience::authority).allMatch(a -> a != null && !a.isBlank());
    }

    @Test
    void every_experience_is_valid_for_the_domain() throws Exception {
        for (DemoExperience e : experiences()) {
            ExperienceContent content = e.content().toContent(Instant.EPOCH);
            assertThat(content.axes()).as(e.authority()).hasSameSizeAs(e.content().axes());
            assertThat(ExperienceStatus.fromCode(e.status())).isNotNull();
        }
    }

    @Test
    void uses_the_sirens_of_the_named_collectivites() throws Exception {
        assertThat(experiences()).filteredOn(e -> e.authority().equals("Département de la Gironde"))
                .extracting(e -> e.content().siren()).containsOnly("223300013");
        assertThat(experiences()).filteredOn(e -> e.authority().equals("Ville d'Alfortville"))
                .extracting(e -> e.content().siren()).containsOnly("219400025");
    }
}
