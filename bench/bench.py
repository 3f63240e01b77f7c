"""Speed at corpus scale: how fast and in how much memory the tracker reads a corpus.

    python bench/bench.py                       # 1, 10 and 100 MB corpora, under five minutes
    python bench/bench.py --sizes 1,10 --repeat 1
    python bench/bench.py --sizes 1000 --repeat 1 --skip-engine   # 1 GB: bounded memory
    python bench/bench.py --stages              # where an article's time goes, against the target

For each corpus size it generates a JSONL corpus (bench/corpus.py: the seed articles'
paragraphs and varied sentences, about 2.5 kB an article, the same bytes every time) and
runs, each in a process of its own:

  digit scan   `\\d[\\d,.]*` (regex module) over every article: the floor
  engine       documents -> figures (provenance included) with one core, texts already read;
               only up to --engine-up-to MB (10): above that the cli -j 1 line measures the
               same engine with reading and writing
  cli -j 1     `python -m tracker extract corpus.jsonl -o out.csv`: read, extract, write CSV
  cli -j N     the same with N worker processes; its CSV must equal the -j 1 CSV byte for byte

Corpora up to --repeat-up-to MB (1) run each measurement --repeat times (3) and show the
median; larger ones run each measurement once. It prints articles/s, MB/s (of article text,
UTF-8), the ratio of each time to the digit scan's, and each process's peak memory (ru_maxrss;
for `-j N`, from wait4, the largest of the parent and its workers, each on its own, not their
sum). Then it times the dashboard's filter and chart functions on 100,000 synthetic figures,
and ends with the issue's targets, each checked against the numbers just measured.
"""

from __future__ import annotations

import argparse
import filecmp
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(HERE), str(ROOT)]

import corpus  # noqa: E402  (bench/corpus.py, beside this file)

DIGITS_PATTERN = r"\d[\d,.]*"  # the floor the issue measures against
DASHBOARD_FIGURES = 100_000


# --- measurements, each run in a process of its own -------------------------------------


def peak_mb() -> float:
    """This process's peak resident memory in MB (Linux reports ru_maxrss in kB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure_scan(path: Path) -> dict[str, float]:
    """Seconds the bare digit scan spends on the articles' texts (reading not counted)."""
    import regex as re

    digits = re.compile(DIGITS_PATTERN)
    seconds = cpu = 0.0
    articles = text_bytes = numbers = 0
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            text = json.loads(line)["text"]
            started, cpu_started = time.perf_counter(), time.process_time()
            numbers += len(digits.findall(text))
            seconds += time.perf_counter() - started
            cpu += time.process_time() - cpu_started
            articles += 1
            text_bytes += len(text.encode("utf-8"))
    return {"seconds": seconds, "cpu": cpu, "articles": articles, "bytes": text_bytes, "found": numbers,
            "peak_mb": peak_mb()}


def measure_engine(path: Path, prescan: bool = True) -> dict[str, float]:
    """Seconds `extract_document` spends on the articles (reading JSON not counted);
    `prescan=False` reads every sentence holding a number, as before trigger-first reading."""
    import datetime as dt

    from tracker.extraction.engine import extract
    from tracker.provenance import places
    from tracker.records import Document

    def extract_document(doc: Document) -> list:
        return extract(doc.text, published=doc.published, document=doc, prescan=prescan)

    places.load()  # the world gazetteer is read on first use: outside the timed region, as imports are

    seconds = cpu = 0.0
    articles = text_bytes = figures = 0
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            doc = Document(id=row["id"], text=row["text"], published=dt.date.fromisoformat(row["date"]),
                           title=row["title"], outlet=row["outlet"])
            started, cpu_started = time.perf_counter(), time.process_time()
            figures += len(extract_document(doc))
            seconds += time.perf_counter() - started
            cpu += time.process_time() - cpu_started
            articles += 1
            text_bytes += len(doc.text.encode("utf-8"))
    return {"seconds": seconds, "cpu": cpu, "articles": articles, "bytes": text_bytes, "found": figures,
            "peak_mb": peak_mb()}


def measure_dashboard(n: int) -> dict[str, object]:
    """Seconds the dashboard's data functions take on `n` synthetic figures."""
    import datetime as dt
    import importlib

    timings: dict[str, object] = {}
    missing: list[str] = []

    def function(module: str, name: str) -> Callable | None:
        try:
            return getattr(importlib.import_module(module), name)
        except (ImportError, AttributeError):
            missing.append(f"{module}.{name}")
            return None

    synthetic = function("synthetic", "synthetic_figures")  # bench/synthetic.py
    if synthetic is None:
        return {"missing": missing}
    started = time.perf_counter()
    frame = synthetic(n, 0)
    timings["synthetic_figures (setup)"] = time.perf_counter() - started

    filters_class = function("tracker.app.views", "Filters")
    steps: list[tuple[str, Callable[[], object]]] = []
    filter_frame = function("tracker.app.views", "filter_frame")
    filtered = frame
    if filter_frame and filters_class:
        choice = filters_class(indicators=("displaced", "refugees"), start=dt.date(2020, 1, 1), end=dt.date(2022, 12, 31))
        steps.append(("filter_frame", lambda: filter_frame(frame, choice)))
        filtered = filter_frame(frame, choice)
    for module, name, call in (
        ("tracker.app.charts", "chart_data", lambda f: f(filtered)),
        ("tracker.app.views", "headlines", lambda f: f(filtered)),
        ("tracker.app.views", "table_page", lambda f: f(filtered, 1)),
        ("tracker.output.export", "frame_bytes", lambda f: f(filtered, "csv")),
    ):
        fn = function(module, name)
        if fn is not None:
            steps.append((name, lambda fn=fn, call=call: call(fn)))
    chart_data = function("tracker.app.charts", "chart_data")
    time_chart = function("tracker.app.charts", "time_chart")
    if chart_data and time_chart:
        data = chart_data(filtered)
        steps.append(("time_chart(...).to_dict()", lambda: time_chart(data).to_dict()))
    for name, step in steps:
        runs = []
        for _ in range(3):
            started = time.perf_counter()
            step()
            runs.append(time.perf_counter() - started)
        timings[name] = statistics.median(runs)
    return {"figures": n, "filtered": len(filtered), "timings": timings, "missing": missing, "peak_mb": peak_mb()}


def profile_engine(path: Path, top: int) -> None:
    """Print where the engine spends its time (cProfile, functions by own time)."""
    import cProfile
    import pstats

    profiler = cProfile.Profile()
    profiler.runcall(measure_engine, path)
    pstats.Stats(profiler).sort_stats("tottime").print_stats(top)


def stages(path: Path, repeat: int = 3) -> list[str]:
    """Rows of where one article's time goes, against the time the throughput target leaves
    it: the document-wide scans every figure's provenance rests on (numbers, sentences, place
    names), then the whole engine. CPU time, best of `repeat`, in this one process."""
    import datetime as dt

    import regex as re

    from tracker.extraction.engine import extract_document
    from tracker.extraction.numbers import find_numbers
    from tracker.extraction.sentences import split
    from tracker.extraction.text import lowered
    from tracker.provenance import places
    from tracker.records import Document

    rows = [json.loads(line) for line in path.open(encoding="utf-8")]
    texts = [row["text"] for row in rows]
    documents = [Document(id=row["id"], text=row["text"], published=dt.date.fromisoformat(row["date"]))
                 for row in rows]
    digits = re.compile(DIGITS_PATTERN)
    measured = {
        "digit scan (the floor)": lambda: [digits.findall(text) for text in texts],
        "numbers (find_numbers)": lambda: [find_numbers(text, lowered(text)) for text in texts],
        "sentences (split)": lambda: [split(text) for text in texts],
        "place names (places.mentions)": lambda: [places.mentions(text) for text in texts],
        "whole engine (extract_document)": lambda: [extract_document(doc) for doc in documents],
    }
    per_article: dict[str, float] = {}
    for name, run in measured.items():
        best = min(_cpu_seconds(run) for _ in range(repeat))
        per_article[name] = best / len(texts) * 1e6
    text_bytes = sum(len(text.encode("utf-8")) for text in texts)
    budget = text_bytes / len(texts) / (TARGET_MB_S * 1e6) * 1e6  # microseconds an article
    out = [f"{len(texts):,} articles of {text_bytes / len(texts) / 1e3:.1f} kB on average; at {TARGET_MB_S:g} MB/s"
           f" one article may take {budget:.0f} us of one core",
           f"  {'stage':<34} {'us/article':>10} {'x budget':>9}"]
    out += [f"  {name:<34} {us:>10.0f} {us / budget:>9.2f}" for name, us in per_article.items()]
    scans = sum(us for name, us in per_article.items() if name.startswith(("numbers", "sentences", "place")))
    out.append(f"  {'the three document scans together':<34} {scans:>10.0f} {scans / budget:>9.2f}")
    return out


def _cpu_seconds(run: Callable[[], object]) -> float:
    started = time.process_time()
    run()
    return time.process_time() - started


MEASURES: dict[str, Callable[[str], dict]] = {
    "scan": lambda arg: measure_scan(Path(arg)),
    "engine": lambda arg: measure_engine(Path(arg)),
    "engine-every-sentence": lambda arg: measure_engine(Path(arg), prescan=False),
    "dashboard": lambda arg: measure_dashboard(int(arg)),
}


# --- the driver -----------------------------------------------------------------------------


def in_process(kind: str, arg: str) -> dict:
    """Run one measurement in a fresh Python process; return what it printed."""
    done = subprocess.run(
        [sys.executable, __file__, "--measure", kind, arg], capture_output=True, text=True, check=False, cwd=ROOT
    )
    if done.returncode != 0:
        raise SystemExit(f"bench: the {kind} measurement failed:\n{done.stderr.strip()}")
    return json.loads(done.stdout.splitlines()[-1])


def run_cli(corpus_path: Path, out: Path, jobs: int) -> dict[str, float]:
    """Wall time, CPU time (with the worker processes') and peak memory of one `tracker extract`."""
    command = [sys.executable, "-m", "tracker", "extract", str(corpus_path), "-o", str(out), "--no-progress",
               "--jobs", str(jobs)]
    with tempfile.TemporaryFile() as errors:
        started = time.perf_counter()
        process = subprocess.Popen(command, stderr=errors, stdout=subprocess.DEVNULL, cwd=ROOT)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode != 0:
            errors.seek(0)
            raise SystemExit(f"bench: {' '.join(command)} failed:\n{errors.read().decode(errors='replace')}")
    return {"seconds": seconds, "cpu": usage.ru_utime + usage.ru_stime, "peak_mb": usage.ru_maxrss / 1024}


def median_run(runs: list[dict]) -> dict:
    """The run with the median time, with the largest peak memory of all the runs."""
    ordered = sorted(runs, key=lambda r: r["seconds"])
    chosen = dict(ordered[len(ordered) // 2])
    chosen["peak_mb"] = max(r["peak_mb"] for r in runs)
    return chosen


HEADER = (
    f"{'corpus':>8} {'run':<12} {'seconds':>8} {'cores':>6} {'articles/s':>11} {'MB/s':>8} {'x scan':>7} {'peak MB':>8}"
)


def line(size: str, name: str, run: dict, articles: int, text_bytes: int, scan_seconds: float | None) -> str:
    seconds = max(run["seconds"], 1e-9)
    ratio = f"{seconds / scan_seconds:7.1f}" if scan_seconds else f"{'':>7}"
    return (
        f"{size:>8} {name:<12} {seconds:8.2f} {run['cpu'] / seconds:6.2f} {articles / seconds:11,.0f} {text_bytes / seconds / 1e6:8.1f}"
        f" {ratio} {run['peak_mb']:8.0f}"
    )


def runs_for(megabytes: float, args: argparse.Namespace) -> int:
    """How many times each measurement runs on a corpus of this size."""
    return args.repeat if megabytes <= args.repeat_up_to else 1


def bench_size(megabytes: float, folder: Path, args: argparse.Namespace) -> dict:
    """Measure one corpus size, print its lines, return what the targets need."""
    path = folder / f"corpus-{megabytes:g}MB.jsonl"
    started = time.perf_counter()
    articles, text_bytes = corpus.write_jsonl(path, megabytes)
    generated = time.perf_counter() - started
    size = f"{text_bytes / 1e6:.0f} MB" if text_bytes >= 1e6 else f"{text_bytes / 1e3:.0f} kB"
    repeat = runs_for(megabytes, args)
    how = f"median of {repeat} runs" if repeat > 1 else "one run each"
    print(f"{size:>8} {articles:,} articles, {path.stat().st_size / 1e6:.0f} MB of JSONL"
          f" (generated in {generated:.1f} s); {how}", flush=True)
    result: dict = {"megabytes": megabytes, "size": size, "articles": articles, "bytes": text_bytes,
                    "generated": generated}

    scan = median_run([in_process("scan", str(path)) for _ in range(repeat)])
    result["scan"] = scan
    print(line(size, "digit scan", scan, articles, text_bytes, None), flush=True)
    if not args.skip_engine and megabytes <= args.engine_up_to:
        engine = median_run([in_process("engine", str(path)) for _ in range(repeat)])
        result["engine"] = engine
        print(line(size, "engine", engine, articles, text_bytes, scan["seconds"]), f"  {engine['found']:,} figures",
              flush=True)

    single_out = folder / "out-j1.csv"
    single = median_run([run_cli(path, single_out, 1) for _ in range(repeat)])
    result["single"] = single
    print(line(size, "cli -j 1", single, articles, text_bytes, scan["seconds"]), flush=True)
    if args.jobs > 1 and megabytes <= args.jobs_up_to:
        parallel_out = folder / f"out-j{args.jobs}.csv"
        parallel = median_run([run_cli(path, parallel_out, args.jobs) for _ in range(repeat)])
        result["parallel"] = parallel
        result["same"] = filecmp.cmp(single_out, parallel_out, shallow=False)
        same = "same CSV" if result["same"] else "CSV DIFFERS from -j 1"
        print(line(size, f"cli -j {args.jobs}", parallel, articles, text_bytes, scan["seconds"]),
              f"  x{single['seconds'] / parallel['seconds']:.2f} of -j 1, {same}", flush=True)
        parallel_out.unlink()
    single_out.unlink()
    path.unlink()
    return result


def bench_dashboard(n: int) -> None:
    result = in_process("dashboard", str(n))
    if "timings" not in result:
        print(f"dashboard: missing {', '.join(result['missing'])}; not measured")
        return
    print(f"dashboard, {result['figures']:,} synthetic figures ({result['filtered']:,} after the filter),"
          f" median of 3, peak {result['peak_mb']:.0f} MB:")
    for name, seconds in result["timings"].items():
        print(f"  {name:<28} {seconds * 1000:8.0f} ms")
    if result["missing"]:
        print(f"  not measured (missing): {', '.join(result['missing'])}")


# --- three kinds of news (issue 16): figure-dense, a mixed feed, no figure at all ------------

FEEDS: dict[str, str] = {  # corpus kind -> what the table calls it
    "figures": "figure-dense",
    "mixed": "mixed feed",
    "news": "no-figure news",
}
FEED_HEADER = (
    f"{'corpus':<22} {'run':<22} {'CPU s':>7} {'articles/s':>11} {'MB/s':>7} {'x scan':>7}"
    f"  {'MB/s over the runs':>20}"
)


def median_by_cpu(runs: list[dict]) -> dict:
    """The run with the median CPU time, with every run's CPU time kept for the spread."""
    ordered = sorted(runs, key=lambda r: r["cpu"])
    chosen = dict(ordered[len(ordered) // 2])
    chosen["cpus"] = [r["cpu"] for r in runs]
    return chosen


def feed_line(name: str, run_name: str, run: dict, scan: dict | None) -> str:
    """One row of the feeds table: per core (CPU time), with the spread of MB/s over the runs."""
    cpu = max(run["cpu"], 1e-9)
    ratio = f"{cpu / max(scan['cpu'], 1e-9):7.1f}" if scan else f"{'':>7}"
    rates = sorted(run["bytes"] / max(c, 1e-9) / 1e6 for c in run["cpus"])
    spread = f"{rates[0]:.1f}-{rates[-1]:.1f}" if len(rates) > 1 else ""
    return (f"{name:<22} {run_name:<22} {cpu:7.2f} {run['articles'] / cpu:11,.0f} {run['bytes'] / cpu / 1e6:7.1f}"
            f" {ratio}  {spread:>20}")


def bench_feeds(folder: Path, args: argparse.Namespace) -> dict[str, dict]:
    """The engine per core on the three kinds of news, --feed-megabytes of each, --repeat runs
    each (the median shown, the spread beside it), the digit scan measured the same way; on
    figure-dense text also the engine reading every sentence holding a number (no pre-scan)."""
    print(f"engine per core (CPU time) on {args.feed_megabytes:g} MB of each kind of news (bench/corpus.py;"
          f" the mixed feed has figures in 1 article in {corpus.MIXED_EVERY}), median of {args.repeat} runs:")
    print(FEED_HEADER)
    results: dict[str, dict] = {}
    for kind, name in FEEDS.items():
        path = folder / f"feed-{kind}.jsonl"
        articles, text_bytes = corpus.write_jsonl(path, args.feed_megabytes, kind=kind)
        label = f"{name}, {text_bytes / 1e6:.1f} MB"
        result = {"scan": median_by_cpu([in_process("scan", str(path)) for _ in range(args.repeat)])}
        result["engine"] = median_by_cpu([in_process("engine", str(path)) for _ in range(args.repeat)])
        print(feed_line(label, "digit scan", result["scan"], None), flush=True)
        print(feed_line("", "engine", result["engine"], result["scan"]) + f"  {result['engine']['found']:,} figures",
              flush=True)
        if kind == "figures":
            reference = median_by_cpu([in_process("engine-every-sentence", str(path)) for _ in range(args.repeat)])
            result["reference"] = reference
            same = "same figures" if reference["found"] == result["engine"]["found"] else "FIGURES DIFFER"
            print(feed_line("", "engine, every sentence", reference, result["scan"]) + f"  {same}", flush=True)
        path.unlink()
        results[kind] = result
    return results


# The targets. Each verdict is computed from the run's own numbers.
TARGET_MB_S = 10.0  # full extraction, MB of article text per second of one core
TARGET_SCAN_RATIO = 25.0  # extraction time / bare digit scan time
TARGET_SECONDS = 300.0  # the whole default benchmark
FLAT_MB = 5.0  # peak memory "does not grow": largest corpus within this of the smallest
SPEED_UP = 1.1  # -j N counts as faster than -j 1 from this ratio of wall times
GIGABYTE = 1e9  # bytes of article text
GIGABYTE_BOUND_MB = 250.0  # "well under 1 GB": a quarter of it
# Issue 16: (MB/s per core, at most this many times the digit scan's CPU time) per kind of news.
FEED_TARGETS: dict[str, tuple[float, float]] = {"news": (40.0, 4.0), "mixed": (15.0, 10.0)}
# Figure-dense text "no slower" than reading every sentence: within the noise of one
# shared machine between two back-to-back measurements of the same work.
NO_SLOWER_MARGIN = 1.05


def target_row(target: str, met: bool | None, detail: str) -> str:
    """One target: what it asks, met / NOT met / not checked (blank on a continuation row), the numbers."""
    state = ("not checked" if target else "") if met is None else "met" if met else "NOT met"
    return f"  {target:<36} {state:<11} {detail}"


def targets(results: list[dict], args: argparse.Namespace, seconds: float) -> list[str]:
    """The targets block: each target, whether it is met, and the measured value it rests on."""
    if not results:
        return []
    rows: list[str] = []
    small, large = min(results, key=lambda r: r["bytes"]), max(results, key=lambda r: r["bytes"])
    # Throughput and the ratio to the digit scan, from CPU time (robust when the machine is
    # shared): the in-process engine on the largest corpus it ran on, else the whole command.
    with_engine = [r for r in results if "engine" in r]
    if with_engine:
        r = max(with_engine, key=lambda r: r["bytes"])
        run, what = r["engine"], f"engine (in-process) on {r['size']}"
    else:
        r = large
        run, what = r["single"], f"whole command (cli -j 1: start-up, reading, writing) on {r['size']}"
    per_core = r["bytes"] / max(run["cpu"], 1e-9) / 1e6
    ratio = run["cpu"] / max(r["scan"]["cpu"], 1e-9)
    rows.append(target_row(f"extraction >= {TARGET_MB_S:g} MB/s per core", per_core >= TARGET_MB_S,
                           f"{per_core:.2f} MB/s per core: {what},"
                           f" {r['bytes'] / 1e6:.1f} MB in {run['cpu']:.1f} s of CPU"))
    if with_engine and large is not r:
        whole = large["bytes"] / max(large["single"]["cpu"], 1e-9) / 1e6
        rows.append(target_row("", None, f"(whole command, cli -j 1 on {large['size']}: {whole:.2f} MB/s per core)"))
    rows.append(target_row(f"extraction within {TARGET_SCAN_RATIO:g}x of digit scan", ratio <= TARGET_SCAN_RATIO,
                           f"{ratio:.0f}x the digit scan's CPU time ({r['scan']['cpu']:.3f} s): {what}"))
    if with_engine and large is not r:
        whole_ratio = large["single"]["cpu"] / max(large["scan"]["cpu"], 1e-9)
        rows.append(target_row("", None, f"(whole command, cli -j 1 on {large['size']}: {whole_ratio:.0f}x)"))
    # Memory: the streaming command's peak at the smallest and the largest corpus.
    low, high = small["single"]["peak_mb"], large["single"]["peak_mb"]
    if small is large:
        rows.append(target_row("peak memory flat with corpus size", None,
                               f"cli -j 1 peak {low:.0f} MB on {small['size']}; needs two sizes (--sizes)"))
    else:
        grew = round(high - low, 1) + 0.0  # + 0.0: no '-0.0'
        rows.append(target_row("peak memory flat with corpus size", grew <= FLAT_MB,
                               f"cli -j 1 peak {low:.0f} MB on {small['size']}, {high:.0f} MB on {large['size']}:"
                               f" {grew:+.1f} MB (flat = within {FLAT_MB:g} MB),"
                               f" {grew * 1e3 / max(large['articles'] - small['articles'], 1):.2f} kB"
                               " per added article"))
        # The bound: a 1 GB corpus in bounded memory, well under 1 GB. Projected from
        # the growth just measured (linear in the number of articles).
        per_byte = max(grew, 0.0) / max(large["bytes"] - small["bytes"], 1)
        projected = high + per_byte * max(GIGABYTE - large["bytes"], 0)
        rows.append(target_row("1 GB corpus well under 1 GB", projected <= GIGABYTE_BOUND_MB,
                               f"projected peak {projected:.0f} MB for 1 GB of text at that growth"
                               f" (well under = at most {GIGABYTE_BOUND_MB:g} MB;"
                               " --sizes 1000 --skip-engine measures it)"))
    # --jobs: the speed-up of -j N over -j 1 on the largest corpus run both ways, with the
    # cores each got.
    with_parallel = [r for r in results if "parallel" in r]
    if with_parallel:
        both = max(with_parallel, key=lambda r: r["bytes"])
        single, parallel = both["single"], both["parallel"]
        speed_up = single["seconds"] / max(parallel["seconds"], 1e-9)
        same = all(r["same"] for r in with_parallel)
        rows.append(target_row(f"-j {args.jobs} faster than -j 1, same CSV", speed_up >= SPEED_UP and same,
                               f"x{speed_up:.2f} (wall, x{SPEED_UP:g} or more counts) on {both['size']},"
                               f" {'same CSV at every size' if same else 'CSV DIFFERS'};"
                               f" cores used: -j {args.jobs} {parallel['cpu'] / max(parallel['seconds'], 1e-9):.2f},"
                               f" -j 1 {single['cpu'] / max(single['seconds'], 1e-9):.2f}, of {os.cpu_count()}"))
    else:
        rows.append(target_row("--jobs speed-up", None, "no -j N run (--jobs 1, or --jobs-up-to below every size)"))
    # The five minutes are those of the README's command: default sizes and repeats.
    as_in_readme = getattr(args, "as_in_readme", False)
    rows.append(target_row(f"benchmark under {TARGET_SECONDS / 60:g} minutes",
                           seconds < TARGET_SECONDS if as_in_readme else None,
                           f"{seconds:.0f} s for this run"
                           + ("" if as_in_readme else " (the target is for the default sizes and repeats)")))
    return rows


def feed_targets(feeds: dict[str, dict]) -> list[str]:
    """Issue 16's targets from the feeds table: throughput per core and the ratio to the
    digit scan on no-figure news and the mixed feed; figure-dense text no slower with the
    pre-scan than reading every sentence, and the same figures."""
    rows: list[str] = []
    for kind, (mb_s, ratio) in FEED_TARGETS.items():
        if kind not in feeds:
            continue
        engine, scan = feeds[kind]["engine"], feeds[kind]["scan"]
        per_core = engine["bytes"] / max(engine["cpu"], 1e-9) / 1e6
        times = engine["cpu"] / max(scan["cpu"], 1e-9)
        rows.append(target_row(f"{FEEDS[kind]} >= {mb_s:g} MB/s", per_core >= mb_s,
                               f"{per_core:.1f} MB/s per core (CPU time)"))
        rows.append(target_row(f"{FEEDS[kind]} within {ratio:g}x of scan", times <= ratio,
                               f"{times:.1f}x the digit scan's CPU time ({scan['cpu']:.3f} s)"))
    if "figures" in feeds and "reference" in feeds["figures"]:
        run, reference = feeds["figures"]["engine"], feeds["figures"]["reference"]
        ratio = run["cpu"] / max(reference["cpu"], 1e-9)
        same = run["found"] == reference["found"]
        rows.append(target_row("figure-dense no slower, same figures", ratio <= NO_SLOWER_MARGIN and same,
                               f"{ratio:.2f}x the CPU time of reading every sentence"
                               f" ({NO_SLOWER_MARGIN:g} or less counts), {run['found']:,} figures"
                               f" {'both ways' if same else 'DIFFER'}"))
    return rows


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for row in Path("/proc/cpuinfo").read_text().splitlines():
            if row.startswith("model name"):
                cpu = row.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1,10,100", help="corpus sizes in MB of text, comma-separated")
    parser.add_argument("--repeat", type=int, default=3,
                        help="runs per measurement on corpora up to --repeat-up-to MB; the median is shown")
    parser.add_argument("--repeat-up-to", type=float, default=1.0, metavar="MB",
                        help="larger corpora run each measurement once (default 1)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2, help="processes for the -j N run")
    parser.add_argument("--jobs-up-to", type=float, default=10.0, metavar="MB",
                        help="run -j N only on corpora up to this size (default 10; the largest run shows"
                             " streaming memory with -j 1)")
    parser.add_argument("--skip-engine", action="store_true", help="skip the in-process engine timing")
    parser.add_argument("--engine-up-to", type=float, default=10.0, metavar="MB",
                        help="time the in-process engine only on corpora up to this size (default 10);"
                             " the cli -j 1 line measures the same engine with reading and writing")
    parser.add_argument("--feed-megabytes", type=float, default=1.0, metavar="MB",
                        help="MB of each kind of news (figure-dense, mixed feed, no-figure news) the engine"
                             " is timed on, per core; 0 to skip (default 1)")
    parser.add_argument("--feeds-only", action="store_true",
                        help="time only the engine on the three kinds of news, then stop")
    parser.add_argument("--dashboard-figures", type=int, default=DASHBOARD_FIGURES, help="0 to skip")
    parser.add_argument("--profile", type=int, default=0, metavar="N",
                        help="print the engine's N most expensive functions on a 1 MB corpus, then stop")
    parser.add_argument("--stages", action="store_true",
                        help="time the engine's document-wide scans and the whole engine per article on the first"
                             " --sizes corpus (1 MB), best of --repeat, against the time the 10 MB/s target"
                             " leaves an article, then stop")
    parser.add_argument("--measure", nargs=2, metavar=("KIND", "ARG"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    args.as_in_readme = all(
        getattr(args, name) == parser.get_default(name)
        for name in ("sizes", "repeat", "repeat_up_to", "engine_up_to", "jobs_up_to", "skip_engine")
    )
    if args.measure:
        print(json.dumps(MEASURES[args.measure[0]](args.measure[1])))
        return 0
    if args.profile:
        with tempfile.TemporaryDirectory(prefix="tracker-profile-") as folder:
            path = Path(folder) / "corpus.jsonl"
            corpus.write_jsonl(path, 1)
            profile_engine(path, args.profile)
        return 0
    if args.stages:
        with tempfile.TemporaryDirectory(prefix="tracker-stages-") as folder:
            path = Path(folder) / "corpus.jsonl"
            corpus.write_jsonl(path, float(args.sizes.split(",")[0]))
            print(machine())
            print("\n".join(stages(path, args.repeat)))
        return 0
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    if args.feeds_only:
        print(machine())
        with tempfile.TemporaryDirectory(prefix="tracker-feeds-") as folder:
            feeds = bench_feeds(Path(folder), args)
        print("news-feed targets, each checked against the numbers above:")
        print("\n".join(feed_targets(feeds)))
        return 0
    sizes = [float(size) for size in args.sizes.split(",")]
    started = time.perf_counter()
    print(machine())
    repeated = [s for s in sizes if s <= args.repeat_up_to]
    once = [s for s in sizes if s > args.repeat_up_to]
    if args.repeat > 1 and repeated:
        runs = f"median of {args.repeat} runs on corpora up to {args.repeat_up_to:g} MB"
        runs += ", one run each on larger ones (--repeat-up-to)" if once else ""
    else:
        runs = "one run per measurement"
    if args.skip_engine:
        engine = "in-process engine skipped (--skip-engine)"
    elif any(s > args.engine_up_to for s in sizes):
        engine = (f"in-process engine timed up to {args.engine_up_to:g} MB (--engine-up-to); above that"
                  " cli -j 1 measures it with reading and writing")
    else:
        engine = "in-process engine timed at every size"
    print(f"{runs};")
    print(f"{engine};")
    if args.jobs > 1 and any(s > args.jobs_up_to for s in sizes):
        print(f"-j {args.jobs} runs up to {args.jobs_up_to:g} MB (--jobs-up-to); larger corpora stream with -j 1 only")
    print("MB = 10^6 bytes of article text; 'x scan' = time / digit scan's time;")
    print("'cores' = CPU time / wall time: below 1 (or below N for -j N) the machine was busy with other work")
    print(HEADER)
    results = []
    feeds: dict[str, dict] = {}
    with tempfile.TemporaryDirectory(prefix="tracker-bench-") as folder:
        for size in sizes:
            results.append(bench_size(size, Path(folder), args))
        if args.feed_megabytes > 0:
            feeds = bench_feeds(Path(folder), args)
    if args.dashboard_figures:
        bench_dashboard(args.dashboard_figures)
    seconds = time.perf_counter() - started
    print(f"benchmark took {seconds:.0f} s")
    print("speed targets, each checked against the numbers above:")
    for row in targets(results, args, seconds):
        print(row)
    if feeds:
        print("news-feed targets, each checked against the numbers above:")
        print("\n".join(feed_targets(feeds)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
