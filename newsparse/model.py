"""The Article record: the one contract between extraction and every output format.

Extraction fills an ``Article``; renderers only read it.  ``to_dict`` fixes the key order of
the JSON record, so output is stable across versions and easy to diff.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from itertools import accumulate
from typing import Any, TypeVar

# Keys each block type carries, in output order.
BLOCK_KEYS: dict[str, tuple[str, ...]] = {
    "heading": ("level", "text", "links"),
    "paragraph": ("text", "links", "marks"),
    "list": ("ordered", "start", "items", "levels", "links", "marks"),
    "quote": ("text", "links", "marks"),
    "table": ("rows", "caption"),
    "image": ("src", "alt", "caption"),
    "code": ("language", "text"),
}


def _placed(record: dict[str, Any], item: int | None) -> dict[str, Any]:
    """A link's or a mark's record, naming its list item where it has one."""
    if item is not None:
        record["item"] = item
    return record


@dataclass(frozen=True)
class Link:
    """A link in a block's text: the words ``text`` stand at ``start`` of the block's text
    (of its item ``item``, in a list), pointing to ``url``, absolute where the page's
    address is known.  Offsets rather than the words alone, since the same words may stand
    elsewhere unlinked."""

    text: str
    url: str
    start: int
    item: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return _placed({"text": self.text, "url": self.url, "start": self.start}, self.item)


@dataclass(frozen=True)
class Mark:
    """Inline formatting in a block's text: the words ``text`` at ``start`` (of item ``item``,
    in a list) set in ``type``: "strong" (<b>, <strong>), "em" (<i>, <em>) or "code"
    (<code>, <kbd>, <samp>, <tt>).  Placed as a link is, by offset."""

    type: str
    text: str
    start: int
    item: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return _placed({"type": self.type, "text": self.text, "start": self.start}, self.item)


_Span = TypeVar("_Span", Link, Mark)  # an annotation of a block's words, placed by offset


@dataclass
class Block:
    """One unit of the body in reading order; which fields matter depends on ``type``."""

    type: str
    text: str | None = None
    level: int | None = None
    ordered: bool | None = None
    start: int | None = None  # an ordered list's first number (<ol start="4">)
    items: list[str] | None = None
    # how deep each item is nested: 0 for the list's own, 1 for those of a list inside an item…
    levels: list[int] | None = None
    rows: list[list[str]] | None = None
    src: str | None = None
    alt: str | None = None
    caption: str | None = None
    links: list[Link] | None = None
    marks: list[Mark] | None = None
    language: str | None = None  # a code block's, as its markup names it

    def to_dict(self) -> dict[str, Any]:
        record: dict[str, Any] = {"type": self.type}
        for key in BLOCK_KEYS[self.type]:
            if key == "links":
                record[key] = [link.to_dict() for link in self.shown_links()]
            elif key == "marks":
                record[key] = [mark.to_dict() for mark in self.shown_marks()]
            else:
                record[key] = getattr(self, key)
        return record

    def shown_links(self) -> list[Link]:
        """The links whose words stand where they say: a stage that edits a block's text
        after it was read (a credit cut from its end) may leave a link behind."""
        return self._shown(self.links)

    def shown_marks(self) -> list[Mark]:
        """The marks whose words stand where they say, as ``shown_links``."""
        return self._shown(self.marks)

    def _shown(self, spans: list[_Span] | None) -> list[_Span]:
        if not spans:
            return []
        items = (self.items or []) if self.type == "list" else [self.text or ""]
        return [
            span
            for span in spans
            if (item := span.item or 0) < len(items) and items[item].startswith(span.text, span.start)
        ]

    def plain_links(self) -> list[Link]:
        """The links where they stand in ``plain_text()``, a list's items one to a line."""
        return self._plain(self.shown_links())

    def plain_marks(self) -> list[Mark]:
        """The marks where they stand in ``plain_text()``, as ``plain_links``."""
        return self._plain(self.shown_marks())

    def _plain(self, spans: list[_Span]) -> list[_Span]:
        if self.type != "list":
            return spans
        starts = list(accumulate((len(item) + 1 for item in self.items or []), initial=0))
        return [replace(span, start=starts[span.item or 0] + span.start, item=None) for span in spans]

    def cut(self, start: int, end: int) -> Block:
        """The block with only ``text[start:end]``, its links and marks moved with their words."""

        def kept(spans: list[_Span] | None) -> list[_Span]:
            return [
                replace(span, start=span.start - start)
                for span in spans or []
                if span.start >= start and span.start + len(span.text) <= end
            ]

        return replace(self, text=(self.text or "")[start:end], links=kept(self.links), marks=kept(self.marks))

    def plain_text(self) -> str:
        """The block as plain text, as it appears in ``Article.text`` (images give none)."""
        if self.type == "list":
            return "\n".join(self.items or [])
        if self.type == "table":
            rows = ["\t".join(row).rstrip("\t") for row in self.rows or []]  # no empty cells closing a row
            return "\n".join([self.caption, *rows] if self.caption else rows)
        if self.type == "image":
            return ""  # a picture's caption describes the picture, not the story
        return self.text or ""


@dataclass
class Article:
    """Metadata and body of one article page.  Missing values are ``None`` or ``[]``."""

    input: str | None = None
    url: str | None = None
    canonical_url: str | None = None
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    source: str | None = None
    site_name: str | None = None
    section: str | None = None
    published: str | None = None
    modified: str | None = None
    language: str | None = None
    description: str | None = None
    image: str | None = None
    tags: list[str] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    # Where each value came from ("json-ld datePublished", "dateline", the encoding and
    # how it was decided); for --verbose and explanations, not part of the JSON record.
    provenance: dict[str, str] = field(default_factory=dict, repr=False, compare=False)

    @property
    def text(self) -> str | None:
        """The body as plain text, blocks separated by a blank line (``None`` if no body)."""
        parts = [part for part in (block.plain_text() for block in self.blocks) if part]
        return "\n\n".join(parts) or None

    def to_dict(self) -> dict[str, Any]:
        """The JSON record, keys always present and in the documented order."""
        return {
            "input": self.input,
            "url": self.url,
            "canonical_url": self.canonical_url,
            "title": self.title,
            "authors": list(self.authors),
            "editors": list(self.editors),
            "source": self.source,
            "site_name": self.site_name,
            "section": self.section,
            "published": self.published,
            "modified": self.modified,
            "language": self.language,
            "description": self.description,
            "image": self.image,
            "tags": list(self.tags),
            "blocks": [block.to_dict() for block in self.blocks],
            "text": self.text,
        }

    def to_json(self, indent: int | None = 2) -> str:
        from newsparse.render.json import render_json

        return render_json(self, indent=indent)

    def to_markdown(self) -> str:
        from newsparse.render.markdown import render_markdown

        return render_markdown(self)

    def to_text(self) -> str:
        from newsparse.render.text import render_text

        return render_text(self)
