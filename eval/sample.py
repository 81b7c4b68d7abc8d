#!/usr/bin/env python3
"""Draws the corpus articles of the entity gold standard: a fixed seed, ten per source
(Reuters-21578, BBC, HuffPost, 20 Newsgroups), taken round-robin across each source's
categories (so topics range well beyond war news), skipping near-empty texts. Half of each source's draw is 'holdout': annotated but never
looked at while tuning the extractor. Prints `id<TAB>source<TAB>split`, one per line.

    python3 eval/sample.py ../shared/corpora > eval/gold/sample.tsv
"""
import json
import random
import sys
from pathlib import Path

FILES = ["reuters21578.jsonl", "bbc.jsonl", "huffpost10k.jsonl", "20news.jsonl"]
PER_SOURCE = 10
SEED = 20261121
MIN_WORDS = {"huffpost10k.jsonl": 15}  # HuffPost bodies are one-sentence summaries


def main(folder: Path) -> None:
    rng = random.Random(SEED)
    for name in FILES:
        by_category = {}
        with open(folder / name, encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                words = len((record.get("body") or "").split())
                if MIN_WORDS.get(name, 60) <= words <= 900:
                    by_category.setdefault(record.get("category") or "", []).append(record["id"])
        categories = sorted(by_category)
        rng.shuffle(categories)
        chosen = []
        while len(chosen) < PER_SOURCE:
            for category in categories:
                if len(chosen) < PER_SOURCE:
                    pick = rng.choice(by_category[category])
                    if pick not in chosen:
                        chosen.append(pick)
        for index, identifier in enumerate(chosen):
            split = "holdout" if index % 2 else "tune"
            print(f"{identifier}\t{name}\t{split}")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/corpora"))
