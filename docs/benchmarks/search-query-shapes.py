#!/usr/bin/env python3
"""Times shapes of the search page's query straight against Elasticsearch (docs/benchmarks/search-query-shapes.md).

Usage, on a platform holding the generated records (./mutualis generate --records 1000000 --corpus variants):
    python3 docs/benchmarks/search-query-shapes.py judgments      # the relevance bench's tuning queries
    python3 docs/benchmarks/search-query-shapes.py validation     # its validation queries, reported beside
    INDEX=another-index python3 docs/benchmarks/search-query-shapes.py judgments

Only the page request, as search-service sends it for a query without vocabulary entries (ElasticsearchExperienceSearch
#page and #textClauses): no counts, no highlights. Each query three times, the shard request cache off. The overlap is
the share of today's first ten records that a shape keeps: how much it changes the ranking, not a relevance figure.
"""
import json
import os
import re
import statistics
import sys
import time
import urllib.error
import urllib.request

ELASTICSEARCH = os.environ.get("ELASTICSEARCH", "http://127.0.0.1:19200")
INDEX = os.environ.get("INDEX", "experiences")
PROJECT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")

TEXT_FIELDS = ["title^3", "summary^2", "collectivite.name", "description", "results^0.5", "lessonsText^0.5",
               "indicatorsText^0.5", "assetsText", "partnerNames^0.5"]


def folded(field):
    return field.replace("^", ".folded^") if "^" in field else field + ".folded"


def is_name(field):
    return field.startswith("collectivite.name") or field.startswith("partnerNames")


FOLDED_FIELDS = [folded(field) for field in TEXT_FIELDS]
STEMMED_FIELDS = [field for field in TEXT_FIELDS if not is_name(field)]
INFLECTED_FIELDS = [field for field in FOLDED_FIELDS if field.startswith(("title.folded", "summary.folded"))]
UNINFLECTED_FIELDS = [field for field in FOLDED_FIELDS if field not in INFLECTED_FIELDS]
WORD_SEPARATORS = re.compile(r"[^\w'’]+")
PUBLISHED = {"bool": {"filter": [{"term": {"status": "published"}}]}}


def post(path, body, content_type="application/json"):
    data = body if isinstance(body, str) else json.dumps(body)
    request = urllib.request.Request(ELASTICSEARCH + path, data=data.encode(), headers={"Content-Type": content_type})
    try:
        return json.load(urllib.request.urlopen(request))
    except urllib.error.HTTPError as refused:
        raise SystemExit(path + ": " + refused.read().decode()[:1000])


def exact_terms(text):
    return {"query": text, "type": "best_fields", "fields": STEMMED_FIELDS, "tie_breaker": 0.6, "operator": "or",
            "auto_generate_synonyms_phrase_query": False}


def as_written(text, fields):
    clause = exact_terms(text)
    clause["fields"] = fields
    return clause


def mistyped(unknown_words):
    clause = as_written(unknown_words, FOLDED_FIELDS)
    clause.update({"fuzziness": "AUTO:5,9", "prefix_length": 1})
    return {"multi_match": clause}


def unknown_words(query):
    """The words of five letters or more that no record has, which alone get typo tolerance."""
    words = list(dict.fromkeys(word for word in WORD_SEPARATORS.split(query) if len(word) >= 5))
    if not words:
        return ""
    lookups = "".join("{}\n" + json.dumps({"size": 0, "terminate_after": 1, "track_total_hits": True,
                                           "query": {"multi_match": {"query": word, "type": "cross_fields",
                                                                     "operator": "and", "fields": FOLDED_FIELDS}}})
                      + "\n" for word in words)
    answers = post("/" + INDEX + "/_msearch", lookups, "application/x-ndjson")["responses"]
    return " ".join(word for word, answer in zip(words, answers) if answer["hits"]["total"]["value"] == 0)


def text_clauses(query, unknown):
    related = exact_terms(query)
    related.update({"analyzer": "mutualis_related_search", "boost": 0.5})
    inflected = as_written(query, INFLECTED_FIELDS)
    inflected.update({"fuzziness": "AUTO:5,100", "prefix_length": 4, "max_expansions": 5})
    clauses = [{"multi_match": exact_terms(query)}, {"multi_match": inflected},
               {"multi_match": as_written(query, UNINFLECTED_FIELDS)},
               {"multi_match": {"query": query, "type": "phrase", "fields": ["title^3", "summary"], "slop": 3,
                                "boost": 2}},
               {"multi_match": related}]
    if unknown:
        clauses.append(mistyped(unknown))
    return clauses


def page(query_clause):
    return {"query": query_clause, "size": 20, "track_total_hits": False, "post_filter": PUBLISHED,
            "_source": False}


def today(query, unknown):
    body = page({"bool": {"should": text_clauses(query, unknown)}})
    body["sort"] = [{"_score": "desc"}, {"id": "asc"}]
    return body


def multi_match_type(kind):
    def body(query, unknown):
        shaped = today(query, unknown)
        for clause in shaped["query"]["bool"]["should"]:
            if clause["multi_match"].get("type") == "best_fields" and "fuzziness" not in clause["multi_match"]:
                clause["multi_match"]["type"] = kind
        return shaped
    return body


def related_words_on(fields):
    """The related words' clause on {fields} only, or left out when there are none."""
    def body(query, unknown):
        shaped = today(query, unknown)
        clauses = []
        for clause in shaped["query"]["bool"]["should"]:
            if clause["multi_match"].get("analyzer") != "mutualis_related_search":
                clauses.append(clause)
            elif fields:
                clause["multi_match"]["fields"] = fields
                clauses.append(clause)
        shaped["query"]["bool"]["should"] = clauses
        return shaped
    return body


FIRST_PASSES = {
    "termes exacts": lambda query: {"multi_match": exact_terms(query)},
    "combined_fields titre, résumé, description": lambda query: {"combined_fields": {
        "query": query, "fields": ["title^3", "summary^2", "description"], "operator": "or"}},
    "combined_fields 7 champs": lambda query: {"combined_fields": {
        "query": query, "fields": ["title^3", "summary^2", "description", "results", "lessonsText", "indicatorsText",
                                   "assetsText"], "operator": "or"}},
}


def two_phases(first_pass, window):
    """A cheap first pass, then today's clauses on its best {window} records only (rescore)."""
    def body(query, unknown):
        first = first_pass(query)
        if unknown:
            first = {"bool": {"should": [first, mistyped(unknown)]}}
        shaped = page(first)
        shaped["rescore"] = {"window_size": window, "query": {
            "rescore_query": {"bool": {"should": text_clauses(query, unknown)}},
            "query_weight": 0.0, "rescore_query_weight": 1.0}}
        return shaped
    return body


SHAPES = [("aujourd'hui", today),
          ("most_fields au lieu de best_fields", multi_match_type("most_fields")),
          ("mots apparentés sur titre, résumé, description", related_words_on(["title^3", "summary^2", "description"])),
          ("mots apparentés sur titre, résumé", related_words_on(["title^3", "summary^2"])),
          ("sans mots apparentés", related_words_on([]))]
SHAPES += [("%s, puis rescore des %d premiers" % (name, window), two_phases(first_pass, window))
           for name, first_pass in FIRST_PASSES.items() for window in (200, 500)]


def timed(shape, queries, unknown, rounds=3):
    millis, firsts = [], {}
    for _ in range(rounds):
        for query in queries:
            started = time.perf_counter()
            answer = post("/" + INDEX + "/_search?request_cache=false", shape(query, unknown[query]))
            millis.append((time.perf_counter() - started) * 1000)
            firsts[query] = [hit["_id"] for hit in answer["hits"]["hits"][:10]]
    millis.sort()
    return [millis[min(len(millis) - 1, int(share * len(millis)))] for share in (0.5, 0.95, 0.99)], firsts


def main():
    part = sys.argv[1] if len(sys.argv) > 1 else "judgments"
    with open(os.path.join(PROJECT, "tools", "relevance", part + ".json"), encoding="utf-8") as judged:
        queries = [entry["query"] for entry in json.load(judged)["queries"]]
    unknown = {query: unknown_words(query) for query in queries}
    timed(today, queries, unknown, rounds=1)
    reference = None
    print("| forme de la requête | p50 ms | p95 ms | p99 ms | 10 premières gardées |")
    print("|---|---:|---:|---:|---:|")
    for name, shape in SHAPES:
        (p50, p95, p99), firsts = timed(shape, queries, unknown)
        reference = reference or firsts
        kept = statistics.mean(len(set(firsts[query]) & set(reference[query])) / max(1, len(reference[query]))
                               for query in queries)
        print("| %s | %.0f | %.0f | %.0f | %.0f %% |" % (name, p50, p95, p99, 100 * kept), flush=True)


if __name__ == "__main__":
    main()
