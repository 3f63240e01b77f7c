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

from .extraction.engine import HOUSEHOLD_UNITS
from .output.schema import CLAIM_NAMES, conform, conform_claims
from .records import INDICATORS

DEFAULT_WINDOW_DAYS: int = 7

# The unit family a mention counts in: households and families never merge with people.
PEOPLE_FAMILY, HOUSEHOLD_FAMILY = "people", "households"

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

# What the grouping compares, and a mention's sort order inside its group.
_KEY = ["indicator", "_family", "_place", "_kind", "_value", "_low", "_high", "_part"]
_NO_NUMBER = -1
_UNDATED_DAY = np.iinfo(np.int64).max // 4  # beyond any real day, with room for the window
_EPOCH = np.datetime64("1970-01-01", "D")


@dataclass(frozen=True, slots=True)
class Consolidation:
    """The claims of a frame of mentions, and the mentions with the claim each belongs to."""

    claims: pd.DataFrame  # one row per claim, columns of schema.CLAIM_COLUMNS
    mentions: pd.DataFrame  # the figures given, with `claim_id` and `mention_id` added


def consolidate(figures: pd.DataFrame, *, window_days: int = DEFAULT_WINDOW_DAYS) -> Consolidation:
    """Group the mentions of `figures` (the tidy frame) into claims (see the module doc)."""
    if window_days < 0:
        raise ValueError(f"window_days must be 0 or more, not {window_days}")
    m = _prepared(figures)
    sourced = m["_source"] != ""
    claim = pd.Series(-1, index=m.index, dtype=np.int64)
    claim[sourced] = _clusters(m[sourced], window_days)
    joined = _joined(m, sourced, claim)
    claim[joined.index] = joined
    alone = ~sourced & ~m.index.isin(joined.index)
    offset = int(claim.max()) + 1 if len(m) else 0
    claim[alone] = _clusters(m[alone], window_days) + offset
    m["_claim"] = claim.to_numpy()
    m["_joined"] = m.index.isin(joined.index)
    claims, ids = _claims(m)
    mentions = figures.copy()
    mentions["mention_id"] = m["mention_id"].to_numpy()
    mentions["claim_id"] = ids[m["_claim"].to_numpy()] if len(m) else pd.Series([], dtype="string")
    mentions["claim_id"] = mentions["claim_id"].astype("string")
    return Consolidation(claims=claims, mentions=mentions)


def claims_of(figures: pd.DataFrame, *, window_days: int = DEFAULT_WINDOW_DAYS) -> pd.DataFrame:
    """The claims frame alone."""
    return consolidate(figures, window_days=window_days).claims


# --- preparing the mentions --------------------------------------------------------------


def _text(frame: pd.DataFrame, column: str) -> pd.Series:
    """A text column, missing values (or a missing column) as "", without case or edge
    spaces. The string work is done once per distinct value, not once per row."""
    if column not in frame:
        return pd.Series("", index=frame.index, dtype=object)
    codes, uniques = pd.factorize(frame[column], use_na_sentinel=True)
    folded = pd.Series(uniques, dtype="string").str.strip().str.casefold().to_numpy(dtype=object)
    return pd.Series(np.append(folded, "")[codes], index=frame.index, dtype=object)


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
    extra = precision.map(PRECISION_EXTRA_DAYS).fillna(0).to_numpy(dtype=np.int64)
    timestamps = pd.to_datetime(dates, errors="coerce")
    month_end = _days(timestamps + pd.offsets.MonthEnd(0))
    year_end = _days(timestamps + pd.offsets.YearEnd(0))
    written = precision.astype("string").fillna("").to_numpy(dtype=object)
    ends = np.where(written == "month", month_end, start + extra)
    ends = np.where(written == "year", year_end, ends)
    return np.where(start == _UNDATED_DAY, _UNDATED_DAY, ends)


def _numbers(column: pd.Series) -> np.ndarray:
    return pd.to_numeric(column, errors="coerce").fillna(_NO_NUMBER).to_numpy(dtype=np.int64)


def mention_ids(figures: pd.DataFrame) -> pd.Series:
    """Each mention's id: its document and the span of its wording, "doc.txt:120-141"."""
    doc = figures["document"].astype("string").fillna("(no document)")
    start = figures["start"].astype("string").fillna("?")
    end = figures["end"].astype("string").fillna("?")
    return (doc + ":" + start + "-" + end).astype(object)


def _prepared(figures: pd.DataFrame) -> pd.DataFrame:
    """The mentions with the comparison keys the grouping reads, index 0..n-1."""
    f = figures.reset_index(drop=True)
    m = f.copy()
    for column in OPTIONAL_COLUMNS:
        if column not in m:
            m[column] = pd.Series(pd.NA, index=m.index, dtype="string")
    m["mention_id"] = mention_ids(f)
    m["indicator"] = f["indicator"].astype("string").fillna("").astype(object)
    units = _text(f, "unit")
    m["_family"] = np.where(units.isin(list(HOUSEHOLD_UNITS)), HOUSEHOLD_FAMILY, PEOPLE_FAMILY)
    m["_place"] = _text(f, "location") + "|" + _text(f, "admin1") + "|" + _text(f, "country")
    org = _text(f, "source_org")
    m["_source"] = org.where(org != "", _text(f, "source"))
    m["_kind"] = f["qualifier"].map(QUALIFIER_KINDS).fillna(ESTIMATE).astype(object)
    # The number stated: the value, and for a range both ends. An estimate's or a bound's
    # implied interval is not compared (wordings of one statement imply it differently).
    ranged = (m["_kind"] == RANGE).to_numpy()
    m["_value"] = _numbers(f["value"])
    m["_low"] = np.where(ranged, _numbers(f["low"]), _NO_NUMBER)
    m["_high"] = np.where(ranged, _numbers(f["high"]), _NO_NUMBER)
    m["_part"] = _text(f, "part_of")
    m["_lo"] = _days(f["date"])
    m["_hi"] = _span_ends(f["date"], f["date_precision"])
    m["_precision"] = f["date_precision"].astype("string").fillna("").astype(object)
    m["_published"] = _days(f["published"])
    m["_key"] = _code(*(m[c] for c in _KEY))
    m["_source_code"] = _code(m["_source"])
    return m


# --- grouping ----------------------------------------------------------------------------


def _clusters(m: pd.DataFrame, window_days: int) -> np.ndarray:
    """A cluster number (0..k-1) per mention of `m`, in the order of `m`'s rows.

    Mentions with the same key and source are sorted by the start of their date span; a
    new cluster starts where a span begins more than `window_days` after the furthest end
    of the spans before it."""
    if m.empty:
        return np.empty(0, dtype=np.int64)
    undated = m["_lo"].to_numpy() == _UNDATED_DAY
    group = _code(m["_key"].to_numpy(), m["_source_code"].to_numpy(), undated)
    lo, hi = m["_lo"].to_numpy(), m["_hi"].to_numpy()
    order = np.lexsort((m["mention_id"].to_numpy(dtype=str), hi, lo, group))
    g, lo, hi = group[order], lo[order], hi[order]
    furthest = pd.Series(hi).groupby(g).cummax().to_numpy()
    before = np.r_[np.iinfo(np.int64).min, furthest[:-1]]
    new_group = np.r_[True, g[1:] != g[:-1]]
    new_cluster = new_group | (lo > before + window_days)
    number = np.cumsum(new_cluster) - 1
    out = np.empty(len(m), dtype=np.int64)
    out[order] = number
    return out


def _joined(m: pd.DataFrame, sourced: pd.Series, claim: pd.Series) -> pd.Series:
    """The claim of each unattributed mention that matches exactly one sourced claim on
    every key, its date and its date's precision (indexed by the mention's row)."""
    exact = ["_key", "_lo", "_precision"]
    named = m.loc[sourced, exact].assign(_claim=claim[sourced])
    named = named[named["_lo"] != _UNDATED_DAY].drop_duplicates()
    single = named.groupby(exact, sort=False)["_claim"].transform("nunique") == 1
    named = named[single].drop_duplicates(exact)
    loose = m.loc[~sourced, exact].reset_index()
    found = loose.merge(named, on=exact, how="inner")
    return pd.Series(found["_claim"].to_numpy(dtype=np.int64), index=found["index"].to_numpy())


# --- one row per claim ---------------------------------------------------------------------


def _url_hosts(urls: pd.Series) -> pd.Series:
    return urls.astype("string").str.extract(r"^[A-Za-z][A-Za-z0-9+.-]*://(?:www\.)?([^/:?#]+)", expand=False)


def _first_per_claim(claim: np.ndarray, *keys: np.ndarray) -> np.ndarray:
    """Row position of each claim's first mention when sorted by `keys` (most significant
    first), in claim-number order."""
    order = np.lexsort((*reversed(keys), claim))
    firsts = np.r_[True, claim[order][1:] != claim[order][:-1]]
    return order[firsts]


def _joined_ids(claim: np.ndarray, ids: np.ndarray) -> np.ndarray:
    """Each claim's mention ids, sorted and ID_SEPARATOR-joined, in claim-number order
    (string concatenation by numpy's reduceat: no Python loop)."""
    order = np.lexsort((ids.astype(str), claim))
    starts = np.flatnonzero(np.r_[True, claim[order][1:] != claim[order][:-1]])
    joined = np.add.reduceat(ids[order] + ID_SEPARATOR, starts)
    return pd.Series(joined, dtype=object).str[: -len(ID_SEPARATOR)].to_numpy(dtype=object)


def _hex_ids(hashes: np.ndarray) -> np.ndarray:
    """uint64 hashes as "c" + 16 hex digits, column-wise."""
    nibbles = (hashes[:, None] >> (np.arange(15, -1, -1, dtype=np.uint64) * np.uint64(4))) & np.uint64(0xF)
    digits = np.array(list("0123456789abcdef"))[nibbles.astype(np.int64)]
    return np.char.add("c", np.ascontiguousarray(digits).view(f"<U{digits.shape[1]}")[:, 0]).astype(object)


def _claims(m: pd.DataFrame) -> tuple[pd.DataFrame, np.ndarray]:
    """(the claims frame, claim id by cluster number)."""
    if m.empty:
        return conform_claims(pd.DataFrame(columns=list(CLAIM_NAMES))), np.empty(0, dtype=object)
    claim = m["_claim"].to_numpy(dtype=np.int64)
    ids_text = m["mention_id"].to_numpy(dtype=str)
    outlet = _text(m, "outlet")
    own = (m["_source"] != "") & ((outlet == _text(m, "source")) | (outlet == _text(m, "source_org")))
    named = _text(m, "source") != ""
    published = m["_published"].to_numpy()
    rep = _first_per_claim(claim, ~own.to_numpy(), ~named.to_numpy(), published, ids_text)
    precision = m["date_precision"].map(PRECISION_RANK).fillna(UNKNOWN_PRECISION_RANK).to_numpy(dtype=np.int64)
    when = _first_per_claim(claim, precision, m["_lo"].to_numpy(), ids_text)
    first_id = _first_per_claim(claim, ids_text)

    out = m.iloc[rep].reset_index(drop=True)
    dated = m.iloc[when].reset_index(drop=True)
    out["date"] = dated["date"].to_numpy()
    out["date_precision"] = dated["date_precision"].to_numpy()
    by_claim = pd.Series(claim)
    out["mentions"] = np.bincount(claim)
    out["documents"] = m["document"].groupby(claim).nunique().to_numpy()
    hosts = _url_hosts(m["url"]).str.casefold().fillna("").astype(object)
    outlets = outlet.where(outlet != "", hosts)
    out["outlets"] = outlets.where(outlets != "").groupby(claim).nunique().to_numpy()
    reported = pd.to_datetime(m["published"], errors="coerce").groupby(claim)
    out["first_reported"] = reported.min().to_numpy()
    out["last_reported"] = reported.max().to_numpy()
    out["joined_unattributed"] = pd.Series(m["_joined"].to_numpy()).groupby(claim).sum().to_numpy()
    approx = pd.Series((m["qualifier"] == "approx").fillna(False).to_numpy(dtype=bool)).groupby(claim).any()
    out["qualifier"] = out["qualifier"].where(~(approx.to_numpy() & (out["qualifier"] == "exact").fillna(False)), "approx")
    out["mention_ids"] = _joined_ids(claim, m["mention_id"].to_numpy(dtype=object))
    key = out[[*_KEY, "_source"]].assign(
        _start=m["_lo"].groupby(by_claim.to_numpy()).min().to_numpy(), _first=ids_text[first_id]
    )
    ids = _hex_ids(pd.util.hash_pandas_object(key, index=False).to_numpy(dtype=np.uint64))
    out["claim_id"] = ids
    out["part_of"] = _totals(m, ids, out["part_of"])
    claims = conform_claims(out)
    rank = claims["indicator"].map({name: i for i, name in enumerate(INDICATORS)}).fillna(len(INDICATORS))
    claims = claims.assign(_rank=rank).sort_values(
        ["_rank", "indicator", "location", "date", "value", "claim_id"], na_position="last", kind="stable"
    )
    return claims.drop(columns="_rank").reset_index(drop=True), ids


def _totals(m: pd.DataFrame, ids: np.ndarray, written: pd.Series) -> pd.Series:
    """Each claim's `part_of`: the id of the claim of the total its breakdown names (in
    the same document, by mention id, "indicator value" or start offset), else the text
    as the figure gave it; empty for a total."""
    parts = m.loc[m["_part"] != "", ["document", "_part", "_claim"]]
    out = written.astype("string").where(written.astype("string").fillna("").str.strip() != "")
    if parts.empty:
        return out
    totals = m[m["_part"] == ""]
    written_refs = (
        totals["mention_id"].astype(str).str.casefold(),
        totals["indicator"].astype(str) + " " + totals["_value"].astype(str),
        totals["start"].astype("string").fillna(""),
    )
    refs = pd.concat(
        [pd.DataFrame({"document": totals["document"], "_part": r, "_total": totals["_claim"]}) for r in written_refs]
    )
    found = parts.merge(refs, on=["document", "_part"], how="inner")
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
