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

from selectolax.lexbor import LexborHTMLParser

Tree = LexborHTMLParser

MAX_TAG_RUN = 256
# A run of more than MAX_TAG_RUN opening tags with nothing but white space between them.
_TAG_RUN = re.compile(rf"(?:<[a-zA-Z][a-zA-Z0-9]{{0,10}}(?:\s[^<>]{{0,200}})?>\s*){{{MAX_TAG_RUN + 1},}}")
_ONE_TAG = re.compile(r"<[^<>]*>\s*")
_SUSPECT_GAP = 20_000


def parse_html(text: str) -> Tree:
    """Parse decoded page text with Lexbor (NUL characters dropped, as browsers do)."""
    if "\x00" in text:
        text = text.replace("\x00", "")
    return LexborHTMLParser(_defuse_deep_nesting(text))


def _defuse_deep_nesting(text: str) -> str:
    """Shorten runs of bare opening tags, looking only where they can be.

    Such a run holds no closing tag, so only a stretch of the page with none for
    ``_SUSPECT_GAP`` characters is searched; an ordinary page has one every few hundred.
    """
    # A gap of _SUSPECT_GAP holds a whole probe window wherever it starts, so probing
    # every half gap finds it: a dozen short searches instead of splitting the page.  A
    # window with no closing tag but few tags is a script or a long text, no bomb.
    window = _SUSPECT_GAP // 2
    if not any(
        text.find("</", start, start + window) < 0 and text.count("<", start, start + window) > MAX_TAG_RUN // 2
        for start in range(0, len(text) - window, window)
    ):
        return text
    pieces = text.split("</")
    return "</".join(_TAG_RUN.sub(_shorten_run, p) if _suspect(p) else p for p in pieces)


def _suspect(piece: str) -> bool:
    return len(piece) >= _SUSPECT_GAP and piece.count("<") > MAX_TAG_RUN


def _shorten_run(match: re.Match[str]) -> str:
    tags = _ONE_TAG.finditer(match.group(0))
    return "".join(tag.group(0) for _, tag in zip(range(MAX_TAG_RUN), tags, strict=False))
