"""The dashboard: `streamlit run dashboard.py`.

Thin on purpose: load (the corpus store when one is configured, else the seeds; cached) ->
consolidate into claims (cached) -> filter -> headline, chart, map, table -> render. Claims
by default; "Every mention" in the sidebar (and ?mentions=true in the URL) shows each figure
as extracted. A store's series, cards, chart and map data are cached per filters.
The work is in tracker.app.views and tracker.app.charts; the page's parts are in tracker.app.page.
"""

import streamlit as st

from tracker.app import load, page, views

st.set_page_config(page_title="Crisis figures tracker", page_icon=":material/monitoring:", layout="wide")
page.page_style()
st.title("Crisis figures tracker")
st.caption(
    "People killed, injured, displaced, hosted as refugees and trapped, as reported in the news: "
    "each figure with its qualifier, date, source, place and the sentence it came from."
)

# Containers fix the order on the page; the upload controls are drawn last but read first,
# since the filters offer the places and sources of the added articles too.
top, cards, chart, undated, mapped, table, adder, check = (st.container() for _ in range(8))

# The corpus store (st.connection "tracker"), when configured; else the seed articles.
conn, store = page.open_store(notices=top)
to_store = None if store is None else page.uploads_to_store()
with adder:
    given = page.add_articles(to_store)
seeds, added = page.load_all(given, with_seeds=store is None)
session_only = seeds + added  # figures shown from this session's inputs, not from the store
if store is not None and to_store and page.save_added(conn, added, notices=top) is not None:
    conn, store = page.open_store(notices=top)  # read again: the added articles are in it now
    session_only = [] if store is not None else added
elif store is not None:
    added = session_only = load.drop_stored(added, store.holds)  # an article the store holds counts once
stored = [] if store is None else [store.mentions]
figures = views.concat_frames(stored + [x.frame for x in session_only])

filters = page.sidebar_filters(figures, notices=top)
shown = views.filter_frame(figures, filters)
every_mention, table_of = page.view_switches()
# one row per figure however many articles repeat it: the store's own claims when nothing is added
only_store = store is not None and len(figures) == len(store.mentions)
claims = store.claims if only_store else page.claims_of(figures)
shown_claims = views.filter_frame(claims, filters)
key = page.view_key(store, only_store, filters)  # a store's views are cached per filters
series = page.series_of(shown_claims, key)

with top:
    page.summary(seeds, added, total=len(figures), shown=len(shown), stored=None if store is None else store.documents)
    page.claims_summary(len(claims), len(shown_claims))
    page.problems(seeds + added)
    page.run_report(seeds + added)
with cards:
    if every_mention:
        page.headline_cards(shown, filters.locations)
    else:
        page.series_cards(series, filters.locations, key)
with chart:
    if every_mention:
        page.time_chart(shown)
    else:
        page.claim_chart(shown_claims, series, key)
with undated:
    page.undated_list(shown if every_mention else shown_claims)
with mapped:
    places = None if every_mention else page.places_of(figures, key=store.version.key if only_store else None)
    page.place_map(shown if every_mention else shown_claims, places, key)
with table:
    if table_of == page.TABLE_MENTIONS:
        page.figure_table(shown)
    else:
        page.claim_table(shown_claims)
with check:
    page.check_extractions(added, seeds)
