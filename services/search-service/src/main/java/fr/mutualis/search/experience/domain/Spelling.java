package fr.mutualis.search.experience.domain;

import java.util.List;

/**
 * What the index tells of the spelling of a query's text, worked out once for a search and given to it.
 *
 * @param unknownWords the words of the text that no record uses, in any of their forms: only they get typo tolerance
 * @param correction   the text with those words corrected, as the index proposes it; null when there is none
 */
public record Spelling(List<String> unknownWords, String correction) {

    public Spelling {
        unknownWords = List.copyOf(unknownWords);
    }
}
