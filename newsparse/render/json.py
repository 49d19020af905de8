"""JSON and JSON Lines: UTF-8, non-ASCII as is, keys in the record's fixed order."""

from __future__ import annotations

import json

from newsparse.model import Article


def render_json(article: Article, indent: int | None = 2) -> str:
    return json.dumps(article.to_dict(), ensure_ascii=False, indent=indent)


def render_jsonl(article: Article) -> str:
    """One compact line (no trailing newline): the JSON Lines record."""
    return json.dumps(article.to_dict(), ensure_ascii=False, separators=(",", ":"))
