"""Each metadata field's candidates, the one chosen and where it came from.

A candidate is a value with its origin, or a function computing the value when every
earlier candidate has failed, so that a dear reading (a query over the tree) is made only
when the field needs it; ``explain`` asks for all of them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# A candidate is a value, or a function computing it when an earlier one has failed.
Candidate = tuple[Any, str]


@dataclass
class Metadata:
    values: dict[str, Any] = field(default_factory=dict)
    origins: dict[str, str] = field(default_factory=dict)
    # With ``every_candidate`` all candidates are computed and kept, for `explain`;
    # otherwise the search for a field stops at its first value.
    every_candidate: bool = False
    candidates: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    def pick(self, name: str, candidates: list[Candidate]) -> None:
        found = []
        for value, origin in candidates:
            value = value() if callable(value) else value
            if value:
                found.append({"value": value, "origin": origin})
                if not self.every_candidate:
                    break
        self.candidates[name] = found
        if found:
            self.values[name] = found[0]["value"]
            self.origins[name] = found[0]["origin"]
        else:
            self.values[name] = [] if name in ("authors", "editors", "tags") else None
