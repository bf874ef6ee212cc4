package fr.mutualis.procurement.cpv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The CPV 2008 nomenclature (Regulation (EC) No 213/2008), 9,454 codes with their French labels and their official
 * hierarchy, read once from {@code cpv-2008-fr.tsv} (origin and licence: the module's README).
 */
public final class CpvNomenclature {

    private static final String RESOURCE = "cpv-2008-fr.tsv";
    /** Both forms DECP accepts: {@code 72000000} and {@code 72000000-5}; spaces around are tolerated. */
    private static final Pattern INPUT = Pattern.compile("\\s*([0-9]{8})(?:-([0-9]))?\\s*");

    private final Map<String, CpvCode> byDigits;
    private final Map<String, String> parents;

    private CpvNomenclature(Map<String, CpvCode> byDigits, Map<String, String> parents) {
        this.byDigits = Collections.unmodifiableMap(byDigits);
        this.parents = Collections.unmodifiableMap(parents);
    }

    /** The shipped nomenclature, loaded on first use. */
    public static CpvNomenclature standard() {
        return Standard.INSTANCE;
    }

    /** Lazy holder: the 400 KB list is read only by a service that uses it. */
    private static final class Standard {
        static final CpvNomenclature INSTANCE = load();
    }

    /**
     * The code written {@code 72000000-5} or {@code 72000000}, in its canonical form; empty when the code is not in
     * the nomenclature or when its check digit is not the one of the nomenclature.
     */
    public Optional<CpvCode> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        Matcher matcher = INPUT.matcher(code);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        CpvCode found = byDigits.get(matcher.group(1));
        String checkDigit = matcher.group(2);
        if (found == null || checkDigit != null && !found.code().endsWith("-" + checkDigit)) {
            return Optional.empty();
        }
        return Optional.of(found);
    }

    /** The ancestors of a code, from its division down to its direct parent; empty for a division. */
    public List<CpvCode> ancestors(CpvCode code) {
        List<CpvCode> ancestors = new ArrayList<>();
        for (String parent = parents.get(code.digits()); parent != null; parent = parents.get(parent)) {
            ancestors.add(0, byDigits.get(parent));
        }
        return List.copyOf(ancestors);
    }

    /** The number of codes: 9,454 for the shipped CPV 2008. */
    public int size() {
        return byDigits.size();
    }

    private static CpvNomenclature load() {
        Map<String, CpvCode> byDigits = new HashMap<>(16_384);
        Map<String, String> parents = new HashMap<>(16_384);
        try (InputStream in = CpvNomenclature.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                // code with check digit, parent's eight digits (empty for a division), French label
                String[] columns = line.split("\t", 3);
                CpvCode code = new CpvCode(columns[0], columns[2]);
                byDigits.put(code.digits(), code);
                if (!columns[1].isEmpty()) {
                    parents.put(code.digits(), columns[1]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CpvNomenclature(byDigits, parents);
    }
}
