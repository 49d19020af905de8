"""Markdown output reads back, by a CommonMark parser, as the very characters extracted:
text that holds Markdown's own marks ("*args", "`ls`", "[1](x)", "&amp;") is not turned
into emphasis, code, links or entities."""

from __future__ import annotations

from urllib.parse import unquote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt  # Rich's Markdown parser, CommonMark

from newsparse.model import Article, Block, Link
from newsparse.render.markdown import render_block, render_markdown

_PARSER = MarkdownIt("commonmark").enable("table")


def _shown(markdown: str) -> tuple[list[str], set[str]]:
    """Each inline run's text as a reader sees it, and the kinds of inline token met."""
    tokens = [t for t in _PARSER.parse(markdown) if t.type == "inline"]
    texts = ["".join(c.content if c.type == "text" else "\n" for c in t.children or []) for t in tokens]
    return texts, {c.type for t in tokens for c in t.children or []}


@pytest.mark.parametrize(
    "text",
    [
        "Use *args and **kwargs in Python",
        "the *real* story, not the _official_ one",
        "**Breaking:** markets fall",
        "2*3*4 = 24",
        "Ärzt*in und Patient*in",  # a German gender star, twice in a sentence
        "*an aside\n***",  # a rule's line below, its bare "*" would close the first
        "type `ls -l` to list",
        "see [1](https://example.com) and [note]",
        "[1]: https://example.com",  # a link's definition, which shows nothing
        "AT&amp;T writes &copy; as an entity",
        "a backslash \\* before a star",
        "ends in a backslash\\",
        ">no space after the quote mark",
        "~~~",
        "##",
    ],
)
def test_a_paragraph_shows_its_marks_as_written(text: str) -> None:
    texts, kinds = _shown(render_block(Block("paragraph", text=text)))
    assert texts == [text.strip()]
    assert kinds <= {"text", "hardbreak"}


@pytest.mark.parametrize(
    "text",
    [
        "5 * 3 = 15",
        "snake_case_name",
        "Tom & Jerry",
        "C:\\Users\\me",
        "*Indianer, *Wilde",
        "Man** and Jo**",
        "shown.[9][10]",
    ],
)
def test_marks_markdown_ignores_are_left_unescaped(text: str) -> None:
    assert render_block(Block("paragraph", text=text)) == text


def test_the_title_is_escaped_like_any_heading() -> None:
    markdown = render_markdown(Article(title="Why *this* matters #", blocks=[Block("paragraph", text="Body.")]))
    heading = markdown.split("---\n")[-1].strip().split("\n")[0]
    assert _shown(heading) == (["Why *this* matters #"], {"text"})
    assert heading.startswith("# ")


_MARKS = st.sampled_from([*"ab1 *_`[]()&;#<>\\!~-=+.|:/é中", "amp", "http"])
_LINE = st.lists(_MARKS, min_size=1, max_size=12).map("".join).filter(str.strip)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
@given(st.lists(_LINE, min_size=1, max_size=3), st.sampled_from(["paragraph", "quote", "heading"]))
def test_any_text_reads_back_as_written(lines: list[str], kind: str) -> None:
    text = " ".join(lines) if kind == "heading" else "\n".join(lines)
    texts, kinds = _shown(render_block(Block(kind, text=text, level=2)))
    assert kinds <= {"text", "softbreak", "hardbreak"}
    assert [line.strip() for line in "\n".join(texts).split("\n")] == [line.strip() for line in text.split("\n")]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
@given(st.lists(_LINE, min_size=1, max_size=3), _LINE)
def test_list_items_cells_and_captions_read_back_as_written(items: list[str], caption: str) -> None:
    wanted = [item.strip() for item in items]
    texts, kinds = _shown(render_block(Block("list", items=items)))
    assert ([t.strip() for t in texts], kinds) == (wanted, {"text"})
    texts, kinds = _shown(render_block(Block("table", rows=[items, items])))
    assert ([t.strip() for t in texts], kinds) == (wanted * 2, {"text"})
    texts, kinds = _shown(render_block(Block("image", src="https://cdn.example/a.jpg", alt="", caption=caption)))
    assert (texts[-1].strip(), kinds) == (caption.strip(), {"image", "em_open", "text", "em_close"})


_ADDRESSES = st.sampled_from(
    ["https://example.com/a", "https://example.com/a b", "https://example.com/x_(y)", "https://example.com/a\\b*c"]
)


def _links_shown(markdown: str) -> tuple[str, list[tuple[str, str]]]:
    """A paragraph's text as a reader sees it, and each link's words and address."""
    (inline,) = [t for t in _PARSER.parse(markdown) if t.type == "inline"]
    text, links, words, href = [], [], None, ""
    for child in inline.children or []:
        if child.type == "link_open":
            words, href = [], unquote(str(child.attrs["href"]))
        elif child.type == "link_close":
            links.append(("".join(words or []), href))
            words = None
        else:
            piece = child.content if child.type == "text" else "\n"
            text.append(piece)
            if words is not None:
                words.append(piece)
    return "".join(text), links


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
@given(
    st.lists(st.tuples(_LINE, st.booleans(), _ADDRESSES, st.sampled_from([" ", "", "\n"])), min_size=1, max_size=5),
    st.sampled_from(["paragraph", "quote", "heading"]),
)
def test_links_read_back_as_their_words_and_addresses_and_the_text_as_written(
    pieces: list[tuple[str, bool, str, str]], kind: str
) -> None:
    text, links = "", []
    for words, linked, address, before in pieces:
        words = words.strip()
        if text:
            # a space, none ("well-[known]"), or a line break (a heading has none)
            text += " " if kind == "heading" and before == "\n" else before
        if linked:
            links.append(Link(words, address, len(text)))
        text += words
    shown, found = _links_shown(render_block(Block(kind, text=text, level=2, links=links)))
    if kind == "heading":  # a reader trims a heading's edges
        shown, text = shown.strip(), text.strip()
    assert shown == text
    assert found == [(link.text, unquote(link.url)) for link in links]
