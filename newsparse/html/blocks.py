"""Turn the chosen content container into typed blocks, in reading order.

Markdown and plain text are rendered from these blocks, never from flattened text, so a
heading stays a heading and a list stays a list.  Inline content between block elements
becomes paragraphs; two ``<br>`` in a row end a paragraph, one ``<br>`` is a line break
inside it.  The walk uses explicit stacks: a page nested 100,000 deep must not overflow.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import NamedTuple

from selectolax.lexbor import LexborAttributes, LexborNode

from newsparse.html.clean import class_and_id, preview_cards
from newsparse.html.score import INLINE_TAGS
from newsparse.html.text import (
    NODE_BREAK,
    element_beside,
    is_named_anchor,
    joined_text,
    line_text,
    squash,
    text_and_stops,
    weighted_len,
)
from newsparse.model import Block, Link, Mark
from newsparse.patterns.boilerplate import (
    AD_PICTURE_LABEL,
    AFFILIATE_NOTICE,
    AFFILIATE_NOTICE_MAX,
    AFFILIATE_WORDS,
    CAPTION_CREDIT,
    CAPTION_TEXT_BEFORE,
    CHANNEL_PLATFORMS,
    CHANNEL_PROMO,
    CONSENT_NOTICE,
    CONSENT_NOTICE_HEAD,
    CONSENT_NOTICE_MAX,
    CONSENT_NOTICE_START,
    CONSENT_WORDS,
    COOKIE_NOTICE,
    COOKIE_NOTICE_MAX,
    EMBEDDED_POST_CLASS,
    FILLER_LINE,
    LINK_PROMPT,
    LINK_PROMPT_MAX,
    LINK_PROMPT_TAIL,
    NEWSLETTER_PLUG,
    NEWSLETTER_PLUG_MAX,
    NEWSLETTER_WORDS,
    PICTURE_CAPTION_NAME,
    PICTURE_CONTROL,
    PICTURE_CONTROL_LEAD,
    SCRIPT_NOTICE,
    SCRIPT_NOTICE_MAX,
    SEE_ALSO_CAPS,
    SHARE_TAIL,
    SHARE_TAIL_ENDS,
    SHARE_TAIL_MAX,
    SHORT_FILLER_LINE,
    SHORT_FILLER_MAX,
    SUPPORT_PLEA,
    TRUNCATION_MARKS,
    TYPO_PROMPT,
    TYPO_PROMPT_MAX,
    closing_title,
)
from newsparse.trace import Trace
from newsparse.urls import resolve

_SHORT_LIST = 8  # items: a list of interface text is a widget's, no longer
_TEASER_ITEMS = 3  # items cut short after their links: a box of teasers, where one or two may be the story's
_QUOTE_NESTING = 8  # quotations inside quotations kept apart; deeper ones read as the one around them
# Blocks inside a cell make a table a page's layout; a heading in a header cell still
# heads a data table ("For the pastry:" over an ingredient table's rows).
_LAYOUT_CELL = "td p, td div, td h1, td h2, td h3, td ul, td ol, th p, th div, th ul, th ol"
_MAX_SPAN = 50  # columns or rows a cell may span: a hostile page's colspan="1000" fills no grid
# Elements that set their text apart as a paragraph of its own even inside an inline
# element; an item, a row or a cell there is a line.
_PARAGRAPH_BOXES = frozenset(
    {"p", "div", "section", "article", "blockquote", "ul", "ol", "dl", "table", "h1", "h2", "h3", "h4", "h5", "h6"}
)
_BR = "\x00"  # stands for <br> until paragraphs are cut (NULs never survive parsing)
# Where a link's words open and close while a line is squashed: noncharacters, which no
# page's text holds.
_LINK_OPEN, _LINK_CLOSE = "\ufdd0", "\ufdd1"
_LINK_MARK = re.compile("[\ufdd0\ufdd1]")
# Addresses no reader can follow from the text: a script's, a jump within the page, data.
_UNFOLLOWABLE = re.compile(r"^(?:#|javascript:|vbscript:|data:|about:)", re.IGNORECASE)
_URL_BREAKS = re.compile(r"[\t\n\r]")  # a browser drops them from an address
_ABSOLUTE = re.compile(r"^https?://", re.IGNORECASE)  # most links: no joining wanted
_LIST_START = re.compile(r"^-?\d{1,9}$")  # the numbers Markdown can write, and HTML's negative ones
_CODE_LANGUAGE = re.compile(r"(?:^|\s)(?:language-|lang-|brush:\s*)([\w+#.-]+)", re.IGNORECASE)
_LANGUAGE_NAME = re.compile(r"^[\w+#.-]{1,24}$")
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
# The inline formatting a run's piece is set in, as bits: the marks a reader sees, and a
# heading's own bold (which makes a paragraph read as bold, but marks no words of prose).
_STRONG, _EM, _CODE, _HEADING_BOLD = 1, 2, 4, 8
_BOLD = _STRONG | _HEADING_BOLD
_MARKED = _STRONG | _EM | _CODE
_MARK_BITS = ((_STRONG, "strong"), (_EM, "em"), (_CODE, "code"))
_MARK_TYPE = dict(_MARK_BITS)
_STYLE_OF_TAG = {
    **dict.fromkeys(("b", "strong"), _STRONG),
    **dict.fromkeys(("em", "i"), _EM),
    **dict.fromkeys(("code", "kbd", "samp", "tt"), _CODE),
    **dict.fromkeys(_HEADINGS, _HEADING_BOLD),
}
_MARK_SELECTOR = ", ".join(tag for tag, bit in _STYLE_OF_TAG.items() if bit & _MARKED)
# Level given to a short all-bold paragraph used as a sub-heading.
BOLD_HEADING_LEVEL = 3
_BOLD_HEADING_MAX = 120  # weighted characters
_SENTENCE_END = (".", "。", "!", "?", "！", "？", ":", "：", ";", "；", ",", "，")
_IMAGE_SRC_ATTRS = ("data-src", "data-original", "data-lazy-src", "data-url", "src")
# What a lazy loader sets as the source until it loads the real one, which its srcset
# holds: no address at all ("//:0", "about:blank", "#")
_PICTURE_EXTENSION = r"\.(?:jpe?g|png|gif|webp|avif|bmp|tiff?)"
_PLACEHOLDER_SRC = re.compile(
    r"^(?://:0|about:blank|#|javascript:)|"
    # a stand-in picture's file ("lazyloading-placeholder.png", "blank.gif"), or an address
    # a script was to fill in ("detail-{{size}}.jpg")
    r"(?:^|[/_.-])(?:placeholder[\w-]*|(?:blank|spacer|transparent|loading|lazy-?load(?:ing|er)?)"
    rf"(?:[_-]?\d+(?:x\d+)?)?)(?:{_PICTURE_EXTENSION}|\.svg)(?:$|\?)|\{{\{{|\$\{{|%7B%7B",
    re.IGNORECASE,
)
# An attribute a lazy loader keeps the picture's address in under a name of its own
# ("data-lg", "data-full"): a value that is one address of a picture file
_PICTURE_ADDRESS = re.compile(rf"^[^\s\"'<>{{}}]+{_PICTURE_EXTENSION}(?:\?[^\s\"'<>{{}}]*)?$", re.IGNORECASE)
# An alt text that is a picture's file name ("IMG_0042.jpg")
_FILE_NAME = re.compile(rf"^\S+{_PICTURE_EXTENSION}$", re.IGNORECASE)
# An AMP page's pictures are <amp-img>, with the attributes of an <img>
_IMAGE_TAGS = ("img", "amp-img")
_IMAGE_SELECTOR = ", ".join(_IMAGE_TAGS)
_CAPTION_BOXES = frozenset({"div", "span", "p", "small", "em", "i"})  # what sets a caption under a picture
_CAPTION_BOX_SELECTOR = "[class*=caption], [class*=credit]"
_SRCSET_ATTRS = ("data-srcset", "srcset")
_SRCSET_WIDTH = re.compile(r"^(\d+(?:\.\d+)?)[wx]$")
_SRCSET_IN_SRC = re.compile(r"(?:\s|%20)\d+(?:\.\d+)?[wx](?:,|$)")
_SRCSET_URL = re.compile(r"[\s,]*(\S+)")
_SRCSET_DESCRIPTOR = re.compile(r"([^,]*),?")
_CAPTION_MAX = 300
# A sentence's end: a mark after a word of three letters or more (no initial's "A."), or
# a CJK one
_SENTENCE_BREAK = re.compile(r"(?:(?<=[^\W\d_]{3})[.!?]|[。！？])(?:\s|$)")
_PROSE_SENTENCES = 2  # sentences after a picture set among a story's blocks: prose, no caption
_STORY_BLOCKS = frozenset({"p", "h2", "h3", "h4", "ul", "ol", "table", "blockquote"})
_CREDIT_MAX = 60  # weighted characters: a photo credit, not a sentence
_UNDER_PICTURE_MAX = 150  # weighted characters in a box of its own under a picture: a caption
_CAPTION_LABEL = re.compile(
    r"^(?:abbildung|abb\.|figure|fig\.|foto|photo|bild|image|grafik|graphic|illustration|source|quelle|"
    r"图|圖|图片|圖片)\s*\d*\s*[:：.]",
    re.IGNORECASE,
)
_LINK_SHARE_MAX = 0.6  # a paragraph or list this much link text is navigation
_SHARE_INTENT = re.compile(r"(?:twitter|x)\.com/(?:share|intent/tweet)", re.IGNORECASE)
_TWEET_BUTTON = "click to tweet"
_PRINTED_ADDRESS = re.compile(r"(?:https?://|www\.)\S+$", re.IGNORECASE)
_WORD_CHARACTER = re.compile(r"[^\W_]")  # a letter or a digit: a word, not a separator ("|", "–")
_SENTENCE_STOPS = (".", "。")  # a statement; a question or a cry is a teaser's or a promo's as often
_OWN_WORDS = 3  # words outside the links of a sentence mostly linked: the sentence's own
_ALL_LINKS = 1.01  # a share no text reaches: every paragraph kept
_ICON_MAX = 40
_CREDITED_CAPTION_TEXT = 250  # characters before a picture's credit: a caption, not a paragraph
_CREDITED_CAPTION_MAX = 600
_CREDIT_TAIL = 160  # characters at a caption's end that hold its credit ("(X via AP Photo/Y, File)")
_AGENCY_TAIL = 24  # characters at a caption's end that hold a bare agency's name
_AGENCIES = ("getty", "shutterstock", "istock")
_PROMO_MAX = 200  # characters: an invitation to a channel is a line, not a paragraph about one
_LISTED_LINES = 2  # interface lines under a title ending in a colon: the title is theirs
_FILLER_MAX = 500  # characters: the longest line FILLER_LINE can match is some 400
_HEADING_MAX = 400  # weighted characters: longer than any headline
_TRACKING_IMAGE = re.compile(r"\.gif(?:$|\?)|pixel|spacer|blank\.|/1x1|beacon", re.IGNORECASE)
# Interface pictures named for what they are: a page-turn button, an icon, an arrow, a
# print button ("next_page.jpg", "icon_lupe.png", "print-button-gray.png"), any picture kept
# in a folder of icons ("/assets/icons/heart_01.svg" beside a count of likes), an app store's
# download badge ("android-google-play-135x40.jpg", "app-ios_Badge_DE.png", "appstore.jpeg").
_INTERFACE_IMAGE = re.compile(
    r"(?:^|[/_-])(?:next|prev|previous)(?:[_-]?(?:page|btn|button|arrow))?\.\w{3,4}(?:$|\?)|"
    r"(?:^|[/_.-])(?:btn|button|arrow|icon)s?(?:[_-][\w-]*)?\.(?:png|gif|svg)(?:$|\?)|/icons?/|"
    r"(?:^|[/_.-])(?:app-?store|play-?store|google-?play)(?:[_-][\w-]*)?\.\w{3,4}(?:$|\?)|"
    r"(?:app|ios|android)[_-]?badge",
    re.IGNORECASE,
)
_AVATAR_SOURCE = re.compile(r"gravatar|/avatars?/", re.IGNORECASE)


class BlockBuilder:
    """Walks containers and accumulates blocks; one builder per article."""

    def __init__(
        self,
        skip: set[LexborNode],
        base_url: str | None,
        trace: Trace | None = None,
        quotes: int = 0,
        link_limit: float = _LINK_SHARE_MAX,
    ) -> None:
        self.skip = skip
        # the share of a paragraph's or a list's text in links past which it is navigation
        self.link_limit = link_limit
        self.base_url = base_url
        self.trace = trace
        self._quotes = quotes  # quotations this builder's blocks are inside
        self.blocks: list[Block] = []
        # Inline run since the last block boundary: (text, its style bits, the link around it) pieces.
        self._run: list[tuple[str, int, LexborNode | None]] = []
        self._run_images: list[LexborNode] = []

    # -- containers -----------------------------------------------------------------

    def add_container(self, root: LexborNode, children_only: bool = False) -> None:
        """Walk an element's content into blocks; ``children_only``: its children, as the
        content of an element whose own handler is running (a quotation's)."""
        flush = object()
        stack: list[object] = [*reversed(_children(root))] if children_only else [root]
        while stack:
            item = stack.pop()
            if item is flush:
                self._flush()
                continue
            node: LexborNode = item  # type: ignore[assignment]
            tag = node.tag
            if tag == "-text":
                self._run.append((node.text_content or "", 0, None))
                continue
            if tag is None or tag[0] == "-":
                continue
            if node in self.skip:
                self._caption_box(node)
                continue
            if tag in INLINE_TAGS:
                self._add_inline(node)
                continue
            handler = _BLOCK_HANDLERS.get(tag)
            self._flush()
            if handler is not None and handler(self, node):
                continue
            if tag == "div" and self._captioned_picture(node):
                continue
            stack.append(flush)
            stack.extend(reversed(_children(node)))
        self._flush()

    # -- inline runs ------------------------------------------------------------------

    def _add_inline(
        self, root: LexborNode, style: int = 0, link: LexborNode | None = None, phrasing: bool = False
    ) -> None:
        """Add an element's text to the inline run.  With ``phrasing`` (inside a <p>, which
        holds phrasing content only) a custom element is inline, as browsers show one
        ("…in the United States (<hl-trusted-source><a>1</a></hl-trusted-source>).")."""
        stack: list[tuple[LexborNode | None, int, LexborNode | None]] = [(root, style, link)]
        while stack:
            node, style, link = stack.pop()
            if node is None:  # the end of a paragraph set inside an inline element
                self._run += [(_BR, style, link), (_BR, style, link)]
                continue
            tag = node.tag
            if tag == "-text":
                self._run.append((node.text_content or "", style, link))
            elif tag == "br":
                self._run.append((_BR, style, link))
            elif tag in _IMAGE_TAGS:
                if not self._run_images and _ends_paragraph(self._run):
                    self._flush()  # the text a paragraph break sets before a picture is no caption of it
                self._run_images.append(node)
            elif tag is None or tag[0] == "-" or node in self.skip:
                continue
            else:
                if tag in _PARAGRAPH_BOXES:
                    # paragraphs inside an inline element ("<font><p>…</p><p>…</p></font>", as
                    # older pages wrap a story) stay paragraphs
                    self._run += [(_BR, style, link), (_BR, style, link)]
                    stack.append((None, style, link))
                elif tag not in INLINE_TAGS and not (phrasing and _is_custom(tag)):
                    self._run.append((_BR, style, link))
                inner_style = style | _STYLE_OF_TAG.get(tag, 0)
                inner_link = link or (node if tag == "a" and not is_named_anchor(node) and not _shares(node) else None)
                stack.extend((child, inner_style, inner_link) for child in reversed(_children(node)))

    def _flush(self, in_paragraph: bool = False) -> None:
        """End the inline run: its pictures, then its paragraphs.  Outside a <p>, short text
        beside a picture is its caption; inside one it is prose (a picture set in the text)."""
        if not self._run and not self._run_images:
            return  # a block boundary with nothing before it: the common case
        run, images = self._run, self._run_images
        self._run, self._run_images = [], []
        paragraphs = _cut_paragraphs(run)
        if images:
            text = " ".join(p.text for p in paragraphs)
            if (
                weighted_len(text) <= _CAPTION_MAX
                and (not in_paragraph or _reads_as_caption(text))
                and not _paragraph_after(images[-1], paragraphs)
                and not (_reads_as_prose(text) and _among_blocks(images[0]))
            ):
                if self._add_images(images, caption=text or None) or weighted_len(text) < _CREDIT_MAX:
                    return  # a caption, or a widget's label beside its icon ("Noch keine Bewertungen")
                # Only icons beside a sentence: it is prose (":sad: Mein Muckelbär es tut einem so leid …")
            else:
                self._add_images(images, caption=None)
        for text, all_bold, link_share, spans, marks in paragraphs:
            if "\n" in text and link_share < self.link_limit:
                text = self._without_filler_lines(text)
            if text[-len(_TWEET_BUTTON) :].lower() == _TWEET_BUTTON:  # a quotation offered to share
                text = text[: -len(_TWEET_BUTTON)].rstrip()
            text = _without_share_tail(text)
            if not text:
                continue
            if len(text) == 1 and not text.isalnum():
                # a lone mark: a spacer ("."), a separator ("/"), a quotation glyph set apart
                if self.trace is not None:
                    self.trace.drop(text, "a lone mark")
                continue
            navigation = link_share >= self.link_limit and not _linked_sentence(text, spans)
            if navigation or is_filler(text):
                if self.trace is not None:
                    self.trace.drop(text, "mostly links" if navigation else "interface text")
                continue
            if all_bold and weighted_len(text) <= _BOLD_HEADING_MAX and not text.endswith(_SENTENCE_END):
                links = self._links(text, spans) if spans else []
                self.blocks.append(Block("heading", text=text, level=BOLD_HEADING_LEVEL, links=links))
            else:
                links = self._links(text, spans) if spans else []
                self.blocks.append(
                    Block("paragraph", text=text, links=links, marks=_marks(text, marks) if marks else [])
                )

    def _links(self, text: str, spans: list[tuple[int, int, LexborNode]], item: int | None = None) -> list[Link]:
        """The links of ``spans`` (offsets in ``text`` and their <a>) a reader can follow,
        made absolute where the page's address is known; those of lines left out of
        ``text`` fall away."""
        links = []
        for start, end, anchor in spans:
            href = _URL_BREAKS.sub("", (anchor.attrs.get("href") or "").strip())
            if href and end <= len(text) and not _UNFOLLOWABLE.match(href):
                url = href if _ABSOLUTE.match(href) else resolve(self.base_url, href)
                links.append(Link(text[start:end], url, start, item))
        return links

    def _without_filler_lines(self, text: str) -> str:
        """A paragraph of lines (set apart by single <br>s) less the interface lines that
        close it: a "Follow us on Facebook" or a picture's credit under the last sentence.
        A line opening it may be a label of the content ("Kategorie: Unterhaltung" over an
        award's winner)."""
        lines = text.split("\n")
        while len(lines) > 1 and is_filler(lines[-1]):
            if self.trace is not None:
                self.trace.drop(lines[-1], "interface text")
            lines.pop()
        if len(lines) == 1 and text.count("\n") >= _LISTED_LINES and lines[0].endswith((":", "：")):
            return ""  # the title of a list of such lines ("Follow us at:" over the addresses)
        return "\n".join(lines)

    def _add_images(self, images: list[LexborNode], caption: str | None) -> bool:
        """Whether any was a picture (icons and tracking pixels are not, nor an ad's banner)."""
        if caption is not None and AD_PICTURE_LABEL.match(caption):
            if self.trace is not None:
                self.trace.drop(caption, "an advertisement's picture")
            return False
        caption = _picture_caption(caption)
        added = False
        for img in images:
            src = image_src(img, self.base_url)
            if src:
                alt = _alternative_text(img)
                self.blocks.append(Block("image", src=src, alt=alt, caption=caption))
                added = True
        return added

    def _caption_box(self, box: LexborNode) -> None:
        """A box named as a caption is marked as furniture, since no caption is story text;
        but the picture it holds (WordPress's "wp-caption" figure) or stands beside (a
        template's "credit-caption" box after the picture's own) is the story's."""
        if not PICTURE_CAPTION_NAME.search(class_and_id(box)):
            return
        self._flush()
        images = box.css(_IMAGE_SELECTOR)
        if images:
            if len(images) == 1:  # a picture and its caption, not a gallery
                inner = box.css_first("figcaption") or _caption_box_in(box)
                caption = _usable_caption(_caption_text(inner if inner is not None else box))
                self._add_images(images, caption)
            return
        last = self.blocks[-1] if self.blocks else None
        if last is not None and last.type == "image" and last.caption is None:
            caption = _usable_caption(_caption_text(box))
            if caption:
                self.blocks[-1] = replace(last, caption=caption)
        elif last is not None and last.type == "heading" and box.css_first("p") is not None:
            # a slide's text under its title, its picture an embed ("<figure class='flat-slide'>"
            # title, Instagram post, "<figcaption><p>…</p></figcaption>"): the story's paragraphs
            self.add_container(box, children_only=True)

    # -- block elements -------------------------------------------------------------

    def _heading(self, node: LexborNode) -> bool:
        """A heading, unless it is interface text ("Teilen mit:", "Share this:"); a closing
        section's title ("Related articles") stays, for the tidy pass to cut at.  A "heading"
        longer than any headline is a page's markup gone wrong (a whole story set inside an
        <h4>): it is walked as a container."""
        text = squash(node.text(deep=True))
        if weighted_len(text) > _HEADING_MAX:
            return False
        if text and is_filler(text) and closing_title(text) is None:
            if self.trace is not None:
                self.trace.drop(text, "interface text")
        elif text:
            links = self._links(text, _spans_found(text, node))  # a listicle's item heading names its link
            self.blocks.append(Block("heading", text=text, level=_HEADINGS[node.tag], links=links))
        return True

    def _paragraph(self, node: LexborNode) -> bool:
        children = _children(node)
        for at, child in enumerate(children):
            if child.tag in INLINE_TAGS or child.tag == "-text" or _is_custom(child.tag):
                start, pictures = len(self._run), len(self._run_images)
                self._add_inline(child, phrasing=True)
                if len(self._run_images) > pictures and _opens_on_picture(child):
                    self._picture_box(start, pictures, children[:at], children[at + 1 :])
            elif child.tag is not None and child.tag[0] != "-" and child not in self.skip:
                self._run.append((_BR, 0, None))
                self._add_inline(child, phrasing=True)
        self._flush(in_paragraph=True)
        return True

    def _picture_box(self, start: int, pictures: int, before: list[LexborNode], after: list[LexborNode]) -> None:
        """A picture set in a box of its own with its caption, inside a paragraph of prose
        ("<p><span><img><span>© Getty Images</span></span> The story opens…</p>"): the box's
        text is the caption, not the paragraph's opening words.  Alone in its paragraph, the
        box is read as any text beside a picture is (a picture inside a sentence's span)."""
        caption = squash("".join(piece for piece, _, _ in self._run[start:] if piece != _BR))
        if not caption or weighted_len(caption) > _CAPTION_MAX or not any(map(_shows_text, before + after)):
            return
        box_images = self._run_images[pictures:]
        if not any(image_src(img, self.base_url) for img in box_images):
            return  # icons beside a label ("<span><img class=icon> 12 comments</span>"): prose
        self._run, self._run_images = self._run[:start], self._run_images[:pictures]
        self._flush(in_paragraph=True)
        self._add_images(box_images, caption=caption)

    def _list(self, node: LexborNode) -> bool:
        items: list[tuple[str, int, LexborNode | None]] = []
        self._list_items(node, 0, items)
        texts = [text for text, _, _ in items]
        total = sum(map(len, texts))
        linked = sum(
            len(a.text(deep=True))
            for li in _children(node)
            if li.tag == "li" and li not in self.skip
            for a in li.css("a")
        )
        if not items:
            return True
        if linked >= self.link_limit * total:
            if self.trace is not None:
                self.trace.drop(" / ".join(texts), "list of links")
        elif linked and len(texts) >= _TEASER_ITEMS and all(text.endswith(TRUNCATION_MARKS) for text in texts):
            # every item cut short after its link: teasers of other stories ("Breaking News")
            if self.trace is not None:
                self.trace.drop(" / ".join(texts), "list of teasers")
        elif len(texts) <= _SHORT_LIST and all(map(is_filler, texts)):
            # a widget's buttons ("Other galleries / Show all / Full screen"), a gallery's credited captions
            if self.trace is not None:
                self.trace.drop(" / ".join(texts), "list of interface text")
        else:
            links = [
                link
                for at, (text, _, li) in enumerate(items)
                if li is not None
                for link in self._links(text, _spans_found(text, li), at)
            ]
            marks = [
                mark
                for at, (text, _, li) in enumerate(items)
                if li is not None
                for mark in _marks(text, _marks_found(text, li), at)
            ]
            levels = [level for _, level, _ in items]
            ordered = node.tag == "ol"
            start = _list_start(node) if ordered else None
            block = Block("list", ordered=ordered, start=start, items=texts, levels=levels, links=links, marks=marks)
            self.blocks.append(block)
        return True

    def _list_items(self, node: LexborNode, level: int, items: list[tuple[str, int, LexborNode | None]]) -> None:
        """The items of a list, each followed by those of the lists inside it, one level
        deeper (the lists open are stacked, not recursed into: a hostile page nests them
        a thousand deep); with each, its <li>, where its links are sought, but for one
        holding a list, which gives its own words only."""
        open_lists = [(iter(_children(node)), level)]
        while open_lists:
            children, level = open_lists[-1]
            li = next(children, None)
            if li is None:
                open_lists.pop()
                continue
            if li.tag != "li" or li in self.skip:
                continue
            if li.css_first("ul, ol") is None:  # most items: no list inside
                text = _without_share_tail(line_text(li))
                if text:
                    items.append((text, level, li))
                continue
            parts: list[str] = []
            inner: list[LexborNode] = []
            _own_text(li, parts, inner)
            text = joined_text(NODE_BREAK.join(parts))
            if text:
                items.append((text, level, None))
            deeper = level + 1 if text else level
            open_lists.extend((iter(_children(sublist)), deeper) for sublist in reversed(inner))

    def _quote(self, node: LexborNode) -> bool:
        """A quotation's blocks as one text.  Past a few quotations inside each other a
        quotation's content is read in place, as the quotation around it (a reply quoting
        a reply, or a hostile page nesting a thousand, whose recursion Python refuses)."""
        if self._quotes >= _QUOTE_NESTING:
            return False
        # an embedded post's lines of links are its own ("*min. 25 snaps pic.twitter.com/…")
        embedded = EMBEDDED_POST_CLASS.search(node.attrs.get("class") or "") is not None
        limit = _ALL_LINKS if embedded else self.link_limit
        inner = BlockBuilder(self.skip, self.base_url, quotes=self._quotes + 1, link_limit=limit)
        inner.add_container(node, children_only=True)
        parts: list[str] = []
        links: list[Link] = []
        marks: list[Mark] = []
        at = 0  # where the next block's text starts in the quotation's
        for block in inner.blocks:
            if shown := block.plain_text():
                links += [replace(link, start=at + link.start) for link in block.plain_links()]
                marks += [replace(mark, start=at + mark.start) for mark in block.plain_marks()]
                parts.append(shown)
                at += len(shown) + 2
        if parts:
            self.blocks.append(Block("quote", text="\n\n".join(parts), links=links, marks=marks))
        return True

    def _code(self, node: LexborNode) -> bool:
        text = _code_text(node).strip("\n")
        if text.strip():
            self.blocks.append(Block("code", text=text, language=_code_language(node)))
        return True

    def _table(self, node: LexborNode) -> bool:
        """A data table becomes rows; a layout table is walked as a container."""
        # css() matches the node itself too: more than one table means a nested one.
        if len(node.css("table")) > 1 or node.css_first(_LAYOUT_CELL) is not None:
            return False
        rows = [cells for cells in _table_rows(node) if any(cells)]
        if len(rows) < 2 or max(len(r) for r in rows) < 2:
            return False
        caption_node = node.css_first("caption")  # the table's title: "Opening hours"
        caption = line_text(caption_node) if caption_node is not None and caption_node not in self.skip else ""
        self.blocks.append(Block("table", rows=rows, caption=caption or None))
        return True

    def _figure(self, node: LexborNode) -> bool:
        """A picture and its caption; a figure holding nothing but its caption captions
        what was not kept (a video's player, an embed) and goes with it; any other
        figure (a table's, a quotation's) is walked as a container."""
        caption_node = node.css_first("figcaption") or _caption_box_in(node)
        caption = line_text(caption_node) if caption_node else ""
        images = [img for img in node.css(_IMAGE_SELECTOR) if img not in self.skip]
        if not images:
            if caption and squash(node.text(deep=True)) == squash(caption_node.text(deep=True)):
                if self.trace is not None:
                    self.trace.drop(caption, "the caption of a video or an embed")
                return True
            return False
        self._add_images(images[:1], caption=caption or None)
        return True

    def _captioned_picture(self, node: LexborNode) -> bool:
        """A box holding a picture and one short line of text under it, and nothing else: a
        figure and its caption set without <figure> (older templates, or <div>s throughout).
        A run of such boxes is a how-to's steps or a gallery, whose lines are the story."""
        found = _picture_and_line(node)
        if found is None:
            return False
        picture, image, under = found
        if picture in self.skip or under in self.skip:
            return False
        if any(_picture_and_line(sibling) for sibling in (element_beside(node, False), element_beside(node, True))):
            return False
        caption = line_text(under)
        if not caption or weighted_len(caption) > _UNDER_PICTURE_MAX:
            return False
        return self._add_images([image], caption)

    def _image(self, node: LexborNode) -> bool:
        self._add_images([node], caption=None)
        return True


_BLOCK_HANDLERS = {
    **dict.fromkeys(_HEADINGS, BlockBuilder._heading),
    "p": BlockBuilder._paragraph,
    "ul": BlockBuilder._list,
    "ol": BlockBuilder._list,
    "blockquote": BlockBuilder._quote,
    "pre": BlockBuilder._code,
    "table": BlockBuilder._table,
    "figure": BlockBuilder._figure,
    **dict.fromkeys(_IMAGE_TAGS, BlockBuilder._image),
    "hr": lambda self, node: True,
}


def _picture_and_line(node: LexborNode | None) -> tuple[LexborNode, LexborNode, LexborNode] | None:
    """The picture, its image and the box of text under it, when ``node`` holds those two
    and nothing else: the picture an image or a box of one image and no text."""
    if node is None or node.tag != "div":
        return None
    kids: list[LexborNode] = []
    child = node.child
    while child is not None:
        if child.is_element_node or (child.tag == "-text" and not (child.text_content or "").isspace()):
            if len(kids) == 2:
                return None
            kids.append(child)
        child = child.next
    if len(kids) != 2 or not kids[0].is_element_node or kids[1].tag not in _CAPTION_BOXES:
        return None
    picture, under = kids
    images = [picture] if picture.tag in _IMAGE_TAGS else picture.css(_IMAGE_SELECTOR)
    if len(images) != 1 or (picture.tag not in _IMAGE_TAGS and picture.text(deep=True).strip()):
        return None
    if under.css_first(_IMAGE_SELECTOR) is not None:
        return None
    return picture, images[0], under


def _own_text(node: LexborNode, parts: list[str], lists: list[LexborNode]) -> None:
    """An item's text nodes less the lists inside it, which are gathered in ``lists``."""
    for found in text_and_stops(node, lambda element: element.tag in ("ul", "ol")):
        if found.tag == "-text":
            parts.append(found.text_content or "")
        else:
            lists.append(found)


def _list_start(node: LexborNode) -> int:
    """An ordered list's first number: its ``start``, as a listicle numbers each of its
    items' lists when pictures part them ("<ol start=4>"), else 1."""
    start = (node.attrs.get("start") or "").strip()
    return int(start) if _LIST_START.match(start) else 1


def _code_language(pre: LexborNode) -> str | None:
    """The language a code block's markup names, as highlighters mark it: a class
    "language-python" or "lang-js" (Prism, highlight.js, GitHub), "brush: php"
    (SyntaxHighlighter), or a data-lang attribute, on the <pre> or the <code> in it."""
    code = pre.css_first("code")
    for node in (pre, code) if code is not None else (pre,):
        attrs = node.attrs
        named = _CODE_LANGUAGE.search(attrs.get("class") or "")
        language = named.group(1) if named else attrs.get("data-lang") or attrs.get("data-language")
        if language and _LANGUAGE_NAME.match(language.strip()):
            return language.strip().lower()
    return None


def _code_text(node: LexborNode) -> str:
    """A code block's text with its line breaks: editors that colour code (WeChat's among
    them) end its lines with <br> inside the <pre>, and indent with no-break spaces."""
    parts = []
    for child in node.traverse(include_text=True):
        if child.tag == "-text":
            parts.append(child.text_content or "")
        elif child.tag == "br":
            parts.append("\n")
    return "".join(parts).replace("\xa0", " ")


def is_filler(text: str) -> bool:
    """Interface text ("Advertisement", "分享到", a picture credit).  No filler line runs
    past _FILLER_MAX characters but a shortcode's ("[caption id=…]…"): a paragraph longer
    is spared the pattern's many alternatives."""
    if len(text) > _FILLER_MAX and not text.startswith("["):
        return False
    lowered = text.lower()
    if "\u0130" in text:  # Turkish "İ" lowers to "i" and a combining dot: "DİĞER" must read "diğer"
        lowered = lowered.replace("i\u0307", "i")
    return bool(
        FILLER_LINE.match(lowered)
        or (len(text) <= SHORT_FILLER_MAX and SHORT_FILLER_LINE.match(lowered))
        or (_ends_on_a_button(lowered) and SHARE_TAIL.match(" " + lowered))  # a share bar's buttons alone
        or SEE_ALSO_CAPS.match(text)
        or _is_credited_caption(text)
        or _is_channel_promo(lowered)
        or (
            len(text) <= AFFILIATE_NOTICE_MAX
            and any(map(lowered.__contains__, AFFILIATE_WORDS))
            and bool(AFFILIATE_NOTICE.search(lowered))
        )
        or ("please consider" in lowered and bool(SUPPORT_PLEA.match(lowered)))
        or _is_notice(text, lowered)
        or (len(text) <= TYPO_PROMPT_MAX and "ctrl" in lowered and bool(TYPO_PROMPT.search(lowered)))
        or (len(text) <= SCRIPT_NOTICE_MAX and "javascript" in lowered and bool(SCRIPT_NOTICE.search(lowered)))
        or (len(text) <= LINK_PROMPT_MAX and bool(LINK_PROMPT.search(lowered, max(0, len(lowered) - LINK_PROMPT_TAIL))))
        or (
            len(text) <= NEWSLETTER_PLUG_MAX
            and any(map(lowered.__contains__, NEWSLETTER_WORDS))
            and bool(NEWSLETTER_PLUG.search(lowered))
        )
    )


def _is_notice(text: str, lowered: str) -> bool:
    """A cookie or consent notice (``lowered``: the text in lower case), which a box named
    as a caption may hold too (a blocked embed's "Mit dem Laden des Beitrags akzeptieren Sie …")."""
    return (len(text) <= COOKIE_NOTICE_MAX and "cookie" in lowered and bool(COOKIE_NOTICE.search(lowered, 0, 160))) or (
        len(text) <= CONSENT_NOTICE_MAX
        and any(map(lowered[:CONSENT_NOTICE_HEAD].__contains__, CONSENT_WORDS))
        and bool(CONSENT_NOTICE.search(lowered, 0, CONSENT_NOTICE_START))
    )


def _picture_caption(text: str | None) -> str | None:
    """A picture's caption less a control's label: one set where the caption stands is
    none ("Enlarge this image"), one opening it is cut ("Vergrößern Eine …")."""
    if not text or PICTURE_CONTROL.match(text):
        return None
    return PICTURE_CONTROL_LEAD.sub("", text)


def _usable_caption(text: str) -> str | None:
    """A caption box's text, unless it is too long for one, a notice or a list's title
    ("Verwandte Themen" under the last picture)."""
    caption = _picture_caption(text)
    if (
        caption is None
        or weighted_len(caption) > _CAPTION_MAX
        or _is_notice(caption, caption.lower())
        or closing_title(caption) is not None
    ):
        return None
    return caption


def _caption_box_in(figure: LexborNode) -> LexborNode | None:
    """A box a figure names as its caption where it has no <figcaption> ("wp-caption-text")."""
    return next((box for box in figure.css(_CAPTION_BOX_SELECTOR) if box.mem_id != figure.mem_id), None)


def _caption_text(box: LexborNode) -> str:
    """A caption box's words, less its controls ("hide caption", "toggle caption") and a
    credit printed again after them."""
    pieces: list[str] = []
    for node in box.traverse(include_text=True):
        piece = squash(node.text_content or "") if node.tag == "-text" else ""
        if piece and not PICTURE_CONTROL.match(piece):
            pieces.append(piece)
    while len(pieces) > 1 and pieces[-1] in pieces[:-1]:
        pieces.pop()
    return joined_text(NODE_BREAK.join(pieces))


def _is_channel_promo(lowered: str) -> bool:
    """An invitation to the outlet's channel (``lowered``: the line in lower case): the
    pattern runs only on a short line that names a platform, which most paragraphs are not."""
    if len(lowered) > _PROMO_MAX:
        return False
    return any(map(lowered.__contains__, CHANNEL_PLATFORMS)) and bool(CHANNEL_PROMO.search(lowered))


def _is_credited_caption(text: str) -> bool:
    """A caption of a sentence or two, on one line, closing on its picture's credit; a bare
    agency name closes only a short one ("Dee Dee Myers Getty Images").  The credit stands
    in the line's last characters, so only they are searched."""
    if len(text) > _CREDITED_CAPTION_MAX or "\n" in text.rstrip():
        return False
    start = max(0, len(text) - _CREDIT_TAIL)
    end = text[-_AGENCY_TAIL:].lower()
    tail = text[start:]
    if "©" not in tail and ")" not in end[-4:] and ": " not in tail and not any(map(end.__contains__, _AGENCIES)):
        return False  # most paragraphs: no mark of a credit where one would stand
    credit = CAPTION_CREDIT.search(text, start)
    if credit is None:
        return False
    form = credit.lastgroup
    return credit.start() <= CAPTION_TEXT_BEFORE.get(form or "", _CREDITED_CAPTION_TEXT)


def _linked_sentence(text: str, spans: list[tuple[int, int, LexborNode]]) -> bool:
    """A sentence of the story most of whose words are a link ("Australian-born Assange
    faces <a>a charge of conspiracy to commit computer intrusion</a> in the US."): it ends
    as a sentence does and has words of its own around the link, which a menu's or a
    headline's link has not."""
    if not text.endswith(_SENTENCE_STOPS) or "\n" in text or any(end > len(text) for _, end, _ in spans):
        return False  # lines, or a text cut since its links were placed: no sentence to weigh
    pieces, at = [], 0
    for start, end, _ in spans:
        pieces.append(text[at:start])
        at = max(at, end)
    pieces.append(text[at:])
    return sum(1 for word in " ".join(pieces).split() if _WORD_CHARACTER.search(word)) >= _OWN_WORDS


def _shares(anchor: LexborNode) -> bool:
    """Whether a link only offers its words to a network to share: a "click to tweet"
    box's quotation, whose words are the story's, a pull quote."""
    return _SHARE_INTENT.search(anchor.attrs.get("href") or "") is not None


def _reads_as_prose(text: str) -> bool:
    """Two sentences or more (an initial's or an abbreviation's dot ends none), with no
    picture's credit or label."""
    return (
        len(_SENTENCE_BREAK.findall(text)) >= _PROSE_SENTENCES
        and not _CAPTION_LABEL.match(text)
        and not _is_credited_caption(text)
    )


def _among_blocks(picture: LexborNode) -> bool:
    """Whether a picture stands loose among a story's blocks (headings, paragraphs, lists)
    rather than in a box of its own with its caption: the text after it there is the
    story's ("<h2>…</h2><a><img></a>It's a bitter fight … ever seen.<ul>…</ul>")."""
    box = picture.parent
    # <output>: phrasing content too, which some templates hold a lazy picture in
    while box is not None and (box.tag in INLINE_TAGS or box.tag == "output"):
        box = box.parent
    if box is None:
        return False
    child = box.child
    while child is not None:
        if child.tag in _STORY_BLOCKS:
            return True
        child = child.next
    return False


def _reads_as_caption(text: str) -> bool:
    """Text set beside a picture inside a paragraph that is its caption, not prose: a
    credit ("DCV / Oppitz", "iStock.com") or a labelled figure ("Abbildung 4: …")."""
    if _CAPTION_LABEL.match(text):
        return True
    return weighted_len(text) < _CREDIT_MAX and not text.endswith(_SENTENCE_END)


def _is_custom(tag: str | None) -> bool:
    """Whether a tag names a custom element (a web component's "hl-trusted-source"), which
    browsers show inline unless styled otherwise."""
    return tag is not None and tag[0] != "-" and "-" in tag


def _children(node: LexborNode) -> list[LexborNode]:
    children = []
    child = node.child
    while child is not None:
        children.append(child)
        child = child.next
    return children


def _paragraph_after(picture: LexborNode, paragraphs: list[_Paragraph]) -> bool:
    """Whether the text after a run's last picture is the story's: a paragraph longer than a
    caption set in a box of its own, set apart from the picture by two <br>s (a story of
    <br>s: "…<br><br><img><br><br>The next paragraph…").  Short lines so set are captions."""
    if all(weighted_len(paragraph.text) <= _UNDER_PICTURE_MAX for paragraph in paragraphs):
        return False
    node: LexborNode | None = picture
    while node is not None and _next_shown(node) is None and node.parent is not None and node.parent.tag in INLINE_TAGS:
        node = node.parent  # the link or the span around the picture
    breaks = 0
    sibling = _next_shown(node) if node is not None else None
    while sibling is not None and sibling.tag == "br":
        breaks += 1
        sibling = _next_shown(sibling)
    return breaks >= 2


def _opens_on_picture(box: LexborNode) -> bool:
    """Whether an element shows a picture first and then its caption in an element of its
    own, as a picture's box does ("<span><span><img></span><span>© AP</span></span>"); not
    a picture floated beside the words of a sentence ("<em><img>On the 17th…</em>")."""
    path = [box]
    node = _first_shown(box)
    while node is not None and node.tag not in _IMAGE_TAGS and node.tag != "-text":
        path.append(node)
        node = _first_shown(node)
    if node is None or node.tag not in _IMAGE_TAGS:
        return False
    while node is not box:
        after = _next_shown(node)
        if after is not None:
            return after.tag != "-text"
        node = path.pop()
    return False


def _first_shown(node: LexborNode) -> LexborNode | None:
    """The first child that is not white space or a comment."""
    child = node.child
    return _next_shown(child) if child is not None and _is_blank(child) else child


def _ends_on_a_button(text: str) -> bool:
    """Whether a text's last word is a share button's: the cheap test before the share tail's."""
    return text[text.rfind(" ") + 1 :].lower() in SHARE_TAIL_ENDS


def _without_share_tail(text: str) -> str:
    """A block's text less the share bar's buttons its last sentence runs on into (a live
    blog's entry: "… goodbye. facebook twitter Share Link"); a block of buttons alone is
    left for the filler test."""
    if not _ends_on_a_button(text):
        return text  # most blocks: their last word is no button's
    tail = SHARE_TAIL.search(text, max(0, len(text) - SHARE_TAIL_MAX))
    return text[: tail.start()] if tail is not None and tail.start() > 0 else text


def _shows_text(node: LexborNode) -> bool:
    """Whether a node shows text (a text node or an element holding some)."""
    if node.tag == "-text":
        return bool((node.text_content or "").strip())
    return node.tag is not None and node.tag[0] != "-" and bool(node.text(deep=True).strip())


def _next_shown(node: LexborNode) -> LexborNode | None:
    """The next sibling that is not white space or a comment."""
    sibling = node.next
    while sibling is not None and _is_blank(sibling):
        sibling = sibling.next
    return sibling


def _is_blank(node: LexborNode) -> bool:
    return node.tag == "-comment" or (node.tag == "-text" and not (node.text_content or "").strip())


def _spans_found(text: str, holder: LexborNode) -> list[tuple[int, int, LexborNode]]:
    """Where the words of the links inside ``holder`` stand in its ``text``, each sought
    after the last (a list's item: its text was read whole, not piece by piece)."""
    spans: list[tuple[int, int, LexborNode]] = []
    at = 0
    for anchor in holder.css("a[href]"):
        words = line_text(anchor)
        start = text.find(words, at) if words else -1
        if start >= 0:
            at = start + len(words)
            spans.append((start, at, anchor))
    return spans


def _table_rows(table: LexborNode) -> list[list[str]]:
    """A table's rows as a grid: a cell spanning columns or rows leaves the cells it covers
    empty, so that each column holds one field ("Sales" over "2023" and "2024"); its words
    are not repeated, which the table does not say twice."""
    rows: list[list[str]] = []
    covered: dict[int, int] = {}  # column -> rows below still covered by a cell above
    for tr in table.css("tr"):
        row: list[str] = []
        for cell in tr.css("th, td"):
            while covered.get(len(row)):
                row.append("")
            across, down = _span(cell, "colspan"), _span(cell, "rowspan")
            for column in range(len(row), len(row) + across):
                if down > 1:
                    covered[column] = down
            row += [line_text(cell)] + [""] * (across - 1)
        while covered.get(len(row)):
            row.append("")
        covered = {column: left - 1 for column, left in covered.items() if left > 1}
        rows.append(row)
    return rows


def _span(cell: LexborNode, attribute: str) -> int:
    """A cell's colspan or rowspan: 1 where it is missing or no positive number (a rowspan
    of 0, which runs to the table section's end, is read as 1: no grid is guessed)."""
    value = (cell.attrs.get(attribute) or "").strip()
    return min(int(value), _MAX_SPAN) if value.isdigit() and int(value) > 0 else 1


def _marks_found(text: str, holder: LexborNode) -> list[tuple[int, int, str]]:
    """Where the words of the marked elements inside ``holder`` stand in its ``text``, each
    sought from where the last one found starts, which it follows or is inside (a list's
    item: its text was read whole)."""
    found: list[tuple[int, int, str]] = []
    at = 0
    for element in holder.css(_MARK_SELECTOR):
        words = line_text(element)
        start = text.find(words, at) if words else -1
        if start >= 0:
            at = start
            found.append((start, start + len(words), _MARK_TYPE[_STYLE_OF_TAG[element.tag]]))
    return found


def _ends_paragraph(run: list[tuple[str, bool, LexborNode | None]]) -> bool:
    """Whether a run holds text and ends in a paragraph break (two line breaks, with
    nothing but white space between them)."""
    breaks = 0
    for piece, _, _ in reversed(run):
        if piece == _BR:
            breaks += 1
        elif not piece.isspace():
            return breaks >= 2
    return False


class _Paragraph(NamedTuple):
    """A paragraph cut from an inline run."""

    text: str
    bold: bool  # all of it
    link_share: float  # of its characters, those inside links
    spans: list[tuple[int, int, LexborNode]]  # where its links' words stand in ``text``
    marks: list[tuple[int, int, str]]  # where its words set in a mark's type stand, and the type


def _cut_paragraphs(run: list[tuple[str, int, LexborNode | None]]) -> list[_Paragraph]:
    """Split an inline run at double line breaks."""
    paragraphs: list[_Paragraph] = []
    lines: list[str] = []
    spans: list[tuple[int, int, LexborNode]] = []  # offsets in the paragraph's text so far
    marks: list[tuple[int, int, str]] = []
    line: list[str] = []
    line_links: list[LexborNode | None] = []  # the link around each piece of the line
    line_linked = False  # whether any is: most lines hold no link
    line_marked = 0  # and the mark types any is set in
    at = 0  # where the next line starts in the paragraph's text
    bold = True
    linked = total = 0

    def end_paragraph() -> None:
        nonlocal bold, linked, total, spans, marks, at
        text = "\n".join(lines)
        if text:
            paragraphs.append(_Paragraph(text, bold, linked / max(total, 1), spans, marks))
        lines.clear()
        spans, marks = [], []
        bold, linked, total, at = True, 0, 0, 0

    line_start = 0  # where the line's pieces start in the run
    for piece, piece_style, piece_link in [*run, (_BR, 0, None)]:
        if piece == _BR:
            if line_linked:
                text, line_spans = _squashed_line(line, line_links)
                spans.extend((at + start, at + end, anchor) for start, end, anchor in line_spans)
            else:
                text = squash("".join(line))
            if line_marked & _MARKED:
                marks.extend(
                    (at + start, at + end, kind)
                    for start, end, kind in _marked_words(run[line_start : line_start + len(line)], text, line_marked)
                )
            line_start += len(line) + 1  # the line's pieces and the break
            line.clear()
            line_links.clear()
            line_linked, line_marked = False, 0
            if text:
                lines.append(text)
                at += len(text) + 1
            elif lines:
                end_paragraph()
            continue
        line.append(piece)
        line_links.append(piece_link)
        line_linked = line_linked or piece_link is not None
        line_marked |= piece_style
        if not piece.isspace():
            size = len(piece.strip())
            total += size
            # an address printed as the link's words is a reference, read as the story's
            linked += size if piece_link is not None and not _PRINTED_ADDRESS.match(piece.lstrip()) else 0
            bold = bold and bool(piece_style & _BOLD)
    end_paragraph()
    return paragraphs


def _marked_words(
    pieces: list[tuple[str, int, LexborNode | None]], text: str, present: int
) -> list[tuple[int, int, str]]:
    """Where the words of each run of a line's pieces set in one mark's type stand in the
    line's squashed ``text``: sought from where the pieces before the run end, squashed as
    the line was (most lines hold a run or two, so the joining is seldom repeated); ``present``
    holds the bits of every piece's style."""
    line = [piece for piece, _, _ in pieces]
    styles = [style for _, style, _ in pieces]
    found: list[tuple[int, int, str]] = []
    for bit, kind in _MARK_BITS:
        if not present & bit:
            continue
        first = 0
        while first < len(line):
            if not styles[first] & bit:
                first += 1
                continue
            end = first + 1
            while end < len(line) and styles[end] & bit:
                end += 1
            words = squash("".join(line[first:end]))
            start = text.find(words, len(squash("".join(line[:first])))) if words else -1
            if start >= 0:
                found.append((start, start + len(words), kind))
            first = end
    return found


def _marks(text: str, found: list[tuple[int, int, str]], item: int | None = None) -> list[Mark]:
    """The marks ``found`` (offsets in ``text`` and their types) whose words ``text`` still holds."""
    return [Mark(kind, text[start:end], start, item) for start, end, kind in found if end <= len(text)]


def _squashed_line(line: list[str], links: list[LexborNode | None]) -> tuple[str, list[tuple[int, int, LexborNode]]]:
    """A line's pieces joined and squashed, with where the words of each piece's link
    (``links``) stand in it: the words are marked while the white space between them is
    squashed, the spaces at a link's edges left outside the marks."""
    parts: list[str] = []
    anchors: list[LexborNode] = []
    at = 0
    while at < len(line):
        link = links[at]
        end = at + 1
        while end < len(line) and links[end] is link:
            end += 1
        words = "".join(line[at:end])
        if link is not None and (words.strip() if words.isascii() else squash(words)):  # not only spaces
            stripped = words.strip()
            lead = words[: len(words) - len(words.lstrip())]
            trail = words[len(words.rstrip()) :]
            parts += [lead, _LINK_OPEN, stripped, _LINK_CLOSE, trail]
            anchors.append(link)
        else:
            parts.append(words)
        at = end
    marked = squash("".join(parts))
    spans: list[tuple[int, int, LexborNode]] = []
    opened = 0
    for index, mark in enumerate(_LINK_MARK.finditer(marked)):
        where = mark.start() - index  # the marks before it take no room in the text
        if mark.group() == _LINK_OPEN:
            opened = where
        else:
            spans.append((opened, where, anchors[len(spans)]))
    return _LINK_MARK.sub("", marked), spans


def image_src(img: LexborNode, base_url: str | None) -> str | None:
    """The real source of an image (lazy-loading attributes first), made absolute."""
    attrs = img.attrs
    for name in _IMAGE_SRC_ATTRS:
        src = (attrs.get(name) or "").strip()
        if src and not src.startswith("data:") and not _PLACEHOLDER_SRC.search(src):
            if _SRCSET_IN_SRC.search(src):  # a template wrote its srcset, escaped or not, into src
                src = _largest_in_srcset(src.replace("%20", " ")) or src
            break
    else:
        srcset = next(filter(None, map(attrs.get, _SRCSET_ATTRS)), None) or _picture_srcset(img)
        src = _largest_in_srcset(srcset) or _picture_in_attributes(attrs)
        if not src:
            return None
    if (
        _is_icon(attrs.get("width"))
        or _is_icon(attrs.get("height"))
        or _TRACKING_IMAGE.search(src)
        or _INTERFACE_IMAGE.search(src)
        or _is_avatar(img, src)
    ):
        return None
    return resolve(base_url, src)


def _alternative_text(img: LexborNode) -> str | None:
    """A picture's alt text, unless it is the picture's file name ("IMG_0042.jpg",
    "Pressefreiheit_2020_245x370.jpg"), which a CMS sets where no one wrote a description."""
    alt = squash(img.attrs.get("alt") or "")
    return None if not alt or _FILE_NAME.match(alt) else alt


def _picture_in_attributes(attrs: LexborAttributes) -> str | None:
    """The first data attribute holding a picture's address, no stand-in's: where a lazy
    loader keeps the real picture under a name of its own, its src a stand-in."""
    for name, value in attrs.items():
        found = value.strip() if value and name.startswith("data-") else ""
        if found and _PICTURE_ADDRESS.match(found) and not _PLACEHOLDER_SRC.search(found):
            return found
    return None


def _picture_srcset(img: LexborNode) -> str | None:
    """The first ``<source>`` srcset of the ``<picture>`` an ``<img>`` without one stands in."""
    parent = img.parent
    if parent is None or parent.tag != "picture":
        return None
    for source in parent.iter():
        if source.tag == "source":
            srcset = source.attrs.get("srcset") or source.attrs.get("data-srcset")
            if srcset:
                return srcset
    return None


def _largest_in_srcset(srcset: str | None) -> str | None:
    """The widest candidate of a ``srcset`` ("/a-320.jpg 320w, /a-1280.jpg 1280w"), for a
    picture given no ``src`` at all.  Read as the HTML standard does: a URL runs to the next
    white space, commas and all ("/w_300,h_200/a.jpg"), its descriptor to the next comma."""
    best, best_size = None, -1.0
    text, at = srcset or "", 0
    while (url := _SRCSET_URL.match(text, at)) is not None:
        candidate, at = url.group(1), url.end()
        descriptor = ""
        if candidate.endswith(","):
            candidate = candidate.rstrip(",")
        else:
            rest = _SRCSET_DESCRIPTOR.match(text, at)
            descriptor, at = rest.group(1).strip(), rest.end()
        size = _SRCSET_WIDTH.match(descriptor)
        width = float(size.group(1)) if size else 0.0
        if candidate and not candidate.startswith("data:") and width > best_size:
            best, best_size = candidate, width
    return best


def _is_avatar(img: LexborNode, src: str) -> bool:
    """A writer's or a commenter's profile picture, classed or filed as one ("avatar
    avatar-81 photo", gravatar.com/avatar/…, /data/avatars/m/81.jpg): a face beside a name,
    no picture of the story (which may be about the film: "/2022/12/avatar-poster.jpg")."""
    return bool(_AVATAR_SOURCE.search(src)) or "avatar" in (img.attrs.get("class") or "").lower()


def _is_icon(size: str | None) -> bool:
    """A declared size under _ICON_MAX pixels: a tracking pixel, a bullet or a channel's
    logo closing the story ("width=13"), never a picture of the story."""
    if not size:
        return False
    size = size.strip().removesuffix("px")
    return size.isdigit() and int(size) < _ICON_MAX


def build_blocks(
    containers: list[LexborNode],
    skip: set[LexborNode],
    base_url: str | None,
    trace: Trace | None = None,
    links_kept: bool = False,
) -> list[Block]:
    """The containers' blocks; with ``links_kept``, paragraphs and lists of links too (a
    page whose story is a list of linked offers, taken whole as the last resort)."""
    limit = _ALL_LINKS if links_kept else _LINK_SHARE_MAX
    builder = BlockBuilder(skip | preview_cards(containers), base_url, trace, link_limit=limit)
    for container in containers:
        builder.add_container(container)
    return builder.blocks
