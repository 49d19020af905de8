"""Hostile input: random and mutated HTML never raises anything but newsparse's own errors."""

from __future__ import annotations

import string

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsparse
from tests.conftest import fixture_bytes

TAGS = ["div", "p", "span", "a", "table", "tr", "td", "ul", "li", "h1", "h2", "br", "img", "script", "b", "pre"]
fragment = st.recursive(
    st.text(alphabet=string.printable + "中文，。來源：责任编辑", max_size=40),
    lambda children: st.tuples(st.sampled_from(TAGS), st.lists(children, max_size=4)).map(
        lambda t: f"<{t[0]} class='content share'>{''.join(t[1])}</{t[0]}>"
    ),
    max_leaves=30,
)


def extract_or_known_error(data: bytes | str) -> None:
    try:
        article = newsparse.extract(data)
    except newsparse.NewsparseError:
        return
    article.to_dict(), article.to_markdown(), article.to_text()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(fragment)
def test_random_markup(html: str) -> None:
    extract_or_known_error("<html><body>" + html)


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=2000))
def test_random_bytes(data: bytes) -> None:
    extract_or_known_error(data)


SEED = fixture_bytes("chinanews-henan.html")


@settings(max_examples=100, deadline=None)
@given(st.integers(0, len(SEED)), st.integers(0, 400), st.binary(max_size=20))
def test_truncated_and_corrupted_seed(cut: int, span: int, junk: bytes) -> None:
    extract_or_known_error(SEED[:cut] + junk + SEED[cut + span :])
