#!/usr/bin/env python3
"""Make the benchmark's fixed query set, bench/queries.jsonl, from real news titles.

Why: latency figures are only comparable across engines and across runs when every engine
answers the very same queries, and only meaningful when those queries look like what people
type into a news search box: a few content words of a headline, sometimes a quoted phrase,
sometimes narrowed to an actor, a place or a period. So the set is drawn from the real
titles of all four corpora, seeded, and committed; re-running this script with the same
seed and corpora reproduces it byte for byte.

Mix, in every block of 20 consecutive queries (so any prefix, like the 20-query smoke file,
has the same mix): 12 free-text queries of 1-4 words (60%), 3 phrases of 2-3 consecutive
title words (15%), 3 actor or place filters (15%), 2 date ranges (10%).

Actor and place names are only used if they occur capitalised, as whole words, in at least
MIN_ARTICLES real articles, so a filter is never a name the corpora do not know.

Each line: {"id": "q0001", "text": "oil prices", "phrase": false, "actor": null,
            "place": null, "from": null, "to": null}

    python3 bench/tools/make_queries.py [--seed 20261121] [--corpora DIR] [--out FILE]
        [--smoke FILE] [--count 1200]

Standard library only.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import sys
from pathlib import Path

CORPUS_FILES = ("reuters21578.jsonl", "bbc.jsonl", "huffpost10k.jsonl", "20news.jsonl")
DATED_FILES = ("reuters21578.jsonl", "huffpost10k.jsonl")
DEFAULT_SEED = 20261121
MIN_ARTICLES = 20
BLOCK = ["free"] * 12 + ["phrase"] * 3 + ["filter"] * 3 + ["date"] * 2
SMOKE_COUNT = 20

# Function words, headline verbs of saying, company suffixes and the halves of English
# contractions that splitting on apostrophes leaves behind: nobody searches for these.
STOPWORDS = frozenset("""
a about above after again against all also am an and any are aren as at be because been
before being below between both but by can cannot could couldn did didn do does doesn doing
don down during each few for from further had hadn has hasn have haven having he her here
hers herself him himself his how i if in into is isn it its itself just let ll me more most
mustn my myself no nor not now of off on once only or other ought our ours ourselves out
over own re same say says said shan she should shouldn so some such than that the their
theirs them themselves then there these they this those through to too under until up upon
us ve very via vs was wasn we were weren what when where which while who whom why will with
won would wouldn you your yours yourself yourselves get gets got one two may might must
inc corp ltd plc co fwd
""".split())

# Candidate places: countries, cities and US states likely in 1987 wires, 1993 Usenet,
# 2004 BBC and 2018-2022 HuffPost. Only those found often enough are used.
PLACES = """
Afghanistan Argentina Australia Austria Belgium Brazil Canada Chile China Colombia Cuba
Egypt France Germany Greece India Indonesia Iran Iraq Ireland Israel Italy Japan Kenya
Kuwait Lebanon Libya Malaysia Mexico Netherlands Nigeria Norway Pakistan Philippines
Poland Russia Saudi\\ Arabia Scotland South\\ Africa South\\ Korea Spain Sweden Switzerland
Syria Taiwan Thailand Turkey Ukraine Venezuela Vietnam Wales Zimbabwe North\\ Korea
London Paris Tokyo Washington New\\ York Moscow Beijing Berlin Bonn Brussels Chicago
Houston Los\\ Angeles San\\ Francisco Boston Hong\\ Kong Singapore Sydney Toronto Ottawa
Geneva Frankfurt Zurich Amsterdam Rome Madrid Dublin Manchester Liverpool Edinburgh
Jerusalem Baghdad Tehran Kabul Cairo Seattle Atlanta Dallas Miami Detroit Denver
California Texas Florida Ohio Michigan Illinois Georgia Virginia Pennsylvania Arizona
Colorado Massachusetts Minnesota Oregon Alabama Louisiana Oklahoma Kentucky Wisconsin
Iowa Nebraska Kansas Alaska Hawaii Utah Nevada Tennessee Missouri Mississippi
""".replace("\\ ", "\x00").split()
PLACES = [p.replace("\x00", " ") for p in PLACES]

# Candidate actors: organisations and people that news of these periods keeps naming.
ACTORS = """
Reagan Volcker Baker Nakasone Thatcher Gorbachev Kohl Mitterrand Yeutter Greenspan
OPEC Federal\\ Reserve Bundesbank IMF World\\ Bank GATT EEC Treasury Pentagon Congress
Senate White\\ House Supreme\\ Court FBI CIA NASA United\\ Nations NATO
IBM General\\ Motors Chrysler Ford Exxon Texaco Boeing Microsoft Apple Google Sony
Nintendo Intel Amazon Facebook Twitter Netflix Disney
Blair Brown Howard Kennedy Bush Clinton Obama Trump Biden Pelosi McConnell Putin
Labour Tories Conservatives Democrats Republicans Chelsea Arsenal Liverpool\\ FC
""".replace("\\ ", "\x00").split()
ACTORS = [a.replace("\x00", " ") for a in ACTORS]

WORD = re.compile(r"[^\W\d_]+")


def repo_root() -> Path:
    return Path(__file__).resolve().parent.parent.parent


def tokens(title: str) -> list[str]:
    """Lowercased words of a title; None marks a dropped word, so runs stay visible."""
    return [w if (len(w) >= 3 and w not in STOPWORDS) else None
            for w in WORD.findall(title.lower())]


def content(title: str) -> list[str]:
    return [w for w in tokens(title) if w is not None]


def name_pattern(names: list[str]) -> re.Pattern:
    # Longest first, so "New York" wins over a shorter name sharing its start.
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(r"(?<![\w&])(" + alternatives + r")(?![\w&])")


def load(corpora: Path) -> dict[str, list[dict]]:
    articles: dict[str, list[dict]] = {}
    for name in CORPUS_FILES:
        path = corpora / name
        if not path.is_file():
            raise FileNotFoundError(f"make_queries.py: corpus file {path} is missing")
        with path.open(encoding="utf-8") as handle:
            articles[name] = [json.loads(line) for line in handle if line.strip()]
    return articles


def name_index(articles: dict[str, list[dict]], names: list[str]) -> dict[str, list[tuple]]:
    """For each name, the (file, article index) pairs whose text has it capitalised."""
    pattern = name_pattern(names)
    found: dict[str, list[tuple]] = {n: [] for n in names}
    for file, items in articles.items():
        for i, article in enumerate(items):
            # Reuters titles are all capitals: there "OPEC" and "BONN" look alike; bodies only.
            text = article["body"] if file.startswith("reuters") else \
                article["title"] + "\n" + article["body"]
            for hit in set(pattern.findall(text)):
                found[hit].append((file, i))
    return found


class Maker:
    def __init__(self, articles: dict[str, list[dict]], seed: int):
        self.rng = random.Random(seed)
        self.articles = articles
        self.seen: set[tuple] = set()
        entity_hits = name_index(articles, PLACES + ACTORS)
        self.places = {n: entity_hits[n] for n in PLACES if len(entity_hits[n]) >= MIN_ARTICLES}
        self.actors = {n: entity_hits[n] for n in ACTORS if len(entity_hits[n]) >= MIN_ARTICLES}
        self.dated = {file: [a for a in articles[file] if a.get("date") and content(a["title"])]
                      for file in DATED_FILES}
        self.spans = {file: (min(a["date"][:10] for a in items), max(a["date"][:10] for a in items))
                      for file, items in self.dated.items()}

    def title(self) -> str:
        file = self.rng.choice(CORPUS_FILES)
        return self.rng.choice(self.articles[file])["title"]

    def words(self, title: str, low: int, high: int, exclude: frozenset = frozenset()) -> str:
        """A few content words of a title, in title order, as a person would retype them."""
        pool = list(dict.fromkeys(w for w in content(title) if w not in exclude))
        if not pool:
            return ""
        wanted = min(len(pool), self.rng.randint(low, high))
        picked = sorted(self.rng.sample(range(len(pool)), wanted))
        return " ".join(pool[i] for i in picked)

    def free(self) -> dict | None:
        # Shorter queries are the more common ones in search logs.
        wanted = self.rng.choices([1, 2, 3, 4], weights=[25, 35, 25, 15])[0]
        text = self.words(self.title(), wanted, wanted)
        return {"text": text} if text else None

    def phrase(self) -> dict | None:
        words = tokens(self.title())
        length = self.rng.choice([2, 2, 3])
        runs = [words[i:i + length] for i in range(len(words) - length + 1)
                if None not in words[i:i + length] and len(set(words[i:i + length])) == length]
        if not runs:
            return None
        return {"text": " ".join(self.rng.choice(runs)), "phrase": True}

    def filter(self) -> dict | None:
        facet = self.rng.choice(["actor", "place"])
        names = self.actors if facet == "actor" else self.places
        name = self.rng.choice(sorted(names))
        file, i = self.rng.choice(names[name])
        # Mostly 1-2 words from the title of an article that does name the entity; one in
        # five is a pure facet query ("everything about OPEC").
        text = "" if self.rng.random() < 0.2 else \
            self.words(self.articles[file][i]["title"], 1, 2, frozenset(content(name)))
        return {"text": text, facet: name}

    def date(self) -> dict | None:
        file = self.rng.choice(DATED_FILES)
        article = self.rng.choice(self.dated[file])
        day = dt.date.fromisoformat(article["date"][:10])
        first, last = (dt.date.fromisoformat(d) for d in self.spans[file])
        width = self.rng.choice([1, 7, 30, 90, 365])
        start = max(first, day - dt.timedelta(days=self.rng.randrange(width)))
        end = min(last, start + dt.timedelta(days=width - 1))
        text = self.words(article["title"], 1, 2)
        return {"text": text, "from": start.isoformat(), "to": end.isoformat()} if text else None

    def make(self, kind: str) -> dict:
        while True:
            query = getattr(self, kind)()
            if query is None:
                continue
            full = {"text": "", "phrase": False, "actor": None, "place": None,
                    "from": None, "to": None, **query}
            key = tuple(full.values())
            if key not in self.seen:
                self.seen.add(key)
                return full


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Make the fixed, seeded benchmark query set from real corpus titles.")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--corpora", type=Path, default=repo_root() / ".." / "shared" / "corpora")
    parser.add_argument("--out", type=Path, default=repo_root() / "bench" / "queries.jsonl")
    parser.add_argument("--smoke", type=Path, default=repo_root() / "bench" / "queries-smoke.jsonl",
                        help=f"file for the first {SMOKE_COUNT} queries (CI smoke run)")
    parser.add_argument("--count", type=int, default=1200,
                        help="number of queries, a multiple of 20 (default 1200)")
    args = parser.parse_args(argv)
    if args.count <= 0 or args.count % len(BLOCK):
        parser.error(f"--count must be a positive multiple of {len(BLOCK)}")
    corpora = args.corpora.resolve()
    if not corpora.is_dir():
        print(f"make_queries.py: corpora folder {corpora} is missing", file=sys.stderr)
        return 2
    try:
        maker = Maker(load(corpora), args.seed)
    except FileNotFoundError as error:
        print(error, file=sys.stderr)
        return 2

    lines = []
    for start in range(0, args.count, len(BLOCK)):
        kinds = BLOCK[:]
        maker.rng.shuffle(kinds)
        for kind in kinds:
            query = {"id": f"q{len(lines) + 1:04d}", **maker.make(kind)}
            lines.append(json.dumps(query, ensure_ascii=False) + "\n")
    args.out.write_text("".join(lines), encoding="utf-8")
    args.smoke.write_text("".join(lines[:SMOKE_COUNT]), encoding="utf-8")
    print(f"make_queries.py: {len(lines)} queries -> {args.out} (first {SMOKE_COUNT} -> "
          f"{args.smoke}); places used: {len(maker.places)}/{len(PLACES)}, actors used: "
          f"{len(maker.actors)}/{len(ACTORS)}", file=sys.stderr)
    print("make_queries.py: places: " + ", ".join(
        f"{n} ({len(v)})" for n, v in maker.places.items()), file=sys.stderr)
    print("make_queries.py: actors: " + ", ".join(
        f"{n} ({len(v)})" for n, v in maker.actors.items()), file=sys.stderr)
    dropped = [n for n in PLACES + ACTORS if n not in maker.places and n not in maker.actors]
    print("make_queries.py: dropped (< %d articles): %s" % (MIN_ARTICLES, ", ".join(dropped)),
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
