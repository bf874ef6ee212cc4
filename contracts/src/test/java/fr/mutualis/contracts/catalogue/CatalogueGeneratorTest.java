package fr.mutualis.contracts.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mutualis.contracts.EventContracts;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CatalogueGeneratorTest {

    private static final Path CONTRACTS = Path.of(System.getProperty("mutualis.project.root", "..")).resolve("contracts");

    @Test
    void the_catalogue_names_every_topic_every_published_event_and_the_cloudevents_headers() throws Exception {
        String html = CatalogueGenerator.generate(CONTRACTS);

        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"fr\">")
                .contains("Topic <code>mutualis.experience.events</code>")
                .contains("<code>ce_schemaversion</code>")
                .contains("<th scope=\"row\"><code>siren</code></th>");
        EventContracts.published().forEach(event ->
                assertThat(html).contains("<code>" + event.substring(0, event.lastIndexOf(".v")) + "</code>"));
    }

    @Test
    void text_from_the_contracts_is_escaped() {
        assertThat(CatalogueGenerator.escape("<script>alert(\"x\")</script> & co"))
                .isEqualTo("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co");
    }
}
