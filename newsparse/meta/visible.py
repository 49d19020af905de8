"""The visible dateline under the headline: date, source, author and editor lines.

Chinese portals show ``2023年12月06日 17:35  来源：中新网  责任编辑：冯长海`` between the
headline and the story and declare none of it in markup; English pages show
``By Jane Doe | Dec 6, 2023``.  The lines right after the headline are read, stopping at
the first line long enough to be prose.  The page text is read once, in Lexbor.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from newsparse.html.parse import Tree
from newsparse.html.text import squash
from newsparse.meta.byline import Byline, english_byline, parse_labelled, reporter_credit
from newsparse.meta.dates import find_date
from newsparse.patterns.dates import PUBLISHED_LABEL

_WINDOW_LINES = 15
_PROSE_LINE = 150
_MAX_LABELS = 5  # the label's word may stand in the text before the dateline does
_OPENING_DATE = 32  # characters at the start of the first prose line that may hold its date
_WINDOW_CHARS = 3000
_MAX_HEADLINE_LINES = 3
_ENDS_WITH_LABEL = re.compile(r"[:：]\s*$")
_BY_ALONE = re.compile(r"^(?:by|von|par|por|door|di)$", re.IGNORECASE)
_NAME_LINE = 40
# What joins one linked name to the next ("Jane Doe" "," "John Roe"); after a name without
# one comes something else (the outlet, a role), which is no part of the byline's names.
_NAME_JOINER = re.compile(r"^(?:,|;|&|and|und|et|y|e|i|og|en)$", re.IGNORECASE)
# A given name and a family name set in elements of their own: "by" "Andrea" "Wong".
_GIVEN_NAME_LAST = re.compile(r"(?:^by|,|;|&|\band|\bund|\bet)\s+[^\W\d_][\w'’.\-]*$", re.IGNORECASE)
_FAMILY_NAME = re.compile(r"^[^\W\d_][\w'’\-]*$")
_ENDS_WITH_JOINER = re.compile(r"(?:,|;|&|\band|\bund|\bet|\by|\be|\bi|\bog|\ben)$", re.IGNORECASE)


@dataclass
class Dateline:
    byline: Byline = field(default_factory=Byline)
    date: str | None = None
    page_text: str = ""

    def labelled_date(self) -> str | None:
        """A date anywhere on the page that a label calls the publication date ("发表于 …").

        A search of the whole page text: done only when better evidence is missing.
        """
        text = self.page_text.lower()
        for match, _ in zip(PUBLISHED_LABEL.finditer(text), range(_MAX_LABELS), strict=False):
            found = find_date(text[match.end() : match.end() + 40])
            if found:
                return found
        return None


def read_dateline(tree: Tree, headline: str | None) -> Dateline:
    found = Dateline()
    body = tree.body
    if body is None:
        return found
    text = body.text(deep=True, separator="\n")
    if headline:
        # The headline may stand in a banner or breadcrumb before the article too: the
        # first of its lines followed by a dateline is the one.
        for window in _windows_after(text, squash(headline)):
            _read_window(_join_labels(window), found)
            if found.date or found.byline.authors or found.byline.sources:
                break
    found.page_text = text
    return found


def _read_window(window: list[str], found: Dateline) -> None:
    for line in window:
        if len(line) > _PROSE_LINE:
            # A story that opens on its date ("01.02.2022 – Der …", "BERLIN, 4 May 2022 –").
            if found.date is None:
                found.date = find_date(line[:_OPENING_DATE])
            break
        fields, _ = parse_labelled(line)
        found.byline.merge(fields)
        found.byline.merge(Byline(authors=english_byline(line) or reporter_credit(line)))
        if found.date is None:
            found.date = find_date(line)
    return found


def _windows_after(text: str, headline: str) -> Iterator[list[str]]:
    """The non-empty lines after each line that is the headline (a few at most)."""
    if headline not in text and ("\xa0" in text or "\u3000" in text):  # spaced differently
        text = text.replace("\xa0", " ").replace("\u3000", " ")
    if headline not in text and len(headline) > 20:
        headline = headline[:20]
    for at in _headline_lines(text, headline):
        lines = []
        for line in text[at : at + _WINDOW_CHARS].split("\n")[1:]:
            line = squash(line)
            if line:
                lines.append(line)
                if len(lines) == _WINDOW_LINES:
                    break
        yield lines


def _headline_lines(text: str, headline: str) -> list[int]:
    """Where the headline stands as a line of its own (else its first mention)."""
    found, at = [], text.find(headline)
    first = at
    while at >= 0 and len(found) < _MAX_HEADLINE_LINES:
        before = text[max(0, at - 40) : at].rsplit("\n", 1)[-1]
        after = text[at + len(headline) : at + len(headline) + 40].split("\n", 1)[0]
        if not before.strip() and not after.strip():
            found.append(at)
        at = text.find(headline, at + 1)
    return found or ([first] if first >= 0 else [])


def _join_labels(lines: list[str]) -> list[str]:
    """Rejoin labels and the values Lexbor reported as separate text nodes.

    "来源：" + "中新网" (a linked value), and "By" + "Jane Doe" + "," + "John Roe": names
    linked one by one after a "By" are joined while the lines stay short.
    """
    joined: list[str] = []
    in_byline = False
    for line in lines:
        if joined and _ENDS_WITH_LABEL.search(joined[-1]):
            joined[-1] = f"{joined[-1]}{line}"
        elif (
            joined
            and in_byline
            and len(line) <= _NAME_LINE
            and len(joined[-1]) <= _PROSE_LINE
            and (
                _BY_ALONE.match(joined[-1])
                or _NAME_JOINER.match(line)
                or _ENDS_WITH_JOINER.search(joined[-1])
                or (_GIVEN_NAME_LAST.search(joined[-1]) and _FAMILY_NAME.match(line) and line[0].isupper())
            )
        ):
            joined[-1] = f"{joined[-1]} {line}"
        else:
            joined.append(line)
            in_byline = bool(_BY_ALONE.match(line))
            continue
        in_byline = in_byline and not find_date(line)
    return joined
