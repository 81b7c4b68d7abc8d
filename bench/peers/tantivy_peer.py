#!/usr/bin/env python3
"""tantivy peer of Sitrep's benchmark: a modern Lucene-style engine written in Rust.

Why: tantivy is what a new project would likely pick instead of Xapian today; the benchmark
needs it answering the same queries with the same semantics. It runs through tantivy-py
(the official Python binding, pinned in bench/requirements.txt); every call crosses into
Rust, so Python adds a little per call, as it does for the SQLite peer.

Design:
  - fields: id (raw, stored), title and body (tokenizer "en_stem": tantivy's simple
    tokenizer, lower-casing and English Snowball stemming; positions recorded so phrases
    work; stored for the hit list and snippets), date (i64 YYYYMMDD, indexed and fast, for
    range filters), source (raw keyword, indexed, filterable).
  - writer with a 200 MB heap and num_threads=0, i.e. tantivy's default (one indexing thread
    per core, at most 8: two here); the reported time includes commit() and waiting for the
    merge threads, so the index is measured in its final state.
  - queries through tantivy's query parser over title and body, conjunction by default (all
    words required), title boosted 3x (as Sitrep's title weight); BM25 is tantivy's scoring;
    a date range as a fast-field range query that must match.
  - snippets from SnippetGenerator on the body, at most 200 characters, HTML <b> highlights.

    bench/.venv/bin/python bench/peers/tantivy_peer.py index --db DIR --corpus FILE.jsonl
    bench/.venv/bin/python bench/peers/tantivy_peer.py search --db DIR --queries FILE.jsonl

Needs: pip install -r bench/requirements.txt (into bench/.venv).
"""

from __future__ import annotations

import os
import shutil
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import peerlib  # noqa: E402  (the peers' shared protocol, beside this file)

try:
    import tantivy
except ImportError:
    peerlib.fail("tantivy_peer", "tantivy is not installed: bench/.venv/bin/pip install -r "
                                 "bench/requirements.txt, and run this with bench/.venv/bin/python")

HEAP_BYTES = 200_000_000


def engine_name() -> str:
    # tantivy-py has no __version__; its package metadata has.
    from importlib.metadata import version
    return f"tantivy-{version('tantivy')}"


def schema() -> "tantivy.Schema":
    builder = tantivy.SchemaBuilder()
    builder.add_text_field("id", stored=True, tokenizer_name="raw")
    builder.add_text_field("title", stored=True, tokenizer_name="en_stem", index_option="position")
    builder.add_text_field("body", stored=True, tokenizer_name="en_stem", index_option="position")
    builder.add_integer_field("date", stored=False, indexed=True, fast=True)
    builder.add_text_field("source", stored=False, tokenizer_name="raw", index_option="basic")
    return builder.build()


def index(folder: str, corpus: str) -> None:
    started = time.perf_counter()
    if os.path.isdir(folder):
        shutil.rmtree(folder)
    os.makedirs(folder)
    idx = tantivy.Index(schema(), path=folder, reuse=False)
    writer = idx.writer(heap_size=HEAP_BYTES, num_threads=0)
    documents = bytes_in = 0
    for article in peerlib.read_corpus(corpus):
        title, body = article.get("title") or "", article.get("body") or ""
        fields = {"id": article["id"], "title": title, "body": body}
        date = peerlib.compact_date(article.get("date"))
        if date is not None:
            fields["date"] = date
        if article.get("source"):
            fields["source"] = article["source"]
        writer.add_document(tantivy.Document(**fields))
        documents += 1
        bytes_in += len(title.encode("utf-8")) + len(body.encode("utf-8"))
    writer.commit()
    writer.wait_merging_threads()
    peerlib.print_index(engine_name(), documents, time.perf_counter() - started, bytes_in)


def query_string(query: dict) -> str:
    """All words required (conjunction), phrases quoted, actor/place filters as phrases."""
    text = query.get("text") or ""
    parts = [f'"{text}"'] if query.get("phrase") and text else text.split()
    parts += [f'"{name}"' for name in peerlib.filter_names(query)]
    return " ".join(parts)


def search(folder: str, queries_path: str, repeat: int, limit: int, per_query: str | None) -> None:
    if not os.path.isdir(folder):
        peerlib.fail("tantivy_peer", f"no index at {folder}")
    idx = tantivy.Index.open(folder)
    the_schema = idx.schema
    searcher = idx.searcher()

    def build(query: dict) -> "tantivy.Query":
        text = query_string(query)
        parsed = idx.parse_query(text, ["title", "body"], field_boosts={"title": 3.0},
                                 conjunction_by_default=True) if text else tantivy.Query.all_query()
        low, high = peerlib.compact_date(query.get("from")), peerlib.compact_date(query.get("to"))
        if low is None and high is None:
            return parsed
        dates = tantivy.Query.range_query(the_schema, "date", tantivy.FieldType.Integer, low, high)
        return tantivy.Query.boolean_query([(tantivy.Occur.Must, parsed),
                                            (tantivy.Occur.Must, dates)])

    def run(query: dict, limit: int) -> list:
        parsed = build(query)
        result = searcher.search(parsed, limit, count=False)
        snippets = tantivy.SnippetGenerator.create(searcher, parsed, the_schema, "body")
        snippets.set_max_num_chars(peerlib.SNIPPET_CHARS)
        hits = []
        for _score, address in result.hits:
            doc = searcher.doc(address)
            hits.append((doc["id"][0], doc["title"][0], snippets.snippet_from_doc(doc).to_html()))
        return hits

    def count(query: dict) -> int:
        return searcher.search(build(query), 1, count=True).count  # limit 0 panics

    peerlib.run_searches(engine_name(), peerlib.read_queries(queries_path), run, count, repeat,
                         limit, per_query)


if __name__ == "__main__":
    peerlib.main(__doc__.splitlines()[0], index, search)
