"""The visible dateline under the headline: date, source, author and editor lines.

Chinese portals show ``2023年12月06日 17:35  来源：中新网  责任编辑：冯长海`` between the
headline and the story and declare none of it in markup; English pages show
``By Jane Doe | Dec 6, 2023``.  The lines right after the headline are read, stopping at
the first line long enough to be prose.  The page text is read once, in Lexbor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from newsparse.html.parse import Tree
from newsparse.html.text import squash
from newsparse.meta.byline import Byline, english_byline, parse_labelled
from newsparse.meta.dates import find_date

_WINDOW_LINES = 15
_PROSE_LINE = 150
_ENDS_WITH_LABEL = re.compile(r"[:：]\s*$")


@dataclass
class Dateline:
    byline: Byline = field(default_factory=Byline)
    date: str | None = None


def read_dateline(tree: Tree, headline: str | None) -> Dateline:
    found = Dateline()
    body = tree.body
    if body is None or not headline:
        return found
    lines = [squash(line) for line in body.text(deep=True, separator="\n").split("\n")]
    lines = [line for line in lines if line]
    start = _find_headline(lines, headline)
    if start is None:
        return found
    window = _join_labels(lines[start + 1 : start + 1 + _WINDOW_LINES])
    for line in window:
        if len(line) > _PROSE_LINE:
            break
        fields, _ = parse_labelled(line)
        found.byline.merge(fields)
        authors = english_byline(line)
        found.byline.merge(Byline(authors=authors))
        if found.date is None:
            found.date = find_date(line)
    return found


def _find_headline(lines: list[str], headline: str) -> int | None:
    key = squash(headline)
    for index, line in enumerate(lines):
        if line == key:
            return index
    return None


def _join_labels(lines: list[str]) -> list[str]:
    """Rejoin "来源：" and the linked value Lexbor reported as the next text node."""
    joined: list[str] = []
    for line in lines:
        if joined and _ENDS_WITH_LABEL.search(joined[-1]):
            joined[-1] = f"{joined[-1]}{line}"
        else:
            joined.append(line)
    return joined
