#!/usr/bin/env python3
"""Turns JMH's JSON results (-rf json) into the README's tables and an SVG bar chart of the ratios.

    python3 benchmarks/report.py RESULTS.json [CHART.svg]

Prints Markdown to stdout: the machine and JDK, the workload table (the binding's time, its ratio to every other
variant measured in the same run, and B/op when the run had -prof gc) and, if the run has them, the cold-start
medians. With CHART.svg also writes the chart of the ratios. Needs only the Python standard library.

A workload's time is its fastest measurement iteration, not JMH's mean: on a machine that other processes share,
an iteration only ever gets slower by being disturbed, so the fastest is the closest to the code's own cost.
"""
import json
import math
import os
import sys
from collections import OrderedDict

WORKLOADS = "dev.wasmbind.benchmarks.Workloads."
COLD_START = "dev.wasmbind.benchmarks.ColdStart."

# benchmark method (and size parameter) -> row label, in the README's order
LABELS = OrderedDict([
    (("emptyCall", None), "empty call"),
    (("add", None), "Add(int, int)"),
    (("returnString", None), "22-byte string result"),
    (("echo", "16"), "echo 16 B"),
    (("echo", "1024"), "echo 1 KiB"),
    (("echo", "1048576"), "echo 1 MiB"),
    (("countVowels", None), "count vowels in 1 MiB"),
    (("recordResult", None), "record result"),
    (("bytesResult", None), "byte[] result"),
    (("hostCall", None), "host-function call"),
    (("echoFromTwoThreads", None), "echo 16 B, 2 threads, an instance each"),
    (("pooledEchoFromTwoThreads", None), "echo 16 B, 2 threads, one pool of 2"),
])

# benchmarks of the binding alone, compared with the variants of another benchmark doing the same work
BASELINES = {"pooledEchoFromTwoThreads": "echoFromTwoThreads"}

# (variant the binding is divided by, column header, bar colour)
RATIOS = [
    ("handWritten", "binding / best hand-written", "#4e79a7"),
    ("naive", "binding / naive", "#f28e2b"),
    ("plainJava", "binding / plain Java", "#59a14f"),
]

COLD_VARIANTS = [
    ("binding", "binding (compiler)"),
    ("bindingInterpreter", "binding (interpreter)"),
    ("chicoryCompiler", "Chicory compiler"),
    ("chicoryInterpreter", "Chicory interpreter"),
]
COLD_MODULES = [("smallGuest", "bench.wasm (15 KB)"), ("largeGuest", "large.wasm (1.1 MB, 4096 functions)")]


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def workload_scores(results):
    """{(method, size): {variant: (fastest iteration ns/op, B/op or None)}} of the Workloads benchmarks."""
    scores = {}
    for result in results:
        name = result["benchmark"]
        if not name.startswith(WORKLOADS):
            continue
        if result["primaryMetric"]["scoreUnit"] != "ns/op":
            raise SystemExit(f"{name}: expected ns/op, got {result['primaryMetric']['scoreUnit']}")
        params = result.get("params", {})
        key = (name[len(WORKLOADS):], params.get("size"))
        alloc = result.get("secondaryMetrics", {}).get("gc.alloc.rate.norm")
        fastest = min(score for fork in result["primaryMetric"]["rawData"] for score in fork)
        variant = params.get("variant", "binding")
        scores.setdefault(key, {})[variant] = (fastest, alloc["score"] if alloc else None)
    return scores


def cold_start_medians(results):
    """{(method, variant): median ms} of the ColdStart benchmarks, over all forks."""
    medians = {}
    for result in results:
        name = result["benchmark"]
        if name.startswith(COLD_START):
            samples = sorted(s for fork in result["primaryMetric"]["rawData"] for s in fork)
            middle = len(samples) // 2
            median = samples[middle] if len(samples) % 2 else (samples[middle - 1] + samples[middle]) / 2
            medians[(name[len(COLD_START):], result["params"]["variant"])] = (median, len(samples))
    return medians


def ratios(scores):
    """[(label, binding ns/op, {variant: ratio}, binding B/op, hand-written B/op)] in the README's order."""
    rows = []
    for key, label in LABELS.items():
        variants = scores.get(key)
        if not variants or "binding" not in variants:
            continue
        if key[0] in BASELINES:
            baseline = scores.get((BASELINES[key[0]], key[1]), {})
            variants = {**{v: score for v, score in baseline.items() if v != "binding"}, **variants}
        binding, binding_alloc = variants["binding"]
        row_ratios = {v: binding / variants[v][0] for v, _, _ in RATIOS if v in variants}
        hand_alloc = variants.get("handWritten", (None, None))[1]
        rows.append((label, binding, row_ratios, binding_alloc, hand_alloc))
    return rows


def time_text(ns):
    for unit, size in (("ms", 1e6), ("µs", 1e3)):
        if ns >= size:
            return f"{ns / size:.3g} {unit}"
    return f"{ns:.3g} ns"


def ratio_text(ratio):
    return f"{ratio:.2f}×" if ratio < 10 else f"{ratio:.0f}×"


def bytes_text(alloc):
    if alloc is None:
        return "–"
    return "0" if alloc < 0.5 else f"{alloc:,.0f}"


def machine(results):
    model = "unknown CPU"
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            model = next((line.split(":", 1)[1].strip() for line in f if line.startswith("model name")), model)
    except OSError:
        pass
    jdk = next((f"{r['vmName']} {r['vmVersion']}" for r in results), "unknown JDK")
    return f"{os.cpu_count()} cores ({model}), {jdk}, JMH {results[0]['jmhVersion']}" if results else model


def markdown(results, rows, medians):
    lines = [f"Machine: {machine(results)}.", ""]
    if rows:
        header = ["workload", "binding"] + [title for _, title, _ in RATIOS] + ["B/op binding", "B/op hand-written"]
        lines += ["| " + " | ".join(header) + " |", "|---|" + "---:|" * (len(header) - 1)]
        for label, binding, row_ratios, binding_alloc, hand_alloc in rows:
            cells = [label, time_text(binding)]
            cells += [ratio_text(row_ratios[v]) if v in row_ratios else "–" for v, _, _ in RATIOS]
            cells += [bytes_text(binding_alloc), bytes_text(hand_alloc)]
            lines.append("| " + " | ".join(cells) + " |")
        lines.append("")
    if medians:
        lines += ["| cold start, median ms | " + " | ".join(title for _, title in COLD_VARIANTS) + " |",
                  "|---|" + "---:|" * len(COLD_VARIANTS)]
        for method, title in COLD_MODULES:
            cells = []
            for variant, _ in COLD_VARIANTS:
                median = medians.get((method, variant))
                cells.append(f"{median[0]:,.0f} (n={median[1]})" if median else "–")
            lines.append(f"| {title} | " + " | ".join(cells) + " |")
        lines.append("")
    return "\n".join(lines)


def svg(rows):
    """Horizontal grouped bars of the ratios, log scale, with the line of equal speed at 1×."""
    left, right, top, bar, gap, width = 190, 50, 50, 12, 14, 820
    group = bar * len(RATIOS) + gap
    height = top + group * len(rows) + 60
    all_ratios = [r for _, _, rs, _, _ in rows for r in rs.values()]
    low = 10 ** math.floor(math.log10(min(all_ratios + [1])))
    high = 10 ** math.ceil(math.log10(max(all_ratios + [1])))
    span = math.log10(high) - math.log10(low)

    def x(value):
        return left + (width - left - right) * (math.log10(value) - math.log10(low)) / span

    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
           f'font-family="sans-serif" font-size="12">',
           f'<rect width="{width}" height="{height}" fill="white"/>',
           f'<text x="10" y="20" font-size="14" font-weight="bold">Time of the generated binding divided by '
           f'each other variant (log scale; 1× = as fast)</text>']
    decade = low
    while decade <= high:
        for step in (1, 2, 5):
            tick = decade * step
            if low <= tick <= high:
                major = step == 1
                out.append(f'<line x1="{x(tick):.1f}" y1="{top - 8}" x2="{x(tick):.1f}" y2="{height - 45}" '
                           f'stroke="{"#bbb" if major else "#e5e5e5"}"/>')
                if major or span <= 2:
                    out.append(f'<text x="{x(tick):.1f}" y="{height - 30}" text-anchor="middle">{tick:g}×</text>')
        decade *= 10
    out.append(f'<line x1="{x(1):.1f}" y1="{top - 8}" x2="{x(1):.1f}" y2="{height - 45}" stroke="black"/>')
    for i, (label, _, row_ratios, _, _) in enumerate(rows):
        y = top + i * group
        out.append(f'<text x="{left - 8}" y="{y + group / 2 + 1:.1f}" text-anchor="end">{escape(label)}</text>')
        for j, (variant, _, colour) in enumerate(RATIOS):
            if variant in row_ratios:
                value = row_ratios[variant]
                x0, x1 = sorted((x(1), x(value)))
                out.append(f'<rect x="{x0:.1f}" y="{y + j * bar}" width="{max(x1 - x0, 1):.1f}" height="{bar - 1}" '
                           f'fill="{colour}"><title>{escape(label)}: {ratio_text(value)}</title></rect>')
                anchor, text_x = ("start", x1 + 3) if value >= 1 else ("end", x0 - 3)
                out.append(f'<text x="{text_x:.1f}" y="{y + j * bar + bar - 3}" font-size="10" '
                           f'text-anchor="{anchor}">{ratio_text(value)}</text>')
    legend_x = left
    for _, title, colour in RATIOS:
        out.append(f'<rect x="{legend_x}" y="{height - 18}" width="10" height="10" fill="{colour}"/>')
        out.append(f'<text x="{legend_x + 14}" y="{height - 9}">{escape(title)}</text>')
        legend_x += 200
    out.append("</svg>")
    return "\n".join(out) + "\n"


def escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def main(argv):
    if len(argv) not in (2, 3):
        raise SystemExit(__doc__)
    results = load(argv[1])
    rows = ratios(workload_scores(results))
    print(markdown(results, rows, cold_start_medians(results)))
    if len(argv) == 3:
        if not rows:
            raise SystemExit("no Workloads results with a binding variant: nothing to chart")
        with open(argv[2], "w", encoding="utf-8") as f:
            f.write(svg(rows))


if __name__ == "__main__":
    main(sys.argv)
