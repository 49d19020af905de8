"""Text to tree: the one parse of the page.  Every later stage works on this tree."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

# Lexbor builds a tree for anything, but a page nested deeper than this is hostile or
# broken; stages that recurse use explicit stacks, so depth only costs time.
Tree = LexborHTMLParser


def parse_html(text: str) -> Tree:
    """Parse decoded page text with Lexbor (NUL characters dropped, as browsers do)."""
    if "\x00" in text:
        text = text.replace("\x00", "")
    return LexborHTMLParser(text)
