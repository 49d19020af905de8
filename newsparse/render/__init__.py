"""Renderers: read an Article, write one output format.  No extraction happens here."""

from newsparse.model import Article
from newsparse.render.json import render_jsonl
from newsparse.render.markdown import render_markdown
from newsparse.render.text import render_text

FORMATS = ("json", "jsonl", "md", "text")
EXTENSIONS = {"json": ".json", "jsonl": ".json", "md": ".md", "text": ".txt"}


def render(article: Article, output_format: str) -> str:
    """The article in one of FORMATS (json is indented, jsonl one line)."""
    if output_format == "md":
        return render_markdown(article)
    if output_format == "text":
        return render_text(article)
    if output_format == "jsonl":
        return render_jsonl(article)
    return article.to_json()
