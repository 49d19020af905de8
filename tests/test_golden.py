"""Golden outputs: each fixture page extracts to exactly its reviewed JSON and Markdown.

When extraction changes on purpose, run ``python tests/regen_golden.py`` and review the
diff.  The snippet tests below state the intent independently of the goldens, so a
careless regeneration cannot bless boilerplate or lost paragraphs.
"""

from __future__ import annotations

import json

import pytest

import newsparse
from tests.conftest import GOLDEN, fixture_bytes
from tests.golden_pages import GOLDEN_PAGES


@pytest.mark.parametrize("name", GOLDEN_PAGES)
def test_json_matches_golden(name: str) -> None:
    article = newsparse.extract(fixture_bytes(name), input=f"fixtures/{name}")
    expected = json.loads((GOLDEN / name.replace(".html", ".json")).read_text(encoding="utf-8"))
    assert article.to_dict() == expected


@pytest.mark.parametrize("name", GOLDEN_PAGES)
def test_markdown_matches_golden(name: str) -> None:
    article = newsparse.extract(fixture_bytes(name), input=f"fixtures/{name}")
    assert article.to_markdown() == (GOLDEN / name.replace(".html", ".md")).read_text(encoding="utf-8")


# (page, first words of the body, last words of the body, strings that must appear nowhere)
SNIPPETS = [
    (
        "english-jsonld.html",
        "After more than four hours of public comment",
        "wanted the parking study finished before any work began.",
        ["Share on Facebook", "Related stories", "42 Comments", "Most read", "All rights reserved", "cookies"],
    ),
    (
        "blog-wordpress.html",
        "For six years my home server",
        "months before it would have died quietly.",
        ["Leave a Reply", "Recent Posts", "Proudly powered", "Great write-up", "Building a workbench"],
    ),
    (
        "chinese-portal-gbk.html",
        "华夏资讯网1月15日讯",
        "尽量减少外出。",
        ["分享到", "相关新闻", "热点排行", "ICP备", "版权所有", "举报电话", "当前位置", "来源：", "【编辑"],
    ),
    (
        "chinese-big5.html",
        "台北捷運環狀線北環段今天上午舉行動工典禮",
        "不要一拖再拖。」",
        ["記者：", "標籤", "版權所有", "首頁"],
    ),
    (
        "lists-and-table.html",
        "Voters in Northshire elected",
        "when it will elect a leader.",
        ["Most read", "Copyright", "Tweet", "By Priya"],
    ),
    (
        "german-news.html",
        "Der Stadtrat hat am Mittwochabend",
        "nach Lösungen zu suchen.",
        ["Startseite", "Artikel teilen", "Impressum", "Von Anna"],
    ),
    (
        "no-metadata.html",
        "The annual general meeting of the Hollowmere",
        "first Saturday of November at eight o'clock.",
        ["GUESTBOOK", "Fixtures", "Last updated"],
    ),
]


@pytest.mark.parametrize(("name", "first", "last", "absent"), SNIPPETS)
def test_body_is_whole_and_clean(name: str, first: str, last: str, absent: list[str]) -> None:
    article = newsparse.extract(fixture_bytes(name))
    paragraphs = [b.text for b in article.blocks if b.type == "paragraph"]
    assert paragraphs[0].startswith(first)
    assert paragraphs[-1].endswith(last)
    everything = article.to_json()
    for text in absent:
        assert text not in everything, text
