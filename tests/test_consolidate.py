"""Consolidation: mentions of a corpus into claims and a best-estimate series.

Most corpora here are generated so that the right grouping is known by construction:
each mention's document is named "<statement>/<copy>", and the claims must put together
exactly the copies of one statement. The sentences are our own, in the style of wire copy.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from tracker import consolidate as cons
from tracker.extraction.engine import extract_document
from tracker.output import export
from tracker.output.schema import CLAIM_COLUMNS, CLAIM_NAMES, to_frame
from tracker.read.documents import iter_inputs
from tracker.records import Document, Figure

ROOT = Path(__file__).resolve().parent.parent
D = dt.date(2019, 8, 20)
OUTLETS = ("Reuters", "AFP", "AP", "Al Jazeera", "BBC", "Anadolu", "DPA", "Xinhua", "The Guardian")
WORDINGS = (  # one statement as outlets retell it: the wording changes, the figure does not
    "More than {n:,} people have fled their homes in {place}, the {source} said.",
    "The {source} said over {n:,} people had been displaced in {place} since the offensive began.",
    "Upwards of {n:,} people are displaced in {place}, according to the {source}.",
)


def figure(**changes) -> Figure:
    """A UN figure of 400,000 displaced in Idlib, changed as the test says."""
    base = Figure(
        indicator="displaced", value=400_000, low=400_000, high=None, qualifier="at_least", unit="people",
        people=400_000, quote="", start=0, end=16, quote_start=0, date=D, date_precision="day", published=D,
        source="United Nations", location="Idlib", admin1="Idlib", country="Syria", iso3="SYR",
    )
    return dataclasses.replace(base, **changes)


def reprints(statement: str, copies: int, *, spread_days: int = 3, **changes) -> list[Figure]:
    """`copies` mentions of one statement, by different outlets over `spread_days` days."""
    one = figure(**changes)
    out = []
    for k in range(copies):
        later = dt.timedelta(days=k % (spread_days + 1))  # the copy's outlet said it that many days on
        quote = WORDINGS[k % len(WORDINGS)].format(n=one.value, place=one.location, source=one.source or "officials")
        out.append(dataclasses.replace(
            one, document=f"{statement}/{k}", outlet=OUTLETS[k % len(OUTLETS)], quote=quote,
            published=one.published + later if one.published else None,
            date=one.date + later if one.date is not None and one.date_precision == "day" else one.date,
        ))
    return out


def grouping(result: cons.Consolidation) -> set[frozenset[str]]:
    """The statements each claim put together (from the mentions' document names)."""
    labels = result.mentions["document"].str.split("/").str[0]
    return {frozenset(group) for _, group in labels.groupby(result.mentions["claim_id"])}


def statements(result: cons.Consolidation) -> list[set[str]]:
    labels = result.mentions["document"].str.split("/").str[0]
    return [set(group) for _, group in labels.groupby(result.mentions["claim_id"])]


# --- what merges and what stays apart -------------------------------------------------------

APART = [
    # (statement, what differs from the UN's "more than 400,000 displaced in Idlib")
    ("erdogan", dict(source="Recep Tayyip Erdogan")),
    ("country", dict(location="Syria", admin1=None)),
    ("families", dict(unit="families", people=2_000_000)),
    ("estimate", dict(qualifier="approx", low=None)),
    ("upper", dict(qualifier="at_most", low=None, high=400_000)),
    ("killed", dict(indicator="killed")),
    ("later", dict(date=dt.date(2019, 10, 1), published=dt.date(2019, 10, 1))),
    ("undated", dict(date=None, date_precision=None, published=None)),
    ("other-value", dict(value=450_000, low=450_000, people=450_000)),
]


def test_a_statement_reprinted_across_outlets_and_days_is_one_claim_and_each_difference_is_its_own():
    mentions = reprints("un", 9)
    for name, changes in APART:
        mentions += reprints(name, 3, **changes)
    result = cons.consolidate(to_frame(mentions))
    expected = {frozenset({"un"})} | {frozenset({name}) for name, _ in APART}
    assert grouping(result) == expected, [s for s in statements(result) if len(s) > 1]
    un = result.claims.set_index("claim_id").loc[result.mentions.loc[0, "claim_id"]]
    assert (un["mentions"], un["documents"], un["outlets"]) == (9, 9, 9)
    assert un["first_reported"].date() == D and un["last_reported"].date() == D + dt.timedelta(days=3)


REPHRASED = [
    # (outlet, published, sentence): one UN statement as three outlets wrote it
    ("Reuters", D, "More than 400,000 people have fled their homes in Idlib since April, the United Nations said on Tuesday."),
    ("AFP", D + dt.timedelta(days=1), "The UN said on Tuesday that over 400,000 people had been displaced in Idlib province since the offensive began."),
    ("Al Jazeera", D + dt.timedelta(days=2), "Over 400,000 people have been displaced in Idlib, according to the United Nations."),
]


def test_one_statement_rephrased_by_outlets_and_extracted_is_one_claim():
    docs = [Document(id=f"wire-{i}", text=t, published=p, outlet=o) for i, (o, p, t) in enumerate(REPHRASED)]
    figures = [f for doc in docs for f in extract_document(doc)]
    claims = cons.claims_of(to_frame(figures))
    assert len(figures) == len(REPHRASED), [(f.quote, f.value, f.qualifier) for f in figures]
    assert len(claims) == 1, claims[["value", "qualifier", "source", "location", "date"]].to_string()
    claim = claims.iloc[0]
    assert (claim["mentions"], claim["outlets"], claim["source"]) == (3, 3, "United Nations")
    assert claim["quote"] == REPHRASED[0][2]  # the earliest report's words


def test_written_in_millions_or_in_digits_is_the_same_number_but_a_bound_is_not_the_estimate():
    docs = [
        Document(id="a", published=D, outlet="AP", text="Turkey already hosts 3.6 million Syrian refugees, UNHCR said."),
        Document(id="b", published=D, outlet="AFP", text="Turkey already hosts 3,600,000 Syrian refugees, UNHCR said."),
        Document(id="c", published=D, outlet="BBC", text="Turkey hosts over 3.6 million Syrian refugees, UNHCR said."),
    ]
    figures = [f for doc in docs for f in extract_document(doc)]
    claims = cons.claims_of(to_frame(figures))
    by_qualifier = dict(zip(claims["qualifier"], claims["mentions"]))
    assert by_qualifier == {"exact": 2, "at_least": 1}, claims[["value", "qualifier", "mentions"]].to_string()


DATES = [
    # (first date and precision, second date and precision, window, one claim?)
    ((D, "day"), (D + dt.timedelta(days=6), "day"), 7, True),
    ((D, "day"), (D + dt.timedelta(days=8), "day"), 7, False),
    ((D, "day"), (D + dt.timedelta(days=1), "day"), 0, False),
    ((dt.date(2019, 8, 13), "week"), (dt.date(2019, 8, 18), "day"), 0, True),  # "last week" and a day in it
    ((dt.date(2019, 8, 1), "month"), (dt.date(2019, 8, 25), "day"), 0, True),  # "in August" and a day of it
    ((dt.date(2019, 8, 1), "month"), (dt.date(2019, 9, 12), "day"), 7, False),
    ((D, "day"), (None, None), 7, False),  # an undated mention never joins a dated claim
]


@pytest.mark.parametrize(("first", "second", "window", "merged"), DATES, ids=[f"{a}-{b}-{w}" for a, b, w, _ in DATES])
def test_dates_within_the_window_or_the_coarser_precision_merge(first, second, window, merged):
    mentions = [
        figure(document="s/0", date=first[0], date_precision=first[1]),
        figure(document="s/1", date=second[0], date_precision=second[1]),
    ]
    claims = cons.claims_of(to_frame(mentions), window_days=window)
    assert (len(claims) == 1) == merged, (first, second, window, claims[["date", "mentions"]].to_string())


def test_a_figure_quoted_every_few_days_stays_one_claim_while_the_quotes_chain():
    mentions = [figure(document=f"s/{k}", date=D + dt.timedelta(days=5 * k), published=D + dt.timedelta(days=5 * k))
                for k in range(6)]
    claims = cons.claims_of(to_frame(mentions))
    assert len(claims) == 1 and claims.loc[0, "date"].date() == D, claims.to_string()


def test_the_claim_is_dated_by_its_finest_then_earliest_mention():
    mentions = [
        figure(document="s/0", date=dt.date(2019, 8, 13), date_precision="week"),
        figure(document="s/1", date=dt.date(2019, 8, 16), date_precision="day"),
        figure(document="s/2", date=dt.date(2019, 8, 18), date_precision="day"),
    ]
    claim = cons.claims_of(to_frame(mentions)).iloc[0]
    assert (claim["date"].date(), claim["date_precision"]) == (dt.date(2019, 8, 16), "day")


# --- unattributed mentions -------------------------------------------------------------------


def test_an_unattributed_mention_joins_the_one_sourced_claim_it_matches_exactly_and_says_so():
    mentions = reprints("un", 2, spread_days=0) + reprints("echo", 1, spread_days=0, source=None)
    mentions += reprints("next-day", 1, spread_days=0, source=None, date=D + dt.timedelta(days=1),
                         published=D + dt.timedelta(days=1))
    result = cons.consolidate(to_frame(mentions))
    assert grouping(result) == {frozenset({"un", "echo"}), frozenset({"next-day"})}
    joined = result.claims.set_index("source").loc["United Nations"]
    assert (joined["mentions"], joined["joined_unattributed"]) == (3, 1)


def test_an_unattributed_mention_matching_two_sources_joins_neither():
    mentions = reprints("un", 1, qualifier="approx", low=None) + reprints(
        "erdogan", 1, qualifier="approx", low=None, source="Recep Tayyip Erdogan"
    ) + reprints("echo", 1, qualifier="approx", low=None, source=None)
    result = cons.consolidate(to_frame(mentions))
    assert grouping(result) == {frozenset({"un"}), frozenset({"erdogan"}), frozenset({"echo"})}
    assert result.claims["joined_unattributed"].sum() == 0


def test_the_named_source_own_words_are_the_quote_even_when_published_later():
    wire = reprints("s", 2, spread_days=0)
    own = dataclasses.replace(wire[0], document="s/own", outlet="United Nations", published=D + dt.timedelta(days=2),
                              quote="OCHA: more than 400,000 people displaced in Idlib since 29 April.")
    claim = cons.claims_of(to_frame([*wire, own])).iloc[0]
    assert claim["quote"] == own.quote and claim["outlet"] == "United Nations"


def test_source_org_when_present_groups_a_spokesman_with_his_agency():
    frame = to_frame(reprints("ocha", 2) + reprints("laerke", 2, source="Jens Laerke"))
    frame["source_org"] = pd.array(["OCHA", "OCHA", "OCHA", "OCHA"], dtype="string")
    frame.loc[:1, "source"] = "OCHA"
    result = cons.consolidate(frame)
    assert grouping(result) == {frozenset({"ocha", "laerke"})}
    assert result.claims.loc[0, "source_org"] == "OCHA"


# --- revisions, series, parts ----------------------------------------------------------------

TOLL = dict(indicator="killed", qualifier="exact", low=None, unit="people", source="Syrian Observatory for Human Rights",
            location="Maarat al-Numan", admin1="Idlib")


def toll(statement: str, value: int, copies: int, date: dt.date, published: dt.date) -> list[Figure]:
    return reprints(statement, copies, spread_days=0, value=value, people=value, date=date, published=published,
                    **TOLL)


def test_a_revision_is_a_new_claim_and_the_series_moves_to_it_and_stays_there():
    mentions = toll("first", 10, 3, D, D)  # "ten people were killed in the strike on the market"
    mentions += toll("raised", 15, 2, D, D + dt.timedelta(days=1))  # "raised the toll to 15"
    mentions += toll("next", 15, 2, D + dt.timedelta(days=1), D + dt.timedelta(days=1))
    mentions += toll("stale", 10, 1, D + dt.timedelta(days=3), D + dt.timedelta(days=3))  # an old wire reprinted
    result = cons.consolidate(to_frame(mentions))
    assert grouping(result) == {frozenset({"first", "stale"}), frozenset({"raised", "next"})}
    series = cons.best_estimates(result.claims)
    assert series["value"].tolist() == [15], series[["date", "value", "passed_over"]].to_string()
    assert series.loc[0, "passed_over"] == 1


def test_the_series_prefers_a_named_source_and_keeps_bounds_apart_from_estimates():
    claims = cons.claims_of(to_frame(
        reprints("un", 1, qualifier="approx", low=None, value=380_000, people=380_000)
        + reprints("anon", 1, qualifier="approx", low=None, source=None)
        + reprints("bound", 1, date=D + dt.timedelta(days=10), published=D + dt.timedelta(days=10))
        + reprints("later", 1, qualifier="exact", low=None, value=420_000, people=420_000,
                   date=D + dt.timedelta(days=20), published=D + dt.timedelta(days=20))
    ))
    series = cons.best_estimates(claims)
    lines = {kind: group["value"].tolist() for kind, group in series.groupby("kind")}
    assert lines == {"estimate": [380_000, 420_000], "lower bound": [400_000]}, series.to_string()


def test_parts_stay_linked_to_their_total_and_out_of_the_series():
    total = reprints("total", 2, spread_days=0, indicator="killed", value=1_660, people=1_660, qualifier="exact", low=None)
    women = reprints("women", 2, spread_days=0, indicator="killed", value=273, people=273, qualifier="exact", low=None)
    children = reprints("children", 2, spread_days=0, indicator="killed", value=40, people=40, qualifier="exact", low=None)
    # each part sits in the same document as its total
    parts = [dataclasses.replace(p, document=f"total/{k % 2}", start=100 + k) for k, p in enumerate(women + children)]
    frame = to_frame(total + parts)
    frame["part_of"] = pd.array([None, None] + ["killed 1660"] * 4, dtype="string")
    result = cons.consolidate(frame)
    claims = result.claims.set_index("value")
    assert len(claims) == 3, result.claims.to_string()
    assert claims.loc[273, "part_of"] == claims.loc[1_660, "claim_id"] == claims.loc[40, "part_of"]
    assert claims.loc[1_660, "mentions"] == 2 and pd.isna(claims.loc[1_660, "part_of"])
    assert cons.best_estimates(result.claims)["value"].tolist() == [1_660]


# --- order and invariants on random corpora ----------------------------------------------------

RANDOM_CORPORA = range(6)


def random_corpus(seed: int, n: int = 400) -> pd.DataFrame:
    """Mentions drawn from a small space of keys, so that many collide, with parts,
    unattributed and undated ones."""
    rng = np.random.default_rng(seed)
    pick = lambda *options: [options[i] for i in rng.integers(0, len(options), n)]  # noqa: E731
    value = rng.choice([500, 10_000, 400_000], n)
    qualifier = pick("exact", "approx", "at_least", "at_most")
    day = rng.integers(0, 40, n)
    frame = to_frame(
        figure(indicator=i, value=int(v), low=None, high=None, qualifier=q, people=int(v), unit=u, source=s,
               location=p, document=f"doc{d}/{k}", start=k, end=k + 5, outlet=o,
               date=None if un else D + dt.timedelta(days=int(t)), date_precision=None if un else pr,
               published=D + dt.timedelta(days=int(t)))
        for k, (i, v, q, u, s, p, d, o, t, pr, un) in enumerate(zip(
            pick("killed", "displaced"), value, qualifier, pick("people", "families"),
            pick("United Nations", "OCHA", None), pick("Idlib", "Hama", None), rng.integers(0, 60, n),
            pick(*OUTLETS), day, pick("day", "day", "week", "month"), rng.random(n) < 0.05,
        ))
    )
    frame["part_of"] = pd.array(np.where(rng.random(n) < 0.05, "killed 500", None), dtype="string")
    return frame


@pytest.mark.parametrize("seed", RANDOM_CORPORA)
def test_consolidation_does_not_depend_on_row_order(seed):
    frame = random_corpus(seed)
    claims = cons.claims_of(frame)
    shuffled = frame.sample(frac=1.0, random_state=seed).reset_index(drop=True)
    pd.testing.assert_frame_equal(cons.claims_of(shuffled), claims)
    pd.testing.assert_frame_equal(cons.best_estimates(cons.claims_of(shuffled)), cons.best_estimates(claims))


@pytest.mark.parametrize("seed", RANDOM_CORPORA)
def test_every_mention_is_in_one_claim_whose_mentions_agree_on_what_was_stated(seed):
    result = cons.consolidate(random_corpus(seed))
    m, claims = result.mentions, result.claims
    assert claims["mentions"].sum() == len(m) and m["claim_id"].notna().all()
    assert set(m["claim_id"]) == set(claims["claim_id"])
    ids = claims.set_index("claim_id")["mention_ids"].str.split(";")
    assert sorted(i for group in ids for i in group) == sorted(m["mention_id"])
    kind = m["qualifier"].map(cons.QUALIFIER_KINDS)
    agree = m.assign(kind=kind).groupby("claim_id")[["indicator", "value", "kind", "location"]].nunique(dropna=False)
    assert (agree <= 1).all().all(), agree[(agree > 1).any(axis=1)]


# --- the seeds ---------------------------------------------------------------------------------


def test_the_seed_figures_are_nine_claims_and_the_two_idlib_400000_stay_two():
    docs = [d for d in iter_inputs([str(ROOT / "seeds")], max_bytes=5_000_000) if isinstance(d, Document)]
    claims = cons.claims_of(to_frame(f for d in docs for f in extract_document(d)))
    assert len(claims) == 9, claims[["indicator", "value", "source", "date"]].to_string()
    idlib = claims[claims["value"].eq(400_000).fillna(False) & claims["location"].eq("Idlib").fillna(False)]
    assert sorted(idlib["source"]) == ["Recep Tayyip Erdogan", "United Nations"]
    assert sorted(idlib["date"].dt.year) == [2019, 2020]
    assert (claims["mentions"] == 1).all()


# --- output ----------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", export.FORMATS)
def test_claims_export_in_every_format_with_their_own_columns(fmt):
    claims = cons.claims_of(to_frame(reprints("un", 3)))
    text = export.frame_bytes(claims, fmt, CLAIM_COLUMNS).decode("utf-8")
    assert "claim_id" in text and "mention_ids" in text and "un/2:0-16" in text, text[:300]
    if fmt == "hxl":
        header, tags, row = text.splitlines()[:3]
        assert tags.split(",")[header.split(",").index("displaced")] == "#affected+idps"
        assert row.split(",")[header.split(",").index("displaced")] == "400000"


def run_cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}
    return subprocess.run([sys.executable, "-m", "tracker", *args], capture_output=True, text=True, cwd=cwd,
                          env=env, timeout=120, check=False)


def test_cli_consolidates_the_extract_output_in_each_of_its_formats_alike(tmp_path):
    outputs = {}
    for fmt in export.FORMATS:
        done = run_cli("extract", str(ROOT / "seeds"), "-f", fmt, "-o", f"figures.{fmt}", cwd=tmp_path)
        assert done.returncode == 0, done.stderr
        done = run_cli("consolidate", f"figures.{fmt}", "-o", f"claims-{fmt}.csv", cwd=tmp_path)
        assert done.returncode == 0, done.stderr
        assert "Claims: 9 from 9 figures" in done.stderr, done.stderr
        outputs[fmt] = (tmp_path / f"claims-{fmt}.csv").read_text(encoding="utf-8")
    assert len(set(outputs.values())) == 1
    assert outputs["csv"].splitlines()[0] == ",".join(CLAIM_NAMES)


def test_extract_claims_writes_the_claims_beside_the_figures(tmp_path):
    done = run_cli("extract", str(ROOT / "seeds"), "-o", "figures.csv", "--claims", "claims.jsonl", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    lines = (tmp_path / "claims.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 9 and '"claim_id"' in lines[0]


def test_cli_reports_unreadable_cells_and_refuses_a_file_that_is_no_figures(tmp_path):
    (tmp_path / "figures.csv").write_text(
        "indicator,value,date,source,location\n"
        "killed,12,2019-08-20,Civil Defence,Idlib\n"
        "killed,twelve,2019-08-20,Civil Defence,Idlib\n"
        "killed,12,last Tuesday,Civil Defence,Idlib\n",
        encoding="utf-8",
    )
    done = run_cli("consolidate", "figures.csv", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "1 unreadable value cells left empty (line 3)" in done.stderr, done.stderr
    assert "1 unreadable date cells left empty (line 4)" in done.stderr, done.stderr
    assert "1 rows with no indicator or value left out (line 3)" in done.stderr, done.stderr
    assert len(done.stdout.splitlines()) == 3  # header and two claims: dated and undated
    (tmp_path / "notes.csv").write_text("title,text\nA,B\n", encoding="utf-8")
    done = run_cli("consolidate", "notes.csv", cwd=tmp_path)
    assert done.returncode == 1 and done.stderr.count("\n") == 1, done.stderr
    assert "no indicator, value column" in done.stderr


def test_bench_prints_its_numbers_on_a_small_corpus():
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "consolidate.py"), "20000", "5000"],
                          capture_output=True, text=True, cwd=ROOT, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    assert "consolidate: 20,000 mentions ->" in done.stdout and "dashboard redraw on 5,000 mentions" in done.stdout


# --- the dashboard ------------------------------------------------------------------------------


def test_the_tooltip_says_how_often_and_since_when_a_claim_was_reported():
    from tracker.app import charts

    mentions = reprints("un", 14, spread_days=5)
    mentions = [dataclasses.replace(f, outlet=OUTLETS[k % len(OUTLETS)]) for k, f in enumerate(mentions)]
    points = charts.claim_chart_data(cons.claims_of(to_frame(mentions)))
    (tip,) = [dict(line.split(": ", 1) for line in t.split("\n")) for t in points["tooltip"]]
    assert tip["Reported"] == "reported in 14 articles by 9 outlets, first on 2019-08-20"
    assert tip["Quote"] == " ".join(mentions[0].quote.split())


def test_the_chart_line_is_the_series_with_one_line_per_kind_and_the_cards_read_it():
    from tracker.app import charts, views

    claims = cons.claims_of(to_frame(
        toll("first", 10, 3, D, D) + toll("raised", 15, 2, D + dt.timedelta(days=1), D + dt.timedelta(days=1))
        + reprints("bound", 2, indicator="killed", value=20, people=20, location="Maarat al-Numan", admin1="Idlib",
                   source="Syrian Observatory for Human Rights", date=D + dt.timedelta(days=2),
                   published=D + dt.timedelta(days=2))
    ))
    line = charts.series_line_data(cons.best_estimates(claims))
    assert line.groupby("line")["count"].apply(list).to_dict() == {
        "killed · Maarat al-Numan · estimate": [10.0, 15.0],
        "killed · Maarat al-Numan · lower bound": [20.0],
    }
    (card,) = views.series_headlines(cons.best_estimates(claims))
    assert (card.label, card.previous_label, card.change) == ("at least 20 people", None, None)
    data = charts.claim_chart_data(claims)
    spec = charts.claim_chart(data, line).to_dict()
    assert any(layer.get("encoding", {}).get("tooltip") == {"field": "tooltip", "type": "nominal"} for layer in spec["layer"])
    titles = {line.split(": ", 1)[0] for t in data["tooltip"] for line in t.split("\n")}
    assert {"Reported", "Quote"} <= titles


def test_the_page_shows_claims_by_default_and_every_mention_from_the_url():
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60).run()
    assert not at.exception, [e.value for e in at.exception]
    assert any(s.value.startswith("Claims: 9") for s in at.subheader), [s.value for s in at.subheader]
    assert "claim_id" in at.dataframe[-1].value.columns
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    at.query_params["mentions"] = "true"
    at.query_params["table"] = "Every mention"
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.toggle(key="mentions").value is True
    assert any(s.value.startswith("Figures: 9") for s in at.subheader), [s.value for s in at.subheader]
    assert "claim_id" not in at.dataframe[-1].value.columns


def test_the_claims_cache_key_sees_a_change_in_any_row():
    from tracker.app import views

    frame = random_corpus(0, n=300)
    changed = frame.copy()
    changed.loc[299, "value"] = 12_345
    assert views.fingerprint(frame) == views.fingerprint(frame.copy())
    assert views.fingerprint(changed) != views.fingerprint(frame)


BROKEN_FILES = [
    # (file name, content, the warning it must give); each file also holds two good figures
    ("figures.jsonl",
     '{"indicator": "killed", "value": 12, "date": "2019-08-20", "source": "Civil Defence"}\n'
     '{"indicator": "killed", "value": 12, "date": "2019-08-2\n'
     '{"indicator": "killed", "value": 30, "date": "twelfth of August", "source": "Civil Defence"}\n',
     ["1 lines that are no figure left out (line 2)", "1 unreadable date cells left empty (line 3)"]),
    ("figures.csv",
     "indicator,value,date,source\n"
     "killed,12,2019-08-20,Civil Defence\n"
     "killed,12,2019-08-20,Civil Defence,Idlib,extra\n"
     "killed,thirty,2019-08-20,Civil Defence\n"
     "killed,30,2019-08-21,Civil Defence\n",
     ["1 lines that are no figure left out (line 3)", "1 unreadable value cells left empty (line 4)",
      "1 rows with no indicator or value left out (line 4)"]),
]


@pytest.mark.parametrize(("name", "content", "warnings"), BROKEN_FILES, ids=[b[0] for b in BROKEN_FILES])
def test_a_broken_line_is_left_out_with_its_line_number_and_the_rest_is_consolidated(tmp_path, name, content, warnings):
    (tmp_path / name).write_text(content, encoding="utf-8")
    done = run_cli("consolidate", name, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    for warning in warnings:
        assert warning in done.stderr, (warning, done.stderr)
    assert len(done.stdout.splitlines()) == 3, done.stdout  # header and the two good figures' claims
