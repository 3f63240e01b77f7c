"""The command line: `tracker extract` (articles -> figures), `tracker consolidate`
(figures -> claims) and `tracker evaluate`.

    python -m tracker extract seeds/ --format csv -o figures.csv --report run.json
    python -m tracker consolidate figures.csv -o claims.csv

Figures go to stdout (or `-o FILE`, written atomically); the one-screen run summary and
any error go to stderr, so that `tracker extract ... | other-tool` pipes only data.

Exit codes:
    0  the run finished (some inputs may have been skipped: the summary says which and why)
    1  nothing could be read (every input skipped, or none given), or the output,
       report or engine failed; one line on stderr says what went wrong
    2  usage error: unknown option, bad value (argparse prints the usage)
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import importlib
import math
import os
import signal
import stat
import sys
import threading
import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
from types import ModuleType
from typing import TextIO

from .extraction.engine import HOUSEHOLD_SIZE
from .extraction.limits import MAX_BYTES
from .output import export
from .output.progress import Progress
from .output.report import Entry, ReportFile, RunReport, printable
from .read.documents import Skipped, iter_inputs
from .read.seen import DuplicateStoreError
from .records import Document, Figure
from .scale import jobs
from .scale.jobs import Item, Outcome
from .store import commands as store_commands

# Exit codes (see the module docstring).
OK, FAILED, USAGE = 0, 1, 2
# What a shell reports for a process stopped by SIGPIPE (`tracker extract ... | head`).
BROKEN_PIPE = 141
INTERRUPTED = 130  # Ctrl-C, as shells report it
TERMINATED = 143  # SIGTERM, as shells report it
ENGINES: tuple[str, ...] = ("local", "dask")
REPORT_SUFFIXES: tuple[str, ...] = (".json", ".jsonl", ".csv")  # what a ReportFile can write


class EngineError(Exception):
    """The chosen engine could not run (not a problem with any one document)."""


class ReportError(Exception):
    """The run report's file could not be written to (not the figures' output)."""

    def __init__(self, path: str, cause: OSError) -> None:
        super().__init__(f"{path}: {cause}")
        self.path, self.cause = path, cause


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of `tracker` and `python -m tracker`; returns the exit code."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        if getattr(args, "scheduler", None) and args.engine != "dask":
            parser.error("--scheduler is only for --engine dask")
        if getattr(args, "output", None) and not args.format and (problem := export.ending_problem(args.output)):
            parser.error(problem)
    except SystemExit as exc:  # --help (0) or a usage error (2): argparse has printed why
        return int(exc.code or 0)
    try:
        with warnings.catch_warnings(), _terminated_as_exception():
            warnings.showwarning = _show_warning
            return args.run(args)
    except KeyboardInterrupt:
        print("tracker: interrupted; no output file was left half-written", file=sys.stderr)
        return INTERRUPTED
    except Terminated:
        print("tracker: terminated; no output file was left half-written", file=sys.stderr)
        return TERMINATED


class Terminated(BaseException):
    """SIGTERM arrived (`kill`, a scheduler stopping the job): raised where the run is, so
    that the temporary files of -o and --report are removed on the way out."""


_TERMINATION = threading.Event()  # set by SIGTERM; read again at safe points


def _raise_if_terminated() -> None:
    """Raise Terminated when SIGTERM arrived. The handler raises where the run is, but a
    finalizer (`__del__`) that happens to be running swallows any exception, so the
    request is also kept here and asked for between documents and when the command ends."""
    if _TERMINATION.is_set():
        raise Terminated


@contextlib.contextmanager
def _terminated_as_exception() -> Iterator[None]:
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "SIGTERM"):
        yield  # signal handlers can only be set from the main thread
        return

    def stop(signum: int, frame: object) -> None:
        _TERMINATION.set()
        raise Terminated

    def unraisable(info: sys.UnraisableHookArgs) -> None:
        if not isinstance(info.exc_value, Terminated):  # a kept request, not an error to print
            previous_hook(info)

    _TERMINATION.clear()
    previous, previous_hook = signal.signal(signal.SIGTERM, stop), sys.unraisablehook
    sys.unraisablehook = unraisable
    try:
        yield
        _raise_if_terminated()
    finally:
        signal.signal(signal.SIGTERM, previous)
        sys.unraisablehook = previous_hook


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tracker",
        description="Humanitarian figures (killed, injured, displaced, refugees, trapped) out of news text.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    _add_extract(commands)
    _add_consolidate(commands)
    _add_evaluate(commands)
    _add_explain(commands)
    store_commands.add(commands)
    return parser


def _add_extract(commands: argparse._SubParsersAction) -> None:
    p = commands.add_parser(
        "extract",
        help="extract figures from articles",
        description="Extract figures from article files, folders, JSONL or CSV files. "
        "Figures go to stdout or -o FILE; the run summary goes to stderr.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="article files (.txt, .md), folders, .jsonl or .csv files")
    p.add_argument("-f", "--format", choices=export.OUTPUT_FORMATS, help="output format (default: from -o's suffix, else csv)")
    p.add_argument("-o", "--output", metavar="FILE", help="write figures to FILE (atomically) instead of stdout")
    p.add_argument("--report", type=_report_path, metavar="FILE",
                   help="write what became of every input to FILE (.json, .jsonl or .csv)")
    p.add_argument("-j", "--jobs", type=_positive(int), default=1, metavar="N",
                   help="worker processes (default 1); with --engine dask, the local cluster's workers")
    p.add_argument(
        "--household-size", type=_positive(float), default=HOUSEHOLD_SIZE, metavar="X",
        help=f"people per household or family, to count them in people (default {HOUSEHOLD_SIZE:g})",
    )
    p.add_argument(
        "--max-bytes", type=_positive(int), default=MAX_BYTES, metavar="N",
        help=f"skip documents larger than N bytes (default {MAX_BYTES:,})",
    )
    p.add_argument("--date", type=_iso_date, metavar="YYYY-MM-DD", help="publication date for undated documents")
    p.add_argument("--engine", choices=ENGINES, default="local", help="local processes (default) or a Dask cluster")
    p.add_argument("--scheduler", metavar="ADDRESS", help="Dask scheduler address (default: a local cluster)")
    meter = p.add_mutually_exclusive_group()
    meter.add_argument("--progress", dest="progress", action="store_true", default=None,
                       help="show progress on stderr (default: only on a terminal, not under CI)")
    meter.add_argument("--no-progress", dest="progress", action="store_false", help="never show progress")
    p.add_argument("--claims", metavar="FILE",
                   help="also consolidate the figures into claims and write them to FILE (format from its suffix)")
    p.set_defaults(run=run_extract)


def _add_consolidate(commands: argparse._SubParsersAction) -> None:
    p = commands.add_parser(
        "consolidate",
        help="group the figures of a corpus into claims",
        description="Group repeated mentions of the same figure (same indicator, place, source, value, kind "
        "of number and dates) into claims. Reads a figures file tracker extract wrote, in any of its formats.",
    )
    p.add_argument("figures", metavar="FIGURES", help="figures file: .csv, HXL .csv, .jsonl or .json")
    p.add_argument("-f", "--format", choices=export.FORMATS, help="output format (default: from -o's suffix, else csv)")
    p.add_argument("-o", "--output", metavar="FILE", help="write the claims to FILE (atomically) instead of stdout")
    p.add_argument("--input-format", choices=export.FORMATS,
                   help="format of FIGURES (default: from its suffix; a .csv with hashtags is HXL)")
    p.add_argument("--window", type=_non_negative_int, default=7, metavar="DAYS",
                   help="days between the dates of two mentions of one claim (default 7)")
    p.add_argument("--series", metavar="FILE", help="also write the best-estimate series to FILE (.csv)")
    p.set_defaults(run=run_consolidate)


def _add_evaluate(commands: argparse._SubParsersAction) -> None:
    p = commands.add_parser(
        "evaluate",
        help="score the extraction against labelled figures",
        description="Score the extraction against a labelled JSONL file of figures.",
    )
    p.add_argument("gold", metavar="GOLD", help="labelled figures, one document per JSONL line")
    p.add_argument("--seeds", metavar="DIR", help="folder holding the labelled articles")
    p.add_argument("--verbose", action="store_true", help="list every missed and spurious figure")
    p.set_defaults(run=run_evaluate)


def _add_explain(commands: argparse._SubParsersAction) -> None:
    p = commands.add_parser(
        "explain",
        help="say, for each number in a text, which rule kept or rejected it",
        description="For each number in TEXT, the rule that kept or rejected it, and each figure's "
        "indicator, qualifier, source, date and place.",
    )
    p.add_argument("text", metavar="TEXT", help='the text, or "-" to read it from standard input')
    p.add_argument("--date", type=_iso_date, metavar="YYYY-MM-DD", help="publication date (relative dates resolve against it)")
    p.set_defaults(run=run_explain)


def run_explain(args: argparse.Namespace) -> int:
    from .extraction.engine import explain
    from .output.explain import lines

    text = sys.stdin.read() if args.text == "-" else args.text
    try:
        for line in lines(text, explain(text, args.date), args.date):
            print(line)
        sys.stdout.flush()
    except BrokenPipeError:
        _silence_stdout()
        return BROKEN_PIPE
    return OK


def run_extract(args: argparse.Namespace) -> int:
    if (clash := _clash(args.output, args.report, args.paths)) is not None:
        print(f"tracker: error: {printable(clash)}", file=sys.stderr)
        return USAGE
    fmt = args.format or (export.format_for(args.output) if args.output else "csv")
    if (problem := export.unavailable(fmt) or (args.claims and export.unavailable(export.format_for(args.claims)))):
        return _fail(problem)
    try:
        outcomes = _engine(args)
    except EngineError as exc:
        return _fail(str(exc))
    try:  # opened now, so that a long run does not end on a report it cannot write
        report_file = ReportFile(args.report) if args.report else None
    except (OSError, ValueError) as exc:
        return _report_failed(args.report, exc)
    # The report keeps counts and a few examples; each input's entry goes to the file.
    report = RunReport(keep_entries=False, sink=_report_sink(report_file))
    progress = Progress(sys.stderr, enabled=args.progress)
    outputs = [path for path in (args.output, args.report) if path]
    items = iter_inputs(args.paths, max_bytes=args.max_bytes, default_date=args.date, outputs=outputs)
    figures = _accounted(outcomes(items), report, progress)
    kept: list[Figure] = []
    if args.claims:  # the claims need every figure at once: they are kept as they stream by
        figures = _keeping(figures, kept)
    try:
        failed = _write_figures(figures, fmt, args.output, progress, report)
    except BaseException:  # Ctrl-C (main says so): no half-written report either
        _discard(report_file)
        raise
    if failed is not None:
        _discard(report_file)
        return failed
    print(report.summary(), file=sys.stderr)
    if args.claims and (failed := _write_claims_of(kept, args.claims)) is not None:
        _discard(report_file)
        return failed
    if report_file is not None:
        try:
            report_file.commit(report.counts())
        except OSError as exc:
            return _report_failed(args.report, exc)
    if report.documents == 0:
        return _fail("no document could be read: see the summary above")
    return OK


def _clash(output: str | None, report: str | None, inputs: Sequence[str]) -> str | None:
    """Why the files the run would write destroy an input or each other, if they do:
    checked before anything is read. Paths are compared resolved (links followed) and, for
    files that exist, by device and inode (a hard link, another spelling of the path). A
    device or pipe (`-o /dev/null`) is written through, never replaced, and clashes with
    nothing."""
    written = [(flag, path) for flag, path in (("-o", output), ("--report", report)) if path]
    if len(written) == 2 and _same_file(output, report):
        return f"-o and --report are the same file ({output}): the report would replace the figures"
    for flag, path in written:
        for given in inputs:
            if not os.path.isdir(given) and _same_file(path, given):
                return f"{flag} {path} is the input {given}: writing it would destroy the input"
    return None


def _same_file(a: str, b: str) -> bool:
    """`a` and `b` name the same regular file (or the same path not yet made)."""
    try:
        sa, sb = os.stat(a), os.stat(b)
    except OSError:
        return os.path.realpath(a) == os.path.realpath(b)
    return (sa.st_dev, sa.st_ino) == (sb.st_dev, sb.st_ino) and stat.S_ISREG(sa.st_mode)


def _write_figures(
    figures: Iterable[Figure], fmt: str, output: str | None, progress: Progress, report: RunReport | None = None
) -> int | None:
    """Write the figures to `output` (or stdout); None when done, else the exit code. When
    the engine fails part-way, the summary of the inputs read so far comes before the error."""
    try:
        if output:
            export.write_file(figures, fmt, output)
        else:
            export.write(figures, fmt, _utf8(sys.stdout))
            sys.stdout.flush()
    except BrokenPipeError:
        _silence_stdout()
        return BROKEN_PIPE
    except ReportError as exc:
        progress.close()
        return _report_failed(exc.path, exc.cause)
    except OSError as exc:
        progress.close()
        return _fail(f"cannot write {output or 'stdout'}: {exc.strerror or exc}")
    except (EngineError, DuplicateStoreError) as exc:
        progress.close()
        if report is not None and report.inputs:
            print(report.summary(), file=sys.stderr)
        return _fail(str(exc))
    progress.close()
    return None


def _keeping(figures: Iterable[Figure], kept: list[Figure]) -> Iterator[Figure]:
    for figure in figures:
        kept.append(figure)
        yield figure


def _write_claims_of(figures: list[Figure], path: str) -> int | None:
    """`extract --claims FILE`: the run's figures consolidated into FILE; None when done."""
    from . import consolidate
    from .output.schema import CLAIM_COLUMNS, to_frame

    claims = consolidate.claims_of(to_frame(figures))
    try:
        export.write_frame_file(claims, export.format_for(path), path, CLAIM_COLUMNS)
    except OSError as exc:
        return _fail(f"cannot write the claims {path}: {exc.strerror or exc}")
    print(f"Claims: {len(claims):,} from {len(figures):,} figures, written to {path}.", file=sys.stderr)
    return None


def run_consolidate(args: argparse.Namespace) -> int:
    from . import consolidate
    from .output.readback import FiguresFileError, read_figures
    from .output.schema import CLAIM_COLUMNS

    fmt = args.format or (export.format_for(args.output) if args.output else "csv")
    try:
        read = read_figures(args.figures, args.input_format)
    except FiguresFileError as exc:
        return _fail(str(exc))
    for problem in read.problems:
        print(f"tracker: warning: {problem}", file=sys.stderr)
    result = consolidate.consolidate(read.frame, window_days=args.window)
    claims = result.claims
    try:
        if args.series:
            series = consolidate.best_estimates(claims)
            export.atomic_write(args.series, lambda out: _series_csv(series, out))
        if args.output:
            export.write_frame_file(claims, fmt, args.output, CLAIM_COLUMNS)
        else:
            out = _utf8(sys.stdout)
            export.write_rows(export.frame_rows(claims, CLAIM_COLUMNS), fmt, out, CLAIM_COLUMNS)
            out.flush()
    except BrokenPipeError:
        _silence_stdout()
        return BROKEN_PIPE
    except OSError as exc:
        return _fail(f"cannot write {exc.filename or args.output or 'stdout'}: {exc.strerror or exc}")
    repeated = int((claims["mentions"] > 1).sum())
    print(
        f"Claims: {len(claims):,} from {len(read.frame):,} figures ({read.rows:,} rows read); "
        f"{repeated:,} claims are stated more than once.",
        file=sys.stderr,
    )
    return OK


def _series_csv(series, out: TextIO) -> int:
    series.to_csv(out, index=False, date_format="%Y-%m-%d", lineterminator=export.LINE_END)
    return len(series)


def run_evaluate(args: argparse.Namespace) -> int:
    try:
        evaluate = importlib.import_module("tracker.output.evaluate")
    except ImportError as exc:
        return _fail(f"evaluation is not available: {exc}")
    try:
        code = int(evaluate.main(args) or 0)
        sys.stdout.flush()
    except BrokenPipeError:  # `tracker evaluate gold.jsonl | head`: a quiet stop, no traceback
        _silence_stdout()
        return BROKEN_PIPE
    return code


Engine = Callable[[Iterable[Item]], Iterator[Outcome]]


def _engine(args: argparse.Namespace) -> Engine:
    """The function that turns inputs into (input, figures) outcomes, in input order."""
    if args.engine == "dask":
        try:
            dask_engine = importlib.import_module("tracker.dask")
            importlib.import_module("dask")
        except ImportError as exc:
            raise EngineError(f"--engine dask needs Dask: pip install 'tracker[dask]' ({exc})") from exc
        return lambda items: _on_dask(items, dask_engine, args)
    if args.jobs > 1:
        return lambda items: jobs.extract_parallel(items, jobs=args.jobs, household_size=args.household_size)
    return lambda items: jobs.extract_serial(items, household_size=args.household_size)


def _on_dask(items: Iterable[Item], engine: ModuleType, args: argparse.Namespace) -> Iterator[Outcome]:
    """The inputs' outcomes from the Dask engine, streamed in batches like `--jobs N`."""
    options = {"workers": args.jobs} if args.jobs > 1 else {}
    try:
        yield from engine.extract_outcomes(
            items, scheduler=args.scheduler, household_size=args.household_size, **options
        )
    except DuplicateStoreError:
        raise  # the inputs' side, not the cluster's
    except Exception as exc:  # noqa: BLE001 - a cluster that cannot be reached, a worker lost
        raise EngineError(f"the Dask engine failed: {type(exc).__name__}: {exc}") from exc


def _accounted(outcomes: Iterable[Outcome], report: RunReport, progress: Progress) -> Iterator[Figure]:
    """The figures of each outcome in turn, every input entered in the run report. When a
    worker process dies, the documents it took with it are entered as failed, and the run
    ends with an EngineError that names them."""
    try:
        for item, figures in outcomes:
            _raise_if_terminated()
            if isinstance(item, Document):
                report.add(item, figures)
                progress.add(documents=1, figures=len(figures), chars=len(item.text))
                yield from figures
            else:
                report.skip(item)
                progress.add(skipped=1)
    except jobs.WorkerLost as exc:
        for id in exc.lost:
            report.skip(Skipped(id, "not extracted: the worker process extracting it died", "failed"))
        raise EngineError(f"{exc}; no figures were written") from None


def _report_sink(report_file: ReportFile | None) -> Callable[[Entry], None] | None:
    """Each input's entry, appended to the report file as it comes."""
    if report_file is None:
        return None
    path = os.fspath(report_file.path)

    def add(entry: Entry) -> None:
        try:
            report_file.add(entry)
        except OSError as exc:  # told apart from the figures' output failing
            raise ReportError(path, exc) from exc

    return add


def _discard(report_file: ReportFile | None) -> None:
    if report_file is not None:
        report_file.discard()


def _report_failed(path: str, exc: OSError | ValueError) -> int:
    return _fail(f"cannot write the report {path}: {getattr(exc, 'strerror', None) or exc}")


def _utf8(stream: TextIO) -> TextIO:
    """Figures are written as UTF-8 whatever the locale; CSV needs newline=''."""
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is not None:
        reconfigure(encoding="utf-8", newline="")
    return stream


def _silence_stdout() -> None:
    """After the reader closed the pipe, send the rest of stdout nowhere (no traceback at exit)."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def _show_warning(message, category, filename, lineno, file=None, line=None) -> None:
    """The tracker's own warnings as one line, like its errors; others as Python shows them."""
    package = os.path.dirname(os.path.abspath(__file__))
    if os.path.commonpath([package, os.path.abspath(filename)]) == package:
        print(f"tracker: warning: {printable(str(message))}", file=sys.stderr)
    else:
        sys.stderr.write(warnings.formatwarning(message, category, filename, lineno, line))


def _fail(message: str) -> int:
    print(f"tracker: error: {printable(message)}", file=sys.stderr)
    return FAILED


def _positive(kind: type) -> Callable[[str], float | int]:
    def parse(text: str) -> float | int:
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
        if not math.isfinite(value) or value <= 0:
            raise argparse.ArgumentTypeError(f"must be a finite number more than 0: {text!r}")
        return value

    parse.__name__ = kind.__name__
    return parse


def _non_negative_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more: {text!r}")
    return value


def _report_path(text: str) -> str:
    """Checked before the run starts, so that a long run does not end on a bad file name."""
    if os.path.splitext(text)[1].lower() not in REPORT_SUFFIXES:
        raise argparse.ArgumentTypeError(f"must end in {', '.join(REPORT_SUFFIXES)}: {text!r}")
    return text


def _iso_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date as YYYY-MM-DD: {text!r}") from None
