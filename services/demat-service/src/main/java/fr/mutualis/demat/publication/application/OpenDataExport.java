package fr.mutualis.demat.publication.application;

import fr.mutualis.demat.acte.domain.Acte;
import fr.mutualis.demat.acte.domain.ActeRepository;
import fr.mutualis.service.referential.CollectiviteDescriptor;
import fr.mutualis.service.referential.ReferentialClient;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The open data of a collectivité's published actes for a year, with the fields of the SCDL "délibérations" format
 * (schema etalab/scdl-deliberations) that démat knows; vote counts and budget fields, which it does not, are empty.
 */
@Service
public class OpenDataExport {

    /** The SCDL columns, in its order. */
    public static final List<String> COLUMNS = List.of("COLL_NOM", "COLL_SIRET", "DELIB_ID", "DELIB_DATE",
            "DELIB_MATIERE_CODE", "DELIB_MATIERE_NOM", "DELIB_OBJET", "BUDGET_ANNEE", "BUDGET_NOM", "PREF_ID",
            "PREF_DATE", "VOTE_EFFECTIF", "VOTE_REEL", "VOTE_POUR", "VOTE_CONTRE", "VOTE_ABSTENTION", "DELIB_URL");

    private final ActeRepository actes;
    private final ReferentialClient referential;

    OpenDataExport(ActeRepository actes, ReferentialClient referential) {
        this.actes = actes;
        this.referential = referential;
    }

    /** One row per published acte of {@code siren} decided in {@code year}, each row by column name. */
    public List<Map<String, String>> rows(String siren, int year, String publicBaseUrl) {
        String name = referential.collectivite(siren).map(CollectiviteDescriptor::name).orElse("");
        return actes.publishedIn(siren, year).stream().map(acte -> row(acte, name, publicBaseUrl)).toList();
    }

    private static Map<String, String> row(Acte acte, String collectivite, String base) {
        var metadata = acte.metadata();
        Map<String, String> row = new LinkedHashMap<>();
        COLUMNS.forEach(column -> row.put(column, ""));
        row.put("COLL_NOM", collectivite);
        // SCDL asks for a SIRET; the platform knows the collectivité by its SIREN, which the SIRET begins with.
        row.put("COLL_SIRET", acte.siren());
        row.put("DELIB_ID", metadata.numero());
        row.put("DELIB_DATE", metadata.decisionDate().toString());
        row.put("DELIB_MATIERE_CODE", metadata.matiere().code());
        row.put("DELIB_MATIERE_NOM", metadata.matiere().label());
        row.put("DELIB_OBJET", metadata.objet());
        acte.acknowledgement().ifPresent(ar -> {
            row.put("PREF_ID", ar.identifier());
            row.put("PREF_DATE", ar.receivedAt().atZone(java.time.ZoneId.of("Europe/Paris")).toLocalDate().toString());
        });
        acte.stampedDocument().or(acte::signedDocument).ifPresent(document -> row.put("DELIB_URL",
                base + "/api/demat/actes/" + acte.id() + "/documents/" + document.sha256()));
        row.put("NATURE_ACTE", acte.metadata().nature().label());
        return row;
    }

    /** RFC 4180 CSV with the SCDL's separator (the comma) and a header line. */
    public static String csv(List<Map<String, String>> rows) {
        StringBuilder out = new StringBuilder();
        List<String> header = rows.isEmpty() ? COLUMNS : List.copyOf(rows.get(0).keySet());
        out.append(String.join(",", header)).append("\r\n");
        for (Map<String, String> row : rows) {
            out.append(String.join(",", header.stream().map(column -> quoted(row.get(column))).toList())).append("\r\n");
        }
        return out.toString();
    }

    private static String quoted(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        // A leading =, +, - or @ would be a formula in a spreadsheet: prefixed, as OWASP advises for CSV injection.
        String safe = value.matches("^[=+\\-@\\t\\r].*") ? "'" + value : value;
        return safe.matches(".*[\",\\r\\n].*") || !safe.equals(value) ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
