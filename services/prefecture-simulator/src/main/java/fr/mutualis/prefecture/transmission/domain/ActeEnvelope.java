package fr.mutualis.prefecture.transmission.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A checked @CTES envelope: the acte's date, internal number, nature, classification, object and identifier, and the
 * names of its files.
 *
 * @param identifier {@code DDD-SIREN-YYYYMMDD-NUMERO-NN}: département, SIREN of the collectivité, date, internal
 *                   number and nature letters, consistent with the other fields
 */
public record ActeEnvelope(LocalDate date, String numeroInterne, NatureActe nature, Classification classification,
                           String objet, String identifier, LocalDate classificationDateVersion, String documentName,
                           List<String> annexNames) {

    /** The longest object the préfecture takes. */
    public static final int MAX_OBJET = 499;
    private static final Pattern NUMERO = Pattern.compile("[A-Z0-9_]{1,15}");
    private static final Pattern IDENTIFIER = Pattern.compile(
            "([0-9]{2}[0-9AB])-([0-9]{9})-([0-9]{8})-([A-Z0-9_]{1,15})-(DE|AR|AI|CC|BF|AU)");
    private static final Pattern LEVEL = Pattern.compile("[0-9]{1,2}");
    private static final DateTimeFormatter COMPACT = DateTimeFormatter.BASIC_ISO_DATE;

    public ActeEnvelope {
        annexNames = List.copyOf(annexNames);
    }

    /**
     * The envelope {@code fields} describe, or its violations added to {@code violations} (then empty).
     */
    public static Optional<ActeEnvelope> check(EnvelopeFields fields, List<Violation> violations) {
        int before = violations.size();
        LocalDate date = date(fields.date(), "enveloppe.Date", "La date de l'acte (attribut Date)", violations);
        String numero = fields.numeroInterne();
        if (blank(numero)) {
            violations.add(new Violation("enveloppe.NumeroInterne", "Le numéro interne de l'acte (attribut "
                    + "NumeroInterne) est obligatoire."));
        } else if (!NUMERO.matcher(numero).matches()) {
            violations.add(new Violation("enveloppe.NumeroInterne", "Le numéro interne de l'acte compte de 1 à 15 "
                    + "caractères : chiffres, lettres majuscules sans accent et « _ »."));
        }
        NatureActe nature = nature(fields.codeNatureActe(), violations);
        Classification classification = classification(fields.matieres(), violations);
        String objet = fields.objet() == null ? null : fields.objet().strip();
        if (blank(objet)) {
            violations.add(new Violation("enveloppe.Objet", "L'objet de l'acte est obligatoire."));
        } else if (objet.codePointCount(0, objet.length()) > MAX_OBJET) {
            violations.add(new Violation("enveloppe.Objet", "L'objet de l'acte compte au plus " + MAX_OBJET
                    + " caractères."));
        } else if (objet.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            violations.add(new Violation("enveloppe.Objet", "L'objet de l'acte contient des caractères de contrôle, "
                    + "qui ne sont pas admis."));
        }
        checkIdentifier(fields.identifier(), date, numero, nature, violations);
        LocalDate version = date(fields.classificationDateVersion(), "enveloppe.ClassificationDateVersion",
                "La date de version de la classification (ClassificationDateVersion)", violations);
        String documentName = fields.documentName();
        if (blank(documentName)) {
            violations.add(new Violation("enveloppe.Document.NomFichier", "Le nom de fichier de l'acte "
                    + "(Document/NomFichier) est obligatoire."));
        }
        checkAnnexes(fields, violations);
        if (violations.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new ActeEnvelope(date, numero, nature, classification, objet, fields.identifier(), version,
                documentName.strip(), fields.annexNames().stream().map(String::strip).toList()));
    }

    private static LocalDate date(String value, String field, String what, List<Violation> violations) {
        if (blank(value)) {
            violations.add(new Violation(field, what + " est obligatoire."));
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            violations.add(new Violation(field, what + " n'est pas une date valide au format AAAA-MM-JJ."));
            return null;
        }
    }

    private static NatureActe nature(String code, List<Violation> violations) {
        Optional<NatureActe> nature = code != null && code.strip().matches("[0-9]")
                ? NatureActe.ofCode(Integer.parseInt(code.strip())) : Optional.empty();
        if (nature.isEmpty()) {
            violations.add(new Violation("enveloppe.CodeNatureActe", "La nature de l'acte (attribut CodeNatureActe) "
                    + "est obligatoire et vaut de 1 à 6 : 1 délibérations, 2 actes réglementaires, 3 actes "
                    + "individuels, 4 contrats, conventions et avenants, 5 documents budgétaires et financiers, "
                    + "6 autres."));
        }
        return nature.orElse(null);
    }

    private static Classification classification(List<String> matieres, List<Violation> violations) {
        List<Integer> levels = new ArrayList<>();
        boolean valid = true;
        boolean ended = false;
        for (int level = 1; level <= matieres.size(); level++) {
            String code = matieres.get(level - 1);
            String field = "enveloppe.CodeMatiere" + level;
            if (code == null) {
                ended = true;
                continue;
            }
            if (ended) {
                violations.add(new Violation(field, "Le niveau " + level + " de la classification suppose les "
                        + "niveaux précédents."));
                valid = false;
            } else if (!LEVEL.matcher(code.strip()).matches() || Integer.parseInt(code.strip()) == 0) {
                violations.add(new Violation(field, "Le code de matière de niveau " + level + " est un nombre de 1 "
                        + "à 99."));
                valid = false;
            } else {
                levels.add(Integer.parseInt(code.strip()));
            }
        }
        if (valid && levels.isEmpty()) {
            violations.add(new Violation("enveloppe.CodeMatiere1", "La classification de l'acte (CodeMatiere1, au "
                    + "moins le niveau 1) est obligatoire."));
            return null;
        }
        return valid ? new Classification(levels) : null;
    }

    private static void checkIdentifier(String identifier, LocalDate date, String numero, NatureActe nature,
                                        List<Violation> violations) {
        String field = "enveloppe.IDActe";
        if (blank(identifier)) {
            violations.add(new Violation(field, "L'identifiant de l'acte (IDActe) est obligatoire."));
            return;
        }
        Matcher parts = IDENTIFIER.matcher(identifier);
        if (!parts.matches()) {
            violations.add(new Violation(field, "L'identifiant de l'acte suit le format DDD-SIREN-AAAAMMJJ-NUMERO-NN "
                    + "(département sur 3 caractères, SIREN sur 9 chiffres, date de l'acte, numéro interne, "
                    + "nature DE, AR, AI, CC, BF ou AU)."));
            return;
        }
        if (date != null && !parts.group(3).equals(date.format(COMPACT))) {
            violations.add(new Violation(field, "La date de l'identifiant de l'acte diffère de sa date (attribut "
                    + "Date)."));
        }
        if (numero != null && !parts.group(4).equals(numero)) {
            violations.add(new Violation(field, "Le numéro de l'identifiant de l'acte diffère de son numéro interne "
                    + "(attribut NumeroInterne)."));
        }
        if (nature != null && !parts.group(5).equals(nature.letters())) {
            violations.add(new Violation(field, "La nature de l'identifiant de l'acte (" + parts.group(5)
                    + ") ne correspond pas à sa nature (CodeNatureActe " + nature.code() + " : "
                    + nature.letters() + ")."));
        }
    }

    private static void checkAnnexes(EnvelopeFields fields, List<Violation> violations) {
        for (int i = 0; i < fields.annexNames().size(); i++) {
            if (blank(fields.annexNames().get(i))) {
                violations.add(new Violation("enveloppe.Annexes.Annexe[" + i + "].NomFichier",
                        "Le nom de fichier de chaque annexe est obligatoire."));
            }
        }
        if (fields.annexCount() == null) {
            if (!fields.annexNames().isEmpty()) {
                violations.add(new Violation("enveloppe.Annexes", "Le nombre d'annexes (attribut Nombre) est "
                        + "obligatoire."));
            }
            return;
        }
        String count = fields.annexCount().strip();
        if (!count.matches("[0-9]{1,4}") || Integer.parseInt(count) != fields.annexNames().size()) {
            violations.add(new Violation("enveloppe.Annexes", "Le nombre d'annexes annoncé (attribut Nombre) ne "
                    + "correspond pas aux annexes décrites (" + fields.annexNames().size() + ")."));
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
