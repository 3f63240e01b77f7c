"""What the tracker writes: the schema, exports, run reports, progress and evaluation."""
