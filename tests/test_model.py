"""The record's contract: keys, order, types and empty values."""

from __future__ import annotations

import newsparse
from newsparse.model import Article, Block
from tests.conftest import fixture_bytes

KEYS = [
    "input", "url", "canonical_url", "title", "authors", "editors", "source", "site_name", "section",
    "published", "modified", "language", "description", "image", "tags", "blocks", "text",
]  # fmt: skip


def test_keys_always_present_in_order_and_empty_is_null_or_list() -> None:
    record = Article().to_dict()
    assert list(record) == KEYS
    assert [k for k, v in record.items() if v == []] == ["authors", "editors", "tags", "blocks"]
    assert all(v is None for k, v in record.items() if k not in ("authors", "editors", "tags", "blocks"))


def test_text_is_blocks_separated_by_blank_lines() -> None:
    article = Article(
        blocks=[
            Block("heading", text="Part", level=2),
            Block("paragraph", text="One."),
            Block("list", ordered=False, items=["a", "b"]),
        ]
    )
    assert article.text == "Part\n\nOne.\n\na\nb"


def test_fixture_record_types() -> None:
    record = newsparse.extract(fixture_bytes("english-jsonld.html")).to_dict()
    assert isinstance(record["authors"], list) and all(isinstance(a, str) for a in record["authors"])
    assert record["published"] == "2024-03-14T09:30:00-05:00"
    assert record["modified"] == "2024-03-14T16:05:00-05:00"
    assert record["tags"] == ["transportation", "city council"]
