"""The dashboard's parts: loading articles, views of the figures, charts, the page (streamlit
is imported only by tracker.app.page)."""
