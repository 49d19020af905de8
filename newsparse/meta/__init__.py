"""Metadata stages: declared markup, JSON-LD, the visible dateline, and field resolution."""
