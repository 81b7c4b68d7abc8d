#!/usr/bin/env python3
"""Scale the real news corpora up to N documents, deterministically, for benchmarks.

Why: the real corpora in ../shared/corpora hold about 52,600 articles, but Sitrep and its
peers must be measured at 100k .. 1M documents. Copying articles would make every term
statistic (document frequencies, posting-list shapes, phrase positions) unrealistically
skewed, so documents beyond the real ones are *recombined*: 2-8 paragraphs taken from
different real articles of the same source, under a real title of that source, a new id and
a new date. Term statistics then stay close to those of real news text of that source.

Output is the corpora's own JSON Lines schema:
    {"id", "title", "date", "body", "source", "category"}
For N <= the number of real articles the first N real lines are copied unchanged (order:
reuters, bbc, huffpost, 20news), so small benchmarks run on real text only.

The same --seed and the same corpora always give byte-identical output (Python's Mersenne
Twister is stable across versions for random(), randrange() and choice()).

    python3 bench/tools/scale.py --size 1000000 --seed 20261121 --out bench/work/1m.jsonl

Standard library only.
"""

from __future__ import annotations

import argparse
import bisect
import datetime as dt
import hashlib
import json
import random
import re
import sys
import time
from pathlib import Path

# Fixed order: the first N articles of a small run are always the same ones.
CORPUS_FILES = ("reuters21578.jsonl", "bbc.jsonl", "huffpost10k.jsonl", "20news.jsonl")
DEFAULT_SEED = 20261121
# Generated dates: uniformly spread over the span that the real corpora cover together.
DATE_FIRST = dt.datetime(1987, 1, 1)
DATE_LAST = dt.datetime(2022, 12, 31, 23, 59, 59)
MIN_UNITS, MAX_UNITS = 2, 8
# A unit with fewer words is a signature crumb ("Reuter", "-- John"): recombining it into
# the middle of a document would look nothing like news.
MIN_UNIT_WORDS = 4
SENTENCES_PER_GROUP = 3

BLANK_LINE = re.compile(r"\n[ \t]*\n")
# Reuters-21578 has no blank lines: its paragraphs start with an indented line.
INDENTED_LINE = re.compile(r"\n(?=[ \t]+\S)")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"'(A-Z0-9])")


def repo_root() -> Path:
    return Path(__file__).resolve().parent.parent.parent


def default_corpora() -> Path:
    return (repo_root() / ".." / "shared" / "corpora").resolve()


def split_units(body: str) -> list[str]:
    """Paragraphs of a body; sentence groups when it has a single paragraph."""
    parts = [p for p in BLANK_LINE.split(body) if p.strip()]
    if len(parts) <= 1:
        parts = [p for p in INDENTED_LINE.split(body) if p.strip()]
    if len(parts) <= 1:
        sentences = [s for s in SENTENCE_END.split(body.strip()) if s.strip()]
        parts = [" ".join(sentences[i:i + SENTENCES_PER_GROUP])
                 for i in range(0, len(sentences), SENTENCES_PER_GROUP)]
    units = []
    for part in parts:
        # Leading indentation is layout, not text; inner line breaks are kept as they are.
        unit = "\n".join(line.strip() for line in part.strip("\n").split("\n")).strip()
        if len(unit.split()) >= MIN_UNIT_WORDS:
            units.append(unit)
    return units


def json_fragment(text: str) -> str:
    """The JSON string literal of text without its quotes; joined fragments stay valid JSON.

    Escaping each paragraph once, up front, instead of every generated body that uses it,
    is what makes a million documents a matter of a minute or two.
    """
    return json.dumps(text, ensure_ascii=False)[1:-1]


class Source:
    """Everything generation needs from the real articles of one source."""

    def __init__(self, name: str):
        self.name = name
        self.titles: list[tuple[str, str]] = []  # (title fragment, category JSON)
        # Units flattened; unit_owner[i] says which article unit i came from so that one
        # document never takes two units of the same article.
        self.units: list[str] = []
        self.unit_owner: list[int] = []
        self.articles = 0

    def add(self, article: dict) -> None:
        index = self.articles
        self.articles += 1
        if article.get("title", "").strip():
            self.titles.append((json_fragment(article["title"]),
                                json.dumps(article.get("category"), ensure_ascii=False)))
        for unit in split_units(article.get("body") or ""):
            self.units.append(json_fragment(unit))
            self.unit_owner.append(index)


def body_key(body_fragment: str) -> bytes:
    return hashlib.blake2b(body_fragment.encode("utf-8"), digest_size=16).digest()


def load(corpora: Path) -> tuple[list[str], list[Source], set[bytes]]:
    lines: list[str] = []
    sources: dict[str, Source] = {}
    real_bodies: set[bytes] = set()
    for name in CORPUS_FILES:
        path = corpora / name
        if not path.is_file():
            raise FileNotFoundError(f"scale.py: corpus file {path} is missing")
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                if not line.strip():
                    continue
                line = line.rstrip("\n")
                article = json.loads(line)
                lines.append(line)
                source = sources.setdefault(article["source"], Source(article["source"]))
                source.add(article)
                real_bodies.add(body_key(json_fragment(article.get("body") or "")))
    # Sources in first-seen order (dicts keep insertion order): deterministic.
    usable = [s for s in sources.values() if s.titles and len(set(s.unit_owner)) >= MAX_UNITS]
    return lines, usable, real_bodies


def generate(out, count: int, sources: list[Source], real_bodies: set[bytes],
             seed: int, first_number: int) -> int:
    """Writes count recombined documents; returns the bytes written."""
    rng = random.Random(seed)
    # Sources are drawn in proportion to their real article counts, so the scaled corpus
    # keeps the real mix of short wire stories, long features and noisy posts.
    cumulative, total = [], 0
    for source in sources:
        total += source.articles
        cumulative.append(total)
    span = int((DATE_LAST - DATE_FIRST).total_seconds())
    written = 0
    buffer: list[str] = []
    number = first_number
    made = 0
    while made < count:
        source = sources[bisect.bisect_right(cumulative, rng.randrange(total))]
        wanted = rng.randint(MIN_UNITS, MAX_UNITS)
        picked: list[str] = []
        owners: set[int] = set()
        while len(picked) < wanted:
            i = rng.randrange(len(source.units))
            if source.unit_owner[i] in owners:
                continue
            owners.add(source.unit_owner[i])
            picked.append(source.units[i])
        body = "\\n\\n".join(picked)
        if body_key(body) in real_bodies:
            # Practically unreachable (units come from different articles), but a generated
            # document must never be a copy of a real one.
            continue
        title, category = source.titles[rng.randrange(len(source.titles))]
        date = (DATE_FIRST + dt.timedelta(seconds=rng.randrange(span))).isoformat()
        buffer.append(
            f'{{"id": "gen-{number:07d}", "title": "{title}", "date": "{date}", '
            f'"body": "{body}", "source": {json.dumps(source.name, ensure_ascii=False)}, '
            f'"category": {category}}}\n')
        number += 1
        made += 1
        if len(buffer) >= 2000:
            chunk = "".join(buffer).encode("utf-8")
            out.write(chunk)
            written += len(chunk)
            buffer.clear()
    chunk = "".join(buffer).encode("utf-8")
    out.write(chunk)
    return written + len(chunk)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Deterministically scale the real news corpora up to N documents "
                    "(JSON Lines, the corpora's schema).")
    parser.add_argument("--size", type=int, required=True, help="number of documents to write")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED,
                        help=f"random seed (default {DEFAULT_SEED})")
    parser.add_argument("--out", required=True, help="output file, or - for stdout")
    parser.add_argument("--corpora", type=Path, default=None,
                        help=f"folder of the real corpora (default {default_corpora()})")
    parser.add_argument("--skip-missing", action="store_true",
                        help="exit 0 with a message when the corpora folder is absent")
    args = parser.parse_args(argv)
    if args.size < 0:
        parser.error("--size must be >= 0")
    corpora = (args.corpora or default_corpora()).resolve()
    if not corpora.is_dir():
        if args.skip_missing:
            print(f"scale.py: corpora folder {corpora} is absent; skipping", file=sys.stderr)
            return 0
        print(f"scale.py: corpora folder {corpora} is missing (use --corpora DIR, or "
              f"--skip-missing to skip)", file=sys.stderr)
        return 2

    started = time.perf_counter()
    try:
        lines, sources, real_bodies = load(corpora)
    except FileNotFoundError as error:
        print(error, file=sys.stderr)
        return 2
    out = sys.stdout.buffer if args.out == "-" else open(args.out, "wb")
    try:
        real = "".join(line + "\n" for line in lines[:args.size]).encode("utf-8")
        out.write(real)
        written = len(real)
        extra = args.size - len(lines)
        if extra > 0:
            written += generate(out, extra, sources, real_bodies, args.seed, first_number=1)
    finally:
        if out is not sys.stdout.buffer:
            out.close()
        else:
            out.flush()
    seconds = time.perf_counter() - started
    print(f"scale.py: {args.size} docs ({min(args.size, len(lines))} real, "
          f"{max(0, args.size - len(lines))} generated), {written / 1e6:.1f} MB, "
          f"{seconds:.1f} s -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
