package fr.mutualis.referential.territory.source;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** The councils' SIRENs kept in {@code territory/council-sirens.csv}, by territory key ({@code departement:33}). */
public final class CouncilSirens {

    private CouncilSirens() {
    }

    public static Map<String, String> load() {
        Map<String, String> sirens = new HashMap<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                CouncilSirens.class.getResourceAsStream("/territory/council-sirens.csv"), StandardCharsets.UTF_8))) {
            lines.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).forEach(line -> {
                String[] cells = line.split(";");
                sirens.put(cells[0] + ":" + cells[1], cells[2]);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sirens;
    }
}
