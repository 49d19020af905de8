"""A recipe's ingredient list, which templates set apart from the method.

Recipe pages give the ingredients a box of their own (a table, a list beside the steps);
the scorer sees short lines without punctuation there, no prose, and the body came out
as the method alone.  The page names those lines itself: in its JSON-LD
``recipeIngredient`` or in microdata (``itemprop="recipeIngredient"``, the older
``ingredients``), read before the tree is cleaned.  The smallest box that holds most of
them joins the chosen content, in page order.
"""

from __future__ import annotations

from collections.abc import Iterable

from selectolax.lexbor import LexborNode

from newsparse.html.score import Unit, path_under, within
from newsparse.html.text import comparison_key
from newsparse.trace import Trace, describe

_ROW_CLIMB = 3  # levels from a piece of text ("Mehl" in its cell) up to its row ("125 g Mehl")
_MIN_KEY = 3  # letters and digits: shorter texts ("g", "1") match too much to say anything
_MIN_SHARE = 0.6  # of the declared ingredients the box must show
_MIN_ROWS = 2


def ingredient_box(units: dict[LexborNode, Unit], declared: Iterable[str]) -> LexborNode | None:
    """The smallest element showing most of the ingredient lines the page declares, if any.

    A line is found as the row whose text it is, reached from any unit of text that is
    part of the row (the name in its cell, the amount in another).
    """
    keys = {key for key in map(comparison_key, declared) if key}
    joined = "\n".join(keys)  # one substring test per unit, not one per ingredient
    rows = []
    for owner, unit in units.items():
        key = comparison_key("".join(unit.parts))
        if len(key) >= _MIN_KEY and key in joined:
            row = _row_of(owner, keys)
            if row is not None:
                rows.append(row)
    if len(rows) < _MIN_ROWS:
        return None
    shown: dict[int, tuple[LexborNode, int, set[str]]] = {}  # element -> (element, depth, keys)
    for row, key in rows:
        lineage = []
        node: LexborNode | None = row
        while node is not None and node.tag not in ("html", "#document", None):
            lineage.append(node)
            node = node.parent
        for height, holder in enumerate(lineage):
            entry = shown.setdefault(holder.mem_id, (holder, len(lineage) - height, set()))
            entry[2].add(key)
    enough = [(depth, holder) for holder, depth, found in shown.values() if len(found) >= _MIN_SHARE * len(keys)]
    return max(enough, key=lambda item: item[0])[1] if enough else None


def _row_of(owner: LexborNode, keys: set[str]) -> tuple[LexborNode, str] | None:
    node: LexborNode | None = owner
    for _ in range(_ROW_CLIMB + 1):
        if node is None or node.tag in ("body", "html"):
            return None
        key = comparison_key(node.text(deep=True))
        if key in keys:
            return node, key
        node = node.parent
    return None


def with_ingredients(
    chosen: list[LexborNode], box: LexborNode | None, body: LexborNode, trace: Trace | None
) -> list[LexborNode]:
    """The chosen content with the ingredient ``box`` in its place on the page, unless the
    box is part of it already or holds it (then the box is a whole page column)."""
    if box is None or any(within(box, node) or within(node, box) for node in chosen):
        return chosen
    if trace is not None:
        trace.notes.append(f"the recipe's ingredient list joins the body: {describe(box)}")
    return sorted([*chosen, box], key=lambda node: path_under(node, body))
