"""tracker: humanitarian figures (killed, injured, displaced, refugees, trapped) out of news text.

    from tracker import extract
    figures = extract(text, published="2019-08-20")
"""

from .records import Document, Figure

__all__ = ["Document", "Figure", "extract", "extract_frame"]


def __getattr__(name: str):
    # Imported on first use so that `import tracker` stays light: the engine compiles its
    # patterns when imported (about a second), which a page showing a stored corpus never needs.
    if name == "extract":
        from .extraction.engine import extract

        return extract
    if name == "extract_frame":
        from .scale.frame import extract_frame

        return extract_frame
    raise AttributeError(name)
