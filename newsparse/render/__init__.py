"""Renderers: read an Article, write one output format.  No extraction happens here."""
