"""`tracker.dask.extract(ddf)`: extraction on a Dask cluster. The code is in
`tracker.scale.dask`; this name is the public one."""

from .scale.dask import extract, extract_documents, extract_outcomes

__all__ = ["extract", "extract_documents", "extract_outcomes"]
