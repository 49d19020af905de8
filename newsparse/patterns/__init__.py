"""Data only: vocabularies and formats the extraction stages match against (build.py
composes some into regular expressions)."""
