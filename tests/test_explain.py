"""newsparse explain: the extraction's own record of what it chose and dropped, and why."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.conftest import FIXTURES


def explain(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "newsparse", "explain", *args],
        capture_output=True,
        env={**os.environ, "NO_COLOR": "1", "COLUMNS": "160"},
        timeout=60,
    )


def test_dropped_blocks_name_their_rule() -> None:
    result = explain(str(FIXTURES / "lists-and-table.html"), "--format", "json")
    assert result.returncode == 0
    assert json.loads(result.stdout)["dropped"] == [
        {"text": "Election results: how every seat in the county changed hands", "rule": "the headline repeated"},
        {"text": "By Priya Natarajan, Political Reporter", "rule": "byline or dateline, read into metadata"},
    ]


def test_json_explanation() -> None:
    result = explain(str(FIXTURES / "english-jsonld.html"), "--format", "json")
    assert result.returncode == 0
    record = json.loads(result.stdout)
    assert record["candidates"][0] == {
        "element": "div.story-body",
        "content_score": 77.0,
        "final_score": 77.0,
        "chosen": True,
    }
    rules = {row["element"]: row["rule"] for row in record["furniture"]}
    assert rules["section#comments.comments"] == "class names furniture: 'comments'"
    assert rules["footer.site-footer"] == "page-level <footer>"
    published = record["fields"]["published"]
    assert [p["origin"] for p in published if p["chosen"]] == ["json-ld datePublished"]
    assert {"value": "2024-03-14", "origin": "url", "chosen": False} in published


def test_text_explanation_for_people() -> None:
    result = explain(str(FIXTURES / "chinese-portal-gbk.html"))
    text = result.stdout.decode("utf-8")
    assert result.returncode == 0
    for expected in ("Content candidates", "div#zoom.text", "Furniture left out", "div.xgxw", "✓ 华夏资讯网"):
        assert expected in text, expected
    assert "legal or contact line" in text or "class names furniture" in text
    # nothing dropped from the seed page's body: a line says so, no empty table
    seed = explain(str(FIXTURES / "chinanews-henan.html")).stdout.decode("utf-8")
    assert "Dropped from the body: none" in seed


def test_page_without_article_is_explained_not_refused() -> None:
    result = explain(str(FIXTURES / "no-article.html"), "-f", "json")
    assert result.returncode == 0
    assert json.loads(result.stdout)["blocks"] == 0


def test_missing_file_is_an_error() -> None:
    result = explain("no-such-page.html")
    assert result.returncode == 66 and b"no such file" in result.stderr
