#!/usr/bin/env bash
# Smoke check of the benchmark peers: each available peer indexes the first 300 Reuters
# articles and runs bench/queries-smoke.jsonl, printing its two JSON lines.
# Why: the full benchmark takes minutes per peer; this proves in seconds that every peer
# builds, speaks the shared protocol and finds something, so CI can catch a broken peer.
# Fails (exit 1) if an available peer fails, indexes the wrong number of documents or finds
# nothing for all queries. Exits 0 with a message when ../shared/corpora is absent.
#   bench/peers/smoke.sh [--install]   (--install: apt-get the Debian packages peers need)
set -euo pipefail
case "${1:-}" in -h|--help) sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;; esac
cd "$(dirname "$0")/../.."
work=bench/work/smoke
rm -rf "$work" && mkdir -p "$work"

if [ "${1:-}" = "--install" ]; then
  apt-get install -y g++ pkg-config libxapian-dev liblucene8-java default-jdk-headless >/dev/null
fi
python3 bench/tools/scale.py --size 300 --out "$work/corpus.jsonl" --skip-missing
[ -s "$work/corpus.jsonl" ] || { echo "smoke: no corpora, nothing to check"; exit 0; }

# tantivy comes from PyPI into bench/.venv; without it that peer is reported unavailable.
if [ ! -x bench/.venv/bin/python ] || ! bench/.venv/bin/python -c "import tantivy" 2>/dev/null; then
  { python3 -m venv bench/.venv && bench/.venv/bin/pip install -q -r bench/requirements.txt; } \
    >"$work/venv.log" 2>&1 || echo "smoke: could not install tantivy into bench/.venv (see $work/venv.log)"
fi

peers=()
if pkg-config --exists xapian-core && command -v g++ >/dev/null; then
  bench/peers/build-xapian-peer "$work" >/dev/null && peers+=("xapian:$work/xapian-peer")
else
  echo "smoke: xapian peer unavailable (needs g++, pkg-config, libxapian-dev)"
fi
peers+=("sqlite:python3 bench/peers/sqlite_peer.py")
if bench/.venv/bin/python -c "import tantivy" 2>/dev/null; then
  peers+=("tantivy:bench/.venv/bin/python bench/peers/tantivy_peer.py")
else
  echo "smoke: tantivy peer unavailable"
fi
if command -v javac >/dev/null && ls /usr/share/java/lucene-core-*.jar >/dev/null 2>&1; then
  peers+=("lucene:env LUCENE_PEER_CLASSES=$work/lucene-classes bench/peers/lucene-peer")
else
  echo "smoke: lucene peer unavailable (needs liblucene8-java and a JDK)"
fi

failed=0
for entry in "${peers[@]}"; do
  name=${entry%%:*}
  read -r -a command <<<"${entry#*:}"
  if ! indexed=$("${command[@]}" index --db "$work/$name.db" --corpus "$work/corpus.jsonl" 2>"$work/$name.log") ||
     ! searched=$("${command[@]}" search --db "$work/$name.db" --queries bench/queries-smoke.jsonl 2>>"$work/$name.log"); then
    echo "smoke: $name FAILED: $(tail -3 "$work/$name.log")"
    failed=1
    continue
  fi
  echo "$indexed"
  echo "$searched"
  if ! python3 - "$indexed" "$searched" <<'PY'
import json, sys
indexed, searched = (json.loads(line) for line in sys.argv[1:3])
problems = []
if indexed.get("documents") != 300:
    problems.append(f"indexed {indexed.get('documents')} documents, not 300")
if searched.get("queries", 0) == 0 or searched.get("hits_total", 0) == 0:
    problems.append("no query found anything")
for key in ("p50_ms", "p95_ms", "p99_ms", "mean_ms", "zero_hit_queries"):
    if key not in searched:
        problems.append(f"no {key} in its output")
if problems:
    print("; ".join(problems))
    sys.exit(1)
PY
  then
    echo "smoke: $name FAILED"
    failed=1
  fi
done
[ "$failed" = 0 ] && echo "smoke: ${#peers[@]} peers OK" || { echo "smoke: FAILED"; exit 1; }
