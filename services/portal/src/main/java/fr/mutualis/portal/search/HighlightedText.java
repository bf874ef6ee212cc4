package fr.mutualis.portal.search;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/**
 * The highlight fragments of search-service as HTML the page may insert: only {@code <mark>} and {@code </mark>}
 * survive, every other character is text. The service promises its fragments are escaped apart from the marks; the
 * portal does not take that on trust (the indexed texts are written by many people): it splits each fragment on the
 * literal tags, unescapes then escapes again every piece of text, and rebuilds balanced marks.
 */
final class HighlightedText {

    private static final Pattern MARK = Pattern.compile("</?mark>");
    /** Between two fragments of a long text, as search engines show a cut. */
    private static final String ELLIPSIS = " … ";

    private HighlightedText() {
    }

    /** {@code fragments} rebuilt and joined, or {@code fallback} as plain escaped text when there is none. */
    static String html(List<String> fragments, String fallback) {
        if (fragments == null || fragments.isEmpty()) {
            return escape(fallback == null ? "" : fallback);
        }
        return String.join(ELLIPSIS, fragments.stream().map(HighlightedText::sanitize).toList());
    }

    /** One fragment with nothing but text and balanced, unnested {@code <mark>} elements. */
    static String sanitize(String fragment) {
        StringBuilder html = new StringBuilder();
        boolean marking = false;
        int textStart = 0;
        Matcher tag = MARK.matcher(fragment);
        while (tag.find()) {
            html.append(escape(HtmlUtils.htmlUnescape(fragment.substring(textStart, tag.start()))));
            boolean opening = tag.group().charAt(1) != '/';
            // A nested opening or a closing without its opening would unbalance the page: dropped.
            if (opening != marking) {
                html.append(opening ? "<mark>" : "</mark>");
                marking = opening;
            }
            textStart = tag.end();
        }
        html.append(escape(HtmlUtils.htmlUnescape(fragment.substring(textStart))));
        if (marking) {
            html.append("</mark>");
        }
        return html.toString();
    }

    /** Only the characters HTML needs escaped: accented letters stay as they are in a UTF-8 page. */
    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
