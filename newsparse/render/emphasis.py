"""Which of a block's marks Markdown can show as the page set them.

A reader of the Markdown must see the very characters extracted: a mark written where
CommonMark would not read it as emphasis leaves its asterisks in the text, which the page
never held.  So a mark is written only where it will be read: nested within the links and
the other marks or apart from them, never across a paragraph's end, emphasis in "*" runs
that CommonMark's flanking rules let only open where it opens and only close where it
closes (a run that could do both may pair with another), a code span on one line and
around no link (whose brackets it would show).  Links come first, then code, then bold,
then italics: the first of two spans that cross stands.
"""

from __future__ import annotations

import unicodedata

from newsparse.model import Mark

_PRIORITY = {"code": 0, "strong": 1, "em": 2}


def writable_marks(text: str, marks: list[Mark], links: list[tuple[int, int]]) -> list[Mark]:
    """The marks of ``text`` to write, in order, given the places of the links written."""
    joined = _joined(marks)
    kept: list[tuple[int, int, str]] = [(start, end, "link") for start, end in links]
    for mark in sorted(joined, key=lambda mark: (_PRIORITY[mark.type], mark.start)):
        start, end = mark.start, mark.start + len(mark.text)
        if _fits(start, end, mark.type, kept) and _readable(text, start, end, mark.type, kept):
            kept.append((start, end, mark.type))
    chosen = {(start, kind) for start, _, kind in kept}
    return sorted((mark for mark in joined if (mark.start, mark.type) in chosen), key=lambda m: m.start)


def _joined(marks: list[Mark]) -> list[Mark]:
    """The marks with those of a type that meet joined ("<b>New</b><b>York</b>"), which
    written apart would run their asterisks together."""
    joined: list[Mark] = []
    for mark in sorted(marks, key=lambda mark: (mark.type, mark.start)):
        last = joined[-1] if joined else None
        if last is not None and last.type == mark.type and last.start + len(last.text) == mark.start:
            joined[-1] = Mark(mark.type, last.text + mark.text, last.start, mark.item)
        else:
            joined.append(mark)
    return joined


def _fits(start: int, end: int, kind: str, kept: list[tuple[int, int, str]]) -> bool:
    """Whether a span nests with those kept: around or inside each, or apart; never inside
    a code span (around its very words, it is written around it), nor a code span around a
    link; emphasis not ending where another begins, which would run two delimiters together."""
    for other_start, other_end, other in kept:
        inside = other_start <= start and end <= other_end
        around = start <= other_start and other_end <= end
        if not (inside or around or end <= other_start or other_end <= start):
            return False
        if (inside and not around and other == "code") or (around and kind == "code" and other == "link"):
            return False
        if kind != "code" and other not in ("code", "link") and (end == other_start or other_end == start):
            return False
    return True


def _readable(text: str, start: int, end: int, kind: str, kept: list[tuple[int, int, str]]) -> bool:
    """Whether CommonMark reads the span as written: a code span on one line; emphasis within
    a paragraph, its opening run able only to open and its closing run only to close, judged
    by the characters either side of the run as written (a link's bracket, a code span's
    backtick; emphasis over the same words joins the run)."""
    words = text[start:end]
    if kind == "code":
        # Its words are written as they are: a backtick in them would lengthen the fence (a
        # fenced block's, at a line's start), and a "]" in a line opening on "[" could end a
        # link's definition ("[1 `]: x`"), which a block's parsing reads before the code.
        return not any(mark in words for mark in "\n`") and not ("]" in words and text.lstrip().startswith("["))
    if "\n\n" in words:
        return False
    first, last = words[0], words[-1]
    before, after = text[start - 1 : start] or " ", text[end : end + 1] or " "
    for other_start, other_end, other in kept:
        if other_start == start:
            if other == "code" or (other == "link" and other_end < end):
                first = "`"  # the span opens inside the run, with its backtick or bracket
            elif other == "link":
                before = "["  # a link around the emphasis opens before it
        elif other_end == start:
            before = "`"  # a span closing just before: its backtick, parenthesis or delimiter
        if other_end == end:
            if other == "code" or (other == "link" and other_start > start):
                last = "`"
            elif other == "link":
                after = "]"
        elif other_start == end:
            after = "`"
    return _opens_only(before, first) and _opens_only(after, last)


def _opens_only(outside: str, inside: str) -> bool:
    """Whether a run with ``outside`` beyond it and ``inside`` within can only open (or, seen
    from the other end, only close): after a space, or after punctuation and before a
    word's character.  A run that could do both (inside a word, between two marks) may
    pair with another than its own, as CommonMark pairs runs."""
    if outside.isspace():
        return not inside.isspace()
    return _punctuation(outside) and not inside.isspace() and not _punctuation(inside)


def _punctuation(char: str) -> bool:
    """CommonMark's punctuation: the Unicode punctuation and symbol categories."""
    return unicodedata.category(char)[0] in "PS"
