"""Hostile text for the engine: it finishes, bounded by the regex timeout, and the clean
articles around the noise keep their figures.

Timing is never asserted here: every whole-document scan runs under the `regex` module's
timeout (tracker.extraction.limits.REGEX_TIMEOUT), so a pattern that backtracked catastrophically would
raise TimeoutError and fail the test; and the guard itself is shown to work by setting the
timeout to almost nothing.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tracker import extract
from tracker.extraction import limits
from tracker.extraction.engine import extract_document
from tracker.read.documents import Skipped, iter_inputs

ROOT = Path(__file__).resolve().parent.parent
FIGURE = "More than 400,000 people have fled their homes, the United Nations said."

HOSTILE = {
    "a million digits": "7" * 1_000_000,
    "digits grouped by commas without end": "1," + "000," * 200_000 + "000 people fled",
    "digits grouped by spaces without end": "1" + " 000" * 200_000 + "x",
    "a megabyte without a full stop": ("word " * 100_000) + FIGURE + (" word" * 100_000),
    "one number word repeated": "one " * 200_000,
    "qualifiers repeated": "more than " * 100_000 + "500 people were killed.",
    "a trigger repeated": "displaced " * 100_000,
    "open brackets": "(" * 200_000 + "500 people fled",
    "full stops only": ". " * 200_000,
    "full stops without a space": "Word" + "." * 200_000 + "x " + FIGURE,
    "full stops and quotes without a space": "Word" + '."' * 100_000 + "x " + FIGURE,
    "capitals only": "Idlib " * 200_000,
    "a place that is also a name, repeated": "Jordan " * 200_000,
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_text_finishes_and_quotes_stay_short(name):
    text = HOSTILE[name]
    figures = extract(text, published="2020-01-26")  # a TimeoutError here fails the test
    for f in figures:
        assert len(f.quote) <= limits.MAX_SENTENCE
        assert text[f.quote_start : f.quote_start + len(f.quote)] == f.quote


def test_a_figure_inside_a_run_on_line_is_still_found():
    text = HOSTILE["a megabyte without a full stop"]
    figures = extract(text, published="2020-01-26")
    assert [(f.indicator, f.value, f.qualifier) for f in figures] == [("displaced", 400_000, "at_least")]


def test_the_timeout_guard_is_wired(monkeypatch):
    """With almost no time allowed, the whole-document scan gives up with TimeoutError
    instead of running on: the guard is in the path, not decoration."""
    monkeypatch.setattr(limits, "REGEX_TIMEOUT", 1e-9)
    with pytest.raises(TimeoutError):
        extract("7" * 1_000_000 + " " + FIGURE)


CLEAN = [
    {"id": "a", "date": "2019-08-20", "text": "The United Nations said last week that more than 500 civilians have been killed."},
    {"id": "b", "date": "2020-01-26", "text": "Hundreds of thousands of people have fled Idlib, according to Reuters."},
    {"id": "c", "date": "2020-01-26", "text": "Turkey already hosts more than 3.5 million Syrian refugees."},
]
NOISE_LINE = st.one_of(
    st.text(max_size=200).filter(lambda s: "\n" not in s and "\r" not in s),
    st.just('{"text": '),  # half-written JSON
    st.just("[1, 2, 3]"),  # JSON, but not an article
    st.just('{"title": "no text"}'),
    st.builds(lambda t: json.dumps({"id": "noise", "text": t}), st.text(max_size=200)),
)


def _figures_of_clean(path: Path) -> dict[str, list[tuple]]:
    out: dict[str, list[tuple]] = {}
    for item in iter_inputs([path]):
        if isinstance(item, Skipped) or item.id not in {"a", "b", "c"}:
            continue
        out[item.id] = [(f.indicator, f.value, f.qualifier, f.source, f.date) for f in extract_document(item)]
    return out


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.lists(NOISE_LINE, max_size=3), min_size=4, max_size=4))
@example(noise=[[], [], [], ["\x00"]])  # a NUL in the first 8 kB once lost the whole feed
@example(noise=[["\x00"], [], [], []])
@example(noise=[[], ["\x00" * 50, "\x01\x02"], [], []])
def test_noise_between_articles_does_not_change_the_clean_ones(tmp_path, noise):
    clean = tmp_path / "clean.jsonl"
    clean.write_text("\n".join(json.dumps(r) for r in CLEAN) + "\n", encoding="utf-8")
    noisy = tmp_path / "noisy.jsonl"
    lines: list[str] = []
    for before, record in zip(noise, CLEAN + [None]):
        lines.extend(before)
        if record is not None:
            lines.append(json.dumps(record))
    noisy.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert _figures_of_clean(noisy) == _figures_of_clean(clean)


def test_the_cli_reports_a_timed_out_document_and_goes_on(tmp_path):
    """A document the engine cannot finish is reported as failed, with its reason, and the
    other documents' figures are still written."""
    (tmp_path / "good.txt").write_text(" date 2019-08-20 " + FIGURE + "\n", encoding="utf-8")
    # half a million numbers after a trigger (a document without a trigger ends at the
    # pre-scan, with nothing to time out)
    (tmp_path / "hostile.txt").write_text("Shelling killed " + "7 " * 500_000 + "\n", encoding="utf-8")
    script = (
        "import sys, tracker.extraction.limits as l; l.REGEX_TIMEOUT = float(sys.argv[1]);"
        "from tracker.cli import main; sys.exit(main(sys.argv[2:]))"
    )
    # a timeout far too short for a megabyte, long enough for a short article
    run = subprocess.run(
        [sys.executable, "-c", script, "0.002", "extract", str(tmp_path), "--format", "jsonl",
         "--report", str(tmp_path / "report.json")],
        cwd=ROOT, capture_output=True, text=True,
    )
    assert run.returncode == 0, run.stderr
    rows = [json.loads(line) for line in run.stdout.splitlines()]
    assert [(r["indicator"], r["value"]) for r in rows] == [("displaced", 400_000)]
    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    failed = [e for e in report["inputs"] if e.get("outcome") == "skipped"]
    assert len(failed) == 1 and "hostile.txt" in failed[0]["source"], report["inputs"]
