"""The peers' shared command-line protocol, for the Python peers (SQLite FTS5, tantivy).

Why: the benchmark driver runs every peer interchangeably, so each must take the same
arguments, read corpora and queries the same way, time the same span of work and print the
same JSON line. Keeping that in one module means the Python peers cannot drift apart; the
C++ and Java peers follow the same rules (bench/peers/README.md) and the same percentile
definition (linear interpolation between closest ranks).

Protocol:
    PEER index  --db DIR --corpus FILE.jsonl
        -> {"engine", "documents", "seconds", "bytes_in"}
    PEER search --db DIR --queries FILE.jsonl [--repeat R] [--limit 10] [--per-query FILE]
        -> {"engine", "queries", "p50_ms", "p95_ms", "p99_ms", "mean_ms", "hits_total",
            "zero_hit_queries"}

Standard library only.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from typing import Callable, Iterator

SNIPPET_CHARS = 200
HIGHLIGHT = ("<b>", "</b>")


def read_corpus(path: str) -> Iterator[dict]:
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def read_queries(path: str) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def compact_date(iso: str | None) -> int | None:
    """"1987-02-26T15:01:01" or "2022-09-23" -> 19870226, sortable and range-filterable."""
    if not iso or len(iso) < 10:
        return None
    digits = iso[0:4] + iso[5:7] + iso[8:10]
    return int(digits) if digits.isdigit() else None


def filter_names(query: dict) -> list[str]:
    """Actor and place filters: peers have no entities, so each becomes a required phrase."""
    return [name for name in (query.get("actor"), query.get("place")) if name]


def percentile(ordered: list[float], p: float) -> float:
    if not ordered:
        return 0.0
    position = p / 100 * (len(ordered) - 1)
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def parser(description: str) -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(description=description)
    commands = top.add_subparsers(dest="command", required=True)
    index = commands.add_parser("index", help="build a fresh index from a corpus")
    index.add_argument("--db", required=True, help="index folder (replaced)")
    index.add_argument("--corpus", required=True, help="JSON Lines corpus")
    search = commands.add_parser("search", help="time the query set")
    search.add_argument("--db", required=True)
    search.add_argument("--queries", required=True, help="JSON Lines queries")
    search.add_argument("--repeat", type=int, default=1, help="timed passes (default 1)")
    search.add_argument("--limit", type=int, default=10, help="hits per query (default 10)")
    search.add_argument("--per-query", help="also write each query's hit count and mean ms here")
    return top


def main(description: str, index: Callable[[str, str], None],
         search: Callable[[str, str, int, int, str | None], None]) -> None:
    """A peer's entry point: parse the protocol's arguments and run the command."""
    args = parser(description).parse_args()
    if args.command == "index":
        index(args.db, args.corpus)
    else:
        search(args.db, args.queries, args.repeat, args.limit, args.per_query)


def print_index(engine: str, documents: int, seconds: float, bytes_in: int) -> None:
    print(json.dumps({"engine": engine, "documents": documents, "seconds": round(seconds, 3),
                      "bytes_in": bytes_in}), flush=True)


def run_searches(engine: str, queries: list[dict], run: Callable[[dict, int], list],
                 count: Callable[[dict], int], repeat: int, limit: int,
                 per_query: str | None) -> None:
    """Warm-up pass (untimed, also counts matches exactly), then `repeat` timed passes.

    `run(query, limit)` is the timed unit: it builds the engine's query from the query's
    text and returns the top hits as (id, title, snippet) tuples, all retrieved.
    """
    counts = []
    for query in queries:
        run(query, limit)
        counts.append(count(query))
    times: list[float] = []
    per_query_ms = [0.0] * len(queries)
    for _ in range(repeat):
        for i, query in enumerate(queries):
            started = time.perf_counter_ns()
            run(query, limit)
            ms = (time.perf_counter_ns() - started) / 1e6
            times.append(ms)
            per_query_ms[i] += ms / repeat
    if per_query:
        with open(per_query, "w", encoding="utf-8") as out:
            for query, hits, ms in zip(queries, counts, per_query_ms):
                out.write(json.dumps({"id": query["id"], "hits": hits, "ms": round(ms, 4)}) + "\n")
    times.sort()
    print(json.dumps({
        "engine": engine, "queries": len(queries),
        "p50_ms": round(percentile(times, 50), 3), "p95_ms": round(percentile(times, 95), 3),
        "p99_ms": round(percentile(times, 99), 3),
        "mean_ms": round(sum(times) / len(times), 3) if times else 0.0,
        "hits_total": sum(counts), "zero_hit_queries": sum(1 for c in counts if c == 0),
    }), flush=True)


def fail(peer: str, message: str) -> None:
    print(f"{peer}: {message}", file=sys.stderr)
    sys.exit(1)
