package fr.mutualis.loadgen;

import fr.mutualis.devstack.Profile;
import fr.mutualis.devstack.StackConfig;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ./mutualis load --portal [--rounds N] [--test]}: how long the portal takes to answer each kind of page with
 * its whole content (server-rendered: the first response is the usable page; its CSS and script are a few
 * kilobytes, cached), one visitor at a time, on the running platform's data. Writes
 * {@code docs/benchmarks/portal-pages.md}.
 */
final class PortalPagesCommand {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PortalPagesCommand() {
    }

    static void run(List<String> words, PrintStream out) throws Exception {
        int rounds = Integer.parseInt(GenerateCommand.option(words, "--rounds", "30"));
        Path root = StackConfig.findProjectRoot();
        StackConfig config = StackConfig.of(root, words.contains("--test") ? Profile.TEST : Profile.DEV);
        String portal = config.serviceUrl("portal");
        String search = config.serviceUrl("search-service");
        List<String> queries = SearchLoadCommand.queries(root.resolve("tools/relevance/judgments.json"));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<String> records = new ArrayList<>();
        JsonNode newest = JSON.readTree(get(http, search + "/api/search?sort=date&size=" + Math.min(rounds, 100), "application/json").body());
        newest.path("hits").forEach(hit -> records.add(hit.path("id").asString()));
        String facet = firstFacet(newest);

        Map<String, List<String>> kinds = new LinkedHashMap<>();
        kinds.put("Accueil `/`", List.of("/"));
        kinds.put("Recherche sans texte `/recherche`", List.of("/recherche"));
        kinds.put("Recherche `/recherche?q=…` (requêtes du banc de pertinence)",
                queries.stream().map(query -> "/recherche?q=" + SearchLoadCommand.encode(query)).toList());
        kinds.put("Recherche avec un filtre `/recherche?q=…&" + facet + "`",
                queries.stream().map(query -> "/recherche?q=" + SearchLoadCommand.encode(query) + "&" + facet).toList());
        kinds.put("Fiche et expériences similaires `/recherche/fiches/{id}`",
                records.stream().map(id -> "/recherche/fiches/" + id).toList());
        kinds.put("Développeurs `/developpeurs`", List.of("/developpeurs"));
        kinds.put("Déclaration d'accessibilité `/accessibilite`", List.of("/accessibilite"));

        StringBuilder table = new StringBuilder("""
                | page | mesures | p50 | p95 | p99 | max | taille HTML |
                |---|---:|---:|---:|---:|---:|---:|
                """);
        for (Map.Entry<String, List<String>> kind : kinds.entrySet()) {
            List<String> paths = kind.getValue();
            page(http, portal + paths.get(0)); // warm-up: templates compiled, connections opened
            List<Long> micros = new ArrayList<>();
            long bytes = 0;
            for (int i = 0; i < rounds; i++) {
                long t0 = System.nanoTime();
                HttpResponse<String> answer = page(http, portal + paths.get(i % paths.size()));
                micros.add((System.nanoTime() - t0) / 1_000);
                bytes = Math.max(bytes, answer.body().length());
            }
            Collections.sort(micros);
            table.append(String.format(Locale.ROOT, "| %s | %d | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %.1f Kio |%n",
                    kind.getKey(), rounds, SearchLoadCommand.percentile(micros, 50),
                    SearchLoadCommand.percentile(micros, 95), SearchLoadCommand.percentile(micros, 99),
                    micros.get(micros.size() - 1) / 1000.0, bytes / 1024.0));
        }
        long assets = 0;
        for (String asset : List.of("/css/portail.css", "/js/portail.js", "/images/mutualis.svg")) {
            assets += page(http, portal + asset).body().length();
        }
        long indexed = JSON.readTree(get(http, search + "/api/search?size=1", "application/json").body()).path("total")
                .asLong();
        String report = String.format(Locale.ROOT, """
                # Pages du portail / portal pages

                Mesuré le %s par `./mutualis load --portal --rounds %d` : un visiteur à la fois, sans compte, sur la
                plateforme locale complète (%,d fiches publiées). Le temps est celui de la réponse complète du portail,
                qui contient tout le contenu de la page (rendu côté serveur : la page est utilisable à sa réception) ;
                la feuille de style, le script et le logo du portail pèsent %.1f Kio en tout et sont mis en cache.

                %s
                Contexte : machine de 2 cœurs partagés, chaque service dans sa JVM, Elasticsearch et PostgreSQL en
                processus locaux. Objectif du ticket : moins d'une seconde jusqu'à une page utilisable sur les données
                de démonstration.
                """, LocalDate.now(), rounds, indexed, assets / 1024.0, table);
        BenchmarkReport.write(root, out, "docs/benchmarks/portal-pages.md", report);
    }

    /** {@code axis=<value>} of the first facet value the newest records have, for a filtered search. */
    private static String firstFacet(JsonNode searchPage) {
        for (JsonNode facet : searchPage.path("facets")) {
            for (JsonNode value : facet.path("values")) {
                return facet.path("name").asString() + "=" + SearchLoadCommand.encode(value.path("code").asString());
            }
        }
        return "sort=date";
    }

    private static HttpResponse<String> page(HttpClient http, String url) throws IOException, InterruptedException {
        return get(http, url, "text/html");
    }

    private static HttpResponse<String> get(HttpClient http, String url, String accept)
            throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept)
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + url + " a répondu / answered " + response.statusCode());
        }
        return response;
    }
}
