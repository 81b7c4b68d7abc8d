"""Turns the figures of one benchmark run (results.json) into bench/RESULTS.md: the machine,
the command, a table per measurement, how each grows with the archive, and the issue's
targets with the margin by which each is met or missed. Kept apart from the driver so a
report can be re-rendered from results files, several runs in one report:
    python3 bench/report.py bench/results.json bench/results-1m.json > bench/RESULTS.md
"""

import json
import sys

TARGETS_NOTE = "Targets from the benchmark issue; a ratio below 1 means Sitrep is faster."


def number(value, digits=1):
    if value is None:
        return "n/a"
    if isinstance(value, int) or (isinstance(value, float) and value >= 1000):
        return f"{value:,.0f}"
    return f"{value:.{digits}f}"


def table(header, rows):
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines)


def daemon_row(size, clients, mode):
    return next((row for row in size["daemon"] if row["clients"] == clients and row["mode"] == mode), None)


def targets(size):
    """The issue's targets for one size: (target, measured, met, margin)."""
    rows = []
    indexing = size["indexing"]
    pairs = size["pairs"]
    if "xapian" in pairs:
        ratio = pairs["xapian"]["ratio"]
        rows.append(("embedded search p50 within 1.2x raw Xapian", f"{ratio:.2f}x", ratio <= 1.2,
                     f"{(ratio / 1.2 - 1) * 100:+.0f}% vs the limit"))
        single = daemon_row(size, 1, "daemon")
        if single:
            limit = 1.5 * pairs["xapian"]["peer_p50_ms"] + 0.2
            rows.append(("daemon search p50 within 1.5x raw Xapian + 0.2 ms",
                         f"{single['p50_ms']:.2f} ms (limit {limit:.2f} ms)", single["p50_ms"] <= limit,
                         f"{(single['p50_ms'] / limit - 1) * 100:+.0f}% vs the limit"))
        if "xapian" in indexing:
            ours, theirs = indexing["sitrep"]["articles_per_second"], indexing["xapian"]["articles_per_second"]
            rows.append(("indexing at least as fast as raw Xapian", f"{ours:,.0f} vs {theirs:,.0f} articles/s",
                         ours >= theirs, f"{(ours / theirs - 1) * 100:+.0f}%"))
    faceted = daemon_row(size, 1, "daemon-faceted")
    if faceted:
        rows.append(("exact faceted search p99 under 20 ms (daemon, 1 client)", f"{faceted['p99_ms']:.1f} ms",
                     faceted["p99_ms"] < 20, f"{(faceted['p99_ms'] / 20 - 1) * 100:+.0f}% vs the limit"))
    for peer in ("sqlite", "tantivy"):
        if peer in pairs:
            ratio = pairs[peer]["ratio"]
            rows.append((f"search p50 ahead of {peer}", f"{ratio:.2f}x", ratio < 1, f"{(ratio - 1) * 100:+.0f}%"))
    memory = size["daemon_memory_mb"].get("peak")
    if memory is not None:
        rows.append(("daemon resident memory under 200 MB", f"{memory:.0f} MB", memory < 200,
                     f"{(memory / 200 - 1) * 100:+.0f}% vs the limit"))
    return rows


def merge(runs):
    """Several runs (the default sizes, then --sizes 1m) as one report: sizes in order, each
    run's date and command kept."""
    merged = dict(runs[0])
    merged["runs"] = [{"date": r["date"], "command": r["command"], "minutes": r["minutes"],
                       "sizes": [s["label"] for s in r["sizes"]]} for r in runs]
    merged["sizes"] = [size for run in runs for size in run["sizes"]]
    return merged


def render(results):
    machine = results["machine"]
    runs = results.get("runs") or [{"date": results["date"], "command": results["command"],
                                    "minutes": results["minutes"], "sizes": [s["label"] for s in results["sizes"]]}]
    out = ["# Benchmark results", ""]
    for run in runs:
        out.append(f"Run on {run['date']} with `{run['command']}`, in {run['minutes']:.0f} minutes "
                   f"({', '.join(run['sizes'])}).")
    out += [
        "",
        f"Machine: {machine['cpu']}, {machine['cores']} cores, {machine['memory_gib']} GiB, Linux {machine['kernel']}.",
        f"Queries: {results['queries']} from `bench/queries.jsonl`, the same for every engine.",
        f"Engines: {', '.join(results['engines'])}. How each is driven: `bench/README.md`.",
        "",
        "Every figure was measured in this run. Search ratios compare Sitrep with each peer "
        "measured right next to it (Sitrep before and after the peer), since this machine is shared. "
        "Why the missed targets are missed, with the profiles that show it: "
        "[bench/README.md](README.md#where-the-targets-are-missed-and-why).",
        "",
    ]
    for size in results["sizes"]:
        out += [f"## {size['label']}: {size['documents']:,} documents, {size['text_mb']:.0f} MB of text", ""]
        out += ["### Targets", "", TARGETS_NOTE, ""]
        out += [table(["target", "measured", "met", "margin"],
                      [(t, m, "yes" if ok else "**no**", margin) for t, m, ok, margin in targets(size)]), ""]

        out += ["### Indexing", "",
                "Sitrep's figure includes reading, normalisation, entity extraction and resolution. "
                "Ratio: Sitrep's articles/s over the peer's.", ""]
        sitrep_rate = size["indexing"]["sitrep"]["articles_per_second"]
        rows = []
        for engine, row in size["indexing"].items():
            ratio = "" if engine == "sitrep" else f"{sitrep_rate / row['articles_per_second']:.2f}"
            rows.append((engine, f"{row['documents']:,}", number(row["seconds"]), number(row["articles_per_second"], 0),
                         number(row["mb_per_second"], 2), number(row["index_mb"]), number(row["peak_rss_mb"], 0), ratio))
        out += [table(["engine", "documents", "seconds", "articles/s", "MB/s", "index MB", "peak RSS MB",
                       "Sitrep ratio"], rows), ""]

        out += ["### Search latency, in process", "",
                "Top 10 hits with id, title and a highlighted snippet. Sitrep's plain search estimates the "
                "total like the peers; its faceted search counts every match exactly.", ""]
        rows = []
        for engine, row in size["search"].items():
            pair = size["pairs"].get(engine)
            rows.append((engine, number(row["p50_ms"], 2), number(row["p95_ms"], 2), number(row["p99_ms"], 2),
                         row.get("zero_hit_queries", ""),
                         f"{pair['ratio']:.2f} ({pair['sitrep_p50_ms']:.2f} / {pair['peer_p50_ms']:.2f} ms)" if pair else ""))
        out += [table(["engine", "p50 ms", "p95 ms", "p99 ms", "zero-hit queries", "Sitrep p50 ratio (pair)"], rows), ""]

        out += ["### Through the daemon", "",
                "Each request a new connection over the Unix socket, timed by the client from connect to the last byte.", ""]
        rows = [(row["mode"], row["clients"], number(row["p50_ms"], 2), number(row["p95_ms"], 2), number(row["p99_ms"], 2),
                 number(row["requests_per_second"], 0), row["failures"]) for row in size["daemon"]]
        out += [table(["mode", "clients", "p50 ms", "p95 ms", "p99 ms", "requests/s", "failures"], rows), ""]
        memory = size["daemon_memory_mb"]
        out += [f"Daemon resident memory: {number(memory.get('idle'), 0)} MB idle, "
                f"{number(memory.get('after_load'), 0)} MB after the load, {number(memory.get('peak'), 0)} MB peak.",
                f"One `sitrep search` process, start to exit (median of 15): "
                f"{number(size['cli_ms'].get('daemon'))} ms through the daemon, "
                f"{number(size['cli_ms'].get('embedded'))} ms embedded.", ""]

    if len(results["sizes"]) > 1:
        out += ["## Growth with the archive", ""]
        rows = []
        for size in results["sizes"]:
            single = daemon_row(size, 1, "daemon") or {}
            faceted = daemon_row(size, 1, "daemon-faceted") or {}
            rows.append((size["label"], f"{size['documents']:,}", number(size["indexing"]["sitrep"]["articles_per_second"], 0),
                         number(size["indexing"]["sitrep"]["index_mb"]), number(size["search"]["sitrep"]["p50_ms"], 2),
                         number(single.get("p50_ms"), 2), number(faceted.get("p99_ms"), 1),
                         number(size["daemon_memory_mb"].get("peak"), 0)))
        out += [table(["size", "documents", "Sitrep articles/s", "index MB", "embedded p50 ms", "daemon p50 ms",
                       "faceted p99 ms", "daemon peak RSS MB"], rows), ""]
    return "\n".join(out)


if __name__ == "__main__":
    paths = sys.argv[1:] or ["bench/results.json"]
    loaded = []
    for path in paths:
        with open(path) as results:
            loaded.append(json.load(results))
    print(render(merge(loaded) if len(loaded) > 1 else loaded[0]))
