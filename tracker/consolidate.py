"""One figure, many reports: the mentions of a corpus consolidated into claims, and a
best-estimate series per indicator and place.

A *mention* is one row of the tidy figures frame (`tracker.output.schema`); a *claim* is
one statement of a figure, however many articles repeat it. Mentions are one claim when
they agree on all of:

- indicator, unit family (people, or households and families) and place (location,
  admin-1 and country as given: "Idlib" and "Syria" are two places);
- source (`source_org` when the frame has it and it is filled, else `source`, compared
  without case); an unattributed mention joins a sourced claim only when exactly one
  sourced claim has its value, place and date (day and precision) exactly; the claim
  counts those in `joined_unattributed`;
- the value as a number ("3.6 million" and "3,600,000" are both 3,600,000; for a range,
  both ends), and the kind of number: estimates ("400,000", "about 400,000") never merge with bounds
  ("more than 400,000", "nearly 400,000") nor with ranges;
- `part_of` (a breakdown is never merged into, nor added to, its total);
- dates: each mention covers its date's span (a day; seven days for a week; the rest of
  the month or year), widened by `window_days`; mentions whose spans chain are one claim.
  Undated mentions only merge with undated ones.

Everything is column-wise pandas/numpy (sorts, group-bys, merges): no Python loop over
rows, so a million mentions consolidate in seconds (bench/consolidate.py). The result
does not depend on the order of the rows.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from . import lexicon
from .output.schema import CLAIM_NAMES, conform_claims
from .records import INDICATORS

# Counted in households, not people: the lexicon's list, as the engine reads it (not imported
# from the engine, whose import compiles every pattern: the dashboard consolidates without it).
HOUSEHOLD_UNITS: frozenset[str] = lexicon.word_set("household units")

DEFAULT_WINDOW_DAYS: int = 7

# The kind of number each qualifier gives. Kinds never merge into one claim, and the
# best-estimate series keeps one line per kind, so no trend joins a bound to an estimate.
ESTIMATE, LOWER_BOUND, UPPER_BOUND, RANGE = "estimate", "lower bound", "upper bound", "range"
QUALIFIER_KINDS: dict[str, str] = {
    "exact": ESTIMATE,
    "approx": ESTIMATE,
    "at_least": LOWER_BOUND,
    "at_most": UPPER_BOUND,
    "range": RANGE,
}

# Days a date of each precision covers beyond its first day; month and year run to their
# last day and are computed from the date.
PRECISION_EXTRA_DAYS: dict[str, int] = {"day": 0, "week": 6}
# Finer precision first: a claim's date is the finest (then earliest) of its mentions'.
PRECISION_RANK: dict[str, int] = {"day": 0, "week": 1, "month": 2, "year": 3}
UNKNOWN_PRECISION_RANK: int = len(PRECISION_RANK)

# Columns a frame may lack (other issues add them): used when present, else empty.
OPTIONAL_COLUMNS: tuple[str, ...] = ("source_org", "part_of")

# Separates the mention ids of a claim in its `mention_ids` cell.
ID_SEPARATOR: str = ";"

# What the grouping compares (int codes of the prepared mentions).
_KEY = ["_indicator", "_family", "_place", "_kind", "_value", "_low", "_high", "_part_key"]
# A mention's sort order among equals: its document (by name), then its span.
_TIE = ["_doc_rank", "start", "end"]
_NO_NUMBER = -1
_NONE = -1  # the code of an empty or missing text
_UNDATED_DAY = np.iinfo(np.int64).max // 4  # beyond any real day, with room for the window
_EPOCH = np.datetime64("1970-01-01", "D")
_KINDS: tuple[str, ...] = (ESTIMATE, LOWER_BOUND, UPPER_BOUND, RANGE)
_URL_HOST = r"^[A-Za-z][A-Za-z0-9+.-]*://(?:www\.)?([^/:?#]+)"


@dataclass(frozen=True, slots=True)
class Consolidation:
    """The claims of a frame of mentions, and the mentions with the claim each belongs to."""

    claims: pd.DataFrame  # one row per claim, columns of schema.CLAIM_COLUMNS
    mentions: pd.DataFrame  # the figures given, with `mention_id` and `claim_id` added


def consolidate(figures: pd.DataFrame, *, window_days: int = DEFAULT_WINDOW_DAYS) -> Consolidation:
    """Group the mentions of `figures` (the tidy frame) into claims (see the module doc)."""
    if window_days < 0:
        raise ValueError(f"window_days must be 0 or more, not {window_days}")
    m, words = _prepared(figures)
    sourced = (m["_source"] != _NONE).to_numpy()
    claim = np.full(len(m), -1, dtype=np.int64)
    claim[sourced] = _clusters(m[sourced], window_days)
    rows, joined_to = _joined(m, sourced, claim)
    claim[rows] = joined_to
    joined = np.zeros(len(m), dtype=bool)
    joined[rows] = True
    alone = ~sourced & ~joined
    offset = int(claim.max()) + 1 if len(m) else 0
    claim[alone] = _clusters(m[alone], window_days) + offset
    m["_claim"] = claim
    m["_joined"] = joined
    claims, ids = _claims(m, words)
    mentions = figures.copy()
    mentions["mention_id"] = m["mention_id"].to_numpy()
    mentions["claim_id"] = pd.array(ids[claim] if len(m) else [], dtype="string")
    return Consolidation(claims=claims, mentions=mentions)


def claims_of(figures: pd.DataFrame, *, window_days: int = DEFAULT_WINDOW_DAYS) -> pd.DataFrame:
    """The claims frame alone."""
    return consolidate(figures, window_days=window_days).claims


# --- preparing the mentions --------------------------------------------------------------


def _folded(frame: pd.DataFrame, columns: tuple[str, ...]) -> tuple[dict[str, np.ndarray], np.ndarray]:
    """Text columns as codes into one shared list of words compared without case or edge
    spaces (so "UNHCR" as an outlet and "unhcr" as a source have one code); an empty or
    missing text is _NONE. The string work is done once per distinct value, not per row."""
    factorized = [pd.factorize(frame[c], use_na_sentinel=True) if c in frame else (None, None) for c in columns]
    folded = [
        pd.Series(u, dtype="string").str.strip().str.casefold().fillna("").to_numpy(dtype=object)
        if u is not None else np.empty(0, dtype=object)
        for _, u in factorized
    ]
    shared, words = pd.factorize(np.concatenate([*folded, np.array([""], dtype=object)]))
    shared = np.where(shared == shared[-1], _NONE, shared)
    codes: dict[str, np.ndarray] = {}
    at = 0
    for name, (row_codes, _), f in zip(columns, factorized, folded):
        mine = np.append(shared[at : at + len(f)], _NONE)  # row code -1 (missing) reads the _NONE at the end
        at += len(f)
        codes[name] = np.full(len(frame), _NONE, dtype=np.int64) if row_codes is None else mine[row_codes]
    return codes, np.asarray(words, dtype=object)


def _code(*columns: pd.Series | np.ndarray) -> np.ndarray:
    """One int64 code per distinct combination of `columns` (codes depend on row order;
    only equality is read from them)."""
    key = np.zeros(len(columns[0]), dtype=np.int64)
    for column in columns:
        codes, uniques = pd.factorize(column, use_na_sentinel=False)
        key = pd.factorize(key * len(uniques) + codes)[0].astype(np.int64)
    return key


def _days(column: pd.Series) -> np.ndarray:
    """Dates as whole days since 1970 (int64); missing ones as _UNDATED_DAY."""
    values = pd.to_datetime(column, errors="coerce").to_numpy(dtype="datetime64[D]")
    days = (values - _EPOCH).astype(np.int64)
    return np.where(np.isnat(values), _UNDATED_DAY, days)


def _span_ends(dates: pd.Series, precision: pd.Series) -> np.ndarray:
    """The last day each date covers at its precision (a week: six days on)."""
    start = _days(dates)
    extra = _lookup(precision, PRECISION_EXTRA_DAYS, 0).astype(np.int64)
    rank = _lookup(precision, PRECISION_RANK, UNKNOWN_PRECISION_RANK)
    timestamps = pd.to_datetime(dates, errors="coerce")
    ends = np.where(rank == PRECISION_RANK["month"], _days(timestamps + pd.offsets.MonthEnd(0)), start + extra)
    ends = np.where(rank == PRECISION_RANK["year"], _days(timestamps + pd.offsets.YearEnd(0)), ends)
    return np.where(start == _UNDATED_DAY, _UNDATED_DAY, ends)


def _numbers(column: pd.Series) -> np.ndarray:
    return pd.to_numeric(column, errors="coerce").fillna(_NO_NUMBER).to_numpy(dtype=np.int64)


def _lookup(column: pd.Series, mapping: dict[str, object], default: object) -> np.ndarray:
    """`mapping` applied to a column of few distinct words (a qualifier, a precision), once
    per distinct word; a missing or unknown word gives `default`."""
    codes, uniques = pd.factorize(column, use_na_sentinel=True)
    table = np.array([mapping.get(str(u), default) for u in uniques] + [default])
    return table[codes]


def mention_ids(figures: pd.DataFrame) -> pd.Series:
    """Each mention's id: its document and the span of its wording, "doc.txt:120-141"."""
    return (
        figures["document"].astype("string").fillna("(no document)").astype(object) + ":"
        + _as_words(figures["start"], "?") + "-"
        + _as_words(figures["end"], "?")
    ).astype(object)


def _as_words(column: pd.Series, missing: str) -> pd.Series:
    """A column of few distinct values (offsets) as strings, converting each once."""
    codes, uniques = pd.factorize(column, use_na_sentinel=True)
    words = np.append(np.asarray([str(u) for u in uniques], dtype=object), missing)
    return pd.Series(words[codes], index=column.index, dtype=object)


TEXT_COLUMNS: tuple[str, ...] = ("unit", "location", "admin1", "country", "source", "source_org", "part_of", "outlet")


def _prepared(figures: pd.DataFrame) -> tuple[pd.DataFrame, np.ndarray]:
    """(the mentions with the codes the grouping reads, index 0..n-1; the shared words)."""
    f = figures.reset_index(drop=True)
    m = f.copy()
    for column in OPTIONAL_COLUMNS:
        if column not in m:
            m[column] = pd.Series(pd.NA, index=m.index, dtype="string")
    text, words = _folded(f, TEXT_COLUMNS)
    m["mention_id"] = mention_ids(f)
    m["_indicator"] = pd.factorize(f["indicator"], use_na_sentinel=False)[0]
    # the unit family: households and families (engine.HOUSEHOLD_UNITS) never merge with people
    m["_family"] = np.append(np.isin(words, list(HOUSEHOLD_UNITS)), False)[text["unit"]]
    m["_place"] = _code(text["location"], text["admin1"], text["country"])
    m["_source"] = np.where(text["source_org"] != _NONE, text["source_org"], text["source"])
    m["_named"] = text["source"] != _NONE
    outlet = text["outlet"]
    m["_own"] = (outlet != _NONE) & ((outlet == text["source"]) | (outlet == text["source_org"]))
    m["_outlet"] = outlet
    kind_number = {qualifier: _KINDS.index(kind) for qualifier, kind in QUALIFIER_KINDS.items()}
    m["_kind"] = _lookup(f["qualifier"], kind_number, _KINDS.index(ESTIMATE)).astype(np.int64)
    m["_approx"] = _lookup(f["qualifier"], {"approx": True}, False).astype(bool)
    ranged = m["_kind"].to_numpy() == _KINDS.index(RANGE)
    # The number stated: the value, and for a range both ends. An estimate's or a bound's
    # implied interval is not compared (wordings of one statement imply it differently).
    m["_value"] = _numbers(f["value"])
    m["_low"] = np.where(ranged, _numbers(f["low"]), _NO_NUMBER)
    m["_high"] = np.where(ranged, _numbers(f["high"]), _NO_NUMBER)
    m["_lo"] = _days(f["date"])
    m["_hi"] = _span_ends(f["date"], f["date_precision"])
    m["_precision"] = _lookup(f["date_precision"], PRECISION_RANK, UNKNOWN_PRECISION_RANK).astype(np.int64)
    m["_published"] = _days(f["published"])
    m["_doc_rank"] = pd.factorize(f["document"], sort=True, use_na_sentinel=True)[0]
    m["start"] = _numbers(f["start"])
    m["end"] = _numbers(f["end"])
    m["_part"] = text["part_of"]
    m["_part_key"] = _part_codes(f, m, text["part_of"])
    m["_key"] = _code(*(m[c].to_numpy() for c in _KEY))
    return m, words


def _part_codes(f: pd.DataFrame, m: pd.DataFrame, written: np.ndarray) -> np.ndarray:
    """What a mention is a part of, as a code: _NONE for a total; for a part whose total
    is a figure of the same document (its `id`, as the engine writes `part_of`), the key of
    that total, so that the parts of one total reported by many articles are one claim each;
    else a code of the text as given (below _NONE, apart from every total's key)."""
    out = np.where(written == _NONE, _NONE, _NONE - 1 - written).astype(np.int64)
    is_part = written != _NONE
    if not is_part.any() or "id" not in f:
        return out
    base = _code(*(m[c].to_numpy() for c in _KEY if c != "_part_key"))
    document = f["document"].astype("string").fillna("")
    by_id = pd.Series(base, index=(document + "\x1f" + f["id"].astype("string").fillna("")).to_numpy())
    by_id = by_id[~by_id.index.duplicated()]
    refs = (document + "\x1f" + f["part_of"].astype("string").fillna("").str.strip())[is_part]
    total = refs.map(by_id)
    resolved = total.notna().to_numpy()
    rows = np.flatnonzero(is_part)[resolved]
    out[rows] = total.to_numpy()[resolved].astype(np.int64)
    return out


# --- grouping ----------------------------------------------------------------------------


def _clusters(m: pd.DataFrame, window_days: int) -> np.ndarray:
    """A cluster number (0..k-1) per mention of `m`, in the order of `m`'s rows.

    Mentions with the same key and source are sorted by the start of their date span; a
    new cluster starts where a span begins more than `window_days` after the furthest end
    of the spans before it."""
    if m.empty:
        return np.empty(0, dtype=np.int64)
    lo, hi = m["_lo"].to_numpy(), m["_hi"].to_numpy()
    group = _code(m["_key"].to_numpy(), m["_source"].to_numpy(), lo == _UNDATED_DAY)
    order = np.lexsort((*(m[c].to_numpy() for c in reversed(_TIE)), hi, lo, group))
    g, lo, hi = group[order], lo[order], hi[order]
    furthest = pd.Series(hi).groupby(g).cummax().to_numpy()
    before = np.r_[np.iinfo(np.int64).min, furthest[:-1]]
    new_group = np.r_[True, g[1:] != g[:-1]]
    new_cluster = new_group | (lo > before + window_days)
    out = np.empty(len(m), dtype=np.int64)
    out[order] = np.cumsum(new_cluster) - 1
    return out


def _joined(m: pd.DataFrame, sourced: np.ndarray, claim: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(rows, claims): each unattributed mention that matches exactly one sourced claim
    on every key, its date and its date's precision, and that claim."""
    exact = ["_key", "_lo", "_precision"]
    named = m.loc[sourced, exact].assign(_claim=claim[sourced])
    named = named[named["_lo"] != _UNDATED_DAY].drop_duplicates()
    single = named.groupby(exact, sort=False)["_claim"].transform("nunique") == 1
    named = named[single].drop_duplicates(exact)
    loose = m.loc[~sourced, exact].reset_index()
    found = loose.merge(named, on=exact, how="inner")
    return found["index"].to_numpy(dtype=np.int64), found["_claim"].to_numpy(dtype=np.int64)


# --- one row per claim ---------------------------------------------------------------------


def _first_per_claim(claim: np.ndarray, *keys: np.ndarray) -> np.ndarray:
    """Row position of each claim's first mention when sorted by `keys` (most significant
    first), in claim-number order."""
    order = np.lexsort((*reversed(keys), claim))
    firsts = np.r_[True, claim[order][1:] != claim[order][:-1]]
    return order[firsts]


def _distinct_per_claim(claim: np.ndarray, codes: np.ndarray, claims: int) -> np.ndarray:
    """How many distinct codes (_NONE left out) each claim's mentions have."""
    known = codes != _NONE
    pairs = pd.unique(claim[known] * (int(codes.max(initial=0)) + 1) + codes[known])
    return np.bincount(pairs // (int(codes.max(initial=0)) + 1), minlength=claims)


def _joined_ids(claim: np.ndarray, ids: np.ndarray, order: np.ndarray) -> np.ndarray:
    """Each claim's mention ids, ID_SEPARATOR-joined in `order`, in claim-number order
    (string concatenation by numpy's reduceat: no Python loop)."""
    starts = np.flatnonzero(np.r_[True, claim[order][1:] != claim[order][:-1]])
    joined = np.add.reduceat(ids[order] + ID_SEPARATOR, starts)
    return pd.Series(joined, dtype=object).str[: -len(ID_SEPARATOR)].to_numpy(dtype=object)


def _hex_ids(hashes: np.ndarray) -> np.ndarray:
    """uint64 hashes as "c" + 16 hex digits, column-wise."""
    nibbles = (hashes[:, None] >> (np.arange(15, -1, -1, dtype=np.uint64) * np.uint64(4))) & np.uint64(0xF)
    digits = np.array(list("0123456789abcdef"))[nibbles.astype(np.int64)]
    return np.char.add("c", np.ascontiguousarray(digits).view(f"<U{digits.shape[1]}")[:, 0]).astype(object)


def _outlet_codes(m: pd.DataFrame) -> np.ndarray:
    """Who published each mention: its outlet, else its link's host, else _NONE."""
    codes, urls = pd.factorize(m["url"], use_na_sentinel=True)
    hosts = pd.Series(urls, dtype="string").str.extract(_URL_HOST, expand=False).str.casefold()
    host_codes = np.append(pd.factorize(hosts, use_na_sentinel=True)[0], _NONE)[codes]
    outlet = m["_outlet"].to_numpy()
    offset = int(outlet.max(initial=0)) + 1
    return np.where(outlet != _NONE, outlet, np.where(host_codes != _NONE, host_codes + offset, _NONE))


def _claims(m: pd.DataFrame, words: np.ndarray) -> tuple[pd.DataFrame, np.ndarray]:
    """(the claims frame, claim id by cluster number)."""
    if m.empty:
        return conform_claims(pd.DataFrame(columns=list(CLAIM_NAMES))), np.empty(0, dtype=object)
    claim = m["_claim"].to_numpy(dtype=np.int64)
    count = int(claim.max()) + 1
    tie = [m[c].to_numpy() for c in _TIE]
    # the representative: the named source's own words, then a named source, then the earliest
    rep = _first_per_claim(claim, ~m["_own"].to_numpy(), ~m["_named"].to_numpy(), m["_published"].to_numpy(), *tie)
    when = _first_per_claim(claim, m["_precision"].to_numpy(), m["_lo"].to_numpy(), *tie)
    first = _first_per_claim(claim, *tie)

    out = m.iloc[rep].reset_index(drop=True)
    out["date"] = m["date"].to_numpy()[when]
    out["date_precision"] = m["date_precision"].to_numpy()[when]
    out["mentions"] = np.bincount(claim, minlength=count)
    out["documents"] = _distinct_per_claim(claim, m["_doc_rank"].to_numpy(), count)
    out["outlets"] = _distinct_per_claim(claim, _outlet_codes(m), count)
    published = m["_published"].to_numpy()
    dated = published != _UNDATED_DAY
    first_day = np.full(count, _UNDATED_DAY)
    np.minimum.at(first_day, claim[dated], published[dated])
    last_day = np.full(count, -_UNDATED_DAY)
    np.maximum.at(last_day, claim[dated], published[dated])
    out["first_reported"] = pd.to_datetime(np.where(first_day == _UNDATED_DAY, np.nan, first_day), unit="D")
    out["last_reported"] = pd.to_datetime(np.where(last_day == -_UNDATED_DAY, np.nan, last_day), unit="D")
    out["joined_unattributed"] = np.bincount(claim, weights=m["_joined"].to_numpy(), minlength=count).astype(np.int64)
    hedged = np.bincount(claim, weights=m["_approx"].to_numpy(), minlength=count) > 0
    exact = out["qualifier"].astype("string").fillna("").eq("exact").to_numpy(dtype=bool)
    out["qualifier"] = out["qualifier"].where(~(hedged & exact), "approx")
    ids = m["mention_id"].to_numpy(dtype=object)
    out["mention_ids"] = _joined_ids(claim, ids, np.lexsort((*reversed(tie), claim)))
    words = np.append(words, "")  # a _NONE code reads the "" at the end

    def text(column: str) -> np.ndarray:
        return words[out[column].to_numpy()]

    def folded(column: str) -> pd.Series:
        return out[column].astype("string").fillna("").str.strip().str.casefold()

    # what makes a claim, as text (codes depend on row order, these do not)
    key = pd.DataFrame({
        "indicator": out["indicator"].astype("string").fillna(""),
        "family": out["_family"].to_numpy(),
        "place": folded("location") + "|" + folded("admin1") + "|" + folded("country"),
        "kind": out["_kind"].to_numpy(),
        "value": out["_value"].to_numpy(),
        "low": out["_low"].to_numpy(),
        "high": out["_high"].to_numpy(),
        "part": text("_part"),
        "source": text("_source"),
        "start": pd.Series(m["_lo"].to_numpy()).groupby(claim).min().to_numpy(),
        "first": ids[first],
    })
    claim_ids = _hex_ids(pd.util.hash_pandas_object(key, index=False).to_numpy(dtype=np.uint64))
    out["claim_id"] = claim_ids
    out["part_of"] = _totals(m, claim_ids, out["part_of"])
    claims = conform_claims(out)
    rank = claims["indicator"].map({name: i for i, name in enumerate(INDICATORS)}).fillna(len(INDICATORS))
    claims = claims.assign(_rank=rank).sort_values(
        ["_rank", "indicator", "location", "date", "value", "claim_id"], na_position="last", kind="stable"
    )
    return claims.drop(columns="_rank").reset_index(drop=True), claim_ids


def _totals(m: pd.DataFrame, ids: np.ndarray, written: pd.Series) -> pd.Series:
    """Each claim's `part_of`: the id of the claim of the total its breakdown names (in
    the same document, by the total figure's id, mention id, "indicator value" or start
    offset), else the text as the figure gave it; empty for a total."""
    out = written.astype("string").where(written.astype("string").fillna("").str.strip() != "")
    is_part = (m["_part"] != _NONE).to_numpy()
    if not is_part.any():
        return out
    parts = pd.DataFrame({
        "document": m.loc[is_part, "document"].astype("string"),
        "_ref": m.loc[is_part, "part_of"].astype("string").str.strip().str.casefold(),
        "_claim": m.loc[is_part, "_claim"],
    })
    totals = m[~is_part & m["document"].isin(parts["document"].dropna().unique())]
    references = (
        *((totals["id"].astype("string").str.casefold(),) if "id" in totals else ()),  # the engine's part_of
        totals["mention_id"].astype("string").str.casefold(),
        totals["indicator"].astype("string") + " " + totals["_value"].astype("string"),
        totals["start"].astype("string"),
    )
    refs = pd.concat([
        pd.DataFrame({"document": totals["document"].astype("string"), "_ref": r, "_total": totals["_claim"]})
        for r in references
    ])
    found = parts.merge(refs, on=["document", "_ref"], how="inner")
    total = found.groupby("_claim")["_total"].min()
    resolved = pd.Series(pd.NA, index=out.index, dtype="string")
    resolved[total.index.to_numpy()] = ids[total.to_numpy()]
    return resolved.fillna(out)


# --- the best-estimate series -------------------------------------------------------------

SERIES_KEY: tuple[str, ...] = ("indicator", "location", "admin1", "country", "kind")


def best_estimates(claims: pd.DataFrame) -> pd.DataFrame:
    """Per indicator, place and kind of number, the one claim to chart for each day.

    Breakdowns (claims with `part_of`) and undated claims are left out. On each day the
    claim chosen is, in turn: one with a named source over an unattributed one; the one
    first reported last (a revision, "raised the toll to 15", replaces what it revises,
    and an old figure reprinted later never pulls the line back: a claim is dated by its
    first mention); the one with more mentions; then by claim id. Estimates, lower bounds,
    upper bounds and ranges are separate series (`kind`), so no line joins a bound to an
    estimate. `passed_over` counts the other claims of that day."""
    keep = claims["date"].notna() & claims["part_of"].astype("string").fillna("").eq("")
    c = claims[keep].copy()
    c["kind"] = c["qualifier"].map(QUALIFIER_KINDS).fillna(ESTIMATE)
    c["count"] = c["people"].fillna(c["value"])
    c["_unnamed"] = c["source"].astype("string").fillna("").str.strip().eq("")
    c["_reported"] = c["first_reported"].fillna(pd.Timestamp.min)
    key = list(SERIES_KEY)
    day = [*key, "date"]
    c = c.sort_values(
        [*day, "_unnamed", "_reported", "mentions", "claim_id"],
        ascending=[True] * len(day) + [True, False, False, True],
        na_position="first",
        kind="stable",
    )
    passed = c.groupby(day, dropna=False, sort=False)["claim_id"].transform("size") - 1
    c["passed_over"] = passed
    series = c.drop_duplicates(day, keep="first")
    rank = series["indicator"].map({name: i for i, name in enumerate(INDICATORS)}).fillna(len(INDICATORS))
    series = series.assign(_rank=rank).sort_values(["_rank", *key[1:], "date"], na_position="first", kind="stable")
    return series[list(SERIES_COLUMNS)].reset_index(drop=True)


SERIES_COLUMNS: tuple[str, ...] = (
    "indicator", "location", "admin1", "country", "kind", "date", "date_precision", "claim_id", "count",
    "value", "low", "high", "qualifier", "unit", "people", "source", "source_org", "first_reported",
    "mentions", "documents", "outlets", "passed_over", "quote", "document", "title", "outlet", "url",
)
