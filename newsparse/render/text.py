"""Plain text: the title, a blank line, then the body."""

from __future__ import annotations

from newsparse.model import Article


def render_text(article: Article) -> str:
    parts = [part for part in (article.title, article.text) if part]
    return "\n\n".join(parts) + "\n"
