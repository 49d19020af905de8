"""JSON-LD: article fields from @graph, lists and sloppy JSON; other objects ignored."""

from __future__ import annotations

from newsparse.html.parse import parse_html
from newsparse.meta.jsonld import read_jsonld
from newsparse.meta.tags import read_markup


def read(*scripts: str) -> dict:
    tags = "".join(f'<script type="application/ld+json">{s}</script>' for s in scripts)
    return read_jsonld(read_markup(parse_html(f"<html><head>{tags}</head><body></body></html>")).jsonld)


def test_graph_with_article_and_organisation() -> None:
    fields = read(
        '{"@graph": [{"@type": "Organization", "name": "Org"}, {"@type": ["NewsArticle"], "headline": "H",'
        ' "author": [{"@type": "Person", "name": "A B"}, "C D"], "datePublished": "2024-01-02",'
        ' "publisher": {"name": "Courier"}, "keywords": ["x", "y"]}]}'
    )
    assert fields == {
        "title": "H",
        "authors": ["A B", "C D"],
        "published": "2024-01-02",
        "site_name": "Courier",
        "tags": ["x", "y"],
    }


def test_sloppy_json_is_tolerated() -> None:
    fields = read('<!-- {"@type": "BlogPosting", "headline": "Line\nbreak", "author": {"name": "Z"},} -->')
    assert fields["title"] == "Line\nbreak" and fields["authors"] == ["Z"]


def test_broken_json_and_non_articles_give_nothing() -> None:
    assert read("{not json", '{"@type": "BreadcrumbList", "name": "x"}') == {}


def test_first_article_wins_across_scripts() -> None:
    fields = read('{"@type": "WebSite", "name": "S"}', '[{"@type": "ReportageNewsArticle", "headline": "R"}]')
    assert fields["title"] == "R"
