"""Extraction at corpus scale: worker processes, pandas frames, Dask and Spark."""
