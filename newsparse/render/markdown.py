"""Markdown: YAML front matter with the metadata, ``# title``, then the blocks.

Front matter values are written as JSON scalars and flow sequences, which are valid YAML
and need no escaping rules of their own.  Text is escaped only where Markdown would read
it as structure (a leading ``#``, ``>``, ``-``, ``1.``, a line of dashes or underscores;
pipes in table cells; brackets in an image's alt) or as markup within a line (emphasis,
a code span, a link, an entity, a tag), so that the output reads back, by any CommonMark
parser, as the blocks and the very characters extracted.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable

from newsparse.model import Article, Block, Link, Mark
from newsparse.render.emphasis import writable_marks

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
# What Markdown reads as structure at a line's start: a quote's marker, a fence of "~",
# a heading's or a list's marker ("1." alone too) before a space, and a line of nothing
# but "-", "_", "*" or "=" (a rule, or the underline that turns the line above into a
# heading).
_LINE_START = re.compile(r"^[ \t]*(?:(>|~(?=~~))|(#{1,6}|[+\-*]|\d+[.)])(?=\s|$)|([-_*=][-_*= \t]*)$)", re.MULTILINE)
_EMPHASIS_MARK = re.compile(r"[*_]")
_INDENT = re.compile(r"^[ \t]+", re.MULTILINE)  # four spaces would start a code block
# What Markdown reads as markup within a line: a backslash before punctuation or a line's
# end (an escape, a line break), a backtick (a code span), "]" ending a link's text or a
# link's definition ("[1](…)", "[1]: …"; with no definition, "[1]" and "[9][10]" stay
# text), "&" opening an entity ("&amp;" would show "&"), "<" opening what looks like a tag
# or an address ("<The Palace: Tale of Jang Noksu>").
_INLINE_MARK = re.compile(
    r"\\(?=[!-/:-@\[-`{-~\ufdd0-\ufdd8]|$)|`|\](?=[(:])|&(?=#?\w+;)|<(?=[A-Za-z/!?])|!(?=\ufdd0)", re.MULTILINE
)
# Where a link's words open and close, and the brackets inside them, where emphasis opens
# and closes, where a code span stands, and the text's own "*" and "_" beside emphasis,
# while the text around them is escaped: noncharacters, which no page's text holds; a
# backslash before one is escaped as before the punctuation it stands for, and a "!"
# before a link, which would make it a picture.
_LINK_OPEN, _LINK_CLOSE, _INNER_OPEN, _INNER_CLOSE = "\ufdd0", "\ufdd1", "\ufdd2", "\ufdd3"
_STRONG, _EM, _CODE, _STAR, _UNDERSCORE = "\ufdd4", "\ufdd5", "\ufdd6", "\ufdd7", "\ufdd8"
_SPAN_MARKS = re.compile("[\ufdd0-\ufdd8]")
_SHOWN_MARK = {_STRONG: "**", _EM: "*", _STAR: "\\*", _UNDERSCORE: "\\_", _INNER_OPEN: "\\[", _INNER_CLOSE: "\\]"}
_DELIMITER = {"strong": _STRONG, "em": _EM}
_EMPHASIS_RUN = re.compile(r"\*+|_+")
# A heading's last word of "#"s is read as its closing sequence and dropped ("C#" is safe).
_CLOSING_HASHES = re.compile(r"(?<![^ \t])(#)(?=#*[ \t]*$)")
_BACKTICKS = re.compile(r"`{3,}")


def _inline(text: str, framed: bool = False) -> str:
    """Text with its inline marks escaped; ``framed`` text is set between "*"s (a caption
    in emphasis), which any "*" inside it could close."""
    return _without_emphasis(_INLINE_MARK.sub(r"\\\g<0>", text), framed)


def _without_emphasis(text: str, framed: bool) -> str:
    """The runs of "*" or "_" escaped where they could make emphasis: a run that may open
    it followed by one of the same character that may close it.  Otherwise they are left
    as written, as most are ("*Indianer", "Man**", "5 * 3", "snake_case")."""
    runs = [(run, *_may_open_close(run, framed)) for run in _EMPHASIS_RUN.finditer(text)]
    paired = {"*"} if framed else set()
    for char in "*_":
        opened = False
        for run, opens, closes in runs:
            if run[0][0] == char:
                if opened and closes:
                    paired.add(char)
                    break
                opened = opened or opens
    if not paired:
        return text
    pieces, at = [], 0
    for run, opens, closes in runs:
        if run[0][0] in paired and (opens or closes):
            pieces += [text[at : run.start()], "\\" + "\\".join(run[0])]
            at = run.end()
    pieces.append(text[at:])
    return "".join(pieces)


def _may_open_close(run: re.Match[str], framed: bool) -> tuple[bool, bool]:
    """Whether a run may open emphasis (no space after it) and may close it (no space
    before it), more loosely than CommonMark's flanking rules, so that no reader's reading
    of them is missed; a "_" inside a word does neither.  A line's ends count as spaces, but
    a framed text's ends adjoin its frame."""
    text, start, end = run.string, run.start(), run.end()
    edge = "" if framed else " "
    before, after = text[start - 1 : start] or edge, text[end : end + 1] or edge
    if run[0][0] == "_" and before.isalnum() and after.isalnum():
        return False, False
    return not after.isspace(), not before.isspace()


def _with_spans(text: str, links: list[Link], marks: list[Mark], escape: Callable[[str], str]) -> str:
    """``escape(text)`` with its links written ``[words](address)``, its marks as emphasis
    (``**``, ``*``) and code spans.  The escaping reads the whole text, links and emphasis
    marked, so that a mark before a link and one after it are weighed together, as a reader
    pairs them; the words' own brackets are escaped, which would end them, and beside
    emphasis every "*" and "_" of the text, which could end it.  A code span's words are
    written as they are, which Markdown shows so."""
    if (not links and not marks) or _SPAN_MARKS.search(text):
        return escape(text)
    kept_links: list[Link] = []
    for link in links:
        if not kept_links or link.start >= kept_links[-1].start + len(kept_links[-1].text):
            kept_links.append(link)  # overlapping another: the first stands
    kept_marks = writable_marks(text, marks, [(link.start, link.start + len(link.text)) for link in kept_links])
    codes = [mark for mark in kept_marks if mark.type == "code"]  # in order: they do not overlap
    code_ends = [mark.start + len(mark.text) for mark in codes]
    pieces: list[str] = []
    at, in_links, emphasis = 0, 0, any(mark.type != "code" for mark in kept_marks)
    for place, what in _span_events(kept_links, kept_marks):
        pieces.append(_plain(text[at:place], in_links > 0, emphasis))
        pieces.append(what)
        at = code_ends.pop(0) if what == _CODE else place
        in_links += 1 if what == _LINK_OPEN else -1 if what == _LINK_CLOSE else 0
    pieces.append(_plain(text[at:], False, emphasis))
    destinations = [_destination(link.url) for link in kept_links]
    closes = escape("".join(pieces)).split(_LINK_CLOSE)
    written = "".join(part + f"]({destination})" for part, destination in zip(closes, destinations, strict=False))
    written += closes[-1]
    code_spans = (f"`{mark.text}`" for mark in codes)  # its words hold no backtick, which would join the fence
    return _SPAN_MARKS.sub(
        lambda mark: "[" if mark[0] == _LINK_OPEN else next(code_spans) if mark[0] == _CODE else _SHOWN_MARK[mark[0]],
        written,
    )


def _plain(text: str, in_link: bool, emphasis: bool) -> str:
    """A stretch of text between spans, its marks that would end a link's words or make
    emphasis set aside for escaping."""
    if in_link:
        text = text.replace("[", _INNER_OPEN).replace("]", _INNER_CLOSE)
    if emphasis:
        text = text.replace("*", _STAR).replace("_", _UNDERSCORE)
    return text


def _span_events(links: list[Link], marks: list[Mark]) -> list[tuple[int, str]]:
    """Where each span opens and closes, in the order they are written: at one place, those
    closing first, the outer of two opening first and closing last (a link the outer of a
    link and a mark over the same words, a code span the inner)."""
    events: list[tuple[int, int, int, int, str]] = []
    for link in links:
        end = link.start + len(link.text)
        events += [(link.start, 1, -end, 0, _LINK_OPEN), (end, 0, -link.start, 0, _LINK_CLOSE)]
    for rank, mark in enumerate(marks, 1):
        end = mark.start + len(mark.text)
        if mark.type == "code":  # one place stands for it, its words written raw
            events.append((mark.start, 1, -end, len(marks) + 1, _CODE))
        else:
            delimiter = _DELIMITER[mark.type]
            events += [(mark.start, 1, -end, rank, delimiter), (end, 0, -mark.start, -rank, delimiter)]
    return [(place, what) for place, *_, what in sorted(events)]


def _destination(url: str) -> str:
    """An address as a link's or a picture's destination: in angle brackets where a space
    or a parenthesis would end it, a backslash encoded where it would escape what follows."""
    url = url.replace("\\", "%5C")
    if any(char in url for char in " ()"):
        return "<" + url.replace("<", "%3C").replace(">", "%3E") + ">"
    return url


def _escape(text: str) -> str:
    """Text as Markdown shows it: marks that would make a line structure or markup within
    it, escaped."""
    return _LINE_START.sub(_escaped_mark, _INDENT.sub("", _inline(text)))


def _escaped_mark(mark: re.Match[str]) -> str:
    """A line's mark with a backslash where Markdown takes one: before the dot or bracket
    of a number ("1\\." — a backslash before a digit is no escape), else before the mark;
    and before every "*" or "_" of a rule's line, where one left bare could close emphasis
    opened by a "*" above it."""
    if rule := mark[3]:
        return "\\" + rule[0] + _EMPHASIS_MARK.sub(r"\\\g<0>", rule[1:])
    found = mark[1] or mark[2]
    return f"{found[:-1]}\\{found[-1]}" if found[0].isdigit() else f"\\{found}"


def _cell(text: str) -> str:
    return _inline(text).replace("|", "\\|").replace("\n", " ")


def _italic(text: str) -> str:
    """A caption in emphasis, which must neither open nor close on a space."""
    return f"*{_inline(text.strip(), framed=True)}*"


def _image(block: Block) -> str:
    """``![alt](src)``, the alt's brackets escaped ("… the Moon [SpaceX via Nasa]") and an
    address with spaces or parentheses in angle brackets, where they would end it."""
    alt = (block.alt or "").replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")
    return f"![{alt}]({_destination(block.src or '')})"


def _list(block: Block) -> str:
    """A list's items, those of lists inside an item indented under it as far as its
    marker reaches ("1. " three characters, "10. " four, "- " two), as CommonMark nests them."""
    items = block.items or []
    levels = block.levels or [0] * len(items)
    links: dict[int | None, list[Link]] = {}
    for link in block.shown_links():
        links.setdefault(link.item, []).append(link)
    marks: dict[int | None, list[Mark]] = {}
    for mark in block.shown_marks():
        marks.setdefault(mark.item, []).append(mark)
    # Markdown numbers from zero up: a list counting from below it starts at zero
    lines, number, marker = [], max(block.start or 1, 0) - 1, "- "
    for at, (item, level) in enumerate(zip(items, levels, strict=False)):
        shown = _with_spans(item, links.get(at, []), marks.get(at, []), _escape)
        if level == 0:
            number += 1
            marker = f"{number}. " if block.ordered else "- "
            lines.append(f"{marker}{shown}")
        else:
            lines.append(f"{' ' * (len(marker) + 2 * (level - 1))}- {shown}")
    return "\n".join(lines)


def _heading_text(text: str) -> str:
    """A heading's text escaped, a closing run of "#" too."""
    return _CLOSING_HASHES.sub(r"\\\1", _inline(text))


def render_block(block: Block) -> str:
    if block.type == "heading":
        text = _with_spans(block.text or "", block.shown_links(), [], _heading_text)
        return f"{'#' * (block.level or 2)} {text}"
    if block.type == "paragraph":
        return _with_spans(block.text or "", block.shown_links(), block.shown_marks(), _escape).replace("\n", "  \n")
    if block.type == "quote":
        shown = _with_spans(block.text or "", block.shown_links(), block.shown_marks(), _escape)
        return "\n".join(f"> {line}" if line else ">" for line in shown.split("\n"))
    if block.type == "list":
        return _list(block)
    if block.type == "code":
        # longer than any run of backticks inside, which would end a shorter fence
        fence = "`" * max(3, 1 + max(map(len, _BACKTICKS.findall(block.text or "")), default=0))
        return f"{fence}{block.language or ''}\n{block.text}\n{fence}"
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
        parts.append(render_block(Block("heading", text=article.title, level=1)))
    parts.extend(render_block(block) for block in article.blocks)
    return "\n\n".join(parts) + "\n"
