package fr.mutualis.search.shared.web;

import fr.mutualis.search.shared.domain.ResultWindow;
import fr.mutualis.web.problem.AcceptedParameters;
import fr.mutualis.web.problem.AcceptedParameters.Accepted;
import fr.mutualis.web.problem.FieldErrorItem;
import fr.mutualis.web.problem.InvalidParametersException;
import fr.mutualis.web.problem.Problems;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.springframework.util.MultiValueMap;

/**
 * The checks of a public search's parameters that bean validation cannot make, gathered so that one 400 problem
 * lists every mistake: an unknown parameter is refused, so that a misspelt filter is not silently ignored; a
 * parameter that takes one value is refused when given twice, rather than one of its values being picked; an empty
 * one ({@code ?axis=}, {@code ?size=}) is refused rather than read as no filter or the default; a page beyond the
 * result window is refused before it reaches Elasticsearch.
 */
public final class SearchParameters {

    /** The searched text, the one parameter that may be empty: no text lists the newest records. */
    private static final String TEXT = "q";

    private final List<FieldErrorItem> errors = new ArrayList<>();

    private SearchParameters() {
    }

    /**
     * @param sent       every parameter of the request
     * @param search     what takes the parameters, for the message: {@code la recherche d'actes}, {@code le benchmark}
     * @param known      the search's parameters, in the order the message lists them
     * @param repeatable those of them that take several values (filters OR-ed); the others take one
     */
    public static SearchParameters of(MultiValueMap<String, String> sent, String search, List<String> known,
                                      Collection<String> repeatable) {
        SearchParameters parameters = new SearchParameters();
        List<Accepted> accepted = known.stream()
                .map(name -> new Accepted(name, repeatable.contains(name), name.equals(TEXT)))
                .toList();
        parameters.errors.addAll(new AcceptedParameters(search, accepted).mistakesIn(sent));
        return parameters;
    }

    /**
     * A yes-or-no parameter: {@code true}, {@code false}, or absent (null); any other spelling is refused rather than
     * read as false.
     */
    public Boolean yesOrNo(MultiValueMap<String, String> sent, String name) {
        String value = sent.getFirst(name);
        if (value == null) {
            return null;
        }
        if (!value.equals("true") && !value.equals("false")) {
            reject(name, "Le paramètre « " + name + " » vaut true ou false (reçu : « " + Problems.excerpt(value)
                    + " »).");
            return null;
        }
        return Boolean.valueOf(value);
    }

    /**
     * The comparables' parameters: {@code comparableTo}, a SIREN, and {@code memeRegion}, {@code true} or
     * {@code false}, which narrows them to the same région and means nothing without them.
     *
     * @return whether the comparables are narrowed to the same région
     */
    public boolean sameRegionOfComparables(MultiValueMap<String, String> sent) {
        String comparableTo = sent.getFirst("comparableTo");
        if (comparableTo != null && !comparableTo.matches("[0-9]{9}")) {
            reject("comparableTo", "Le paramètre « comparableTo » doit être le SIREN d'une collectivité : 9 chiffres.");
        }
        boolean sameRegion = Boolean.TRUE.equals(yesOrNo(sent, "memeRegion"));
        if (comparableTo == null && sent.containsKey("memeRegion")) {
            reject("memeRegion", "Le paramètre « memeRegion » ne s'emploie qu'avec « comparableTo » : il garde, parmi "
                    + "les collectivités comparables, celles de la même région.");
        }
        return sameRegion;
    }

    /** Refuses a page beyond the 10,000 first results. */
    public SearchParameters page(int page, int size) {
        if (!ResultWindow.contains(page, size)) {
            reject("page", "La page demandée est trop lointaine : seuls les 10 000 premiers résultats sont "
                    + "accessibles ; ajoutez des filtres.");
        }
        return this;
    }

    public SearchParameters reject(String field, String message) {
        errors.add(new FieldErrorItem(Objects.requireNonNull(field), Objects.requireNonNull(message)));
        return this;
    }

    /** @throws InvalidParametersException with every mistake found, if any: a French 400 problem */
    public void check() {
        if (!errors.isEmpty()) {
            throw new InvalidParametersException(errors);
        }
    }
}
