"""Hostile and broken input: a result or a documented error, quickly, never a traceback."""

from __future__ import annotations

import bz2
import gzip
import lzma
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

import newsparse
from newsparse.convert import Settings, convert
from newsparse.input.sources import LoadOptions

PROSE = "<p>This sentence is long enough to count as article prose, with commas, clauses and a full stop.</p>"


def test_100000_nested_divs_in_a_few_seconds() -> None:
    page = "<html><body>" + "<div>" * 100_000 + PROSE + "</div>" * 100_000 + "</body></html>"
    started = time.perf_counter()
    article = newsparse.extract(page.encode())
    assert time.perf_counter() - started < 5
    assert [b.type for b in article.blocks] == ["paragraph"]


@pytest.mark.parametrize(
    ("stretch", "suspect"),
    [
        ("<div>" * 5_000, True),  # a run of bare opening tags, longer than the gap probed
        (".a{color:red}" * 2_000, False),  # a style sheet: no tags at all
        (("<br>" * 200 + "</p>") * 40, False),  # many tags, but closing ones among them
        ("x" * 9_000 + "<div>" * 5_000, True),  # the run starting late in a probe window
    ],
)
def test_runs_of_opening_tags_are_told_from_style_sheets_and_void_tags(stretch: str, suspect: bool) -> None:
    from newsparse.html.parse import _may_hold_tag_run

    page = "<html><body><p>x</p>" + stretch + "<p>y</p></body></html>"
    for text, close, opening in ((page, "</", "<"), (page.encode(), b"</", b"<")):
        assert _may_hold_tag_run(text, close, opening) is suspect


def test_50_mb_page_refused_quickly(tmp_path: Path) -> None:
    big = tmp_path / "big.html"
    big.write_bytes(b"<html><body>" + PROSE.encode() * (50 * 1024 * 1024 // len(PROSE)) + b"</body></html>")
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "newsparse", "extract", str(big)],
        capture_output=True,
        env={**os.environ, "NO_COLOR": "1"},
        timeout=60,
    )
    assert time.perf_counter() - started < 10
    assert result.returncode == 66
    assert b"larger than 20,971,520 bytes" in result.stderr


@pytest.mark.parametrize("compress", [gzip.compress, bz2.compress, lzma.compress])
def test_a_compression_bomb_is_capped(tmp_path: Path, compress: Callable[[bytes], bytes]) -> None:
    bomb = tmp_path / "bomb.html.z"
    bomb.write_bytes(compress(b"<html><body>" + b" " * (30 * 1024 * 1024)))
    with pytest.raises(newsparse.InputError, match="larger than"):
        convert(str(bomb), Settings(load=LoadOptions(max_bytes=10 * 1024 * 1024)))


@pytest.mark.parametrize(
    ("compress", "name"), [(gzip.compress, "gzip"), (bz2.compress, "bzip2"), (lzma.compress, "xz")]
)
def test_a_compressed_page_is_read_by_its_signature_and_a_corrupt_one_refused(
    tmp_path: Path, compress: Callable[[bytes], bytes], name: str
) -> None:
    page = tmp_path / "page.html"  # the name need not say it: the signature does
    page.write_bytes(compress(f"<html><body><p>{PROSE}</p></body></html>".encode()))
    assert "long enough to count" in (convert(str(page), Settings()).text or "")
    page.write_bytes(compress(b"<html><body>")[:12])
    with pytest.raises(newsparse.InputError, match=f"corrupt {name} data"):
        convert(str(page), Settings())


@pytest.mark.parametrize(
    "page",
    [
        b"<html><body>\x00" + PROSE.replace("a", "a\x00").encode() + b"</body></html>",
        b"<html><body><div><p>" + PROSE.encode() + b"<div><span><b>" + PROSE.encode(),  # unclosed
        b'<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body>' + PROSE.encode() + b"</body></html>",
        b"<html><body>" + PROSE.encode() + b"\xff\xfe\xc3\x28 broken bytes",
    ],
)
def test_broken_pages_still_give_the_text(page: bytes) -> None:
    article = newsparse.extract(page)
    assert article.blocks and "long enough to count" in (article.text or "")


@pytest.mark.parametrize(
    "page",
    [
        b"<html><head><title>x</title></head></html>",  # no body
        b"<html><body></body></html>",  # empty body
        b"<html><frameset><frame src='a.html'></frameset></html>",
        b"<script>var a = 1;</script>",
    ],
)
def test_pages_without_article_give_no_blocks(page: bytes) -> None:
    assert newsparse.extract(page).blocks == []


def test_unreadable_file_is_an_input_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = tmp_path / "secret.html"
    page.write_bytes(PROSE.encode())

    def refuse(self: Path, *args: object, **kwargs: object) -> bytes:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", refuse)
    monkeypatch.setattr(Path, "open", refuse)
    for limit in (LoadOptions().max_bytes, 0):  # read up to the limit, or whole
        with pytest.raises(newsparse.InputError, match="permission denied"):
            convert(str(page), Settings(load=LoadOptions(max_bytes=limit)))


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero on this system")
def test_an_endless_device_is_refused_at_the_limit() -> None:
    # a device tells no size beforehand: /dev/zero had been read until memory ran out
    result = subprocess.run(
        [sys.executable, "-m", "newsparse", "extract", "--max-bytes", "1048576", "/dev/zero"],
        capture_output=True,
        env={**os.environ, "NO_COLOR": "1"},
        timeout=30,
    )
    assert result.returncode == 66
    assert b"/dev/zero: larger than 1,048,576 bytes" in result.stderr


def test_undecodable_bytes_are_dropped_and_counted() -> None:
    data = (
        "<html><head><meta charset=gbk></head><body><p>寒潮来袭，多地最低气温跌破零下十度，气象台发布预警。</p>".encode(
            "gbk"
        )
    )
    article = newsparse.extract(data + b"\xb0 \xb0 </body></html>")
    assert "\ufffd" not in (article.text or "")
    assert article.provenance["undecodable"] == "2"


def test_quotations_nested_hundreds_deep_are_read_in_place() -> None:
    # each quotation inside another was a recursion: 300 deep overflowed Python's stack
    page = "<html><body>" + "<blockquote>" * 600 + PROSE + "</body></html>"
    article = newsparse.extract(page.encode())
    assert [b.type for b in article.blocks] == ["quote"]
    assert "long enough to count" in (article.blocks[0].text or "")


def test_lists_nested_a_thousand_deep_keep_every_item_and_level() -> None:
    items = "".join(f"<ul><li>The item at depth {depth}, which says something" for depth in range(1500))
    article = newsparse.extract(f"<html><body>{PROSE}{items}</body></html>".encode())
    lists = [b for b in article.blocks if b.type == "list"]
    assert len(lists) == 1 and len(lists[0].items) == 1500
    assert lists[0].levels == list(range(1500))


def test_an_item_inside_a_thousand_inline_elements_keeps_its_text_and_its_list() -> None:
    item = (
        "<span>" * 1500 + "The lead item of the list<ul><li>The item inside the lead item</li></ul>" + "</span>" * 1500
    )
    article = newsparse.extract(f"<html><body>{PROSE}<ul><li>{item}</li></ul></body></html>".encode())
    lists = [b for b in article.blocks if b.type == "list"]
    assert lists and lists[0].items == ["The lead item of the list", "The item inside the lead item"]
    assert lists[0].levels == [0, 1]


@pytest.mark.parametrize("depth", [900, 100_000])
def test_json_ld_nested_beyond_reason_is_read_or_passed_over(depth: int) -> None:
    author = "[" * depth + '{"@type": "Person", "name": "Jane Doe"}' + "]" * depth
    script = f'<script type="application/ld+json">{{"@type": "NewsArticle", "author": {author}}}</script>'
    article = newsparse.extract(f"<html><head>{script}</head><body>{PROSE}</body></html>".encode())
    assert "long enough to count" in (article.text or "")
    # Python's JSON reader refuses a thousand levels; under that, the author is read
    assert article.authors == (["Jane Doe"] if depth < 1000 else [])


@pytest.mark.parametrize("aside", ["<small>Updated today</small>", "<style>h1{color:red}</style>"])
def test_a_headline_inside_a_thousand_elements_is_read_without_its_asides(aside: str) -> None:
    heading = "<h1>" + "<span>" * 1500 + f"Flood waters reach the old town{aside}" + "</span>" * 1500 + "</h1>"
    article = newsparse.extract(f"<html><body>{heading}{PROSE}</body></html>".encode())
    assert article.title == "Flood waters reach the old town"


def test_a_byline_behind_thousands_of_section_names_gives_the_name() -> None:
    author = "Politik · " * 3000 + "Jochen Bittner"
    article = newsparse.extract(f'<html><head><meta name="author" content="{author}"></head><body>{PROSE}'.encode())
    assert article.authors == ["Jochen Bittner"]


@pytest.mark.parametrize("address", ["https://[object Object]", "http://[::1", "https://[zz]/story"])
@pytest.mark.parametrize(
    "where",
    [
        '<base href="{}">',
        '<link rel="canonical" href="{}">',
        '<meta property="og:url" content="{}"><meta property="og:image" content="{}">',
        '<script type="application/ld+json">{{"@type": "NewsArticle", "url": "{}", "image": "{}"}}</script>',
    ],
)
def test_a_malformed_address_in_the_head_costs_nothing_but_itself(address: str, where: str) -> None:
    # Python refuses these hosts; one had ended the extraction with a ValueError
    head = where.format(address, address)
    figure = f'<figure><img src="{address}/photo.jpg"><figcaption>The harbour at dawn</figcaption></figure>'
    page = f"<html><head>{head}</head><body><h1>Harbour reopens</h1>{figure}{PROSE}</body></html>"
    for given in (None, address):
        article = newsparse.extract(page.encode(), url=given)
        assert article.title == "Harbour reopens"
        assert "long enough to count" in (article.text or "")


def test_a_list_of_30000_linked_items_is_written_as_markdown_in_linear_time() -> None:
    items = "".join(f"<li>Item {n} is about <a href='/i{n}'>this</a> and more text here</li>" for n in range(30000))
    prose = "Prose of the story. " * 20
    article = newsparse.extract(f"<html><body><h1>T</h1><p>{prose}</p><ul>{items}</ul></body></html>")
    started = time.perf_counter()
    markdown = article.to_markdown()
    assert time.perf_counter() - started < 3  # each item's links sought among all: 8 s
    assert "- Item 29999 is about [this](/i29999) and more text here" in markdown
