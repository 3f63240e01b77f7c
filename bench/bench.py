"""Speed at corpus scale: how fast and in how much memory the tracker reads a corpus.

    python bench/bench.py                       # 1, 10 and 100 MB corpora, median of 3 runs
    python bench/bench.py --sizes 1,10 --repeat 1
    python bench/bench.py --sizes 1000 --repeat 1 --skip-engine   # 1 GB: bounded memory

For each corpus size it generates a JSONL corpus (bench/corpus.py: the seed articles'
paragraphs and varied sentences, about 2.5 kB an article) and runs, each in a process of
its own and each the median of `--repeat` runs:

  digit scan   `\\d[\\d,.]*` (regex module) over every article: the floor
  engine       documents -> figures (provenance included) with one core, texts already read
  cli -j 1     `python -m tracker extract corpus.jsonl -o out.csv`: read, extract, write CSV
  cli -j N     the same with N worker processes; its CSV must equal the -j 1 CSV byte for byte

and prints articles/s, MB/s (of article text, UTF-8), the ratio of the engine's time to
the digit scan's, and each process's peak memory (ru_maxrss; for `-j N` the parent's).
Then it times the dashboard's filter and chart functions on 100,000 synthetic figures.
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


def measure_engine(path: Path) -> dict[str, float]:
    """Seconds `extract_document` spends on the articles (reading JSON not counted)."""
    import datetime as dt

    from tracker.pipeline import extract_document
    from tracker.records import Document

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

    synthetic = function("tracker.views", "synthetic_figures")
    if synthetic is None:
        return {"missing": missing}
    started = time.perf_counter()
    frame = synthetic(n, 0)
    timings["synthetic_figures (setup)"] = time.perf_counter() - started

    filters_class = function("tracker.views", "Filters")
    steps: list[tuple[str, Callable[[], object]]] = []
    filter_frame = function("tracker.views", "filter_frame")
    filtered = frame
    if filter_frame and filters_class:
        choice = filters_class(indicators=("displaced", "refugees"), start=dt.date(2020, 1, 1), end=dt.date(2022, 12, 31))
        steps.append(("filter_frame", lambda: filter_frame(frame, choice)))
        filtered = filter_frame(frame, choice)
    for module, name, call in (
        ("tracker.charts", "chart_data", lambda f: f(filtered)),
        ("tracker.views", "headlines", lambda f: f(filtered)),
        ("tracker.views", "table_page", lambda f: f(filtered, 1)),
        ("tracker.export", "frame_bytes", lambda f: f(filtered, "csv")),
    ):
        fn = function(module, name)
        if fn is not None:
            steps.append((name, lambda fn=fn, call=call: call(fn)))
    chart_data = function("tracker.charts", "chart_data")
    time_chart = function("tracker.charts", "time_chart")
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


MEASURES: dict[str, Callable[[str], dict]] = {
    "scan": lambda arg: measure_scan(Path(arg)),
    "engine": lambda arg: measure_engine(Path(arg)),
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


def bench_size(megabytes: float, folder: Path, args: argparse.Namespace) -> None:
    path = folder / f"corpus-{megabytes:g}MB.jsonl"
    articles, text_bytes = corpus.write_jsonl(path, megabytes)
    size = f"{text_bytes / 1e6:.0f} MB" if text_bytes >= 1e6 else f"{text_bytes / 1e3:.0f} kB"
    print(f"{size:>8} {articles:,} articles, {path.stat().st_size / 1e6:.0f} MB of JSONL", flush=True)

    scan = median_run([in_process("scan", str(path)) for _ in range(args.repeat)])
    print(line(size, "digit scan", scan, articles, text_bytes, None), flush=True)
    if not args.skip_engine:
        engine = median_run([in_process("engine", str(path)) for _ in range(args.repeat)])
        print(line(size, "engine", engine, articles, text_bytes, scan["seconds"]), f"  {engine['found']:,} figures",
              flush=True)

    single_out = folder / "out-j1.csv"
    single = median_run([run_cli(path, single_out, 1) for _ in range(args.repeat)])
    print(line(size, "cli -j 1", single, articles, text_bytes, scan["seconds"]), flush=True)
    if args.jobs > 1:
        parallel_out = folder / f"out-j{args.jobs}.csv"
        parallel = median_run([run_cli(path, parallel_out, args.jobs) for _ in range(args.repeat)])
        same = "same CSV" if filecmp.cmp(single_out, parallel_out, shallow=False) else "CSV DIFFERS from -j 1"
        print(line(size, f"cli -j {args.jobs}", parallel, articles, text_bytes, scan["seconds"]),
              f"  x{single['seconds'] / parallel['seconds']:.2f} of -j 1, {same}", flush=True)
    path.unlink()


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
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement; the median is shown")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2, help="processes for the -j N run")
    parser.add_argument("--skip-engine", action="store_true", help="skip the in-process engine timing")
    parser.add_argument("--dashboard-figures", type=int, default=DASHBOARD_FIGURES, help="0 to skip")
    parser.add_argument("--profile", type=int, default=0, metavar="N",
                        help="print the engine's N most expensive functions on a 1 MB corpus, then stop")
    parser.add_argument("--measure", nargs=2, metavar=("KIND", "ARG"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.measure:
        print(json.dumps(MEASURES[args.measure[0]](args.measure[1])))
        return 0
    if args.profile:
        with tempfile.TemporaryDirectory(prefix="tracker-profile-") as folder:
            path = Path(folder) / "corpus.jsonl"
            corpus.write_jsonl(path, 1)
            profile_engine(path, args.profile)
        return 0
    started = time.perf_counter()
    print(machine())
    print(f"median of {args.repeat} run(s); MB = 10^6 bytes of article text; 'x scan' = time / digit scan's time;")
    print("'cores' = CPU time / wall time: below 1 (or below N for -j N) the machine was busy with other work")
    print(HEADER)
    with tempfile.TemporaryDirectory(prefix="tracker-bench-") as folder:
        for size in args.sizes.split(","):
            bench_size(float(size), Path(folder), args)
    if args.dashboard_figures:
        bench_dashboard(args.dashboard_figures)
    print(f"benchmark took {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
