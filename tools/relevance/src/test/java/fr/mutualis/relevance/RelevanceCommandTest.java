package fr.mutualis.relevance;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mutualis.devstack.Profile;
import org.junit.jupiter.api.Test;

class RelevanceCommandTest {

    @Test
    void a_platform_that_holds_only_the_demonstration_records_needs_no_warning() {
        assertThat(RelevanceCommand.othersWarning(0, Profile.TEST)).isEmpty();
    }

    @Test
    void other_records_in_the_index_are_said_with_the_way_back_to_comparable_figures() {
        assertThat(RelevanceCommand.othersWarning(42, Profile.TEST)).contains("42 fiches publiques hors démonstration")
                .contains("./mutualis reset --test");
        assertThat(RelevanceCommand.othersWarning(42, Profile.DEV)).contains("./mutualis reset`");
    }
}
