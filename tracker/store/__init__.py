"""The embedded store: a SQLite file that grows run after run (docs/store.md).

    from tracker.store import open_store, read_mentions
    con = open_store("corpus.db", create=False)
    frame = read_mentions(con)
"""

from .open import StoreError, open_store
from .read import read_claims, read_mentions

__all__ = ["StoreError", "open_store", "read_claims", "read_mentions"]
