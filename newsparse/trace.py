"""A record of the pipeline's decisions, kept as it runs, for ``newsparse explain``.

Stages take an optional Trace and note what they chose and what they dropped, with the
rule that decided; without one they do nothing extra.  The explanation is therefore the
extraction itself, not a second implementation of it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from selectolax.lexbor import LexborNode

_SNIPPET = 100


@dataclass
class Trace:
    candidates: list[dict[str, Any]] = field(default_factory=list)
    furniture: list[dict[str, Any]] = field(default_factory=list)
    dropped: list[dict[str, Any]] = field(default_factory=list)
    fields: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def drop(self, text: str | None, rule: str) -> None:
        self.dropped.append({"text": snippet(text), "rule": rule})

    def to_dict(self) -> dict[str, Any]:
        return {
            "candidates": self.candidates,
            "furniture": self.furniture,
            "dropped": self.dropped,
            "fields": self.fields,
            "notes": self.notes,
        }


def describe(node: LexborNode) -> str:
    """``div#main.story.body``: how a reader of the page source finds the element."""
    attrs = node.attrs
    label = node.tag or "?"
    if attrs.get("id"):
        label += "#" + attrs.get("id", "").strip()
    classes = (attrs.get("class") or "").split()
    return label + "".join(f".{name}" for name in classes[:4])


def snippet(text: str | None) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= _SNIPPET else text[: _SNIPPET - 1] + "…"
