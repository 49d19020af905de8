"""Markdown output reads back, by a CommonMark parser, as the very characters extracted:
text that holds Markdown's own marks ("*args", "`ls`", "[1](x)", "&amp;") is not turned
into emphasis, code, links or entities."""

from __future__ import annotations

from urllib.parse import unquote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt  # Rich's Markdown parser, CommonMark

from newsparse.model import Article, Block, Link, Mark
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


def _marks_shown(markdown: str) -> tuple[str, list[tuple[str, str]]]:
    """A block's text as a reader sees it (its paragraphs a blank line apart), and each
    emphasis's or code span's kind and words."""
    text: list[str] = []
    marks = []
    for inline in (t for t in _PARSER.parse(markdown) if t.type == "inline"):
        if text:
            text.append("\n\n")
        opened: list[tuple[str, int]] = []
        for child in inline.children or []:
            kind = child.type.rsplit("_", 1)[0]
            if child.type in ("strong_open", "em_open"):
                opened.append((kind, len("".join(text))))
            elif child.type in ("strong_close", "em_close"):
                kind, start = opened.pop()
                marks.append((kind, "".join(text)[start:]))
            elif child.type == "code_inline":
                marks.append(("code", child.content))
                text.append(child.content)
            elif child.type in ("text", "softbreak", "hardbreak"):
                text.append(child.content if child.type == "text" else "\n")
    return "".join(text), sorted(marks)


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
@given(
    st.lists(
        st.tuples(
            _LINE, st.sets(st.sampled_from(["strong", "em", "code", "link"])), st.sampled_from([" ", "", "\n", "\n\n"])
        ),
        min_size=1,
        max_size=5,
    ),
    st.sampled_from(["paragraph", "quote", "list"]),
)
def test_marks_written_are_read_as_emphasis_and_code_and_the_text_as_written(
    pieces: list[tuple[str, set[str], str]], kind: str
) -> None:
    """Whatever marks a text holds, the Markdown shows its very characters; each mark is
    written as emphasis or a code span only where a reader takes it for one, and so read."""
    from newsparse.render.emphasis import writable_marks

    text, links, marks = "", [], []
    for words, kinds, before in pieces:
        words = words.strip()
        if text:  # a space, none, a line break, or in a quotation a paragraph's end
            text += " " if kind == "list" and "\n" in before else "\n" if kind == "paragraph" and before else before
        item = 0 if kind == "list" else None
        if "link" in kinds:
            links.append(Link(words, "https://example.com/a", len(text), item))
        marks += [Mark(mark, words, len(text), item) for mark in sorted(kinds - {"link"})]
        text += words
    block = Block(kind, text=text, items=[text], links=links, marks=marks)
    shown, found = _marks_shown(render_block(block))
    assert shown.strip() == text.strip() if kind == "list" else shown == text
    written = writable_marks(text, marks, [(link.start, link.start + len(link.text)) for link in links])
    assert found == sorted((mark.type, mark.text) for mark in written)


def test_a_pages_bold_italics_and_code_are_written_as_markdown_where_a_reader_takes_them_so() -> None:
    import newsparse

    html = (
        "<article><h1>Marks</h1><p>Call <code>f(*args)</code> with <b>bold <i>and italic</i> words</b>, the "
        "<a href='https://example.com/x'>link <b>inside</b></a>, half a<b>word</b> and <b>(a note)</b>.</p></article>"
    )
    (block,) = newsparse.extract(html).blocks
    assert [(m.type, m.text) for m in block.shown_marks()] == [
        ("strong", "bold and italic words"),
        ("strong", "inside"),
        ("strong", "word"),
        ("strong", "(a note)"),
        ("em", "and italic"),
        ("code", "f(*args)"),
    ]
    assert render_block(block) == (
        "Call `f(*args)` with **bold *and italic* words**, the [link **inside**](https://example.com/x), "
        # inside a word, or between a bracket and a full stop, a run of asterisks could open as
        # well as close, and pair with another: written plain
        "half aword and (a note)."
    )
