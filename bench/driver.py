#!/usr/bin/env python3
"""Runs the benchmark suite: Sitrep (through its own binaries and daemon) beside the peer
engines, on the same documents and the same queries, and writes bench/RESULTS.md and
bench/results.json.

bench/run prepares the machine (packages, release build, peers) and calls this; run it
directly only with the paths it expects (see --help). Every figure comes from a
measurement in this run: nothing is copied from an earlier one. This machine is shared and
absolute times drift, so each Sitrep search figure is measured right next to the peer it
is compared with (Sitrep, peer, Sitrep, next peer, ...) and the ratio uses that pair.
"""

import argparse
import datetime
import json
import os
import platform
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"


def log(message):
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def run_json(command, **kwargs):
    """Runs a measuring command that prints one JSON object per line; returns them."""
    result = subprocess.run(command, capture_output=True, text=True, **kwargs)
    if result.returncode != 0:
        raise SystemExit(f"bench: {' '.join(map(str, command))} failed ({result.returncode}):\n{result.stderr[-3000:]}")
    return [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]


def timed(command, allowed=(0,)):
    """Runs a command under GNU time: (seconds, peak resident MB, stdout)."""
    stats = BENCH_WORK / "time.txt"
    started = time.monotonic()
    result = subprocess.run(["/usr/bin/time", "-f", "%M", "-o", str(stats)] + [str(c) for c in command],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    seconds = time.monotonic() - started
    if result.returncode not in allowed:
        raise SystemExit(f"bench: {' '.join(map(str, command))} failed ({result.returncode}):\n{result.stderr[-3000:]}")
    peak_kb = int(stats.read_text().strip().splitlines()[-1])
    return seconds, peak_kb / 1024, result.stdout


def folder_megabytes(path):
    total = 0
    for root, _, files in os.walk(path):
        for name in files:
            total += os.path.getsize(os.path.join(root, name))
    return total / 1e6


def corpus_bytes(path):
    """Title and body bytes: the text every engine indexes (MB/s is computed from it)."""
    total = 0
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            article = json.loads(line)
            total += len((article.get("title") or "").encode()) + len((article.get("body") or "").encode())
    return total


# MARK: Corpora

def prepare_corpus(size, corpora, seed):
    """A JSON Lines file of `size` documents: the real articles first, then generated ones."""
    path = BENCH_WORK / f"corpus-{size}.jsonl"
    if not path.exists():
        log(f"generating {size} documents into {path}")
        subprocess.run([sys.executable, BENCH / "tools" / "scale.py", "--size", str(size), "--seed", str(seed),
                        "--corpora", corpora, "--out", path], check=True)
    return path


def parse_size(text):
    text = text.strip().lower()
    if text.endswith("k"):
        return int(float(text[:-1]) * 1000)
    if text.endswith("m"):
        return int(float(text[:-1]) * 1_000_000)
    return int(text)


# MARK: Engines

class Peer:
    """A peer engine behind the shared protocol (bench/peers/README.md)."""

    def __init__(self, name, command):
        self.name = name
        self.command = command

    def index(self, corpus, folder):
        shutil.rmtree(folder, ignore_errors=True)
        seconds, peak, stdout = timed(self.command + ["index", "--db", folder, "--corpus", corpus])
        reported = [json.loads(line) for line in stdout.splitlines() if line.startswith("{")][-1]
        return {"documents": reported["documents"], "seconds": seconds, "engine_seconds": reported["seconds"],
                "peak_rss_mb": peak, "index_mb": folder_megabytes(folder)}

    def search(self, folder, queries, passes):
        return run_json(self.command + ["search", "--db", folder, "--queries", queries, "--repeat", str(passes)])[-1]


class Sitrep:
    def __init__(self, bin_folder):
        self.bin = Path(bin_folder)

    def index(self, corpus, folder):
        shutil.rmtree(folder, ignore_errors=True)
        # 65: some articles were rejected (Reuters has empty ones); the report lists them.
        seconds, peak, stdout = timed([self.bin / "sitrep", "index", "--index", folder, corpus, "--json"], allowed=(0, 65))
        report = json.loads(stdout)
        return {"documents": report["added"] + report["updated"], "rejected": len(report.get("rejected", [])),
                "seconds": seconds, "peak_rss_mb": peak, "index_mb": folder_megabytes(folder)}

    def search(self, folder, queries, passes, facets=0):
        return run_json([self.bin / "sitrep-bench", "search", "--index", folder, "--queries", queries,
                         "--passes", str(passes), "--facets", str(facets)])[-1]

    def cli_search(self, target_arguments, runs=15):
        """Wall time of one `sitrep search` process, start to exit: what a user waits."""
        times = []
        for _ in range(runs):
            started = time.monotonic()
            subprocess.run([self.bin / "sitrep", "search", "oil prices", "--json"] + target_arguments,
                           check=True, stdout=subprocess.DEVNULL)
            times.append((time.monotonic() - started) * 1000)
        return statistics.median(times)


class Daemon:
    """sitrepd on a temporary socket over an existing index."""

    def __init__(self, bin_folder, index):
        self.socket = str(BENCH_WORK / "bench.sock")
        self.process = subprocess.Popen([Path(bin_folder) / "sitrepd", "--index", index, "--socket", self.socket,
                                         "--log-level", "warning"], stderr=open(BENCH_WORK / "sitrepd.log", "w"))
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                with socket.socket(socket.AF_UNIX) as probe:
                    probe.connect(self.socket)
                    return
            except OSError:
                time.sleep(0.1)
        raise SystemExit("bench: sitrepd did not start; see bench/work/sitrepd.log")

    def memory_mb(self):
        """(current, peak) resident memory from /proc."""
        fields = {}
        for line in Path(f"/proc/{self.process.pid}/status").read_text().splitlines():
            key, _, value = line.partition(":")
            fields[key] = value.strip()
        return int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024

    def stop(self):
        self.process.send_signal(signal.SIGTERM)
        self.process.wait(timeout=60)


# MARK: The run

def measure_size(label, corpus, engines, sitrep, queries, passes, clients, requests):
    documents = sum(1 for _ in open(corpus, encoding="utf-8"))
    megabytes = corpus_bytes(corpus) / 1e6
    log(f"{label}: {documents} documents, {megabytes:.1f} MB of text")
    figures = {"label": label, "documents": documents, "text_mb": megabytes, "indexing": {}, "search": {},
               "pairs": {}, "daemon": [], "cli_ms": {}, "daemon_memory_mb": {}}

    sitrep_index = BENCH_WORK / f"sitrep-{label}"
    log(f"{label}: indexing with sitrep")
    figures["indexing"]["sitrep"] = sitrep.index(corpus, sitrep_index)
    peer_indexes = {}
    for peer in engines:
        log(f"{label}: indexing with {peer.name}")
        peer_indexes[peer.name] = BENCH_WORK / f"{peer.name}-{label}"
        figures["indexing"][peer.name] = peer.index(corpus, peer_indexes[peer.name])
    for name, row in figures["indexing"].items():
        row["articles_per_second"] = row["documents"] / row["seconds"]
        row["mb_per_second"] = megabytes / row["seconds"]

    log(f"{label}: searching, pair by pair")
    figures["search"]["sitrep"] = sitrep.search(sitrep_index, queries, passes)
    figures["search"]["sitrep-faceted"] = sitrep.search(sitrep_index, queries, passes, facets=10)
    for peer in engines:
        before = sitrep.search(sitrep_index, queries, passes)
        other = peer.search(peer_indexes[peer.name], queries, passes)
        after = sitrep.search(sitrep_index, queries, passes)
        figures["search"][peer.name] = other
        own = statistics.mean([before["p50_ms"], after["p50_ms"]])
        figures["pairs"][peer.name] = {"sitrep_p50_ms": own, "peer_p50_ms": other["p50_ms"],
                                       "ratio": own / other["p50_ms"] if other["p50_ms"] else None}

    log(f"{label}: the daemon")
    daemon = Daemon(sitrep.bin, sitrep_index)
    try:
        figures["daemon_memory_mb"]["idle"] = daemon.memory_mb()[0]
        for facets in (0, 10):
            figures["daemon"] += run_json([sitrep.bin / "sitrep-bench", "daemon", "--socket", daemon.socket,
                                           "--queries", queries, "--clients", clients, "--requests", str(requests),
                                           "--facets", str(facets)])
        current, peak = daemon.memory_mb()
        figures["daemon_memory_mb"].update({"after_load": current, "peak": peak})
        figures["cli_ms"]["daemon"] = sitrep.cli_search(["--socket", daemon.socket])
    finally:
        daemon.stop()
    figures["cli_ms"]["embedded"] = sitrep.cli_search(["--index", str(sitrep_index)])
    return figures


def machine():
    model = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name")), "?")
    memory = next((int(line.split()[1]) for line in open("/proc/meminfo") if line.startswith("MemTotal")), 0)
    return {"cpu": model, "cores": os.cpu_count(), "memory_gib": round(memory / 1024 / 1024),
            "kernel": platform.release(), "python": platform.python_version()}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="reuters,all,100k",
                        help="corpus sizes: reuters (21,578 real), all (the four corpora, ~52,600), or a count "
                             "such as 100k or 1m (real articles, then generated ones); comma-separated")
    parser.add_argument("--engines", default="xapian,sqlite,tantivy,lucene", help="peers to run beside Sitrep")
    parser.add_argument("--bin", required=True, help="folder of the release sitrep, sitrepd and sitrep-bench")
    parser.add_argument("--peer-command", action="append", default=[], metavar="NAME=COMMAND",
                        help="how to run each peer (set by bench/run)")
    parser.add_argument("--corpora", default=str(ROOT.parent / "shared" / "corpora"))
    parser.add_argument("--queries", default=str(BENCH / "queries.jsonl"))
    parser.add_argument("--query-limit", type=int, help="use only the first N queries")
    parser.add_argument("--passes", type=int, default=3, help="timed passes over the queries per search measurement")
    parser.add_argument("--clients", default="1,4,16")
    parser.add_argument("--requests", type=int, default=3000, help="requests per daemon measurement")
    parser.add_argument("--seed", type=int, default=20261121)
    parser.add_argument("--work", default=str(BENCH / "work"))
    parser.add_argument("--out", default=str(BENCH), help="where RESULTS.md and results.json go")
    parser.add_argument("--command", default="bench/run", help="the command line, for the report")
    arguments = parser.parse_args()

    global BENCH_WORK
    BENCH_WORK = Path(arguments.work)
    BENCH_WORK.mkdir(parents=True, exist_ok=True)
    corpora = Path(arguments.corpora)
    if not corpora.is_dir():
        print(f"bench: the corpora folder {corpora} is absent; nothing to measure (skipped)")
        return 0

    queries = arguments.queries
    if arguments.query_limit:
        queries = str(BENCH_WORK / "queries-subset.jsonl")
        with open(arguments.queries) as source, open(queries, "w") as subset:
            subset.writelines(line for _, line in zip(range(arguments.query_limit), source))

    commands = dict(item.split("=", 1) for item in arguments.peer_command)
    engines = []
    for name in [n for n in arguments.engines.split(",") if n]:
        if name not in commands:
            log(f"{name}: not available on this machine, left out")
            continue
        engines.append(Peer(name, commands[name].split()))
    sitrep = Sitrep(arguments.bin)

    started = datetime.datetime.now(datetime.timezone.utc)
    results = {"date": started.strftime("%Y-%m-%d %H:%M UTC"), "command": arguments.command, "machine": machine(),
               "queries": sum(1 for _ in open(queries)), "engines": ["sitrep"] + [e.name for e in engines], "sizes": []}
    for size in arguments.sizes.split(","):
        if size == "reuters":
            corpus = corpora / "reuters21578.jsonl"
        elif size == "all":
            corpus = BENCH_WORK / "corpus-all.jsonl"
            if not corpus.exists():
                with open(corpus, "w") as out:
                    for name in ("reuters21578", "bbc", "huffpost10k", "20news"):
                        out.write((corpora / f"{name}.jsonl").read_text())
        else:
            corpus = prepare_corpus(parse_size(size), corpora, arguments.seed)
        results["sizes"].append(measure_size(size, corpus, engines, sitrep, queries, arguments.passes,
                                             arguments.clients, arguments.requests))
    results["minutes"] = (datetime.datetime.now(datetime.timezone.utc) - started).total_seconds() / 60

    out = Path(arguments.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / "results.json").write_text(json.dumps(results, indent=1) + "\n")
    (out / "RESULTS.md").write_text(report(results))
    log(f"done in {results['minutes']:.1f} minutes: {out / 'RESULTS.md'}")
    return 0


# MARK: The report

def report(results):
    import report as report_module  # bench/report.py, beside this file
    return report_module.render(results)


if __name__ == "__main__":
    sys.path.insert(0, str(BENCH))
    BENCH_WORK = BENCH / "work"
    sys.exit(main())
