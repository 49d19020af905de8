"""Measuring and tidying text the same way for every language.

Lengths are counted in characters, with a CJK character weighted like a short word, so a
Chinese paragraph and an English one of the same content score alike (Readability's and
newspaper's word counts see a whole Chinese paragraph as one word).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator

from selectolax.lexbor import LexborNode

# Characters that take no space on screen; str.split() already knows every Unicode space
# (NBSP, ideographic space), but not these.  The zero-width (non-)joiners stay: they spell
# Persian and Indic words ("سه‌شنبه") and join emoji.  The replacement mark goes too: it
# stands for a character lost before the page reached us (an emoji a CMS could not store,
# "点【在看】试试��"), and tells a reader nothing (what decoding lost, provenance counts).
_INVISIBLE = re.compile("[\u200b\u2060\ufeff\u00ad\ufffd]")
_CJK_CLASS = r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]"
_CJK = re.compile(_CJK_CLASS)
_CJK_RUN = re.compile(_CJK_CLASS + "+")
KANA_CLASS = "[\u3040-\u30ff]"  # hiragana and katakana
_KANA = re.compile(KANA_CLASS)
# Sentence punctuation, Latin and CJK: a sign of prose rather than menus.
_ASCII_PUNCT = ",.;:!?"
_PUNCT = _ASCII_PUNCT + "，。！？；：、“”「」《》"
# Prose sets a mark every few words; marks closer than this (in characters) are figures
_PROSE_MARK_SPACING = 15
_MARK_IN_NUMBER = re.compile(r"(?<=\d)[.,:](?=\d)")
_NON_WORD = re.compile(r"\W+")
# Parts a node's text nodes in one text call until they are joined: a control character
# that page text does not use.
NODE_BREAK = "\x1f"
# Where two elements' text runs on with no space: before closing punctuation (German closes
# a quotation with “), after opening punctuation or a hyphen ("well-<a>known</a>"), either
# side of full-width punctuation, beside white space, and before a word's last letter set
# in an element of its own to space it ("<a>Will Knigh<span>t</span></a>").  Chinese words
# are spaced too: a space is how one line shows a break.
_GLUED_BREAK = re.compile(
    rf"{NODE_BREAK}+(?=[,.;:!?)\]}}’”‘“»%…，。、；：！？（）「」『』【】《》]|\s|$)|"
    rf"(?<=[(\[{{‘“„‚«¿¡\-/（「『【《，。、；：！？]){NODE_BREAK}+|(?<=\s){NODE_BREAK}+|"
    rf"(?<=[a-z]){NODE_BREAK}(?=[a-z](?:{NODE_BREAK}|$))"
)
# How a sentence, or a quotation closing one, ends: prose rather than a title or a label.
SENTENCE_END = (".", "!", "?", "。", "！", "？", '"', "”", "»")
CJK_WEIGHT = 3


def squash(text: str) -> str:
    """Collapse runs of white space (including NBSP and ideographic space) to one space."""
    if not text.isascii() and _INVISIBLE.search(text):
        text = _INVISIBLE.sub("", text)
    return " ".join(text.split())


def weighted_len(text: str) -> int:
    """Length in characters, a CJK character counting as CJK_WEIGHT."""
    if text.isascii() or not _CJK.search(text):
        return len(text)
    # Deleting runs is four times faster than listing characters (Chinese paragraphs are
    # long runs); the single-character search is the faster test for Latin text.
    return len(text) + (CJK_WEIGHT - 1) * count_chars(_CJK_RUN, text)


def count_chars(runs: re.Pattern[str], text: str) -> int:
    """How many characters of ``text`` fall in the runs ``runs`` matches (a class with "+").

    Deleting the runs and measuring what is left builds no list of matches: on long
    CJK or Cyrillic text, several times faster than counting ``findall``'s results.
    """
    return len(text) - len(runs.sub("", text))


def has_cjk(text: str) -> bool:
    return bool(_CJK.search(text))


def has_kana(text: str) -> bool:
    """Japanese text: kanji alone cannot tell it from Chinese, its kana can."""
    return not text.isascii() and bool(_KANA.search(text))


def comparison_key(text: str | None) -> str:
    """A text reduced to its letters and digits, case folded: two renderings of one headline
    ("Flood : the town" and "Flood: the town") compare equal."""
    text = text or ""
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
    return _NON_WORD.sub("", text).casefold()


def punctuation_count(text: str) -> int:
    """Sentence punctuation.  Text thick with marks is figures (a stock ticker's prices,
    a table of scores): there the marks inside numbers ("3,078.02", "14:30") are not
    counted, which had let a ticker outscore the story on its decimal points."""
    # str.count, a C loop, beats any regex here, even one mark at a time
    count = sum(map(text.count, _ASCII_PUNCT if text.isascii() else _PUNCT))
    if count * _PROSE_MARK_SPACING > len(text):
        count -= len(_MARK_IN_NUMBER.findall(text))
    return count


def is_named_anchor(a: LexborNode) -> bool:
    """An <a name> with no address: a place to jump to, no link, and older pages leave one
    open over the whole story.  An <a> with neither is a script's button, link text still."""
    attrs = a.attrs
    return "name" in attrs and "href" not in attrs


def element_beside(node: LexborNode, forward: bool) -> LexborNode | None:
    """The element next to ``node``, after it or before it, passing over empty ones (an
    advertisement's slot, a spacer)."""
    sibling = node.next if forward else node.prev
    while sibling is not None and (not sibling.is_element_node or not sibling.text(deep=True).strip()):
        sibling = sibling.next if forward else sibling.prev
    return sibling


def link_density(node: LexborNode, link_lengths: dict[LexborNode, int] | None = None) -> float:
    """The share of an element's text that is link text.

    ``link_lengths`` remembers each link's length for the next call: nested candidates
    share most of their links (on table-laid pages, hundreds).
    """
    total = len(node.text(deep=True))
    if not total:
        return 0.0
    if link_lengths is None:
        link_lengths = {}
    linked = 0
    for a in node.css("a"):
        length = link_lengths.get(a)
        if length is None:
            length = link_lengths[a] = 0 if is_named_anchor(a) else len(a.text(deep=True))
        linked += length
    return min(linked / total, 1.0)


def line_text(node: LexborNode) -> str:
    """An element's text on one line: the texts of its elements spaced ("<span>16.12.2021
    </span><a>Ein …</a>", a date over a teaser's title, or two <p> inside a table's cell),
    but punctuation kept by the word an element ends with ("<a>Joe Schobert</a>, who")."""
    return joined_text(node.text(deep=True, separator=NODE_BREAK))


def joined_text(text: str) -> str:
    """Text whose nodes ``NODE_BREAK`` parts, joined as a browser spaces elements set
    apart: with a space, but none before a comma or after an opening bracket."""
    if NODE_BREAK in text:
        text = _GLUED_BREAK.sub("", text).replace(NODE_BREAK, " ")
    return squash(text)


def text_and_stops(node: LexborNode, stop: Callable[[LexborNode], bool]) -> Iterator[LexborNode]:
    """The text nodes under ``node`` and the elements ``stop`` holds the walk at, in document
    order; every other element is walked into, with a stack rather than recursion (a hostile
    page nests thousands of elements, deeper than Python recurses)."""
    child = node.child
    resume: list[LexborNode | None] = []  # where the walk goes on after each element entered
    while child is not None or resume:
        if child is None:
            child = resume.pop()
            continue
        if child.tag == "-text":
            yield child
        elif child.is_element_node:
            if stop(child):
                yield child
            else:
                resume.append(child.next)
                child = child.child
                continue
        child = child.next
