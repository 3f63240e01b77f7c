"""The dashboard: `streamlit run dashboard.py`.

Thin on purpose: load (cached by content) -> consolidate into claims (cached) -> filter ->
headline, chart, table -> render. Claims by default; "Every mention" in the sidebar (and
?mentions=true in the URL) shows each figure as extracted.
The work is in tracker.app.views and tracker.app.charts; the page's parts are in tracker.app.page.
"""

import streamlit as st

from tracker import consolidate
from tracker.app import page, views

st.set_page_config(page_title="Crisis figures tracker", page_icon=":material/monitoring:", layout="wide")
st.title("Crisis figures tracker")
st.caption(
    "People killed, injured, displaced, hosted as refugees and trapped, as reported in the news: "
    "each figure with its qualifier, date, source, place and the sentence it came from."
)

# Containers fix the order on the page; the upload controls are drawn last but read first,
# since the filters offer the places and sources of the added articles too.
top, cards, chart, undated, table, adder, check = (st.container() for _ in range(7))

with adder:
    given = page.add_articles()
seeds, added = page.load_all(given)
figures = views.concat_frames([x.frame for x in seeds + added])

filters = page.sidebar_filters(figures, notices=top)
shown = views.filter_frame(figures, filters)
every_mention, table_of = page.view_switches()
claims = page.claims_of(figures)  # one row per figure however many articles repeat it
shown_claims = views.filter_frame(claims, filters)
series = consolidate.best_estimates(shown_claims)

with top:
    page.summary(seeds, added, total=len(figures), shown=len(shown))
    page.claims_summary(len(claims), len(shown_claims))
    page.problems(seeds + added)
    page.run_report(seeds + added)
with cards:
    if every_mention:
        page.headline_cards(shown, filters.locations)
    else:
        page.series_cards(series, filters.locations)
with chart:
    if every_mention:
        page.time_chart(shown)
    else:
        page.claim_chart(shown_claims, series)
with undated:
    page.undated_list(shown if every_mention else shown_claims)
with table:
    if table_of == page.TABLE_MENTIONS:
        page.figure_table(shown)
    else:
        page.claim_table(shown_claims)
with check:
    page.check_extractions(added, seeds)
