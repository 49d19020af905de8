"""The whole extraction, in the order the data flows.

bytes -> text -> tree -> declared metadata (before cleaning destroys anything)
-> cleaned tree -> main content -> blocks -> bylines lifted -> Article.
"""

from __future__ import annotations

from newsparse.errors import NotHTMLError
from newsparse.html.blocks import build_blocks
from newsparse.html.clean import furniture_nodes, strip_non_content
from newsparse.html.parse import parse_html
from newsparse.html.score import choose_content, collect_units
from newsparse.input.decode import decode_html
from newsparse.meta.byline import lift_bylines
from newsparse.meta.fields import resolve_metadata
from newsparse.meta.jsonld import read_jsonld
from newsparse.meta.section import section_from_breadcrumb
from newsparse.meta.tags import read_markup
from newsparse.meta.title import choose_title
from newsparse.meta.visible import read_dateline
from newsparse.model import Article
from newsparse.patterns.boilerplate import LEGAL_LINE

_LEGAL_BLOCK_MAX = 300


def extract(
    data: bytes | str, url: str | None = None, *, input: str | None = None, encoding: str | None = None
) -> Article:
    """Extract the article from one page's HTML (bytes in any encoding, or text).

    ``url`` is the page's address, used to resolve relative links and as a date clue;
    ``input`` is recorded as given (a path or URL) for batch users; ``encoding`` overrides
    charset detection.  Raises ``NotHTMLError`` for data that is not a web page.  A page
    with no article text gives an Article with no blocks (the CLI reports it as an error).
    """
    text = data if isinstance(data, str) else decode_html(data, encoding).text
    if "<" not in text[:100_000]:
        raise NotHTMLError("not an HTML page: no markup found")
    tree = parse_html(text)

    markup = read_markup(tree)
    jsonld = read_jsonld(tree)
    strip_non_content(tree)
    site_hint = markup.first_meta("og:site_name") or jsonld.get("site_name")
    declared_titles = [markup.first_meta("og:title"), jsonld.get("title"), markup.first_meta("twitter:title")]
    headline = choose_title(markup.h1s, declared_titles, markup.title_tag, site_hint)
    dateline = read_dateline(tree, headline[0])
    crumb_section = section_from_breadcrumb(tree, headline[0])

    body = tree.body
    blocks = []
    if body is not None:
        furniture = furniture_nodes(tree)
        units = collect_units(body, furniture)
        containers = choose_content(units, body)
        base_url = url or markup.canonical
        blocks = build_blocks(containers, furniture, base_url)
    blocks = [b for b in blocks if not (b.text and len(b.text) <= _LEGAL_BLOCK_MAX and LEGAL_LINE.search(b.text))]
    blocks, body_byline = lift_bylines(blocks, headline[0])

    article = Article(input=input, blocks=blocks)
    meta = resolve_metadata(
        markup, jsonld, dateline, body_byline, article.text or "", url, headline, crumb_section
    )
    for name, value in meta.values.items():
        setattr(article, name, value)
    return article
