"""Markdown: YAML front matter with the metadata, ``# title``, then the blocks.

Front matter values are written as JSON scalars and flow sequences, which are valid YAML
and need no escaping rules of their own.  Text is escaped only where Markdown would read
it as structure (a leading ``#``, ``>``, ``-``, ``1.``, a line of dashes or underscores, a
``<`` opening what looks like a tag; pipes in table cells; brackets in an image's alt), so
that the output reads back, by any CommonMark parser, as the blocks and words extracted.
"""

from __future__ import annotations

import json
import re

from newsparse.model import Article, Block

FRONT_MATTER_KEYS = (
    "title",
    "authors",
    "editors",
    "source",
    "site_name",
    "section",
    "published",
    "modified",
    "language",
    "url",
    "canonical_url",
    "description",
    "image",
    "tags",
)
# What Markdown reads as structure at a line's start: a heading's, a quote's or a list's
# marker ("1." alone too), and a line of nothing but "-", "_", "*" or "=" (a rule, or the
# underline that turns the line above into a heading).
_LINE_START = re.compile(r"^[ \t]*(?:([#>+\-*]|\d+[.)])(?=\s|$)|([-_*=])(?=[-_*=\s]*$))", re.MULTILINE)
_INDENT = re.compile(r"^[ \t]+", re.MULTILINE)  # four spaces would start a code block
_TAG_LIKE = re.compile(r"<(?=[A-Za-z/!?])")  # "<The Palace: Tale of Jang Noksu>" reads as HTML
# A heading's last word of "#"s is read as its closing sequence and dropped ("C#" is safe).
_CLOSING_HASHES = re.compile(r"(?<![^ \t])(#)(?=#*[ \t]*$)")
_BACKTICKS = re.compile(r"`{3,}")


def _inline(text: str) -> str:
    return _TAG_LIKE.sub(r"\\<", text)


def _escape(text: str) -> str:
    """Text as Markdown shows it: marks that would make a line structure, and a "<" that
    would open an HTML tag, escaped."""
    return _LINE_START.sub(_escaped_mark, _INDENT.sub("", _inline(text)))


def _escaped_mark(mark: re.Match[str]) -> str:
    """A line's mark with a backslash where Markdown takes one: before the dot or bracket
    of a number ("1\\." — a backslash before a digit is no escape), else before the mark."""
    found = mark[1] or mark[2]
    return f"{found[:-1]}\\{found[-1]}" if found[0].isdigit() else f"\\{found}"


def _cell(text: str) -> str:
    return _inline(text).replace("|", "\\|").replace("\n", " ")


def _italic(text: str) -> str:
    return "*" + _inline(text).replace("*", "\\*") + "*"


def _image(block: Block) -> str:
    """``![alt](src)``, the alt's brackets escaped ("… the Moon [SpaceX via Nasa]") and an
    address with spaces or parentheses in angle brackets, where they would end it."""
    alt = (block.alt or "").replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")
    src = block.src or ""
    if any(char in src for char in " ()"):
        src = "<" + src.replace("<", "%3C").replace(">", "%3E") + ">"
    return f"![{alt}]({src})"


def _list(block: Block) -> str:
    """A list's items, those of lists inside an item indented under it as far as its
    marker reaches ("1. " three characters, "10. " four, "- " two), as CommonMark nests them."""
    items = block.items or []
    levels = block.levels or [0] * len(items)
    lines, number, marker = [], 0, "- "
    for item, level in zip(items, levels, strict=False):
        if level == 0:
            number += 1
            marker = f"{number}. " if block.ordered else "- "
            lines.append(f"{marker}{_escape(item)}")
        else:
            lines.append(f"{' ' * (len(marker) + 2 * (level - 1))}- {_escape(item)}")
    return "\n".join(lines)


def render_block(block: Block) -> str:
    if block.type == "heading":
        text = _CLOSING_HASHES.sub(r"\\\1", _inline(block.text or ""))
        return f"{'#' * (block.level or 2)} {text}"
    if block.type == "paragraph":
        return _escape(block.text or "").replace("\n", "  \n")
    if block.type == "quote":
        return "\n".join(f"> {line}" if line else ">" for line in _escape(block.text or "").split("\n"))
    if block.type == "list":
        return _list(block)
    if block.type == "code":
        # longer than any run of backticks inside, which would end a shorter fence
        fence = "`" * max(3, 1 + max(map(len, _BACKTICKS.findall(block.text or "")), default=0))
        return f"{fence}\n{block.text}\n{fence}"
    if block.type == "table":
        rows = block.rows or []
        width = max(len(row) for row in rows)
        padded = [row + [""] * (width - len(row)) for row in rows]
        lines = ["| " + " | ".join(_cell(c) for c in padded[0]) + " |", "|" + " --- |" * width]
        lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in padded[1:]]
        table = "\n".join(lines)
        return f"{_italic(block.caption)}\n\n{table}" if block.caption else table
    if block.type == "image":
        return f"{_image(block)}\n\n{_italic(block.caption)}" if block.caption else _image(block)
    raise ValueError(f"unknown block type: {block.type}")


def render_markdown(article: Article) -> str:
    record = article.to_dict()
    lines = ["---"]
    for key in FRONT_MATTER_KEYS:
        lines.append(f"{key}: {json.dumps(record[key], ensure_ascii=False)}")
    lines.append("---")
    parts = ["\n".join(lines)]
    if article.title:
        parts.append(f"# {article.title}")
    parts.extend(render_block(block) for block in article.blocks)
    return "\n\n".join(parts) + "\n"
