package fr.mutualis.portal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HighlightedTextTest {

    @Test
    void keeps_the_marks_and_the_escaped_text_of_a_well_formed_fragment() {
        assertThat(HighlightedText.sanitize("Nantes s&#x27;est dotée d&#x27;une charte de la <mark>donnée</mark> &amp; plus"))
                .isEqualTo("Nantes s&#39;est dotée d&#39;une charte de la <mark>donnée</mark> &amp; plus");
    }

    @Test
    void a_hostile_fragment_becomes_text_around_the_marks() {
        String hostile = "<script>alert(1)</script><mark>open <img src=x onerror=alert(2)></mark>"
                + "&lt;mark&gt;fake&lt;/mark&gt; <a href=\"javascript:x\">lien</a>";

        String html = HighlightedText.sanitize(hostile);

        assertThat(html).isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt;<mark>open &lt;img src=x onerror=alert(2)&gt;</mark>"
                + "&lt;mark&gt;fake&lt;/mark&gt; &lt;a href=&quot;javascript:x&quot;&gt;lien&lt;/a&gt;");
        assertThat(html.replace("<mark>", "").replace("</mark>", "")).doesNotContain("<", ">");
    }

    @Test
    void escaped_markup_hidden_in_an_entity_is_escaped_again_after_unescaping() {
        assertThat(HighlightedText.sanitize("&lt;script&gt;x&lt;/script&gt; &#60;b&#62;"))
                .isEqualTo("&lt;script&gt;x&lt;/script&gt; &lt;b&gt;");
    }

    @Test
    void unbalanced_or_nested_marks_are_repaired() {
        assertThat(HighlightedText.sanitize("</mark>a<mark>b<mark>c</mark>d</mark>e<mark>f"))
                .isEqualTo("a<mark>bc</mark>de<mark>f</mark>");
    }

    @Test
    void only_the_exact_lowercase_tags_count_as_marks() {
        assertThat(HighlightedText.sanitize("<MARK>x</MARK><mark class=\"y\">z</mark>"))
                .isEqualTo("&lt;MARK&gt;x&lt;/MARK&gt;&lt;mark class=&quot;y&quot;&gt;z");
    }

    @Test
    void fragments_are_joined_with_an_ellipsis_and_without_any_the_fallback_is_plain_text() {
        assertThat(HighlightedText.html(List.of("<mark>a</mark>", "b"), "ignored")).isEqualTo("<mark>a</mark> … b");
        assertThat(HighlightedText.html(List.of(), "Tom & <Jerry>")).isEqualTo("Tom &amp; &lt;Jerry&gt;");
        assertThat(HighlightedText.html(null, null)).isEmpty();
    }
}
