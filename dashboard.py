"""The dashboard: `streamlit run dashboard.py`.

Thin on purpose: load (cached by content) -> filter -> headline, chart, table -> render.
The work is in tracker.app.views and tracker.app.charts; the page's parts are in tracker.app.page.
"""

import streamlit as st

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
    uploads, pasted, upload_date = page.add_articles()
seeds, added = page.load_all(uploads, pasted, upload_date)
figures = views.concat_frames([x.frame for x in seeds + added])

filters = page.sidebar_filters(figures, notices=top)
shown = views.filter_frame(figures, filters)

with top:
    page.summary(seeds, added, total=len(figures), shown=len(shown))
    page.problems(seeds + added)
    page.run_report(seeds + added)
with cards:
    page.headline_cards(shown, filters.locations)
with chart:
    page.time_chart(shown)
with undated:
    page.undated_list(shown)
with table:
    page.figure_table(shown)
with check:
    page.check_extractions(added, seeds)
