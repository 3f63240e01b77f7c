"""Reading inputs: files, JSONL, CSV and HTML into Documents, every input accounted for."""
