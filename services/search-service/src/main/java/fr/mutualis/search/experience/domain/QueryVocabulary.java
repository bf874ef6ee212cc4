package fr.mutualis.search.experience.domain;

/** The domain vocabulary, as the search applies it to a query's text (port). */
@FunctionalInterface
public interface QueryVocabulary {

    /** Searches every text as it is. */
    QueryVocabulary NONE = QueryExpansion::none;

    QueryExpansion expand(String text);
}
