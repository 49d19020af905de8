"""Batch runs: many inputs, parallel workers, one output file each or a JSONL stream."""
