package fr.mutualis.search.experience.domain;

import java.util.List;

/** A search was asked with parameters outside the allowed ranges. */
public class InvalidSearchQueryException extends IllegalArgumentException {

    private final transient List<SearchQuery.Violation> violations;

    public InvalidSearchQueryException(List<SearchQuery.Violation> violations) {
        super("Invalid search query: " + violations);
        this.violations = List.copyOf(violations);
    }

    public List<SearchQuery.Violation> violations() {
        return violations;
    }
}
