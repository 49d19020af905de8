"""The seed article (China News Service, Henan) against its hand-made expected extraction."""

from __future__ import annotations

import newsparse
from tests.conftest import fixture_bytes


def test_seed_metadata(seed_expected: dict) -> None:
    record = newsparse.extract(fixture_bytes("chinanews-henan.html")).to_dict()
    for key in ("title", "source", "editors", "authors", "section", "site_name"):
        assert record[key] == seed_expected[key], key
    # The page gives no zone: the bare local time is the faithful answer.
    assert record["published"] == seed_expected["published"]


def test_seed_blocks(seed_expected: dict) -> None:
    blocks = newsparse.extract(fixture_bytes("chinanews-henan.html")).to_dict()["blocks"]
    assert [(b["type"], b["text"]) for b in blocks] == [(b["type"], b["text"]) for b in seed_expected["blocks"]]
    assert sum(b["type"] == "heading" for b in blocks) == 3


def test_seed_leaves_out_boilerplate(seed_expected: dict) -> None:
    article = newsparse.extract(fixture_bytes("chinanews-henan.html"))
    body = "\n".join(b.plain_text() for b in article.blocks) + (article.text or "")
    for text in seed_expected["must_not_contain"]:
        assert text not in body, text


def test_seed_reads_the_same_from_text_and_bytes() -> None:
    data = fixture_bytes("chinanews-henan.html")
    assert newsparse.extract(data).to_dict() == newsparse.extract(data.decode("utf-8")).to_dict()
