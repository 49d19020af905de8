"""The same article saved in many encodings (fixtures/encodings/) extracts to identical text.

Each language has a UTF-8 reference copy; every other copy of it must read the same,
whether its charset is declared, missing, or declared falsely.
"""

from __future__ import annotations

import pytest

import newsparse
from tests.conftest import FIXTURES

ENCODINGS = FIXTURES / "encodings"
COPIES = [
    ("zh-utf8.html", "zh-utf8-bom.html"),
    ("zh-utf8.html", "zh-gb18030-declared-gb2312.html"),
    ("zh-utf8.html", "zh-gbk-undeclared.html"),
    ("zh-utf8.html", "zh-gbk-declared-utf8.html"),
    ("zh-hant-utf8.html", "zh-hant-big5.html"),
    ("ja-utf8.html", "ja-shift_jis.html"),
    ("ru-utf8.html", "ru-windows-1251.html"),
    ("fr-utf8.html", "fr-windows-1252.html"),
    ("fr-utf8.html", "fr-windows-1252-undeclared.html"),
]


def extracted(name: str) -> tuple[str | None, str | None]:
    article = newsparse.extract((ENCODINGS / name).read_bytes())
    return article.title, article.text


@pytest.mark.parametrize(("reference", "copy"), COPIES)
def test_copy_reads_like_the_reference(reference: str, copy: str) -> None:
    title, text = extracted(copy)
    assert (title, text) == extracted(reference)
    assert text and "\ufffd" not in text


def test_language_follows_the_script() -> None:
    languages = {name: newsparse.extract((ENCODINGS / name).read_bytes()).language for name, _ in COPIES}
    assert languages == {
        "zh-utf8.html": "zh",
        "zh-hant-utf8.html": "zh-Hant",
        "ja-utf8.html": "ja",
        "ru-utf8.html": "ru",
        "fr-utf8.html": "fr",
    }
