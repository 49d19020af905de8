"""Data only: vocabularies and formats the extraction stages match against."""
