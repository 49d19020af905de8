"""The section an article is filed under, read off the breadcrumb trail.

``首页 > 社会与法 > 正文`` and ``Home › World › Europe`` both end with the most specific
section; the home link, "you are here" labels and the article's own title are not sections.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import chain

from selectolax.lexbor import LexborNode

from newsparse.html.parse import Tree, select
from newsparse.html.text import comparison_key, squash
from newsparse.meta.title import HOST_NAME
from newsparse.patterns.boilerplate import SITE_PAGE_NAME, SITE_PAGES_MIN

_BREADCRUMB_SELECTOR = (
    "[class*=breadcrumb], [id*=breadcrumb], [class*=crumb], [itemtype*=BreadcrumbList], "
    "[aria-label*=readcrumb], [class=position], [class$=location], [class*='location '], [class=weizhi], "
    "[class*=dangqian], [class*=curpos], [class*=current-path]"
)
_CRUMB_SEPARATOR = re.compile(r"\s*(?:>|›|»|＞|→|/|\||>>|・|·)\s*")
# The home page's link, opening a trail; a CMS's default section
_HOME = r"\S{0,8}(?:首页|首頁|主页|主頁)|home|homepage|start|accueil|inicio|startseite"
_HOME_ITEM = re.compile(rf"^(?:{_HOME})\s*[:：]?$", re.IGNORECASE)
_HERE = r"当前位置|當前位置|您的位置|您现在的位置|你的位置|位置|you are here"  # "you are here" labels
_NOT_SECTION = re.compile(
    rf"^(?:{_HOME}|{_HERE}|"
    r"正文|正文内容|内容|內容|详情|詳情|article|news|current|more|mehr|plus|más)\s*[:：]?$",
    re.IGNORECASE,
)
# A field a CMS filled with no section: its template's placeholder ("null", "tags"), or the
# default category of posts filed under none ("Uncategorized", "Non classé").
_PLACEHOLDER = re.compile(
    r"null|none|undefined|nan|tags?|uncategori[sz]ed|unkategorisiert|ohne kategorie|non classé|sin categoría|"
    r"senza categoria|bez kategorii",
    re.IGNORECASE,
)
_LABEL = re.compile(rf"^(?:{_HERE})\s*[:：]\s*", re.IGNORECASE)
# A trail set as plain text before the headline, its links run together with the marks
# between them ("搜狐财经 > 产经新闻 > 聚焦SK-II >", "当前位置：首页 ｜ 新华社记者看东北 ｜ 人物专访"),
# on pages whose markup names no breadcrumb.  Items hold no space or sentence mark (the
# headline after the trail is no item); a bar parts them only after a "you are here" label.
_MARKS = r"(?:\s*(?:-->|>>|>|＞|»|›|→|｜|\|))+\s*"  # between items, spaces and all
_NOT_ITEM = r"\s>＞»›→|｜，。！？、：:"
_ITEM = rf"[^{_NOT_ITEM}]{{1,30}}+"
_TEXT_TRAIL = re.compile(
    rf"(?P<label>(?:{_HERE})\s*[:：]\s*)?"
    # an item starts where a run of item characters does: no try from inside each word
    rf"(?<![^{_NOT_ITEM}])(?P<trail>{_ITEM}(?:{_MARKS}{_ITEM})+)",
    re.IGNORECASE,
)
_TRAIL_MARK = re.compile(_MARKS)
_TRAIL_TEXT_BEFORE = 1500  # characters before the headline where a trail is looked for
_HEADLINE_MENTIONS = 3
_MAX_CRUMB = 40
_MAX_TRAIL = 400  # characters: a trail of ten sections and a "you are here" label
_MAX_DECLARED = 80  # characters: a list of sections at most, not a standfirst
_SENTENCE_MARK = re.compile(r"[.!?。！？](?:\s|$)")
_SENTENCE_WORDS = 6
_MIN_TITLE_PART = 12  # letters of an item that may be the story's title or its first part, no section word
# Buttons set in a trail's box: share, mail, print, back, previous and next, to the top, sign in and out.
_BUTTON_ITEM = re.compile(
    r"\W*\d*\W*(?:teilen|tweeten|twittern|mailen|e-?mail|drucken|share|tweet|print|zurück|back|retour|volver|"
    r"vorherige[sr]?|nächste[sr]?|previous|next|weiter|nach oben|(?:back )?to top|haut de page|"
    r"abmelden|anmelden|anmeldung|registrieren|register|log ?in|log ?out|sign ?in|sign ?out)\W*"
)
_SITE_MAP = re.compile(r"site ?map|mapa del? sitio|plan du site|seitenübersicht")
_LETTER = re.compile(r"[^\W\d_]")  # an item without one is a date or an issue ("06/2019"), no section
_NOT_SHOWN = ("script", "style", "template", "noscript")


def section_from_breadcrumb(
    tree: Tree, title: str | None, nav_trails: Sequence[list[str]] = (), page_name: str | None = None
) -> str | None:
    """The last section of the first breadcrumb trail; ``nav_trails`` are the items of the
    trails set in ``<nav>`` (read before cleaning removed them), tried after the others;
    ``page_name``: what the <title> calls the page where the headline is shown elsewhere,
    which a trail may close on too ("Magic Cleaning" over "Die besten Tricks von Marie Kondo")."""
    body = tree.body
    if body is None:
        return None
    headlines = (comparison_key(title), comparison_key(page_name)) if page_name else (comparison_key(title),)
    for items in chain(map(trail_items, select(body, _BREADCRUMB_SELECTOR)), nav_trails):
        sections = [item for item in _without_buttons(items) if _names_a_section(item, headlines)]
        if sections:
            return sections[-1]
    return None


def declared_section(value: str | None) -> str | None:
    """A section as a page declares it, if it names one: not a sentence (a standfirst set in
    the field), not the home page ("Startseite"); its parts said once ("Smart News, Smart
    News Science, Smart News Science")."""
    if not value:
        return None
    value = squash(value)
    if len(value) > _MAX_DECLARED or _HOME_ITEM.match(value) or _PLACEHOLDER.fullmatch(value) or _is_sentence(value):
        return None
    parts = [part.strip() for part in value.split(",")]
    once = list(dict.fromkeys(parts))
    return ", ".join(part for part in once if part) if len(once) < len(parts) else value


def _is_sentence(text: str) -> bool:
    """A sentence, or a link's text cut short ("Read More…", "Informationen zu …...")."""
    return "…" in text or "..." in text or (len(text.split()) >= _SENTENCE_WORDS and bool(_SENTENCE_MARK.search(text)))


def section_from_text_trail(page_text: str, title: str | None) -> str | None:
    """The last section of the trail set as text closest above the headline (``page_text``:
    the page's text, a line per text node).  Two marks make a trail; one does when the
    trail opens on the home link or a label, or closes on "正文" (the story itself)."""
    if not title:
        return None
    headlines = (comparison_key(title),)
    start, at = 0, page_text.find(title)
    for _ in range(_HEADLINE_MENTIONS):  # a banner may show the headline above the trail
        if at < 0:
            return None
        before = page_text[max(start, at - _TRAIL_TEXT_BEFORE) : at].replace("\n", " ")
        for match in reversed(list(_TEXT_TRAIL.finditer(before))):
            section = _last_section(match, headlines)
            if section:
                return section
        start, at = at, page_text.find(title, at + len(title))
    return None


def _last_section(match: re.Match[str], headlines: tuple[str, ...]) -> str | None:
    trail = match["trail"]
    if ("|" in trail or "｜" in trail) and not match["label"]:
        return None  # a menu's links, parted by bars
    if len({frozenset("".join(mark.split())) for mark in _TRAIL_MARK.findall(trail)}) > 1:
        return None  # a trail keeps to one mark: "…sichern » GIROMATCH.COM > 3.000" is none
    items = _TRAIL_MARK.split(trail)
    anchored = match["label"] or _HOME_ITEM.match(items[0]) or items[-1].startswith("正文")
    if len(items) < 3 and not anchored:
        return None
    sections = [item for item in items if _names_a_section(item, headlines)]
    return sections[-1] if sections else None


def _without_buttons(items: list[str]) -> list[str]:
    """A trail's items less the buttons a template set in its box ("teilen", "drucken",
    "‹ Zurück", "Nächstes"); none if it links the site map or several of the site's own
    pages ("Kontakt", "Impressum"): that is the site's menu."""
    lowered = [item.lower() for item in items]
    if (
        any(map(_SITE_MAP.fullmatch, lowered))
        or sum(map(bool, map(SITE_PAGE_NAME.fullmatch, lowered))) >= SITE_PAGES_MIN
    ):
        return []
    return [item for item, low in zip(items, lowered, strict=True) if not _BUTTON_ITEM.fullmatch(low)]


def _names_a_section(item: str, headlines: tuple[str, ...]) -> bool:
    """Not the home link or a label, not the site's address, not the story's own title
    (whole or its first part: "Reformstau lösen" of "Reformstau lösen / Irme Stetter-Karp …")."""
    if not item or len(item) > _MAX_CRUMB or not _LETTER.search(item) or "," in item or _is_sentence(item):
        return False  # a sentence, a link cut short ("Read More…"), an address, no section
    if _NOT_SECTION.match(item) or HOST_NAME.match(item):
        return False
    key = comparison_key(item)
    return all(key != headline and not (len(key) >= _MIN_TITLE_PART and key in headline) for headline in headlines)


def is_breadcrumb(names: str) -> bool:
    """Whether a ``<nav>``'s class, id or label names a breadcrumb trail."""
    return "crumb" in names.lower()


def trail_items(trail: LexborNode) -> list[str]:
    """A trail's items, as its separators or its links part them; none if fewer than two,
    or if the element holds more text than any trail (a story's box named for its place on
    the page: "storylocation")."""
    text = squash(_shown_text(trail))
    if len(text) > _MAX_TRAIL:
        return []
    links = [squash(a.text(deep=True)) for a in trail.css("a")]
    text = _LABEL.sub("", text)
    parts = [p for p in _CRUMB_SEPARATOR.split(text) if p]
    items = parts if len(parts) >= len(links) else links
    return items if len(items) >= 2 else []


def _shown_text(trail: LexborNode) -> str:
    """A trail's text less any script in it: read before cleaning, a <nav> may still hold
    one (the trail's JSON-LD).  Walked node by node only then; the trails cleaning left
    hold none."""
    if trail.css_first(", ".join(_NOT_SHOWN)) is None:
        return trail.text(deep=True, separator=" ")
    return " ".join(
        n.text_content or ""
        for n in trail.traverse(include_text=True)
        if n.tag == "-text" and n.parent.tag not in _NOT_SHOWN
    )
