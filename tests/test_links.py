"""Links in the story's text: kept with where their words stand, resolved, and written as
Markdown links; the text itself is the same with or without them."""

from __future__ import annotations

import json
import subprocess
import sys

import newsparse
from newsparse.model import Block, Link

PROSE = "This sentence is long enough to count as article prose, with commas, clauses and a full stop."


def _page(body: str) -> str:
    return f"<html><head><title>T</title></head><body><article><h1>T</h1><p>{PROSE}</p>{body}</article></body></html>"


def _links(block: dict) -> list[tuple[str, str, int]]:
    return [(link["text"], link["url"], link["start"]) for link in block["links"]]


def test_a_paragraphs_links_stand_where_their_words_do_and_resolve_against_the_address() -> None:
    body = (
        "<p>Read <a href='/report.pdf'>the  <b>full</b>\nreport</a>, or <a href=' https://x.org/a '> ask </a>"
        "us.<a href='#top'>Back to top</a> <a href='javascript:void(0)'>Print</a> and more prose follows here.</p>"
    )
    (paragraph,) = [b for b in newsparse.extract(_page(body), url="https://news.example/a/b").to_dict()["blocks"][1:]]
    assert paragraph["text"] == "Read the full report, or ask us.Back to top Print and more prose follows here."
    assert _links(paragraph) == [
        ("the full report", "https://news.example/report.pdf", 5),  # white space squashed inside the words too
        ("ask", "https://x.org/a", 25),  # the spaces at a link's edges are not its words
    ]
    # without the page's address, a relative link is kept as written
    (paragraph,) = newsparse.extract(_page(body)).to_dict()["blocks"][1:]
    assert paragraph["links"][0]["url"] == "/report.pdf"


def test_links_on_every_line_of_a_paragraph_and_in_lists_and_quotations() -> None:
    body = (
        "<p>First <a href='https://a.example/1'>line</a><br>second <a href='https://a.example/2'>line</a></p>"
        "<ul><li>An item</li><li>See <a href='https://a.example/3'>this</a> and <a href='https://a.example/4'>that"
        "</a></li></ul><blockquote><p>Quoted <a href='https://a.example/5'>words</a>.</p><p>As the <a "
        "href='https://a.example/6'>agency</a> reported it then</p></blockquote>"
    )
    paragraph, listed, quote = newsparse.extract(_page(body)).to_dict()["blocks"][1:]
    assert _links(paragraph) == [("line", "https://a.example/1", 6), ("line", "https://a.example/2", 18)]
    assert [(link["text"], link["item"], link["start"]) for link in listed["links"]] == [
        ("this", 1, 4),
        ("that", 1, 13),
    ]
    assert _links(quote) == [("words", "https://a.example/5", 7), ("agency", "https://a.example/6", 22)]
    for block in (paragraph, quote):
        assert all(block["text"][link["start"] :].startswith(link["text"]) for link in block["links"])


def test_a_credit_line_lifted_from_a_paragraphs_top_takes_no_link_along() -> None:
    body = f"<p>来源：新华网<br>据<a href='https://a.example/x'>新华社</a>报道，{PROSE}</p>"
    block = newsparse.extract(_page(body)).to_dict()["blocks"][-1]
    assert block["text"].startswith("据新华社报道")
    assert _links(block) == [("新华社", "https://a.example/x", 1)]


def test_the_text_is_the_same_with_links_as_without() -> None:
    linked = _page("<p>See <a href='https://a.example/'>the report</a> for more.</p>")
    plain = _page("<p>See the report for more.</p>")
    assert newsparse.extract(linked).text == newsparse.extract(plain).text


def test_markdown_writes_the_links_and_escapes_their_brackets() -> None:
    from newsparse.render.markdown import render_block

    block = Block("paragraph", text="Wow! [1] notes here", links=[Link("[1] notes", "https://a.example/x (y)", 5)])
    assert render_block(block) == r"Wow! [\[1\] notes](<https://a.example/x (y)>) here"
    # a "!" right before a link would make it a picture
    assert render_block(Block("paragraph", text="Wow!now", links=[Link("now", "https://a.example/", 4)])) == (
        r"Wow\![now](https://a.example/)"
    )
    items = Block("list", items=["a", "b c"], levels=[0, 0], links=[Link("c", "https://a.example/c", 2, item=1)])
    assert render_block(items) == "- a\n- b [c](https://a.example/c)"
    # a link whose words are no longer there (a stage edited the text) is left out
    stale = Block("paragraph", text="short", links=[Link("gone", "https://a.example/", 10)])
    assert render_block(stale) == "short" and stale.to_dict()["links"] == []


def test_the_command_line_writes_links_in_json_and_markdown(tmp_path) -> None:
    page = tmp_path / "p.html"
    page.write_text(_page("<p>See <a href='/r'>the report</a> for more.</p>"), encoding="utf-8")
    command = [sys.executable, "-m", "newsparse", "extract", str(page), "--url", "https://n.example/s/1"]
    record = json.loads(subprocess.run([*command, "--format", "json"], capture_output=True, check=True).stdout)
    assert record["blocks"][-1]["links"] == [{"text": "the report", "url": "https://n.example/r", "start": 4}]
    markdown = subprocess.run([*command, "--format", "md"], capture_output=True, check=True, text=True).stdout
    assert "See [the report](https://n.example/r) for more." in markdown


def test_a_headings_link_is_kept_as_a_listicles_item_names_its_product() -> None:
    body = (
        f"<h2>1. <a href='https://shop.example/kettle'>The Quiet Kettle</a></h2><p>{PROSE}</p>"
        f"<p><b><a href='https://shop.example/mug'>A mug</a> to go with it</b></p><p>{PROSE} Again.</p>"
    )
    blocks = newsparse.extract(_page(body)).to_dict()["blocks"]
    headings = [b for b in blocks if b["type"] == "heading"]
    assert [_links(h) for h in headings] == [
        [("The Quiet Kettle", "https://shop.example/kettle", 3)],
        [("A mug", "https://shop.example/mug", 0)],
    ]
    markdown = newsparse.extract(_page(body)).to_markdown()
    assert "## 1. [The Quiet Kettle](https://shop.example/kettle)" in markdown
    assert "### [A mug](https://shop.example/mug) to go with it" in markdown
