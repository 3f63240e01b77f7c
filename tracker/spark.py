"""`tracker.spark.extract(sdf)`: extraction on Spark. The code is in `tracker.scale.spark`;
this name is the public one."""

from .scale.spark import extract, extract_batches, spark_schema, to_pandas, to_spark_batch

__all__ = ["extract", "extract_batches", "spark_schema", "to_pandas", "to_spark_batch"]
