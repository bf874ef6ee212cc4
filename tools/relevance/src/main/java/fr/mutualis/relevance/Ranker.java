package fr.mutualis.relevance;

import java.util.List;

/** A search engine under measure: the ids of the records it returns first for a query. */
public interface Ranker {

    /** A short name for the report's columns. */
    String name();

    List<String> top(String query, int k);
}
