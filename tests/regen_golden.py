"""Rewrite the golden outputs of the fixture pages: ``python tests/regen_golden.py``.

Run it after a deliberate change to extraction, then read ``git diff tests/golden`` as the
review of that change: every line that moved is a behaviour that moved.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import newsparse
from tests.golden_pages import GOLDEN_PAGES

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    for name in GOLDEN_PAGES:
        page = ROOT / "fixtures" / name
        article = newsparse.extract(page.read_bytes(), input=f"fixtures/{name}")
        stem = ROOT / "tests" / "golden" / page.name.removesuffix(".html")
        stem.with_suffix(".json").write_text(article.to_json() + "\n", encoding="utf-8")
        stem.with_suffix(".md").write_text(article.to_markdown(), encoding="utf-8")
        print(f"wrote {stem.name}.json and .md")


if __name__ == "__main__":
    main()
