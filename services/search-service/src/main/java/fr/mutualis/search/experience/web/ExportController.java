package fr.mutualis.search.experience.web;

import fr.mutualis.search.experience.application.SearchExperiences;
import fr.mutualis.search.experience.domain.SearchHit;
import fr.mutualis.search.shared.web.SearchParameters;
import fr.mutualis.web.problem.Problems;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /api/search/export?format=csv|json&…}: every record of a search (the parameters of {@code /api/search}
 * but its page, {@code size} and {@code cursor}; its correction of the text too),
 * at most {@value #MAX} — CSV for spreadsheets (French headers, {@code ;}, UTF-8 with a byte order mark, as Excel in
 * French expects), or JSON with the whole records.
 */
@RestController
public class ExportController {

    public static final int MAX = 10_000;
    /** The first characters that make a spreadsheet read a cell as a formula (OWASP's CSV injection list). */
    private static final String FORMULA_STARTS = "=+-@\t\r";
    /** A search's parameters but its page: the export gives every result. */
    static final List<String> PARAMETERS = Stream.concat(SearchController.CRITERIA.stream(), Stream.of("format")).toList();
    private static final List<String> HEADERS = List.of("Identifiant", "Titre", "Collectivité", "SIREN", "Type",
            "Axes", "Catégorie d'action", "Étape", "Année", "Budget", "Résumé");

    private final SearchController search;
    private final SearchExperiences searchExperiences;
    private final JsonMapper json;

    public ExportController(SearchController search, SearchExperiences searchExperiences, JsonMapper json) {
        this.search = search;
        this.searchExperiences = searchExperiences;
        this.json = json;
    }

    @GetMapping("/api/search/export")
    public ResponseEntity<byte[]> export(@RequestParam MultiValueMap<String, String> parameters,
                                         @RequestParam(name = "format", defaultValue = "csv") String format) {
        SearchParameters checks = SearchController.checks(parameters, PARAMETERS);
        if (!format.equals("csv") && !format.equals("json")) {
            checks.reject("format", "Le format « " + Problems.excerpt(format) + " » n'existe pas : choisissez csv ou json.");
        }
        SearchController.Request request = search.request(parameters, checks, 0, 1);
        List<SearchHit> hits = new ArrayList<>();
        searchExperiences.export(request.query(), request.asTyped(), MAX, hits::add);
        if (format.equals("json")) {
            byte[] body = json.writeValueAsBytes(hits.stream().map(SearchResponse.Hit::of).map(SearchResponse.Hit::record).toList());
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"retours-experience.json\"").body(body);
        }
        StringBuilder csv = new StringBuilder("\uFEFF").append(line(HEADERS));
        hits.forEach(hit -> csv.append(line(SearchController.exportLine(hit))));
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"retours-experience.csv\"")
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * One CSV line: every cell quoted, quotes doubled, line breaks kept inside the quotes; a cell a spreadsheet would
     * run as a formula is prefixed with an apostrophe. Only its first character counts, whatever follows (a line
     * break included).
     */
    static String line(List<String> cells) {
        List<String> quoted = cells.stream()
                .map(cell -> !cell.isEmpty() && FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell)
                .map(cell -> "\"" + cell.replace("\"", "\"\"") + "\"").toList();
        return String.join(";", quoted) + "\r\n";
    }
}
