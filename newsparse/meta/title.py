"""The headline, and the site name a ``<title>`` suffix gives away.

``<title>`` carries the site's name (``Headline - Site``, ``标题_频道_站点``), og:title and
JSON-LD are often cut or rewritten for sharing, and a page may hold several ``<h1>`` (the
logo is one on many sites).  The visible ``<h1>`` that the other sources confirm wins;
otherwise the declared titles, less any site suffix.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from newsparse.html.text import comparison_key as _key
from newsparse.html.text import has_cjk
from newsparse.html.text import weighted_len as _weighted
from newsparse.model import Block
from newsparse.patterns.labels import BY_PREFIX
from newsparse.urls import host_of

_CJK = r"\u3400-\u9fff\uf900-\ufaff"
# Separators between headline and site name.  A bare hyphen only splits between CJK
# characters, so "COVID-19" and "e-mail" stay whole.
_SEPARATOR = re.compile(
    # Every separator starts with a space or a mark: the lookahead spares the other places
    # every alternative's trial, a third of the cost.
    rf"(?=[\s\-|｜_·•‹›－–—:])(?:"
    # A dash between two numbers is a range ("14. - 20. Januar", "1931 – 1945"), no separator.
    rf"\s*-{{2,}}\s*|(?<![\d.\s])\s+[-–—]+\s+|\s+[-–—]+\s+(?![\s\d])|\s+[-–—]*[|·•:»«/~*⋆][-|–—·•:»«/~*⋆]*\s+|"
    rf"\s*[|｜_·•‹›－]\s*|(?<![\d.\s])\s*[–—]\s*|\s*[–—]\s*(?![\s\d])|\s*::\s*|(?<=[{_CJK}\u3000-\u303f\uff01-\uff0f”」）)])-(?=[{_CJK}“「（(]))"
)


# A mark left before a segment by a separator the split did not take whole ("Site // » Page").
_LEADING_MARK = re.compile(r"^[»›•·|]\s+")
_GLUE = ":：|｜_-–—·•/"  # what may join a site's name to a headline with no space
# A section's number before its heading ("一、", "2.", "IV."): the story's first part, no headline
_SECTION_NUMBER = re.compile(r"^(?:[一二三四五六七八九十百]+|\d{1,3}|[IVXivx]{1,5})\s*[、.．)）]\s*\S")
_NUMERIC_DATE = re.compile(r"^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$")
# A segment closing on the day the page was made: the site's name and the date, no headline
_DATED_SEGMENT = re.compile(r"(?:^|,)\s*\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$")
# A host name alone ("www.ekd.de"): a site's address, no headline or section.
HOST_NAME = re.compile(r"^(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}$", re.IGNORECASE)
_MIN_HEADLINE = 20  # weighted characters: "Sign in" is no headline, a sentence is
_MIN_SHOWN_DECLARED = 12  # characters of a declared title's key a subheading must end on
_FEW_H1S = 3
_SHOWN_OPENING = 8  # characters of a <title> looked for in the page's text
_SHOWN_SHARE = 0.6  # of a <title> a line of the page must show to be its headline
_QUOTES = tuple('"“„«”')
_BAR = ("|", "｜")  # what sets a site's name after a headline; " / " and " – " join a headline's parts
# A Japanese outlet after a full-width colon, where a colon elsewhere joins a headline's
# parts: "図書館の開館時間を延長：朝日新聞デジタル", "…の成否 ：日本経済新聞"
_OUTLET_AFTER_COLON = re.compile(
    r"\s*：\s*[^：]{1,16}(?:新聞|新聞デジタル|新聞社|ニュース|通信|放送|テレビ|デジタル|オンライン|NEWS|News)\s*$"
)
_MAX_KICKER = 60  # weighted characters: a label above the headline, not a headline
_MIN_DOMAIN_KEY = 4  # letters a host label and a segment need before one can spell the other
_DOMAIN_SLACK = 10  # letters a segment may add to the host name it spells ("St. Georgs")
_ASCII_WORD = re.compile(r"[a-z0-9]+")
_HOST_SPELLING = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "æ": "ae", "ø": "oe", "å": "aa"})
_OPENING_BLOCKS = 6  # blocks at the story's top where its own headline would show
_TAIL_PROBE = 6  # characters of what follows an <h1>'s headline, sought in the declared title
# A name in brackets before a title, or after it: the site's, where it names the site.
_BRACKETED_NAME = (
    re.compile(r"^\s*[【\[](?P<name>[^】\]]{2,30})[】\]]\s*(?P<rest>.+)$"),  # 【新华网】…
    re.compile(r"^(?P<rest>.+?)\s*[（(](?P<name>[^）)]{2,30})[）)]\s*$"),  # …（City News）
)


def split_title(title: str) -> list[str]:
    parts = (_LEADING_MARK.sub("", part.strip()) for part in _SEPARATOR.split(title) if part)
    return [part for part in parts if part]


def _segment_spans(title: str) -> list[tuple[int, int]]:
    """Where each segment of a title lies, so a cut keeps the separators inside the rest."""
    spans, start = [], 0
    for separator in _SEPARATOR.finditer(title):
        if title[start : separator.start()].strip():
            spans.append((start, separator.start()))
        start = separator.end()
    if title[start:].strip():
        spans.append((start, len(title)))
    return spans


def _site_keys(site_names: tuple[str | None, ...]) -> set[str]:
    """The site's names reduced for comparison; a letter alone names nothing."""
    return {key for key in map(_key, site_names) if len(key) >= 2}


def _without_site(title: str, site_names: tuple[str | None, ...]) -> str:
    """The title less the site's name and whatever follows it ("Headline : Blog | Its slogan |
    Founded 2005"), or less the name that leads it ("Site | Headline").  The name is found
    however many segments it spans ("Salsa-Figuren - Rueda in Berlin")."""
    sites = _site_keys(site_names)
    spans = _segment_spans(title) if sites else []
    for first in range(len(spans)):
        for last in range(first, len(spans)):
            if _key(title[spans[first][0] : spans[last][1]]) not in sites:
                continue
            if first > 0:
                return title[: spans[first - 1][1]].strip()
            if last < len(spans) - 1:
                return title[spans[last + 1][0] :].strip()
    return title


def strip_site_suffix(
    title: str, site_name: str | None = None, *more_site_names: str, domain: tuple[str, ...] = ()
) -> str:
    """The headline part of a ``<title>``: drop segments naming the site (by its declared
    name, or as its ``domain``'s labels spell it), keep the longest."""
    site_names = (site_name, *more_site_names)
    title = _without_glued_site(_without_site(title, site_names), site_names)
    title = _without_bracketed_site(title, site_names, domain)
    lead, colon, rest = title.partition(": ")
    if colon and rest.strip() and names_domain(lead, domain):
        title = rest  # the name its host spells before a colon: "The Daily Planet: …" of dailyplanet.com
    outlet = _OUTLET_AFTER_COLON.search(title)
    if outlet and outlet.start() > len(outlet.group(0)):  # a label before it stays: "速報：地震のニュース"
        title = title[: outlet.start()]
    parts = split_title(title)
    if len(parts) < 2:
        return title.strip()
    # "atg 1700 - Pastebin.com"; "Наводнение в городе - РИА Новости, 12.03.2023"
    named = [p for p in parts if not HOST_NAME.match(p) and not _DATED_SEGMENT.search(p)]
    if len(named) == 1:
        return named[0]
    site = _key(site_name)
    if site:
        kept = [p for p in parts if _key(p) != site and _key(p) not in site]
        if kept and len(kept) < len(parts):
            parts = kept
            if len(parts) == 1:
                return parts[0]
    spelled = [p for p in parts if names_domain(p, domain)]
    if len(spelled) == 1 and len(parts) > 1:  # "Geschichte - St. Georgs Chorknaben Ulm" on chorknaben-ulm.de
        parts = [p for p in parts if p is not spelled[0]]
        if len(parts) == 1:
            return parts[0]
    longest = max(parts, key=len)
    # Keep the whole title when the split left no clearly dominant part ("A: B" headlines).
    if len(longest) < 0.4 * len(title.strip()):
        return title.strip()
    return longest


def choose_title(
    h1s: list[str],
    declared: list[str | None],
    title_tag: str | None,
    site_name: str | None,
    parts: dict[str, list[str]] | None = None,
    logos: tuple[str, ...] = (),
    domain: tuple[str, ...] = (),
    subheadings: Callable[[], set[str]] = set,
) -> tuple[str | None, str]:
    """(title, where it came from).  ``declared``: og:title, JSON-LD headline, twitter:title.

    The visible headline is what a reader calls the title; declared titles are often
    rewritten for sharing.  So an ``<h1>`` wins when a declared title or the ``<title>``
    confirms it, and also unconfirmed when it is long enough to be a headline and is not
    the site's name (a logo is often an ``<h1>``, and ``<title>`` names the site too).
    ``logos``: the site's name as its logo shows it, another name to cut from ``<title>``;
    ``domain``: the labels of the page's host name, which a blog's name often spells;
    ``subheadings``: the keys of the page's <h2> and <h3>, where the ``<title>``'s headline
    shown as one outranks an ``<h1>`` nothing confirms (a widget's "Visit Harford County
    this fall", a logo's name), asked for only then.
    """
    if title_tag and HOST_NAME.match(title_tag.strip()):
        title_tag = None  # a <title> of the host name alone names no page
    headline_part = _h1_segment(h1s, title_tag, site_name, domain) or (
        strip_site_suffix(title_tag, site_name, *logos, domain=domain) if title_tag else None
    )
    declared_keys = [_key(t) for t in declared if t]
    confirmations = [*declared_keys, *([_key(headline_part)] if headline_part else [])]
    parts = parts or {}
    site_keys = {_key(site_name)} | {_key(site_from_title(title_tag, headline_part) or "")}
    # A <title> suffix is no site name when og:title or JSON-LD give it as the headline.
    # A <title> segment spelling the host name, beside others, shown as an <h1>: the blog's
    # name over its post ("Time 4 talks" of "Time 4 talks » Blog Archiv » …").
    segments = split_title(title_tag) if title_tag and domain else []
    spelled = {_key(s) for s in segments if names_domain(s, domain)} if len(segments) > 1 else set()
    visible = [
        h1 for h1 in h1s if len(_key(h1)) >= 2 and (_key(h1) in declared_keys or (_key(h1) not in site_keys | spelled))
    ]
    # A heading a title repeats whole comes first: the logo's <h1> may be contained in the
    # <title>'s tail ("Headline 国際ニュース：AFPBB News") before the story's <h1>.
    for h1 in sorted(visible, key=lambda h1: _key(h1) not in confirmations):
        key = _key(h1)
        if any(key == c or (len(key) >= 8 and key in c) for c in confirmations):
            return h1, "h1"
        for c in confirmations:
            if len(c) >= 8 and c in key:
                return _trimmed(h1, parts.get(h1, []), confirmations), "h1"
        lead = _confirmed_lead(parts.get(h1, []), confirmations)
        if lead:
            return lead, "h1"
    # A page of many <h1> (a portal's sections and teasers), none of them confirmed, whose
    # og:title and <title> agree on the headline: the two say what the page is.
    shown_key = _key(headline_part)
    agreed = len(h1s) > _FEW_H1S and len(shown_key) >= 2 and any(k.startswith(shown_key) for k in declared_keys)
    unconfirmed = [] if agreed else [h1 for h1 in visible if _reads_as_headline(h1)]
    if unconfirmed and not _shown_as_subheading(shown_key, declared_keys, subheadings):
        return unconfirmed[0], "h1"
    site_names = (site_name, *_segments_after(title_tag, headline_part))
    for value in declared:
        # a declared title that is the site's name alone ("og:title" of a CMS left unset) is none
        if value and _key(value) != _key(site_name) and not names_domain(value, domain):
            return _unbroken(_declared_headline(value, site_names), headline_part), "declared"
    if headline_part:
        return headline_part, "title"
    return (visible or h1s or [None])[0], "h1"


def _shown_as_subheading(shown_key: str, declared_keys: list[str], subheadings: Callable[[], set[str]]) -> bool:
    """Whether the <title>'s headline, or one two declared titles agree on (og:title and
    JSON-LD's, not a video's in the data), is shown as an <h2> or <h3> (the post's own
    title under a blog's motto in an <h1>, its date before it: "Jun 17 Das vielleicht
    schönste Ende der Welt"): the page's headline, over an <h1> nothing confirms."""
    agreed = {key for key in declared_keys if len(key) >= _MIN_SHOWN_DECLARED and declared_keys.count(key) > 1}
    if len(shown_key) < 2 and not agreed:
        return False
    keys = subheadings()
    if len(shown_key) >= 2 and shown_key in keys:
        return True
    return any(key.endswith(declared) for key in keys for declared in agreed)


def _reads_as_headline(text: str) -> bool:
    """Long enough for a headline, and more than one long word ("Datenschutzerklärung")."""
    return _weighted(text) >= _MIN_HEADLINE and (" " in text.strip() or has_cjk(text))


def title_as_shown(headline: tuple[str | None, str], page_text: str) -> tuple[str | None, str]:
    """The part of a ``<title>`` the page shows as a line of its own, when the whole is not
    shown: the headline less a site's name set after it in a way no separator rule reads
    ("…一块顶十块GPU-EDN 电子技术设计", "…开展调研工作 东区办事处"), or before it as blogs
    name themselves ("A Bookshelf Full Of Sunshine: (News) Viertes …").  Only a line that
    starts or ends the title, holds most of it and meets the rest where a word does counts.
    ``page_text``: the page's text, a line per text node."""
    title, origin = headline
    if origin != "title" or not title:
        return headline
    if "\xa0" in page_text:  # a heading's no-break spaces ("ein&nbsp;Projekt") are spaces in <title>
        page_text = page_text.replace("\xa0", " ")
    if f"\n{title}\n" in f"\n{page_text}\n":
        return headline
    best = max(_shown_opening(title, page_text), _shown_close(title, page_text), key=len)
    return (best, "title, as the page shows it") if best else headline


def _shown_opening(title: str, page_text: str) -> str:
    best = ""
    at = page_text.find(title[:_SHOWN_OPENING])
    while at >= 0:
        if not page_text[page_text.rfind("\n", 0, at) + 1 : at].strip():  # the line starts the title
            end = page_text.find("\n", at)
            line = page_text[at : end if end >= 0 else len(page_text)].strip()
            rest = title[len(line) :] if title.startswith(line) else ""
            if rest and not rest[0].isalnum() and len(line) >= _SHOWN_SHARE * len(title) and len(line) > len(best):
                best = line  # a word ends there: "…GPU-EDN …", "…工作 东区办事处"
        at = page_text.find(title[:_SHOWN_OPENING], at + 1)
    return best


def _shown_close(title: str, page_text: str) -> str:
    best = ""
    closing = title[-_SHOWN_OPENING:]
    at = page_text.find(closing)
    while at >= 0:
        end = at + len(closing)
        line_end = page_text.find("\n", end)
        if not page_text[end : line_end if line_end >= 0 else len(page_text)].strip():  # the line ends the title
            line = page_text[page_text.rfind("\n", 0, at) + 1 : end].strip()
            before = title[: -len(line)].rstrip() if line and title.endswith(line) else ""
            # a separator ends the site's name ("Blog: Post"); a name with a slash is a path
            # ("owner/repository: description")
            named = before and not before[-1].isalnum() and "/" not in before
            if named and len(line) >= _SHOWN_SHARE * len(title) and len(line) > len(best):
                best = line
        at = page_text.find(closing, at + 1)
    return best


def headline_from_story(
    headline: tuple[str | None, str],
    h1s: list[str],
    title_tag: str | None,
    declared: list[str | None],
    blocks: list[Block],
    site_name: str | None = None,
) -> tuple[str | None, str]:
    """The headline read again once the story is known, from the heading it opens with:
    the rules that need the chosen story rather than the page's markup alone."""
    headline = headline_over_label(headline, h1s, blocks, site_name)
    headline = heading_the_title_names(headline, title_tag, declared, blocks)
    return h1_opening_the_story(headline, h1s, blocks)


def headline_shown_elsewhere(
    headline: tuple[str | None, str],
    h1s: list[str],
    site_name: str | None,
    dated_headings: Callable[[], list[str]],
    titled: Callable[[], list[str]],
    subheadings: Callable[[], set[str]],
) -> tuple[str | None, str]:
    """On a page with no <h1> whose headline came from the <title>, the headline as the page
    shows it: the one heading set over a line of a date ("发布时间：2019-05-18 来源：…") where
    the <title> names neither it nor a heading but a section and the site ("新闻动态--中国
    地理学会官网"; several such headings list teasers); else, where the <title> gave no
    headline but the site's name ("北医新闻网") or a page's label ("Gaspreise"), the first
    element named as a title ("<td class=bt_title>") whose text reads as one.  A <title> an
    <h2> or <h3> shows is the post's own ("Tach auch!"), the elements named as titles then
    its widgets' ("Dieses Blog durchsuchen").  ``dated_headings``, ``titled`` and
    ``subheadings`` read the page, each asked only when a rule needs it."""
    title, origin = headline
    if origin != "title" or h1s:
        return headline
    dated = dated_headings()
    if len(dated) == 1 and _reads_as_headline(dated[0]) and _key(dated[0]) not in _key(title):
        return headline if _key(title) in subheadings() else (dated[0], "the heading over the story's date")
    site = _key(site_name)
    if title and _reads_as_headline(title) and not (site and _key(title) in site):
        return headline
    if _key(title) in subheadings():
        return headline
    shown = next((text for text in titled() if _reads_as_headline(text) and _key(text) != _key(title)), None)
    return (shown, "an element named as the title") if shown else headline


def headline_over_label(
    headline: tuple[str | None, str], h1s: list[str], blocks: list[Block], site_name: str | None = None
) -> tuple[str | None, str]:
    """The heading a page's story opens with (after the label again, if the body repeats
    it), on a page with no ``<h1>`` whose ``<title>`` gave a label too short for a headline
    ("显示", "Ausbildung") or the site's name alone: the story's headline, when long enough
    to be one, set on one line (not a sidebar's "今<br>日<br>推<br>荐") and not numbered as
    a section of it.  ``headline``: (title, where it came from)."""
    title, origin = headline
    if origin != "title" or h1s:
        return headline
    site = _key(site_name)
    names_site = bool(title and site and _key(title) in site)
    if title and _weighted(title) >= _MIN_HEADLINE and not names_site:
        return headline
    label = _key(title)
    opening = next((block for block in blocks if _key(block.text) != label), None)
    if opening is None or opening.type != "heading" or not opening.text or "\n" in opening.text:
        return headline
    if names_site and any(b.type == "heading" and b.level == opening.level for b in blocks if b is not opening):
        return headline  # a blog's front page: its posts' titles, each as high as the first
    if _SECTION_NUMBER.match(opening.text):
        return headline  # "一、法官试验凡事谢恩" under the chapter's "二十三、感赞"
    return (opening.text, "the heading the story opens with") if _reads_as_headline(opening.text) else headline


def h1_opening_the_story(
    headline: tuple[str | None, str], h1s: list[str], blocks: list[Block]
) -> tuple[str | None, str]:
    """The page's ``<h1>`` that the story opens with, however short, over a ``<title>``
    that the story does not show: the site's name or its slogan ("Ausflugtipps
    Niederrhein und Ruhrgebiet" over "<h1>Essen-Westviertel</h1>").  A ``<title>`` the
    story shows as a heading under the ``<h1>`` is the post's own ("Neuigkeiten" over
    "Das Ministerium für Club-Kultur informiert…").  ``headline``: (title, where it came from)."""
    title, origin = headline
    if origin != "title" or not blocks or blocks[0].type != "heading" or not blocks[0].text:
        return headline
    key, title_key = _key(blocks[0].text), _key(title)
    if len(key) < 2 or key == title_key or key not in {_key(h1) for h1 in h1s}:
        return headline
    if any(block.type == "heading" and _key(block.text) == title_key for block in blocks[1:_OPENING_BLOCKS]):
        return headline
    return blocks[0].text, "the <h1> the story opens with"


def heading_the_title_names(
    headline: tuple[str | None, str], title_tag: str | None, declared: list[str | None], blocks: list[Block]
) -> tuple[str | None, str]:
    """The heading a story opens with, when the ``<title>`` holds it beside the headline
    chosen and that headline is shorter: the blog's or the section's name shown as the
    page's ``<h1>`` over the post's own heading ("高木浩光＠自宅の日記 - ■ 改正NICT法が…" over
    "<h3>■ 改正NICT法が…</h3>"), set outside the story.  A declared title holding the
    headline chosen keeps it.
    ``headline``: (title, where it came from)."""
    title, origin = headline
    if not title or not title_tag or origin not in ("h1", "title"):
        return headline
    opening = blocks[0] if blocks else None
    if opening is None or opening.type != "heading" or not opening.text or "\n" in opening.text:
        return headline
    key, opening_key, title_key = _key(title), _key(opening.text), _key(title_tag)
    if len(opening_key) <= len(key) or key in opening_key or opening_key not in title_key or key not in title_key:
        return headline
    if any(key in _key(value) for value in declared if value):
        return headline  # og:title holds it: "Siemens und die Kohlemine Adani: Kaeser verarscht Neubauer"
    if not _reads_as_headline(opening.text) or any(_key(block.text) == key for block in blocks):
        return headline  # a headline the story shows over its deck ("Vom Boden aus gedacht" over "Ann Cotten …")
    return opening.text, "the heading the <title> names"


def _declared_headline(declared: str, site_names: tuple[str | None, ...]) -> str:
    """A declared title less the site's name and channel where it carries them, and less a
    date set before it; its other segments are the headline's own ("Deux ans et demi en
    Macronie : une condamnation …"), og:title and JSON-LD naming the site in fields of their own."""
    title = declared
    while title != (shorter := _without_site(title, site_names)):
        title = shorter
    title = _without_glued_site(title, site_names)
    parts = split_title(title)
    if len(parts) > 1 and (_NUMERIC_DATE.match(parts[0]) or _names_the_site(parts[0], site_names)):
        title = title[_segment_spans(title)[1][0] :]
        parts = parts[1:]
    named = [p for p in parts if not HOST_NAME.match(p)]
    return named[0] if len(named) == 1 < len(parts) else title


def _without_glued_site(title: str, site_names: tuple[str | None, ...]) -> str:
    """The title less the site's name glued on after a colon or bar with no space
    ("…「Treeviz」:phpspot開発日誌"), or leading it before a colon ("The Daily News: …"),
    which the segment split does not see."""
    for name in filter(None, site_names):
        head = title[: -len(name)] if len(name) >= 2 and title.endswith(name) else ""
        if head.rstrip() and head.rstrip()[-1] in _GLUE:
            return head.rstrip()[:-1].rstrip()
        tail = title[len(name) :] if len(name) >= 2 and title.startswith(name) else ""
        if tail[:1] in (":", "："):
            return tail[1:].strip() or title
    return title


def _without_bracketed_site(title: str, site_names: tuple[str | None, ...], domain: tuple[str, ...]) -> str:
    """The title less the site's name in brackets before it or after it ("【新华网】…",
    "…（City News）"); a bracketed label that is not the site's ("【独家】") stays."""
    sites = _site_keys(site_names)
    for form in _BRACKETED_NAME:
        bracketed = form.match(title)
        if bracketed and (_key(bracketed["name"]) in sites or names_domain(bracketed["name"], domain)):
            return bracketed["rest"].strip() or title
    return title


def _names_the_site(segment: str, site_names: tuple[str | None, ...]) -> bool:
    """A segment leading a title with the site's name: the name and its edition ("대전일보
    모바일" of 대전일보), or the name its domain spells ("BMAS" of www.bmas.de)."""
    key = _key(segment)
    for name in filter(None, site_names):
        site = _key(name)
        if len(site) >= 2 and key.startswith(site):
            return True
        if HOST_NAME.match(name) and key == _key(name.lower().split(".")[-2]):
            return True
    return False


def _segments_after(title_tag: str | None, headline: str | None) -> list[str]:
    """The ``<title>``'s segments after its headline: the site's name, its channel (each
    half the headline's length at most, or the headline read off the ``<title>`` was the
    blog's name)."""
    if not title_tag or not headline:
        return []
    parts, key = split_title(title_tag), _key(headline)
    at = next((i for i, part in enumerate(parts) if _key(part) == key), None)
    return [] if at is None else [part for part in parts[at + 1 :] if 2 * len(part) <= len(headline)]


def domain_labels(url: str | None) -> tuple[str, ...]:
    """The labels of a page's host name that may spell the site's name: all but "www" and
    the top-level domain ("colours-of-the-soul", "alhelm" of colours-of-the-soul.alhelm.net)."""
    host = host_of(url) if url and "//" in url else ""
    labels = host.split(".")[:-1]
    return tuple(label for label in labels if label not in ("www", "m", "co", "com", "org", "net"))


def names_domain(segment: str, domain: tuple[str, ...]) -> bool:
    """Whether a title's segment spells the site's host name: "Time 4 talks" of
    time4talks.com, "St. Georgs Chorknaben Ulm" of chorknaben-ulm.de, "Feuerwehr
    Oldenburg" of feuerwehrtaucher-oldenburg.de (each of its words in the name)."""
    key = _ascii_key(segment)
    if len(key) < _MIN_DOMAIN_KEY:
        return False
    words = [w for w in _ASCII_WORD.findall(_ascii_fold(segment)) if len(w) >= 3]
    for label in domain:
        name = _ascii_key(label)
        if len(name) < _MIN_DOMAIN_KEY:
            continue
        # the name with a word or two about it ("Stadt Stuttgart"), not a headline naming it
        spelled = name in key and len(key) <= len(name) + _DOMAIN_SLACK
        if spelled or key in name or (len(words) >= 2 and all(w in name for w in words)):
            return True
    return False


def _ascii_fold(text: str) -> str:
    """Lower case, with the letters a host name cannot hold spelled as it spells them."""
    text = text.lower().translate(_HOST_SPELLING)
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def _ascii_key(text: str) -> str:
    return "".join(_ASCII_WORD.findall(_ascii_fold(text)))


def _h1_segment(
    h1s: list[str], title_tag: str | None, site_name: str | None, domain: tuple[str, ...] = ()
) -> str | None:
    """The ``<title>``'s first segment when an ``<h1>`` shows it: the headline, whatever the
    segments after it hold ("Faire Lieferketten - Evangelisches Jugendwerk in Württemberg"),
    unless the site declares it as its name."""
    if not title_tag or not h1s or len(h1s) > _FEW_H1S:
        return None  # a portal's page of many headings: none of them is surely the story's
    segments = split_title(title_tag)
    if len(segments) < 2:
        return None
    first = _key(segments[0])
    if len(first) < 2 or first == _key(site_name) or names_domain(segments[0], domain):
        return None
    return segments[0] if any(_key(h1) == first for h1 in h1s) else None


def _trimmed(h1: str, parts: list[str], confirmations: list[str]) -> str:
    """The headline without the kicker an <h1> sets in an element of its own before it
    ("<span>Nach Corona-Lockerungen</span> <span>Autohäuser rechnen …</span>"), or without
    the site's name a template adds after it for screen readers ("Headline | Site"), or
    without a byline set after it, when what is left is a title declared elsewhere (og:title,
    JSON-LD, the <title>'s headline)."""
    for cut in range(1, len(parts)):
        rest, kicker = " ".join(parts[cut:]), " ".join(parts[:cut])
        if _key(rest) in confirmations and (_weighted(kicker) <= _MAX_KICKER or kicker.endswith((":", "："))):
            return rest  # a longer label above the headline ends in its colon
    for _, end in _segment_spans(h1)[:-1]:
        suffix = h1[end:]
        if _key(h1[:end]) in confirmations and suffix.lstrip()[:1] in _BAR and _weighted(suffix) <= _MAX_KICKER:
            return h1[:end].strip()
    return _confirmed_lead(parts, confirmations) or h1


def _confirmed_lead(parts: list[str], confirmations: list[str]) -> str | None:
    """The headline an <h1> opens with in elements of its own, when a declared title or the
    ``<title>`` begins with it and what follows it is short: a byline or a deck set after
    a line break ("<span>Headline</span><br><span>編集委員　中沢克二</span>")."""
    for cut in range(len(parts) - 1, 0, -1):
        lead, key = " ".join(parts[:cut]), _key(" ".join(parts[:cut]))
        tail = " ".join(parts[cut:])
        if (
            len(key) >= 8
            and _weighted(tail) <= _MAX_KICKER
            # the title goes on with other words: a kicker before the title's words is no lead
            and any(c.startswith(key) and _key(tail)[:_TAIL_PROBE] not in c for c in confirmations)
        ):
            return lead
    return None


def _unbroken(declared: str, title_part: str | None) -> str:
    """The ``<title>``'s headline when a declared title stops where it opens a quotation:
    an unescaped quote ended the attribute (content="Biden de "incapacitado"")."""
    if title_part and title_part.startswith(declared) and title_part[len(declared) :].lstrip()[:1] in _QUOTES:
        return title_part
    return declared


def site_from_title(title_tag: str | None, headline: str | None) -> str | None:
    """The suffix a ``<title>`` adds to the headline: its last remaining segment."""
    if not title_tag or not headline:
        return None
    parts = split_title(title_tag)
    if len(parts) < 2:
        return None
    head = _key(headline)
    rest = [p for p in parts if _key(p) != head and _key(p) not in head and head not in _key(p)]
    if not rest or len(rest) == len(parts):
        return None
    # a date the title closes on after the site's name ("РИА Новости, 12.03.2024") is no part of it
    dated = _DATED_SEGMENT.search(rest[-1])
    site = rest[-1][: dated.start()].strip() if dated else rest[-1]
    credit = BY_PREFIX.match(site)
    if credit:
        # the writer's credit ("Why the budget matters - by Jane Doe", as newsletters close
        # it), or the site's own ("Rezept von Backen.de")
        named = site[credit.end() :].strip()
        return named if HOST_NAME.match(named) else None
    return site or None
