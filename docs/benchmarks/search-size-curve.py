#!/usr/bin/env python3
"""Times the whole search (the portal's request through search-service) at several index sizes, one client
(docs/benchmarks/search-scale-variants.md, « Taille de l'index »).

Usage, on the development platform holding the generated records (./mutualis generate --records 1000000 --corpus
variants), webhook-service stopped, nothing else running:
    python3 docs/benchmarks/search-size-curve.py 100000 316000

For each size: the first records of the index behind the alias `experiences` are copied into a new index of the same
template, merged into one segment like the full index, and the alias is moved onto it; then the relevance bench's 82
queries (tuning and validation) are sent in turn through `GET /api/search?size=20&q=…`, one at a time: a round to
warm up, then ROUNDS rounds measured. The full index is measured last, the alias is put back and the copies deleted.
The queries come back in turn: their counts come from the shard request cache, as in the first row of
`./mutualis load`.
"""
import json
import os
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

ELASTICSEARCH = os.environ.get("ELASTICSEARCH", "http://127.0.0.1:19200")
SEARCH = os.environ.get("SEARCH", "http://127.0.0.1:8082")
ROUNDS = int(os.environ.get("ROUNDS", "3"))
ALIAS = "experiences"
PROJECT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")


def elasticsearch(method, path, body=None, ndjson=False):
    data = None if body is None else (body if isinstance(body, str) else json.dumps(body)).encode()
    request = urllib.request.Request(ELASTICSEARCH + path, data=data, method=method, headers={
        "Content-Type": "application/x-ndjson" if ndjson else "application/json"})
    with urllib.request.urlopen(request, timeout=900) as response:
        return json.load(response)


def copy(source, size, target):
    """The first `size` records of `source`, in index order, into `target` (no _reindex module in this distribution)."""
    elasticsearch("PUT", "/" + target, {"settings": {"index": {"refresh_interval": "-1"}}})
    after, copied = None, 0
    while copied < size:
        body = {"size": min(2000, size - copied), "sort": [{"_doc": "asc"}], "track_total_hits": False}
        if after:
            body["search_after"] = after
        hits = elasticsearch("POST", "/" + source + "/_search", body)["hits"]["hits"]
        if not hits:
            break
        lines = []
        for hit in hits:
            lines.append(json.dumps({"index": {"_index": target, "_id": hit["_id"]}}))
            lines.append(json.dumps(hit["_source"]))
        if elasticsearch("POST", "/_bulk", "\n".join(lines) + "\n", ndjson=True).get("errors"):
            sys.exit("bulk errors while copying into " + target)
        copied += len(hits)
        after = hits[-1]["sort"]
    elasticsearch("PUT", "/" + target + "/_settings", {"index": {"refresh_interval": "1s"}})
    elasticsearch("POST", "/" + target + "/_refresh")
    elasticsearch("POST", "/" + target + "/_forcemerge?max_num_segments=1")


def alias_onto(index):
    current = list(elasticsearch("GET", "/_alias/" + ALIAS))
    elasticsearch("POST", "/_aliases", {"actions": [{"remove": {"index": i, "alias": ALIAS}} for i in current]
                  + [{"add": {"index": index, "alias": ALIAS, "is_write_index": True}}]})


def percentile(values, p):
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, -(-len(ordered) * p // 100) - 1))]


def measure(index, queries):
    alias_onto(index)
    elasticsearch("POST", "/" + index + "/_cache/clear?request=true")
    times = []
    for round_number in range(ROUNDS + 1):
        for query in queries:
            started = time.perf_counter()
            url = SEARCH + "/api/search?size=20&q=" + urllib.parse.quote(query)
            with urllib.request.urlopen(url, timeout=60) as response:
                response.read()
            if round_number > 0:
                times.append((time.perf_counter() - started) * 1000)
    records = elasticsearch("GET", "/" + index + "/_count")["count"]
    return (f"| {records:,} | {len(times)} | {percentile(times, 50):.0f} ms | {percentile(times, 95):.0f} ms "
            f"| {percentile(times, 99):.0f} ms | {max(times):.0f} ms | {len(times) / (sum(times) / 1000):.1f} req/s |")


def main(sizes):
    queries = [entry["query"] for name in ("judgments.json", "validation.json")
               for entry in json.load(open(os.path.join(PROJECT, "tools", "relevance", name)))["queries"]]
    full = list(elasticsearch("GET", "/_alias/" + ALIAS))[0]
    rows = []
    try:
        for size in sizes:
            copy_name = f"{ALIAS}-size-{size}"
            copy(full, size, copy_name)
            rows.append(measure(copy_name, queries))
        rows.append(measure(full, queries))
    finally:
        alias_onto(full)
        for size in sizes:
            try:
                elasticsearch("DELETE", f"/{ALIAS}-size-{size}")
            except urllib.error.HTTPError:
                pass
    print("| fiches | requêtes mesurées | p50 | p95 | p99 | max | débit |")
    print("|---:|---:|---:|---:|---:|---:|---:|")
    print("\n".join(rows))


if __name__ == "__main__":
    main([int(size) for size in sys.argv[1:]])
