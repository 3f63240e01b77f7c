"""The dashboard's page: the only tracker module that imports streamlit.

Each function lays out one part of the page; the work (loading, filtering, headlines,
charts) is done by `tracker.app.views` and `tracker.app.charts`, which never import streamlit.
Untrusted text (articles, quotes, sources, file names) only reaches the browser escaped:
as HTML-escaped text in `st.html`, markdown-escaped text in captions, or as cells of
`st.dataframe` and values in the chart's tooltips, which render text, never markup.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import os
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import streamlit as st
from streamlit.errors import StreamlitSecretNotFoundError

from .. import consolidate
from ..extraction.limits import MAX_BYTES
from ..output.export import frame_bytes
from ..output.schema import CLAIM_COLUMNS
from ..read.documents import (
    CSV_DELIMITERS, FEED_SUFFIXES, HTML_SUFFIXES, JSON_SUFFIXES, JSONL_SUFFIXES, PDF_SUFFIXES, TEXT_SUFFIXES,
    XML_SUFFIXES,
)
from . import charts, corpus, load, views

LOG = logging.getLogger(__name__)

# The seed articles, found next to the package (a relative path: works on any machine).
SEEDS_DIR: Path = Path(__file__).resolve().parent.parent.parent / "seeds"
SEED_SUFFIXES: tuple[str, ...] = (".txt", ".jsonl", ".csv")

# The largest upload read, in bytes (the CLI's limit too). The server's own limit in
# .streamlit/config.toml (server.maxUploadSize = 5, in MiB) is a little higher, so a file
# just over 5 MB reaches tracker.read.documents and gets its one-line message on the page.
MAX_UPLOAD_BYTES: int = MAX_BYTES
# Every file ending the command line reads (tracker.read.documents), and no other.
UPLOAD_TYPES: tuple[str, ...] = tuple(sorted(
    suffix.removeprefix(".")
    for suffix in (
        *TEXT_SUFFIXES, *HTML_SUFFIXES, *JSONL_SUFFIXES, *JSON_SUFFIXES, *CSV_DELIMITERS,
        *FEED_SUFFIXES, *XML_SUFFIXES, *PDF_SUFFIXES,
    )
))

# Downloads: the same schema and writers as the CLI (tracker.output.export).
DOWNLOADS: tuple[tuple[str, str, str, str], ...] = (
    # (format, label, file name, mime type)
    ("csv", "CSV", "figures.csv", "text/csv"),
    ("hxl", "CSV with HXL hashtags", "figures-hxl.csv", "text/csv"),
    ("json", "JSON", "figures.json", "application/json"),
)

# Widget keys double as the URL's query parameters (bind="query-params").
KEY_INDICATOR = "indicator"
KEY_PLACE = "place"
KEY_SOURCE = "source"
KEY_FROM = "from"
KEY_TO = "to"
KEY_UNDATED = "undated"
KEY_PAGE = "page"
KEY_MENTIONS = "mentions"  # the chart and cards show every mention instead of claims
KEY_TABLE = "table"  # the table lists claims or mentions
KEY_CLAIMS_PAGE = "claims_page"
KEY_UNDATED_PAGE = "undated_page"
TABLE_CLAIMS, TABLE_MENTIONS = "Claims", "Every mention"

# What a dropped value of the URL is called in the one-line notice.
URL_FILTER_NAMES: dict[str, str] = {
    KEY_INDICATOR: "indicator", KEY_PLACE: "place", KEY_SOURCE: "source", KEY_FROM: "from date", KEY_TO: "to date",
}

# The date filter accepts any day in these limits, not only the loaded figures' first
# and last: a shared link keeps its range when later articles widen the data.
DATE_LIMITS: tuple[dt.date, dt.date] = (dt.date(1990, 1, 1), dt.date(2100, 12, 31))


def page_style() -> None:
    """The page's own style rules: the charts' tooltips keep their line breaks (a style
    alone goes to streamlit's event container: it takes no room on the page)."""
    st.html(charts.TOOLTIP_STYLE)


# --- loading, cached by content --------------------------------------------------------


@st.cache_data(show_spinner=False, max_entries=512)
def load_bytes(name: str, data: bytes, default_date: dt.date | None = None) -> load.Loaded:
    """Figures of one file's bytes; cached on (name, content, default date), so an
    unchanged article is extracted once per server, whoever uploads it."""
    return load.load_bytes(name, data, max_bytes=MAX_UPLOAD_BYTES, default_date=default_date)


@st.cache_data(show_spinner=False, max_entries=256)
def load_text(text: str, id: str, published: dt.date | None) -> load.Loaded:
    return load.load_text(text, id=id, published=published, max_bytes=MAX_UPLOAD_BYTES)


def seed_files() -> list[tuple[str, bytes]]:
    """(name, content) of the seed articles shipped with the repository."""
    paths = sorted(p for p in SEEDS_DIR.iterdir() if p.suffix in SEED_SUFFIXES) if SEEDS_DIR.is_dir() else []
    return [(f"seeds/{p.name}", p.read_bytes()) for p in paths]


@dataclass(frozen=True, slots=True)
class Pasted:
    """An article a visitor pasted."""

    id: str  # "pasted-1", in the order of pasting
    text: str
    published: dt.date | None


@dataclass(frozen=True, slots=True)
class Added:
    """What a visitor gave on the page: uploaded files, pasted articles, and the date for
    uploaded articles that give none."""

    uploads: tuple = ()  # streamlit's UploadedFile objects
    pasted: tuple[Pasted, ...] = ()
    upload_date: dt.date | None = None


def load_all(given: Added = Added(), with_seeds: bool = True) -> tuple[list[load.Loaded], list[load.Loaded]]:
    """(seeds, added by the visitor): each file and each pasted text on its own, so one
    bad input never hides the others. No seeds when a corpus store is shown instead."""
    seeds = [load_bytes(name, data) for name, data in seed_files()] if with_seeds else []
    added = [_load_upload(f, given.upload_date) for f in given.uploads]
    added += [load_text(p.text, p.id, p.published) for p in given.pasted]
    # an article given twice (a seed uploaded again, one text in two files) counts once
    checked = load.drop_repeats(seeds + added)
    return checked[: len(seeds)], checked[len(seeds) :]


def _load_upload(upload, default_date: dt.date | None) -> load.Loaded:
    # Kept in memory: uploads are never written to disk; read_bytes refuses what is
    # over MAX_UPLOAD_BYTES with a message.
    return load_bytes(upload.name, upload.getvalue(), default_date)


# --- the corpus store: st.connection("tracker", type="sql") --------------------------------

# The connection's name: configured under [connections.tracker] in .streamlit/secrets.toml
# (url = "sqlite:///corpus.db", or a PostgreSQL URL), or by the environment variable below,
# which wins. With neither, the page opens on the seeds.
STORE = "tracker"
ENV_STORE_URL = "TRACKER_DB_URL"
# Articles a visitor adds are written to the store only when the operator says so:
# [tracker] uploads_to_store = true in secrets.toml, or this variable set to 1 / true.
ENV_UPLOADS_TO_STORE = "TRACKER_UPLOADS_TO_STORE"
TRUE_WORDS: frozenset[str] = frozenset({"1", "true", "yes", "on"})
# The store is read again when an ingest changes it (see corpus.store_version), and at the
# latest after this long; a few corpora at most are kept in memory.
STORE_TTL = dt.timedelta(minutes=30)
STORE_CACHE_ENTRIES = 2


def _secret(*keys: str):
    """The value at `keys` in st.secrets; None when absent or when there is no secrets file."""
    try:
        value = st.secrets
        for key in keys:
            value = value[key]
        return value
    except (KeyError, StreamlitSecretNotFoundError):
        return None


def store_configured() -> bool:
    return bool(os.environ.get(ENV_STORE_URL)) or _secret("connections", STORE) is not None


def uploads_to_store() -> bool:
    """True only when the operator allows visitors' articles into the store (never by default)."""
    env = os.environ.get(ENV_UPLOADS_TO_STORE)
    if env is not None:
        return env.strip().lower() in TRUE_WORDS
    value = _secret("tracker", "uploads_to_store")
    return value is True or (isinstance(value, str) and value.strip().lower() in TRUE_WORDS)


def store_connection():
    """The store's SQLConnection (a SQLAlchemy engine, kept by streamlit across reruns and
    sessions), or None when no store is configured."""
    if not store_configured():
        return None
    section = _secret("connections", STORE)
    url = os.environ.get(ENV_STORE_URL) or (section.get("url") if section is not None else None)
    # the URL is passed on, not left to the connection to find, so that the environment
    # variable works without a secrets file; the other keys of the section (dialect, host...)
    # are read by SQLConnection itself
    return st.connection(STORE, type="sql", **({"url": url} if url else {}))


@st.cache_resource(ttl=STORE_TTL, max_entries=STORE_CACHE_ENTRIES, show_spinner="Reading the corpus store...")
def _read_store(url: str, version: str, _engine) -> corpus.Corpus:
    # Kept as one object (cache_resource: no copy per rerun, which would cost more than the
    # redraw on 100,000 mentions); the page only reads it. Keyed on the store's version, so
    # an ingest shows at the next rerun.
    with _engine.connect() as conn:
        return corpus.read_corpus(conn)


def open_store(notices) -> tuple[object | None, corpus.Corpus | None]:
    """(connection, what the store holds), or (None, None) when no store is configured or
    it cannot be read: then the page opens on the seeds and `notices` says why."""
    if not store_configured():
        return None, None
    try:
        conn = store_connection()
        with conn.engine.connect() as c:
            if not corpus.has_tables(c):
                notices.warning(
                    "The corpus store holds no corpus yet (`python -m tracker ingest SOURCES --db ...` "
                    "writes one): showing the seed articles.", icon=":material/database:",
                )
                return None, None
            version = corpus.store_version(c)
        return conn, _read_store(str(conn.engine.url), version.key, conn.engine)
    except ModuleNotFoundError as error:
        notices.error(
            f"The corpus store needs {views.escape_markdown(str(error.name))}: "
            "`pip install -e '.[store]'` (PostgreSQL: `.[postgres]`). Showing the seed articles.",
            icon=":material/database:",
        )
    except Exception as error:  # noqa: BLE001 - any driver's error: the page still opens
        LOG.exception("the corpus store could not be read")
        # the type only: a driver's message may hold the host or the user name
        notices.error(
            f"The corpus store could not be read ({type(error).__name__}; see the server's log): "
            "showing the seed articles.", icon=":material/database:",
        )
    return None, None


def save_added(conn, added: list[load.Loaded], notices) -> corpus.Added | None:
    """Write the visitor's articles to the store (only called when the operator allows it)."""
    items = [(d, f) for x in added for d, f in zip(x.documents, x.figures)]
    if not items:
        return None
    try:
        return corpus.add_documents(conn.engine, items)
    except Exception as error:  # noqa: BLE001
        LOG.exception("adding articles to the corpus store failed")
        notices.error(
            f"Your articles could not be added to the corpus store ({type(error).__name__}); "
            "they are shown for this session only.", icon=":material/database:",
        )
        return None


# A view of a store computed once per store version and filters, whoever asks: opening a
# shared link, or coming back to a filter, costs no recomputation. None: no key (the seeds,
# or a session with articles of its own), computed each time.
VIEW_CACHE_ENTRIES = 256


def view_key(store: corpus.Corpus | None, only_store: bool, filters: views.Filters) -> str | None:
    return f"{store.version.key}|{filters!r}" if store is not None and only_store else None


def computed(what: str, key: str | None, compute):
    """`compute()`, cached on (`what`, `key`) when there is a key."""
    return compute() if key is None else _computed(what, key, compute)


@st.cache_data(show_spinner=False, max_entries=VIEW_CACHE_ENTRIES)
def _computed(what: str, key: str, _compute):
    return _compute()


# --- the sidebar's filters, kept in the URL ----------------------------------------------


def sidebar_filters(frame: pd.DataFrame, notices=None) -> views.Filters:
    """The filters in the sidebar; each is bound to a query parameter, so a link opens
    the same view. An empty choice means "all". A value of the link that no figure has
    is dropped, as the widget drops it, and said in one line in `notices` (a container;
    the page by default)."""
    sb = st.sidebar
    sb.header("Filters")
    offered = {
        KEY_INDICATOR: views.options(frame, "indicator"),
        KEY_PLACE: views.options(frame, "location"),
        KEY_SOURCE: views.options(frame, "source"),
    }
    # Read before the widgets: a bound widget drops a value it does not offer, and the URL with it.
    dropped = [
        (URL_FILTER_NAMES[key], value)
        for key, values in offered.items()
        for value in views.unknown_values(st.query_params.get_all(key), values)
    ]
    dropped += [
        (URL_FILTER_NAMES[key], st.query_params[key])
        for key in (KEY_FROM, KEY_TO)
        if views.unknown_day(st.query_params.get(key), DATE_LIMITS)
    ]
    indicators = sb.multiselect(
        "Indicator", offered[KEY_INDICATOR], default=[], key=KEY_INDICATOR,
        placeholder="All indicators", bind="query-params",
    )
    places = sb.multiselect(
        "Place", offered[KEY_PLACE], default=[], key=KEY_PLACE,
        placeholder="All places", bind="query-params",
    )
    sources = sb.multiselect(
        "Reported by", offered[KEY_SOURCE], default=[], key=KEY_SOURCE,
        placeholder="All sources", bind="query-params",
    )
    if notice := views.dropped_notice(dropped):
        (notices if notices is not None else st).warning(views.escape_markdown(notice), icon=":material/link_off:")
    # Two optional days rather than one range widget: an empty day is "no limit", so
    # figures of a newly added article are never hidden by the range of the old ones.
    bounds = views.date_bounds(frame)
    first, last = (d.isoformat() for d in bounds) if bounds else ("none", "none")
    start = sb.date_input(
        "From", value=None, min_value=DATE_LIMITS[0], max_value=DATE_LIMITS[1], key=KEY_FROM,
        bind="query-params", help=f"Empty: from the first figure ({first}).",
    )
    end = sb.date_input(
        "To", value=None, min_value=DATE_LIMITS[0], max_value=DATE_LIMITS[1], key=KEY_TO,
        bind="query-params", help=f"Empty: up to the last figure ({last}).",
    )
    include_undated = sb.checkbox(
        "Include undated figures", value=True, key=KEY_UNDATED, bind="query-params",
        help="Undated figures are never drawn on the chart; they are listed under it.",
    )
    sb.caption("The filters are part of the page's address: copy the link to share this view.")
    return views.Filters(
        indicators=tuple(indicators), locations=tuple(places), sources=tuple(sources),
        start=start, end=end, include_undated=include_undated,
    )


# --- the main page's parts ---------------------------------------------------------------


def summary(
    seeds: list[load.Loaded], added: list[load.Loaded], total: int, shown: int, stored: int | None = None
) -> None:
    """`stored`: the documents of the corpus store, when the page shows one."""
    n_added = sum(len(x.texts) for x in added)
    if stored is not None:
        st.caption(
            f"Corpus store: {stored:,} articles ({n_added:,} added by you), {total:,} figures, "
            f"{shown:,} match the filters."
        )
        return
    n_docs = sum(len(x.texts) for x in seeds + added)
    st.caption(
        f"{n_docs:,} articles read ({n_added:,} added by you), {total:,} figures extracted, "
        f"{shown:,} match the filters."
    )


def problems(loaded: list[load.Loaded]) -> None:
    """One line per input that was refused or read with a caveat: nothing is dropped silently."""
    for level, line in load.messages(loaded):
        if level == "error":
            st.error(views.escape_markdown(line), icon=":material/error:")
        else:
            st.warning(views.escape_markdown(line), icon=":material/warning:")


def run_report(loaded: list[load.Loaded]) -> None:
    """The run report (tracker.output.report): what became of every input, as the CLI prints it.
    None when this session read no input (a corpus store's page, nothing added): a report of
    nothing would only cost the browser its code viewer."""
    if not loaded:
        return
    report = load.run_report(loaded)
    with st.expander(f"What happened to every input: {report.documents} read, {report.skipped} not read"):
        st.code(report.summary(), language=None, wrap_lines=True)
        st.dataframe(pd.DataFrame(report.entries()), hide_index=True, width="stretch")


def headline_cards(frame: pd.DataFrame, places: tuple[str, ...] = ()) -> None:
    """The latest figure of each indicator, one row of cards per place: the places the
    filter chose, else those reported most recently."""
    show_cards(views.headlines_by_place(frame, places), places)


def show_cards(groups: list[views.PlaceCards], places: tuple[str, ...]) -> None:
    if not groups:
        st.info("No dated figure matches the filters, so there is no latest figure to show.")
        return
    if not places:
        st.caption(
            f"Latest figures of the {len(groups)} place{'s' if len(groups) != 1 else ''} reported most recently; "
            "choose places in the sidebar to see others."
        )
    # one block of HTML for all the cards (views.cards_html: every text escaped)
    st.html(views.cards_html(groups))


def time_chart(frame: pd.DataFrame) -> None:
    data = charts.chart_data(frame)
    n_dated = int((frame["date"].notna() & views.totals(frame)).sum())
    if data.empty:
        st.info("No dated figure matches the filters: nothing to draw.")
        return
    st.altair_chart(charts.time_chart(data), width="stretch")
    note = (
        "Hover a point for its source, document and quote. Triangles are bounds: ▲ at least, ▼ at most; ◆ about; ■ with a bar: a range."
        " Parts of a breakdown (\"including 250 health workers\") are in the table, not drawn: their total is."
    )
    if len(data) < n_dated:
        note += f" The chart shows {len(data):,} of {n_dated:,} dated figures (one per indicator, place and day, then a sample); the table holds them all."
    st.caption(note)


def undated_list(frame: pd.DataFrame) -> None:
    rows = views.undated(frame)
    if rows.empty:
        return
    st.subheader(f"Undated figures: {len(rows):,}")
    note = "Their document gives no date, so they cannot be placed on the chart."
    pages = views.page_count(len(rows), views.PAGE_SIZE)
    page = 1
    if pages > 1:  # one page at a time, as the table: a corpus may hold thousands
        page = st.pagination(pages, key=KEY_UNDATED_PAGE)
        note += f" Page {page} of {pages}, {views.PAGE_SIZE} a page."
    st.caption(note)
    start = (page - 1) * views.PAGE_SIZE
    labelled = views.labelled(rows.iloc[start : start + views.PAGE_SIZE])
    st.dataframe(
        labelled[["indicator", "label", "reported_by", "place", "document_label", "quote"]],
        hide_index=True,
        width="stretch",
        column_config={
            "indicator": "Indicator",
            "label": "Figure",
            "reported_by": "Reported by",
            "place": "Place",
            "document_label": "Document",
            "quote": st.column_config.TextColumn("Quote", width="large"),
        },
    )


TABLE_CONFIG = {
    "date": st.column_config.DateColumn("Date", format="YYYY-MM-DD"),
    "indicator": "Indicator",
    "qualifier": "Qualifier",
    "value": st.column_config.NumberColumn("Value", format="localized"),
    "low": st.column_config.NumberColumn("Low", format="localized"),
    "high": st.column_config.NumberColumn("High", format="localized"),
    "unit": "Unit",
    "people": st.column_config.NumberColumn("People", format="localized"),
    "part_of": st.column_config.TextColumn("Part of", help="The total this figure is a part of, in the same document"),
    "location": "Place",
    "source": "Reported by",
    "quote": st.column_config.TextColumn("Quote", width="large"),
    "title": "Title",
    "outlet": "Outlet",
    "url": st.column_config.LinkColumn("Link"),
    "date_precision": "Date precision",
    "published": st.column_config.DateColumn("Published", format="YYYY-MM-DD"),
    "country": "Country",
    "document": "Document",
}


def figure_table(frame: pd.DataFrame) -> None:
    st.subheader(f"Figures: {len(frame):,}")
    pages = views.page_count(len(frame))
    page = 1
    if pages > 1:
        page = st.pagination(pages, key=KEY_PAGE)
        st.caption(f"Page {page} of {pages}, {views.PAGE_SIZE} figures a page, newest first.")
    st.dataframe(views.table_page(frame, page), hide_index=True, width="stretch", column_config=TABLE_CONFIG)
    columns = st.columns(len(DOWNLOADS))
    for (fmt, label, name, mime), column in zip(DOWNLOADS, columns):
        column.download_button(
            f"Download {label}",
            data=functools.partial(frame_bytes, frame, fmt),
            file_name=name,
            mime=mime,
            on_click="ignore",
            icon=":material/download:",
            key=f"download-{fmt}",
        )


def add_articles(to_store: bool | None = None) -> Added:
    """The upload and paste controls, and what the visitor gave with them. `to_store`:
    whether what is added goes into the corpus store (None: no store is shown)."""
    st.subheader("Add your own articles")
    if to_store is True:
        st.caption("What you add here is **stored in the shared corpus**: everyone with the link sees it.")
    elif to_store is False:
        st.caption("What you add here is shown to you only, for this session; the shared corpus is not changed.")
    uploads = st.file_uploader(
        "Upload articles: text, web pages (.html), feeds (.rss, .atom, .xml), PDF reports, .json, .jsonl or .csv files (up to 5 MB each)",
        type=list(UPLOAD_TYPES),
        accept_multiple_files=True,
        key="uploads",
        help="A .txt, .md or .html file is one article; a feed gives one article an entry, a PDF one "
        "document with its pages; .json holds one article object, a list of them or a "
        "ReliefWeb API response; .jsonl, .csv and .tsv hold one article a row with a 'text' field.",
    )
    upload_date = st.date_input(
        "Date for uploaded articles that give none (optional)", value=None, key="upload_date",
        help="Without it, figures of an article with no date stay undated: listed, not on the chart.",
    )
    pasted: list[Pasted] = st.session_state.setdefault("pasted", [])
    with st.form("paste", clear_on_submit=True):
        # No limit in the browser (one there drops a longer paste without a word): a paste
        # over MAX_UPLOAD_BYTES is refused by load.load_text, with its size, on the page.
        text = st.text_area("Or paste an article (up to 5 MB)", height=160)
        published = st.date_input("Published on (optional)", value=None, key="paste_date")
        if st.form_submit_button("Add the pasted article"):
            if text.strip():
                pasted.append(Pasted(f"pasted-{len(pasted) + 1}", text, published))
            else:
                st.warning("The pasted text is empty: nothing was added.")
    if pasted and st.button("Remove pasted articles"):
        pasted.clear()
        st.rerun()
    return Added(tuple(uploads or ()), tuple(pasted), upload_date)


def check_extractions(added: list[load.Loaded], seeds: list[load.Loaded]) -> None:
    """Each article with its figures' wordings marked, so a reader can check them."""
    st.subheader("Check the extractions")
    st.caption("Each article with the wording of every figure found in it marked.")
    for loaded, is_added in [(x, True) for x in added] + [(x, False) for x in seeds]:
        frame = loaded.frame
        for doc_id, text in loaded.texts:
            rows = frame[frame["document"] == doc_id]
            marked = rows[["start", "end"]].dropna()
            spans = zip(marked["start"].astype(int), marked["end"].astype(int))
            title = f"{doc_id}: {len(rows)} figure{'s' if len(rows) != 1 else ''}"
            with st.expander(views.escape_markdown(title), expanded=is_added):
                st.html(views.highlight_html(text, spans))


# --- the map -------------------------------------------------------------------------------


def place_map(frame: pd.DataFrame, places: pd.DataFrame | None = None, key: str | None = None) -> None:
    """The latest figure of each indicator at each place with coordinates, for the figures
    (or, given `places`, the claims) the filters keep; `places` (see `places_of`) give the
    claims their places' coordinates. `key`: see `computed`."""
    st.subheader("Map: the latest figure per place")
    claims = places is not None
    data, missing = computed(f"map-{claims}", key, functools.partial(_map_points, frame, places))
    if data.empty:
        st.info("No dated figure with coordinates matches the filters: nothing to put on the map.")
    else:
        st.altair_chart(charts.place_map(data), width="stretch")
    what = "claims" if claims else "figures"
    note = (f"One point per indicator and place: its latest {what[:-1]}, sized by the number; hover for its source "
            "and quote. Coordinates are the gazetteer's towns; a country or a region has none.")
    if missing:
        note += f" {missing:,} {what if missing != 1 else what[:-1]} {'have' if missing != 1 else 'has'} no coordinates."
    st.caption(note)


def places_of(mentions: pd.DataFrame, key: str | None = None) -> pd.DataFrame:
    """The coordinates of each place the mentions name (charts.place_coordinates), cached
    on `key` (the store's version) or else on the mentions' fingerprint."""
    return _place_coordinates(key or views.fingerprint(mentions), mentions)


def _map_points(frame: pd.DataFrame, places: pd.DataFrame | None) -> tuple[pd.DataFrame, int]:
    """(the map's points, how many of `frame`'s rows have no coordinates)."""
    if places is None:
        return charts.map_data(frame), charts.unplaced_count(frame)
    placed = charts.with_coordinates(frame, places)
    return charts.claim_map_data(placed), charts.unplaced_count(placed)


@st.cache_data(show_spinner=False, max_entries=4)
def _place_coordinates(key: str, _mentions: pd.DataFrame) -> pd.DataFrame:
    return charts.place_coordinates(_mentions)


# --- claims: one figure, many reports (tracker.consolidate) -------------------------------------

CLAIM_DOWNLOADS: tuple[tuple[str, str, str, str], ...] = (
    # (format, label, file name, mime type)
    ("csv", "CSV", "claims.csv", "text/csv"),
    ("hxl", "CSV with HXL hashtags", "claims-hxl.csv", "text/csv"),
    ("json", "JSON", "claims.json", "application/json"),
)


def claims_of(figures: pd.DataFrame) -> pd.DataFrame:
    """The claims of all loaded figures; cached, so a filter change only filters them."""
    return _claims_of(views.fingerprint(figures), figures)


@st.cache_data(show_spinner=False, max_entries=8)
def _claims_of(fingerprint: str, _figures: pd.DataFrame) -> pd.DataFrame:
    # Keyed on the fingerprint of every row: streamlit's own hash of a frame samples the
    # rows of a large one, so two corpora of one size could share a cache entry.
    return consolidate.claims_of(_figures)


def view_switches() -> tuple[bool, str]:
    """(every mention on the chart and cards?, what the table lists); both in the URL."""
    sb = st.sidebar
    sb.header("View")
    every = sb.toggle(
        "Every mention", value=False, key=KEY_MENTIONS, bind="query-params",
        help="Off: one point per claim (a figure however many articles repeat it) and the best-estimate "
        "line. On: one point per mention, as extracted.",
    )
    table = sb.radio(
        "Table", (TABLE_CLAIMS, TABLE_MENTIONS), index=0, key=KEY_TABLE, bind="query-params", horizontal=True,
    )
    return every, table


def claims_summary(claims: int, shown: int) -> None:
    st.caption(f"{claims:,} claims: each figure counted once however many articles repeat it; "
               f"{shown:,} match the filters.")


def series_of(claims: pd.DataFrame, key: str | None = None) -> pd.DataFrame:
    """The best-estimate series of the claims the filters keep (`key`: see `computed`)."""
    return computed("series", key, functools.partial(consolidate.best_estimates, claims))


def series_cards(series: pd.DataFrame, places: tuple[str, ...] = (), key: str | None = None) -> None:
    """The cards from the best-estimate series: per place, each indicator's latest point."""
    groups = computed(
        "cards", key, functools.partial(views.headlines_by_place, series, places, cards_of=views.series_headlines)
    )
    show_cards(groups, places)


def claim_chart(claims: pd.DataFrame, series: pd.DataFrame, key: str | None = None) -> None:
    points, line = computed("claim-chart", key, functools.partial(_claim_chart_data, claims, series))
    if points.empty:
        st.info("No dated claim matches the filters: nothing to draw.")
        return
    st.altair_chart(charts.claim_chart(points, line), width="stretch")
    n_dated = int(claims["date"].notna().sum())
    note = ("One point per claim, larger when more articles repeat it; hover for how often and where it was "
            "reported, and its quote. The line is the best estimate: on each day the latest claim, a named "
            "source over an unattributed one; bounds (▲ ▼) and estimates (● ◆) have separate lines.")
    if len(points) < n_dated:
        note += f" The chart shows {len(points):,} of {n_dated:,} dated claims; the table holds them all."
    st.caption(note)


def _claim_chart_data(claims: pd.DataFrame, series: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    return charts.claim_chart_data(claims), charts.series_line_data(series)


CLAIM_TABLE_CONFIG = {
    **{k: v for k, v in TABLE_CONFIG.items() if k in views.CLAIM_TABLE_COLUMNS},
    "mentions": st.column_config.NumberColumn("Mentions", format="localized"),
    "documents": st.column_config.NumberColumn("Articles", format="localized"),
    "outlets": st.column_config.NumberColumn("Outlets", format="localized"),
    "first_reported": st.column_config.DateColumn("First reported", format="YYYY-MM-DD"),
    "last_reported": st.column_config.DateColumn("Last reported", format="YYYY-MM-DD"),
    "part_of": "Part of (claim)",
    "joined_unattributed": st.column_config.NumberColumn("Unattributed mentions joined"),
    "claim_id": "Claim",
    "mention_ids": st.column_config.TextColumn("Mentions (document:start-end)", width="medium"),
}


def claim_table(claims: pd.DataFrame) -> None:
    st.subheader(f"Claims: {len(claims):,}")
    pages = views.page_count(len(claims))
    page = 1
    if pages > 1:
        page = st.pagination(pages, key=KEY_CLAIMS_PAGE)
        st.caption(f"Page {page} of {pages}, {views.PAGE_SIZE} claims a page, newest first.")
    st.dataframe(
        views.table_page(claims, page, columns=views.CLAIM_TABLE_COLUMNS),
        hide_index=True, width="stretch", column_config=CLAIM_TABLE_CONFIG,
    )
    columns = st.columns(len(CLAIM_DOWNLOADS))
    for (fmt, label, name, mime), column in zip(CLAIM_DOWNLOADS, columns):
        column.download_button(
            f"Download {label}",
            data=functools.partial(frame_bytes, claims, fmt, CLAIM_COLUMNS),
            file_name=name,
            mime=mime,
            on_click="ignore",
            icon=":material/download:",
            key=f"download-claims-{fmt}",
        )
