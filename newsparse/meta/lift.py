"""Byline matter inside the story's blocks: lifted out of the body and read.

Templates set bylines, datelines, editors' notes and sources among the story's own
paragraphs (the headline repeated with its byline, "来源：X 作者：Y" under it, "责任编辑：Z"
closing it, a signature in bold).  Those lines leave the body and fill the metadata; a
credit that is part of the story's text (a news service's opening dateline, an agency's
closing credit) is read and left in place.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, partial

from newsparse.html.text import comparison_key
from newsparse.meta.byline import (
    DASHES,
    LINE_PARTS,
    MAX_BYLINE_BLOCK,
    Byline,
    credit_line,
    credited_agency,
    date_label_alone,
    english_byline,
    is_byline_line,
    is_dateline,
    is_name_line,
    japanese_credit,
    opening_credit,
    reporter_credit,
    standalone_byline,
    wire_credit,
)
from newsparse.meta.language import detect_language
from newsparse.meta.people import (
    HAN_CHARACTER,
    cjk_names,
    is_person,
    korean_names,
    person_names,
    reads_as_cjk_name,
    staff_credits,
    written_as_name,
)
from newsparse.model import Block
from newsparse.patterns.dates import MONTHS, RELATIVE_DATE_LINE
from newsparse.patterns.labels import (
    AGENCY_LINE,
    AUTHOR_NOTE,
    BY_PREFIX,
    CLOSING_AGENCY,
    CONTRIBUTOR_NOTE,
    CYRILLIC_WIRE,
    FORUM_POSTER,
    INSTITUTION,
    JAPANESE_CLOSING_CREDIT,
    JAPANESE_WIRE,
    JAPANESE_WIRES,
    KOREAN_CLOSING_CREDIT,
    NEWSROOM_ALONE,
    NO_ONE_CREDIT,
    OPENING_AGENCY,
    TRAILING_AUTHOR,
    TRAILING_EDITOR,
    TRAILING_NAME,
)
from newsparse.trace import Trace

_BRACKETED_LINE = re.compile(r"^\s*[（(【\[]\s*(?P<inside>[^（()）【】\[\]]+?)\s*[)）】\]]\s*$")
# The marks Chinese papers set before a byline line ("□本报记者 张三", "■ 张三")
_BYLINE_MARKS = "□■◎●○◆◇▲△"
_WIRE_CREDIT_BLOCKS = 2  # the last paragraphs, where an agency's credit stands
# "Theo X" (according to X) closing a Vietnamese story, after the writer's name in brackets
# or alone: its source
_VIETNAMESE_SOURCING = re.compile(
    r"^\s*(?:(?:(?P<writer>[^()]{2,40}?)\s*)?[(（]\s*theo\s+(?P<bracketed>[^()（）]{2,40})[)）]|theo\s+(?P<alone>[^()]{2,40}))\s*$",
    re.IGNORECASE,
)
# A Vietnamese story's signature, closing it: the writers' names, parted by dashes or commas,
# and "(t/h)" ("tổng hợp", compiled) after them ("Hoàng Long - Thu Hà", "Minh Anh (t/h)")
_VIETNAMESE_SIGNATURE = re.compile(
    r"^\s*(?P<names>[^\W\d_]+(?:\s+[^\W\d_]+){1,3}(?:\s*[-–,]\s*[^\W\d_]+(?:\s+[^\W\d_]+){1,3}){0,3})"
    r"\s*(?:[(（]\s*(?:t/h|tổng hợp)\s*[)）])?\s*$",
    re.IGNORECASE,
)
_VIETNAMESE_NAMES = re.compile(r"\s*[-–,]\s*")
_LANGUAGE_BLOCKS = 3  # paragraphs read for the story's language
_BROKEN_BYLINE_MAX = 160  # characters: a byline and a dateline over two lines, no paragraph
# A day of a month without its year, alone: a blog's date badge over the post ("Jun 17",
# "17. Juni", "June 17th"), read by its month's name.
_YEARLESS_DAY = re.compile(
    r"^\s*(?:(?P<first>[^\W\d_]{3,12})\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}\.?\s+(?P<after>[^\W\d_]{3,12})\.?)\s*$"
)
# Initials in brackets closing a story, in lower case as German papers sign ("(mm)", "(dr/spot)")
_INITIALS_CREDIT = re.compile(r"^\s*[(（]\s*[a-zäöüß]{2,5}(?:\s*/\s*[a-zäöüß]{2,5})*\s*[)）]\s*$")
_AUTHOR_NOTES = 2  # notes on the writers closing a story: who they are, where to write to them
_MAX_AUTHOR_NOTE = 300  # characters
_TOP_BLOCKS = 4  # bylines and datelines stand among the first blocks
# A gallery's or a video's title over the story's top repeats the headline word for word,
# a few blocks further down than the bylines stand
_HEADLINE_REACH = 10
# Where a byline's parts meet with no space: a lower-case letter or a label's colon before
# a capital or a digit ("PublishedMarch", "am12.03."), a year before a word ("2024byJane").
_GLUE_POINT = re.compile(r"(?<=[a-zß-ÿа-яё:])(?=[A-ZÀ-ÞА-ЯЁ\d])|(?<=\d{4})(?=[^\W\d_])")
_GLUED_MAX = 120  # characters: a byline's fields, not a sentence
_YEARLESS_DAY_MAX = 24  # characters: "September 17th", spaced
_AGENCY_LINE_MAX = 40  # characters: "Deutsche Presse-Agentur" and its kin, spaced
_HEADLINE_TAG = 4  # letters of a tag set before a repeated headline ("原创")
_DATE_DIGITS = 14  # digits of a date and time set before a repeated headline ("23.01.2022 14:30")
_TITLE_SLACK = 20  # characters a repeated headline may add in spacing and punctuation


def lift_bylines(
    blocks: list[Block], title: str | None, trace: Trace | None = None, surname_test: bool = True
) -> tuple[list[Block], Byline]:
    """Take byline, source and editor lines out of the body and read them.

    A standalone line of labelled fields anywhere, and near the top a "By ..." line, a
    bare date, or a list of such lines, are lifted; so is an editor's note closing the last
    paragraph.  A closing author credit such as ``(郭愛青)``, and the reporters a news
    service's opening dateline credits, are read but left in the text, where they are
    part of the story.
    """
    found = Byline()
    kept: list[Block] = []
    title_key = comparison_key(title)
    language = cache(lambda: _story_language(blocks))
    closing = _last_paragraph(blocks)
    for index, block in enumerate(blocks):
        if (
            index >= _TOP_BLOCKS
            and index != closing
            and block.type in ("paragraph", "heading")
            and len(block.text or "") <= _AGENCY_LINE_MAX
            and AGENCY_LINE.match(block.text or "")
        ):
            # a news agency's name alone within the story credits a picture ("Reuters"):
            # under it, the story itself (read as its source below)
            if trace is not None:
                trace.drop(block.text or "", "a picture's credit")
            continue
        if (
            index < _HEADLINE_REACH
            and title
            and block.text
            and block.type in ("paragraph", "heading")
            and len(block.text) < 2 * len(title) + _TITLE_SLACK  # a paragraph is not keyed in vain
            and _is_headline_again(comparison_key(block.text), title_key, index)
        ):
            if trace is not None:
                trace.drop(block.text, "the headline repeated")
            continue
        if index < _TOP_BLOCKS and _headline_then_byline(block, title, found, surname_test, language):
            if trace is not None:
                trace.drop(block.text or "", "the headline repeated, its byline read into metadata")
            continue
        if block.type == "paragraph" and block.text and "\n" in block.text:
            block = _without_edge_credits(block, found)
        near_top = index < _TOP_BLOCKS
        if (
            (block.type == "paragraph" and _lift_paragraph(block.text or "", near_top, found, surname_test, language))
            or (
                block.type == "list"
                and all(_lift_line(item, near_top, found, surname_test, language) for item in block.items or [])
            )
            or (block.type == "heading" and _lift_heading(block.text or "", near_top, found))
            or (near_top and block.type == "paragraph" and _glued_byline(block.text or "", surname_test, language))
        ):
            if trace is not None:
                trace.drop(block.plain_text(), "byline or dateline, read into metadata")
            if kept and kept[-1].type == "paragraph" and date_label_alone(kept[-1].text or "", block.text or ""):
                label = kept.pop()  # "Published" in an element of its own, over the date
                if trace is not None:
                    trace.drop(label.text or "", "a date's label, read with its date")
            continue
        kept.append(block)
    _read_opening_credit(kept, found)
    _read_closing_credits(kept, found, surname_test)
    return kept, found


def _lift_paragraph(
    text: str, near_top: bool, found: Byline, surname_test: bool, language: Callable[[], str | None]
) -> bool:
    """Whether a paragraph is byline matter, read into ``found``: read whole, or line by line
    where its lines, parted by line breaks, are each a byline's or a dateline's and the
    reading whole ran a name into the next line ("María López<br>Madrid - 12 mar 2024 -
    14:30 CET": "María López Madrid")."""
    whole = Byline()
    if not _lift_line(text, near_top, whole, surname_test, language):
        return False
    if "\n" in text and len(text) <= _BROKEN_BYLINE_MAX:
        lines = text.split("\n")
        each = Byline()
        if not all(any(name in line for line in lines) for name in whole.authors) and all(
            _lift_line(line, near_top, each, surname_test, language) for line in lines
        ):
            whole = each
    found.merge(whole)
    return True


def _glued_byline(line: str, surname_test: bool, language: Callable[[], str | None]) -> bool:
    """A byline or dateline whose parts stood in elements of their own with no space
    between them, as pages rendered by a script write them ("PublishedMarch 12, 2024",
    "Jane DoeMarch 12, 2024", "Posted onMarch 12, 2024byJane Doe"): read with spaces
    where a word runs into a capital or a year into a word.  Only left out: the page's
    elements, read apart, gave the fields, and a name cut at its capitals ("Mc Donald")
    must not be read."""
    if len(line) > _GLUED_MAX or "\n" in line:
        return False
    spaced = _GLUE_POINT.sub(" ", line)
    return spaced != line and _lift_line(spaced, True, Byline(), surname_test, language)


def _is_yearless_day(line: str) -> bool:
    """A month's name and a day alone ("Jun 17"), no sentence's words ("Seite 12")."""
    match = _YEARLESS_DAY.match(line) if len(line) <= _YEARLESS_DAY_MAX else None
    return match is not None and (match["first"] or match["after"]).lower() in MONTHS


def _is_headline_again(key: str, title_key: str, index: int) -> bool:
    """Among the top blocks the headline repeated, a tag before it or not; further down, only
    the headline word for word."""
    return _repeats_headline(key, title_key) if index < _TOP_BLOCKS else bool(key) and key == title_key


def _without_edge_credits(block: Block, found: Byline) -> Block:
    """A paragraph of lines whose first or last lines are labelled credits: those are read
    and the block keeps the rest.  Pages set the editor under the story's last line with a
    line break ("…的反应。<br>责任编辑：张三"), or the credits above the site's sign-off
    ("编辑|X<br>责编|Y<br>扫描下方二维码…"); a block of nothing but credits is lifted whole."""
    lines = block.text.split("\n") if block.text else []
    credits = Byline()
    start = 0
    while start < len(lines) - 1 and _lift_credits(lines[start], credits):
        start += 1
    end = len(lines)
    while end > start + 1 and _lift_credits(lines[end - 1], credits):
        end -= 1
    if start == 0 and end == len(lines):
        return block
    found.merge(credits)
    kept_from = sum(len(line) + 1 for line in lines[:start])
    return block.cut(kept_from, kept_from + len("\n".join(lines[start:end])))


def _read_opening_credit(blocks: list[Block], found: Byline) -> None:
    """The reporters and the agency a news service's dateline credits as the story opens.
    The story's opening is the first paragraph among the top blocks that opens so, not
    just the first: a promo the page set above the story ("【点击投票】…") may come first."""
    for block in blocks[:_TOP_BLOCKS]:
        if block.type != "paragraph" or not block.text:
            continue
        credited = opening_credit(block.text)
        # "WASHINGTON (AP) — …", "【ワシントン共同】…", "МОСКВА, 5 дек — РИА Новости. …": the story's source
        wire = OPENING_AGENCY.match(block.text) or JAPANESE_WIRE.match(block.text) or CYRILLIC_WIRE.match(block.text)
        if credited.authors or credited.sources or wire:
            found.authors.extend(name for name in credited.authors if name not in found.authors)
            found.sources.extend(credited.sources)
            if wire:
                found.sources.append(wire["agency"])
            return


def _read_vietnamese_sourcing(blocks: list[Block], found: Byline) -> bool:
    """A Vietnamese story's closing line that gives its source ("Theo VnExpress", according
    to VnExpress), after the writer's name or alone ("Minh Anh (theo Reuters)"): read and
    lifted.  "Theo" is a given name elsewhere, so only a story in Vietnamese is read so."""
    if not blocks or blocks[-1].type not in ("paragraph", "heading"):
        return False
    line = blocks[-1].text or ""
    language = cache(partial(_story_language, blocks))
    if not _read_theo_line(line, found, language) and not _read_vietnamese_signature(line, found, language):
        return False
    del blocks[-1]
    return True


def _read_vietnamese_signature(line: str, found: Byline, language: Callable[[], str | None]) -> bool:
    """Whether ``line``, closing a Vietnamese story, is its writers' signature ("Hoàng Long -
    Thu Hà", "Minh Anh (t/h)"), each word of each name capitalized: read into ``found``."""
    signature = _VIETNAMESE_SIGNATURE.match(line)
    names = _VIETNAMESE_NAMES.split(signature["names"]) if signature else []
    if not names or not all(word[0].isupper() for name in names for word in name.split()) or language() != "vi":
        return False
    found.authors.extend(n for n in names if n not in found.authors)
    return True


def _read_theo_line(line: str, found: Byline, language: Callable[[], str | None]) -> bool:
    """Whether ``line`` is a Vietnamese story's sourcing, read into ``found``: the writer
    and the outlet "theo" (according to) names, over the story or under it."""
    sourcing = _VIETNAMESE_SOURCING.match(line)
    if sourcing is None or language() != "vi":
        return False
    if sourcing["writer"]:
        found.authors.extend(n for n in person_names(sourcing["writer"]) if n not in found.authors)
    found.sources.append((sourcing["bracketed"] or sourcing["alone"]).strip())
    return True


def _story_language(blocks: list[Block]) -> str | None:
    """The language of the story's opening, for the words that are a byline's in one
    language and another word, or a name, in others."""
    return detect_language(" ".join(b.text or "" for b in blocks[:_LANGUAGE_BLOCKS]))


def _lift_credits(line: str, found: Byline) -> bool:
    """Whether a line is labelled credits (read into ``found``): "作者：X", "编辑 X 校对 Y".
    A short line in bold, a heading to the block builder, is lifted only as such."""
    is_byline, fields = is_byline_line(line)
    credits = fields if is_byline else credit_line(line)
    if credits is None:
        return False
    found.merge(credits)
    return True


def _headline_then_byline(
    block: Block, title: str | None, found: Byline, surname_test: bool, language: Callable[[], str | None]
) -> bool:
    """The headline shown with its byline after it, as one heading sets them apart only by
    a line break ("米朝首脳直通電話…の成否<br>編集委員　中沢克二"): the byline is read."""
    text = block.text or ""
    if not title or block.type not in ("heading", "paragraph") or not text.startswith(title):
        return False
    rest = text[len(title) :].strip()
    return bool(rest) and _lift_line(rest, True, found, surname_test, language)


def _repeats_headline(key: str, title_key: str) -> bool:
    """The headline again, perhaps after a tag of a few characters ("原创", "Exclusive") or
    after its date ("23.01.2022 - Headline", a blog's "Jun 17" in the heading's <time>)."""
    if not title_key or not key.endswith(title_key):
        return False
    before = key[: len(key) - len(title_key)]
    if len(before) <= _HEADLINE_TAG:
        return True
    letters = before.strip("0123456789")
    digits = len(before) - len(letters)
    return 0 < digits <= _DATE_DIGITS and (not letters or letters in MONTHS)


def _lift_heading(text: str, near_top: bool, found: Byline) -> bool:
    """A heading that is labelled credits, or near the top a "By …" line ("By Giovanni
    Gaggero | 12/10/2020" set as an <h4>)."""
    if _lift_credits(text, found):
        return True
    reporters = reporter_credit(text)  # "澎湃新闻记者 段彦超 廖艳" set in bold
    if reporters:
        found.merge(Byline(authors=reporters))
        return True
    agency = AGENCY_LINE.match(text) if near_top else None
    if agency:  # "Agencia EFE" set as a heading over the story
        found.merge(Byline(sources=[agency["agency"]]))
        return True
    names = standalone_byline(text) if near_top else []
    found.merge(Byline(authors=names))
    return bool(names)


def _lift_line(
    line: str, near_top: bool, found: Byline, surname_test: bool, language: Callable[[], str | None]
) -> bool:
    """Whether a line is byline matter (read into ``found``) rather than story text;
    ``language`` tells the story's language when asked."""
    if line[:1] in _BYLINE_MARKS:
        line = line.lstrip(_BYLINE_MARKS).lstrip() or line
    if _lift_credits(line, found):
        return True
    # a reporters' credit may stand in brackets of its own ("（记者 张三）")
    bracketed = _BRACKETED_LINE.match(line)
    reporters = reporter_credit(bracketed["inside"] if bracketed else line) or _credit_beside_dateline(line)
    if not reporters and not surname_test:
        reporters = japanese_credit(line)
    if reporters:
        found.merge(Byline(authors=reporters))
        return True
    if (near_top or not HAN_CHARACTER.search(line)) and is_dateline(line):
        # A line of nothing but a date and its labels is no story text anywhere, but for a
        # Chinese document's closing date under its issuer (落款) and a timeline's dates.
        return True
    poster = FORUM_POSTER.match(line)
    if poster:
        found.merge(Byline(authors=[poster["name"]]))
        return True
    if not near_top:
        return False
    if RELATIVE_DATE_LINE.match(line) or NO_ONE_CREDIT.match(line) or _is_yearless_day(line):
        return True  # "昨天", "3 hours ago", "Jun 17": when it was shown; "From staff reports": no one
    if _read_theo_line(line, found, language):
        return True  # "Theo VnExpress" over a Vietnamese story: its source, no writer
    agency, _, rest = line.partition("\n")  # "The Associated Press<br>Published Monday, …"
    agency = BY_PREFIX.sub("", agency)  # "By The Associated Press"
    if AGENCY_LINE.match(agency) and (not rest or is_dateline(rest)):
        found.merge(Byline(sources=[agency.strip().removeprefix("the ")]))  # "By the Associated Press"
        return True
    # the agency credited in brackets on a line of its own ("（共同）", "(dpa)"), or a Japanese
    # wire dateline alone ("【ワシントン共同】")
    credit = CLOSING_AGENCY.match(line) or JAPANESE_WIRE.fullmatch(line.rstrip())
    if credit:
        found.merge(Byline(sources=[credit["agency"]]))
        return True
    # A Japanese line of a few kanji is a section, a place or a label as often as a name
    # ("政治", "東京", "情報元"): there a name needs its role.
    bare_names = surname_test or not HAN_CHARACTER.search(line)
    credits = staff_credits([line]) if len(line) <= MAX_BYLINE_BLOCK else []
    # a newsroom credited alone is no one's name, whatever particle precedes it ("Von der Redaktion")
    newsroom = bool(credits) and NEWSROOM_ALONE.fullmatch(credits[0]) is not None
    names = []
    if not newsroom:
        names = english_byline(line, language) or (is_name_line(line, surname_test) if bare_names else [])
    if names:
        found.merge(Byline(authors=names, sources=credited_agency(line)))
        return True
    if credits:  # "By AOL Staff": no person, but a credit
        found.merge(Byline(credits=credits))
    return bool(credits)


def _credit_beside_dateline(line: str) -> list[str]:
    """The reporters of a line that sets their credit and the date apart by a separator
    ("홍길동 기자 · 입력 2023.12.06 17:35"): a line of nothing but the two is byline matter."""
    if len(line) > MAX_BYLINE_BLOCK:
        return []
    parts = LINE_PARTS.split(line)
    names: list[str] = []
    for part in parts if len(parts) > 1 else ():
        if not is_dateline(part):
            credited = reporter_credit(part)
            if not credited:
                return []
            names.extend(credited)
    return names


def _dashed_signature(text: str, surname_test: bool) -> list[str]:
    """The names of a line that is a dash and nothing but them ("- Nadja Podbregar", "— Jane
    Doe and John Roe"): a signature set apart under the story."""
    if text[:2] not in DASHES:
        return []
    return is_name_line(text[2:].strip(), surname_test)


def _last_paragraph(blocks: list[Block]) -> int | None:
    """Where the story's last paragraph with text stands (pictures and lists may follow it)."""
    return next((i for i in range(len(blocks) - 1, -1, -1) if blocks[i].type == "paragraph" and blocks[i].text), None)


def _without_agency_credit(blocks: list[Block], found: Byline) -> None:
    """The agencies the story draws on, credited under it ("(dpa)", "Mit Material von dpa",
    "*Com informações da Reuters"): the first is its source, and the line leaves it, as a
    writer's initials do."""
    at = _last_paragraph(blocks)
    if not at:
        return  # no paragraph, or the story's only one: a story is more than its credit
    text = blocks[at].text or ""
    credit = CLOSING_AGENCY.match(text) or AGENCY_LINE.match(text)
    if credit is not None:
        found.sources.append(credit["agency"])
        del blocks[at]
    elif _INITIALS_CREDIT.match(text):
        del blocks[at]  # the writer's or the desk's initials ("(mm)", "(dr/spot)"): no name to read


def _without_author_notes(blocks: list[Block], found: Byline, surname_test: bool) -> None:
    """A note on the writer closing the story ("Phil Helsel is a reporter for NBC News.",
    "Write to Al Root at …@dowjones.com") or on those who helped ("Keith Bradsher contributed
    reporting."), or two of them, leaves it: the writer is the author where nothing else
    named one."""
    for _ in range(_AUTHOR_NOTES):
        at = _last_paragraph(blocks)
        text = (blocks[at].text or "") if at is not None else ""
        if not text or len(text) > _MAX_AUTHOR_NOTE:
            return
        if CONTRIBUTOR_NOTE.match(text):
            del blocks[at]
            continue
        note = AUTHOR_NOTE.match(text)
        if note is None:
            return
        name = note["name"] or note["german"] or note["address"]
        if not (is_person(name) and written_as_name(name, surname_test)):
            return
        if not found.authors:
            found.authors.append(name)
        del blocks[at]


def _read_closing_credits(blocks: list[Block], found: Byline, surname_test: bool) -> None:
    if _read_vietnamese_sourcing(blocks, found):
        return
    _without_author_notes(blocks, found, surname_test)
    _without_agency_credit(blocks, found)
    # An agency's credit, in the last paragraphs (a copyright line may follow it), stays
    # in the text; its reporters are the authors when nothing else named them.
    for block in blocks[-_WIRE_CREDIT_BLOCKS:]:
        if block.type != "paragraph":
            continue
        credit = wire_credit(block.text or "")
        if not found.authors:
            found.authors.extend(credit.authors)
        found.editors.extend(n for n in credit.editors if n not in found.editors)
    if len(blocks) > 1 and blocks[-1].type == "heading":
        # A heading heads nothing at the very end: a name set there in bold is the signature
        # ("<p><b>Stefan Wasmer</b></p>" closing a report).
        text = blocks[-1].text or ""
        signature = not text.endswith((":", "：")) and (standalone_byline(text) or is_name_line(text, surname_test))
        if signature:
            found.authors.extend(n for n in signature if n not in found.authors)
            del blocks[-1]
            return
    at = _last_paragraph(blocks)
    if at is None:
        return
    last = blocks[at]
    text = last.text or ""
    closing = (standalone_byline(text) or _dashed_signature(text, surname_test)) if len(blocks) > 1 else []
    if closing:  # "Von Cosima Künzel" or "- Nadja Podbregar" closing the story
        found.authors.extend(n for n in closing if n not in found.authors)
        del blocks[at]
        return
    editor = TRAILING_EDITOR.search(text)
    if editor:
        found.editors.extend(n for n in cjk_names(editor.group("names")) if n not in found.editors)
        last.text = text = text[: editor.start()].rstrip()
        if not text:
            del blocks[at]
            return
    signed = TRAILING_NAME.search(text)
    if signed and not HAN_CHARACTER.search(signed["names"]):
        names = [
            n for n in person_names(signed["names"]) if written_as_name(n, surname_test) and not INSTITUTION.search(n)
        ]
        found.authors.extend(n for n in names if n not in found.authors)
        return
    korean = KOREAN_CLOSING_CREDIT.search(text) if "기자" in text or "특파원" in text else None
    if korean:
        found.authors.extend(n for n in korean_names(korean["names"]) if n not in found.authors)
        return
    japanese = JAPANESE_CLOSING_CREDIT.search(text)
    if japanese:
        names = japanese["names"].split("、")
        found.sources.extend(n for n in names if n in JAPANESE_WIRES and n not in found.sources)
        found.authors.extend(n for n in names if n not in JAPANESE_WIRES and n not in found.authors)
        return
    author = TRAILING_AUTHOR.search(text)
    if author:
        # a Japanese paper's brackets may give the desk or role before the name ("（編集委員　山田太郎）")
        names = (not surname_test and japanese_credit(author["names"])) or cjk_names(author["names"])
        found.authors.extend(n for n in names if n not in found.authors and reads_as_cjk_name(n, surname_test))
