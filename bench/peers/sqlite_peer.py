#!/usr/bin/env python3
"""SQLite FTS5 peer of Sitrep's benchmark: the embedded full-text engine everyone has.

Why: SQLite FTS5 is the obvious alternative to Xapian for an embedded, single-file news
search; the benchmark needs it answering the same queries with the same semantics (all
words required, BM25, phrases, date ranges, highlighted snippets). Python's sqlite3 module
calls straight into SQLite's C code, so per-query overhead from Python is small next to
the engine's own work, but not zero: read these figures as an upper bound.

Design (chosen for speed with snippets still possible):
  - one FTS5 table with its own content (snippet() needs the text; a contentless table
    could not give it, and an external-content table stores the same bytes once too, with
    one more table to keep in step). Columns: id, date, source UNINDEXED, then title, body.
    date is declared before the long columns so that filtering on it reads only the start
    of each matching row's record.
  - tokenize='porter unicode61' (English Porter stemming, Unicode case and diacritic folding);
    FTS5 keeps positions by default (detail=full), so phrases work.
  - ranking by bm25() with title weighted 3 (as Sitrep's title weight), configured as the
    table's rank function so ORDER BY rank takes FTS5's fast path.
  - all inserts in one transaction; the reported time includes the commit, and then the
    'optimize' merge into one b-tree segment (what a read-mostly index would do, and what
    makes FTS5 query times stable; bench/peers/README.md has its cost).

    python3 bench/peers/sqlite_peer.py index --db DIR --corpus FILE.jsonl
    python3 bench/peers/sqlite_peer.py search --db DIR --queries FILE.jsonl [--repeat R]

Standard library only (sqlite3 with FTS5, as in Debian's Python and python.org builds).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import peerlib  # noqa: E402  (the peers' shared protocol, beside this file)

ENGINE = f"sqlite-fts5-{sqlite3.sqlite_version}"
SNIPPET_TOKENS = 32  # FTS5 counts snippets in tokens (max 64); 32 is about 200 characters


def database_file(folder: str) -> str:
    return os.path.join(folder, "fts5.sqlite")


def index(folder: str, corpus: str) -> None:
    started = time.perf_counter()
    if os.path.isdir(folder):
        shutil.rmtree(folder)
    os.makedirs(folder)
    db = sqlite3.connect(database_file(folder), isolation_level=None)
    db.executescript("""
        CREATE VIRTUAL TABLE docs USING fts5(
            id UNINDEXED, date UNINDEXED, source UNINDEXED, title, body,
            tokenize = 'porter unicode61');
        INSERT INTO docs(docs, rank) VALUES ('rank', 'bm25(0, 0, 0, 3.0, 1.0)');
    """)
    documents = 0
    bytes_in = 0

    def rows():
        nonlocal documents, bytes_in
        for article in peerlib.read_corpus(corpus):
            title, body = article.get("title") or "", article.get("body") or ""
            documents += 1
            bytes_in += len(title.encode("utf-8")) + len(body.encode("utf-8"))
            yield (article["id"], peerlib.compact_date(article.get("date")),
                   article.get("source"), title, body)

    db.execute("BEGIN")
    db.executemany("INSERT INTO docs(id, date, source, title, body) VALUES (?, ?, ?, ?, ?)", rows())
    db.execute("COMMIT")
    db.execute("INSERT INTO docs(docs) VALUES ('optimize')")
    db.close()
    peerlib.print_index(ENGINE, documents, time.perf_counter() - started, bytes_in)


def quoted(text: str) -> str:
    # FTS5 strings: a quoted string is a phrase of its tokens; quotes double inside.
    return '"' + text.replace('"', '""') + '"'


def match_expression(query: dict) -> str:
    """All words required (FTS5's implicit AND), phrases quoted, filters as phrases.

    Every word is quoted so that no word of a query is read as FTS5 syntax.
    """
    text = query.get("text") or ""
    parts = [quoted(text)] if query.get("phrase") else [quoted(w) for w in text.split()]
    parts += [quoted(name) for name in peerlib.filter_names(query)]
    return " ".join(parts)


def where(query: dict) -> tuple[str, list]:
    clause, args = "docs MATCH ?", [match_expression(query)]
    low, high = peerlib.compact_date(query.get("from")), peerlib.compact_date(query.get("to"))
    if low is not None:
        clause += " AND date >= ?"
        args.append(low)
    if high is not None:
        clause += " AND date <= ?"
        args.append(high)
    return clause, args


def search(folder: str, queries_path: str, repeat: int, limit: int, per_query: str | None) -> None:
    path = database_file(folder)
    if not os.path.exists(path):
        peerlib.fail("sqlite_peer", f"no index at {path}")
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    open_tag, close_tag = peerlib.HIGHLIGHT

    def run(query: dict, limit: int) -> list:
        clause, args = where(query)
        return db.execute(
            f"SELECT id, title, snippet(docs, 4, ?, ?, '...', {SNIPPET_TOKENS}) FROM docs "
            f"WHERE {clause} ORDER BY rank LIMIT ?", [open_tag, close_tag, *args, limit]).fetchall()

    def count(query: dict) -> int:
        clause, args = where(query)
        return db.execute(f"SELECT count(*) FROM docs WHERE {clause}", args).fetchone()[0]

    peerlib.run_searches(ENGINE, peerlib.read_queries(queries_path), run, count, repeat, limit,
                         per_query)


if __name__ == "__main__":
    peerlib.main(__doc__.splitlines()[0], index, search)
