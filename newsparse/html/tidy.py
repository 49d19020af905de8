"""Last pass over the body's blocks: what the container held that is still not the story.

Legal and contact lines (版权所有, ICP证, Copyright) are dropped wherever they stand, and a
heading that opens a section after the story ("Related articles", "Kommentare", 相关新闻)
ends the body when it comes in the second half: what follows it is furniture that shared
the article's container.
"""

from __future__ import annotations

import re

from newsparse.html.text import SENTENCE_END, has_cjk, weighted_len
from newsparse.model import Block
from newsparse.patterns.boilerplate import (
    CLOSING_HOME_LINK_CJK,
    CLOSING_LABEL,
    CLOSING_PROMO_CJK,
    LEGAL_LINE,
    LEGAL_LINE_CJK,
    RIGHTS_LINE_MAX,
    RIGHTS_RESERVED,
    SITE_PAGE_BARS,
    SITE_PAGE_NAME,
    SITE_PAGES_MIN,
    TEASER_END,
    TRUNCATION_MARKS,
    closing_title,
)
from newsparse.patterns.labels import BYLINE_FIELD
from newsparse.trace import Trace

_LEGAL_BLOCK_MAX = 300  # a long paragraph that mentions copyright is prose
_MIN_BLOCKS_BEFORE = 2  # a closing section follows some story
_STORY_PARAGRAPH = 400  # weighted characters: longer than a teaser's standfirst
_PROSE_PARAGRAPH = 150  # weighted characters: a paragraph of the story, not a teaser's line
_STORY_REST = 600  # weighted characters of such paragraphs: the story goes on
_SENTENCE_PARAGRAPH = 60  # weighted characters: a sentence of the story, not a teaser's title
_STORY_SENTENCES = 3  # such paragraphs, ending as sentences do: the story goes on
_COUNTER = re.compile(r"^[\d.,\s]{1,12}$")  # "3.409", "168 0 0"
# A share's quote: its name, price and day's change ("沪电股份 26.64 -0.89%", "AAPL 189.23 +1.20%")
_QUOTE = re.compile(r"^\S[^\n]{0,20}?\s+\d[\d,]*(?:\.\d+)?\s+[+\-−]?\d+(?:\.\d+)?%$")
_QUOTE_RUN = 3  # quotes in a row: a market widget ("以下为热门股票"), no story's table
_QUOTE_TITLE_MAX = 20  # characters: a line titling such a widget, or its columns ("股票简称 最新价 涨跌幅")
_QUOTE_TITLES = 2  # such lines above the quotes: the widget's title and its columns' header
_REPEAT_MIN = 30  # weighted characters: a sentence, not a table's cell, repeated
_SECTION_TITLE_MAX = 200  # characters: a section's title ("Read more: …"), not a paragraph
_BOX_TITLE_MAX = 80  # characters: a box's title, not a sentence set in bold
_PROMO_MAX = 120  # characters: a closing line sending the reader elsewhere, not a paragraph
_CARDS_MIN = 2  # teaser cards in a row closing the body: another story's card may stand alone
_EXCERPT_CARDS_MIN = 3  # untitled cards, a picture and a cut-off excerpt each
_CARD_TITLE_LINK = 0.8  # of a card's title, the share a link covers
_CARD_TEXT_MAX = 600  # weighted characters of a card's summary
_CARD_LABEL_MAX = 30  # characters: a card's category above its title ("News"), or its "Read the rest"
_CARD_ABOVE = 2  # blocks above a card's title that are its own: its picture and its category
_NUMBERED_TITLE = re.compile(r"\d{1,3}[.)]\s")  # an item's number opening its title: the page's own list
# How a Chinese story's last line ends: a sentence, or the agencies' end mark "（完）"
_CJK_STORY_END = (*SENTENCE_END, "完）", "完)")


def tidy_blocks(blocks: list[Block], trace: Trace | None = None) -> list[Block]:
    kept = []
    for index, block in enumerate(blocks):
        if _is_legal_line(block, closing=index == len(blocks) - 1):
            if trace is not None:
                trace.drop(block.text, "legal or contact line")
        else:
            kept.append(block)
    blocks = _trim_closing_teaser(_trim_closing_promos(_cut_trailing_section(kept, trace), trace), trace)
    return _trim_closing_excerpts(_trim_closing_cards(blocks, trace), trace)


def drop_repeats(blocks: list[Block], trace: Trace | None = None) -> list[Block]:
    """A sentence printed twice in a row is one the template printed twice (a mobile and a
    desktop copy of the standfirst, a kicker above and below the headline); a short cell
    repeated ("USA", "0", "3") is a table's or a spec sheet's data.  Read once the headline
    and the bylines between two copies have gone.  A picture shown twice in a row (a lazy
    loader's copy and its <noscript> one) is one, with whichever caption it was given."""
    kept: list[Block] = []
    for block in blocks:
        text = block.text
        if block.type == "image" and kept and kept[-1].type == "image" and kept[-1].src == block.src:
            if kept[-1].caption is None:
                kept[-1] = block
        elif text and kept and kept[-1].text == text and weighted_len(text) >= _REPEAT_MIN:
            if trace is not None:
                trace.drop(text, "the block before, printed again")
        else:
            kept.append(block)
    return kept


def trim_counters(blocks: list[Block], trace: Trace | None = None) -> list[Block]:
    """A bare number opening or closing the story is a counter the template set beside it
    (views "3.409", comments "0", votes "22"), no sentence of it; inside the story, or in a
    run of them closing it, numbers are a table's or a list's.  Read after the bylines,
    which take a date set so."""
    start, end = 0, len(blocks)
    if end > 1 and _is_counter(blocks[0]) and not _is_counter(blocks[1]):
        start = 1
    if end - start > 1 and _is_counter(blocks[-1]) and not _is_counter(blocks[-2]):
        end -= 1
    if trace is not None:
        for block in (*blocks[:start], *blocks[end:]):
            trace.drop(block.text, "a bare number opening or closing the story")
    return blocks[start:end]


def _before_closing_quotes(blocks: list[Block], end: int) -> int:
    """Where the story ends when a run of share quotes closes it (a portal's market widget
    set after the story), with the short lines titling them and their columns."""
    first = end
    while first > 1 and _is_quote(blocks[first - 1]):
        first -= 1
    if end - first < _QUOTE_RUN:
        return end
    for _ in range(_QUOTE_TITLES):
        title = blocks[first - 1].text or ""
        if (
            first == 1
            or blocks[first - 1].type != "paragraph"
            or len(title) > _QUOTE_TITLE_MAX
            or title.endswith(SENTENCE_END)
        ):
            break
        first -= 1
    return first


def _is_quote(block: Block) -> bool:
    return block.type == "paragraph" and bool(_QUOTE.match(block.text or ""))


def _is_counter(block: Block) -> bool:
    return block.type in ("paragraph", "heading") and bool(_COUNTER.match(block.text or ""))


def drop_closing_headings(blocks: list[Block], trace: Trace | None = None) -> list[Block]:
    """Headings at the very end of the body head nothing: the title of a box whose links
    went as furniture ("Story Timeline", "Holiday Gift Guides"), or the label a box of
    links left ("Kategorien", "Quelle:"); nor is a market widget's run of share quotes
    the story.  Read after the bylines, which take a name set in bold there as the
    signature, or a label with its name ("Text:").  A sentence set as a heading (a pull
    quote, the closing line in bold) is the story's."""
    end = len(blocks)
    while True:
        while end > 1 and _heads_nothing(blocks[end - 1]):
            end -= 1
            if trace is not None:
                trace.drop(blocks[end].text, "a heading or a label at the end, heading nothing")
        quotes = _before_closing_quotes(blocks, end)
        if quotes == end:
            return blocks[:end]
        if trace is not None:
            for block in blocks[quotes:end]:
                trace.drop(block.text, "a market widget's share quotes at the end")
        end = quotes


def _heads_nothing(block: Block) -> bool:
    """A heading, a label, or a closing section's title set as a paragraph ("Ähnliche
    Beiträge" under the last sentence, its teasers gone)."""
    text = block.text or ""
    if block.type == "heading" and len(text) <= _BOX_TITLE_MAX and not text.endswith(SENTENCE_END):
        return True
    return block.type in ("heading", "paragraph") and (
        CLOSING_LABEL.match(text) is not None or (len(text) <= _BOX_TITLE_MAX and closing_title(text) is not None)
    )


def _is_legal_line(block: Block, closing: bool) -> bool:
    """A short block of legal or contact text; or the body's closing block when each of its
    lines is legal text, however long (the site's blurb ending "© 2019 Site. All Rights
    Reserved.", then its terms of use)."""
    text = block.text
    if not text:
        return False
    if len(text) > _LEGAL_BLOCK_MAX:
        return closing and all(_is_legal_text(line) for line in text.split("\n") if line.strip())
    return _is_legal_text(text) or (has_cjk(text) and LEGAL_LINE_CJK.search(text) is not None)


def _is_legal_text(text: str) -> bool:
    return bool(
        LEGAL_LINE.search(text)
        or (len(text) <= RIGHTS_LINE_MAX and (RIGHTS_RESERVED.search(text) or _names_site_pages(text)))
    )


def _names_site_pages(text: str) -> bool:
    """A footer's line of the site's own pages between bars, their links gone."""
    if "|" not in text and "·" not in text and "•" not in text:
        return False
    parts = SITE_PAGE_BARS.split(text.strip().lower())
    return sum(1 for part in parts if SITE_PAGE_NAME.match(part)) >= SITE_PAGES_MIN


def _cut_trailing_section(blocks: list[Block], trace: Trace | None) -> list[Block]:
    """Cut at a closing-section title: a heading after the story's first blocks, or a plain
    line ("Related:") in the second half, where it cannot be a sentence of the story.  A
    title after which the story goes on is a box inside it: the title alone goes, a plain
    line in the first half too ("Читайте также" between two paragraphs)."""
    half = len(blocks) // 2
    kept: list[Block] = []
    for index, block in enumerate(blocks):
        text = block.text or ""
        short = bool(index > 0 and block.type in ("heading", "paragraph") and text and len(text) <= _SECTION_TITLE_MAX)
        kind = closing_title(text) if short else None
        comments, is_title = kind == "comments", kind is not None
        closes = index >= _MIN_BLOCKS_BEFORE and (block.type == "heading" or index >= half)
        if not is_title or (not closes and not _sentence_follows(blocks, index)):
            kept.append(block)
        elif not closes or (not comments and _story_goes_on(blocks, index)):  # comments read like prose
            if trace is not None:
                trace.drop(block.text, "the title of a box inside the story")
        else:
            if trace is not None:
                for cut in blocks[index:]:
                    trace.drop(cut.plain_text(), f"after the closing section {block.text!r}")
            break
    return kept


def _trim_closing_promos(blocks: list[Block], trace: Trace | None) -> list[Block]:
    """Closing lines that send the reader elsewhere ("扫描下方二维码关注…", "更多原创资讯请下载…APP")
    come off the end, and with them the short lines after the first of them (the portal's
    box of hot stocks, "以下为热门股票" / "京东方Ａ 4.00 +2.30%"), looking past the pictures,
    the credit lines and the rows of such boxes that close a story too, up to a sentence; the
    same words inside the story (a QR code a city asks people to scan) stay.  So does a link
    home glued to the last sentence."""
    last = blocks[-1] if blocks else None
    if last is not None and last.type == "paragraph" and last.text and "首" in last.text:
        last.text = CLOSING_HOME_LINK_CJK.sub("", last.text)  # "…仍将持续。返回腾讯网首页>>"
        if not last.text:
            blocks = blocks[:-1]
    first_promo = None
    for index in range(len(blocks) - 1, 0, -1):
        block = blocks[index]
        text = block.text
        if block.type == "image":
            continue
        # a box of such lines set apart by line breaks is read as its lines
        if not text or max(map(len, text.split("\n"))) > _PROMO_MAX or not has_cjk(text):
            break
        if CLOSING_PROMO_CJK.search(text):
            first_promo = index
        elif text.endswith(_CJK_STORY_END) and not BYLINE_FIELD.search(text):
            break  # a sentence, or the story's end mark: the story is reached
    if first_promo is None:
        return blocks
    promos = set()
    blocks = blocks[:]
    for index in range(first_promo, len(blocks)):
        text = blocks[index].text
        if text and BYLINE_FIELD.search(text):  # credits are read later, from where they stand
            blocks[index] = _credits_before_promo(blocks[index], trace)
        elif text:
            promos.add(index)
            if trace is not None:
                trace.drop(text, "a closing line sending the reader elsewhere, or after one")
    return [block for index, block in enumerate(blocks) if index not in promos] if promos else blocks


def _credits_before_promo(block: Block, trace: Trace | None) -> Block:
    """A box of credit lines that runs on into the closing promotion ("编辑|X" … "来源|Y" over
    "扫描下方二维码…" and its menu): the credits, less the promotion's lines.  A box opening
    on the promotion is left whole, its credits after it."""
    text = block.text or ""
    at = 0
    for line in text.split("\n"):
        if CLOSING_PROMO_CJK.search(line):
            if not at:
                return block
            if trace is not None:
                trace.drop(text[at:], "a closing line sending the reader elsewhere, or after one")
            return block.cut(0, at - 1)
        at += len(line) + 1
    return block


def _trim_closing_teaser(blocks: list[Block], trace: Trace | None) -> list[Block]:
    """A teaser for another page closing the body: its standfirst ends on the link that leads
    there ("… zum Nachlesen und Nachhören. mehr"), its title stands before it."""
    if len(blocks) <= _MIN_BLOCKS_BEFORE or blocks[-1].type != "paragraph":
        return blocks
    if not TEASER_END.search(blocks[-1].text or ""):
        return blocks
    title = blocks[-2].text or ""
    titled = blocks[-2].type == "heading" or (len(title) <= _SECTION_TITLE_MAX and not title.endswith(SENTENCE_END))
    cut = len(blocks) - 2 if titled else len(blocks) - 1
    if trace is not None:
        for block in blocks[cut:]:
            trace.drop(block.plain_text(), "a teaser for another page")
    return blocks[:cut]


def _trim_closing_cards(blocks: list[Block], trace: Trace | None) -> list[Block]:
    """Teaser cards of other stories closing the body, from the box that shared the story's
    container: two or more in a row, each a title that is a link, alone (a list of
    headlines) or over a summary of a paragraph or two with a picture or cut short ("…",
    "[…]").  A story's own linked subheadings (a newsletter's roundup of links) come with
    whole paragraphs and no thumbnails; a body of cards alone (a blog's front page) is left
    as it is."""
    cut, cards, end = None, 0, len(blocks)
    while True:
        title = next((at for at in range(end - 1, -1, -1) if blocks[at].type == "heading"), None)
        if title is None or not _linked_title(blocks[title]):
            break
        summary = [block for block in blocks[title + 1 : end] if block.type != "image"]
        if not summary and len(blocks[title].text or "") <= _CARD_LABEL_MAX:
            end = title  # a card's "Read the rest" set as a heading
            continue
        if summary and not _card_summary(summary):
            break
        above = blocks[max(title - _CARD_ABOVE, 0) : title]
        pictured = any(block.type == "image" for block in (*above, *blocks[title + 1 : end]))
        if summary and not (pictured or (summary[-1].text or "").endswith(TRUNCATION_MARKS)):
            break
        cards, end = cards + 1, title
        for block in reversed(above):  # the card's picture and category above its title
            if block.type != "image" and not (block.type == "paragraph" and len(block.text or "") <= _CARD_LABEL_MAX):
                break
            end -= 1
        cut = end
    if cut is None or cards < _CARDS_MIN or not any(b.type == "paragraph" for b in blocks[:cut]):
        return blocks
    titles = [block.text or "" for block in blocks[cut:] if block.type == "heading"]
    if sum(1 for title in titles if _NUMBERED_TITLE.match(title)) >= _CARDS_MIN:
        return blocks  # a listicle's or a gallery's own items, numbered ("1. Sabrina", "2. Drake")
    if trace is not None:
        for block in blocks[cut:]:
            trace.drop(block.plain_text(), "teaser cards of other stories")
    return blocks[:cut]


def _trim_closing_excerpts(blocks: list[Block], trace: Trace | None) -> list[Block]:
    """Cards of other stories closing the body whose titles went with their links: a
    picture over an excerpt cut short ("…"), three or more in a row, and the short label
    over them ("Deals").  No story ends on three cut-off paragraphs, each after a picture."""
    end = len(blocks)
    cards = 0
    while end >= 2 and blocks[end - 2].type == "image" and _is_excerpt(blocks[end - 1]):
        cards, end = cards + 1, end - 2
    if cards < _EXCERPT_CARDS_MIN or not any(block.type == "paragraph" for block in blocks[:end]):
        return blocks
    label = (blocks[end - 1].text or "") if blocks[end - 1].type in ("heading", "paragraph") else ""
    if label and len(label) <= _CARD_LABEL_MAX and not label.endswith(SENTENCE_END):
        end -= 1
    if trace is not None:
        for block in blocks[end:]:
            trace.drop(block.plain_text(), "excerpts of other stories")
    return blocks[:end]


def _is_excerpt(block: Block) -> bool:
    text = block.text or ""
    return block.type == "paragraph" and weighted_len(text) <= _CARD_TEXT_MAX and text.endswith(TRUNCATION_MARKS)


def _linked_title(block: Block) -> bool:
    text = block.text or ""
    linked = sum(len(link.text) for link in block.shown_links())
    return bool(text) and linked >= _CARD_TITLE_LINK * len(text)


def _card_summary(blocks: list[Block]) -> bool:
    """A paragraph or two of a card's summary, each short."""
    return 0 < len(blocks) <= 2 and all(
        block.type == "paragraph" and weighted_len(block.text or "") <= _CARD_TEXT_MAX for block in blocks
    )


def _sentence_follows(blocks: list[Block], index: int) -> bool:
    """The story's next paragraph follows a label set early in it (its teaser's link gone)."""
    following = next((b for b in blocks[index + 1 :] if b.type != "image"), None)
    text = following.text if following is not None and following.type == "paragraph" else None
    return bool(text) and weighted_len(text) >= _SENTENCE_PARAGRAPH and text.endswith(SENTENCE_END)


def _story_goes_on(blocks: list[Block], index: int) -> bool:
    """A box titled "Related" inside the story, with the story resuming after it (its links
    already dropped as a link list): a long paragraph of prose follows, or the rest holds
    a story's worth of paragraphs, or of sentences, that are not teasers (a picture or a
    title before each)."""
    following = blocks[index + 1] if index + 1 < len(blocks) else None
    if (
        following is not None
        and following.type == "paragraph"
        and "\n" not in following.text  # one run of prose, not a list of teasers set line by line
        and weighted_len(following.text) >= _STORY_PARAGRAPH
    ):
        return True
    prose, sentences = 0, 0
    # the box's own titles: its label and any heading right under it ("Read More" over
    # "Mirror Football's Top Stories")
    titles = next((n for n, block in enumerate(blocks[index:]) if block.type != "heading"), len(blocks) - index)
    for position, (before, block) in enumerate(zip(blocks[index:], blocks[index + 1 :], strict=False)):
        text = block.text
        if block.type != "paragraph" or before.type == "image" or not text or "\n" in text:
            continue
        length = weighted_len(text)
        if length >= _PROSE_PARAGRAPH:
            prose += length
        titled = before.type == "heading" and position >= titles  # a teaser's title, not the box's
        if length >= _SENTENCE_PARAGRAPH and text.endswith(SENTENCE_END) and not titled:
            sentences += 1
    return prose >= _STORY_REST or sentences >= _STORY_SENTENCES
