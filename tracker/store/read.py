"""Reading a store back: the mentions and claims as the schema's frames, and the rows
`tracker export` writes (in the order `tracker extract` writes them: documents in the order
they were stored, each one's figures in the engine's order)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from ..output.schema import CLAIM_COLUMNS, NAMES, conform
from . import tables as t

if TYPE_CHECKING:
    import pandas as pd

MENTIONS_IN_ORDER = (
    f"SELECT {t.names_sql(NAMES, 'm')} FROM {t.MENTIONS} AS m"
    f" JOIN {t.DOCUMENTS} AS d ON d.doc_hash = m.doc_hash ORDER BY d.rowid, m.rowid"
)
CLAIMS_IN_ORDER = f"SELECT {t.names_sql(t.CLAIM_NAMES)} FROM {t.CLAIMS} ORDER BY rowid"


def read_mentions(con: sqlite3.Connection) -> pd.DataFrame:
    """Every stored mention: the tidy figures frame (schema.COLUMNS, their dtypes)."""
    import pandas as pd

    return conform(pd.DataFrame(con.execute(MENTIONS_IN_ORDER).fetchall(), columns=list(NAMES)))


def read_claims(con: sqlite3.Connection) -> pd.DataFrame:
    """The stored claims (schema.CLAIM_COLUMNS, their dtypes)."""
    import pandas as pd

    frame = pd.DataFrame(con.execute(CLAIMS_IN_ORDER).fetchall(), columns=list(t.CLAIM_NAMES))
    return conform(frame, CLAIM_COLUMNS)


def mention_rows(con: sqlite3.Connection) -> Iterator[tuple[Any, ...]]:
    """The stored mentions as export rows (schema.json_row's values), streamed."""
    yield from con.execute(MENTIONS_IN_ORDER)


def claim_rows(con: sqlite3.Connection) -> Iterator[tuple[Any, ...]]:
    yield from con.execute(CLAIMS_IN_ORDER)
