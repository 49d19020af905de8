"""Text to tree: the one parse of the page.  Every later stage works on this tree.

Lexbor, like every spec-following parser, checks the stack of open elements for each new
tag, so a page that opens 100,000 ``<div>`` in a row costs it quadratic time (minutes).
Browsers cap the depth of the tree; newsparse cuts such runs of bare opening tags down
to ``MAX_TAG_RUN`` before parsing, which no real page reaches.

Nodes are compared by ``mem_id`` (or kept in sets and dicts, which hash by it) and never
with ``==`` or a list's ``in``: ``LexborNode.__eq__`` serialises both nodes' HTML when
they differ, a cost that grows with the page.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

Tree = LexborHTMLParser

MAX_TAG_RUN = 256
# A run of more than MAX_TAG_RUN opening tags with nothing but white space between them.
_TAG_RUN = re.compile(rf"(?:<[a-zA-Z][a-zA-Z0-9]{{0,10}}(?:\s[^<>]{{0,200}})?>\s*){{{MAX_TAG_RUN + 1},}}")
_ONE_TAG = re.compile(r"<[^<>]*>\s*")
_SUSPECT_GAP = 20_000


def select(node: LexborNode | Tree, selectors: str) -> list[LexborNode]:
    """The elements a list of selectors matches, each once, in document order.  Lexbor
    answers a list with an element once for each selector it matches: "[class], [id]"
    gives an element with both twice, and a stage walking the answer would read it twice."""
    found = node.css(selectors)
    seen: set[int] = set()
    unique = []
    for element in found:
        key = element.mem_id
        if key not in seen:
            seen.add(key)
            unique.append(element)
    return unique


def parse_html(text: str, utf8: bytes | None = None) -> Tree:
    """Parse decoded page text with Lexbor (NUL characters dropped, as browsers do).

    ``utf8`` is the page's own bytes when they are that text in UTF-8: Lexbor then reads
    them as they are, sparing the copy that encoding the text again would make, and the
    checks below run on bytes, several times faster than on text.
    """
    page: str | bytes = text if utf8 is None else utf8
    nul, close, opening = ("\x00", "</", "<") if utf8 is None else (b"\x00", b"</", b"<")
    if nul in page or _may_hold_tag_run(page, close, opening):
        return LexborHTMLParser(_defuse_deep_nesting(text.replace("\x00", "")))
    return LexborHTMLParser(page)


def _may_hold_tag_run(page: str | bytes, close: str | bytes, opening: str | bytes) -> bool:
    """Whether some stretch of ``_SUSPECT_GAP`` holds many tags and none closing.

    Such a run holds no closing tag, and an ordinary page has one every few hundred
    characters.  A gap of _SUSPECT_GAP holds a whole probe window wherever it starts, so
    probing every half gap finds it: a dozen short searches instead of splitting the page.
    A window with no closing tag but few tags is a script or a long text, no bomb.

    Each window is read tag opening by tag opening: an ordinary window shows a closing tag
    within its first few, and a style sheet's or a script's holds almost none, where a
    search for the two characters of a closing tag would scan it whole, four times slower.
    """
    window, slash, most = _SUSPECT_GAP // 2, close[1:], MAX_TAG_RUN // 2
    for start in range(0, len(page) - window, window):
        end = start + window
        at, opened = page.find(opening, start, end), 0
        while at >= 0 and not page.startswith(slash, at + 1, end):
            opened += 1
            if opened > most:
                if page.find(close, at, end) < 0:
                    return True
                break
            at = page.find(opening, at + 1, end)
    return False


def _defuse_deep_nesting(text: str) -> str:
    """Shorten runs of bare opening tags, searching only the long stretches between
    closing tags, where they can be."""
    if not _may_hold_tag_run(text, "</", "<"):
        return text
    pieces = text.split("</")
    return "</".join(_TAG_RUN.sub(_shorten_run, p) if _suspect(p) else p for p in pieces)


def _suspect(piece: str) -> bool:
    return len(piece) >= _SUSPECT_GAP and piece.count("<") > MAX_TAG_RUN


def _shorten_run(match: re.Match[str]) -> str:
    tags = _ONE_TAG.finditer(match.group(0))
    return "".join(tag.group(0) for _, tag in zip(range(MAX_TAG_RUN), tags, strict=False))
