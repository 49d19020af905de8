"""What the markup states about the page: ``<meta>``, ``<link>``, microdata, ``<time>``.

Read once, before cleaning removes the head's neighbours, into plain dictionaries that
the field resolvers pick from.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from selectolax.lexbor import LexborNode

from newsparse.html.parse import Tree, select
from newsparse.html.text import NODE_BREAK, comparison_key, line_text, squash, text_and_stops
from newsparse.meta.byline import is_dateline, parse_labelled
from newsparse.meta.dates import find_date
from newsparse.meta.section import is_breadcrumb, trail_items
from newsparse.patterns.boilerplate import SCREEN_READER_NAMES
from newsparse.urls import split_url

_INGREDIENT_PROPS = frozenset({"recipeingredient", "ingredients"})
_ARTICLE_BODY_PROPS = frozenset({"articleBody", "articlebody"})
_MICRODATA_PROPS = ("author", "datepublished", "datemodified", "headline", "articlesection", "publisher")
_BYLINE_SELECTOR = (
    "[rel=author], [class*=byline i], [class*=author i], [class*=writer i], [id*=author i], "
    # Drupal's "Submitted by … on …"
    "[class*=submitted i], "
    # the class names of other languages: "auteurs", "autor", "autore"
    "[class*=auteur i], [class*=autor i]"
)
_MAX_BYLINE = 200
# Elements named as a title ("bt_title", "articleTitle", "news-headline"); the name's parts are
# checked by the pattern ("subtitle", "title-bar" and the site's "site-title" are no headline's)
_TITLED_SELECTOR = "[class*=itle], [id*=itle], [class*=eadline], [id*=eadline]"
_TITLE_NAME = re.compile(
    r"(?<![a-z])(?<!sub[_-])(?<!site[_-])(?<!blog[_-])(?:title|headline)(?![a-z])"
    r"(?!-?(?:bar|box|wrap|area|list|link|img|icon))|(?<!sub)(?<!site)(?<!blog)(?:Title|Headline)(?![a-z])"
)
_DATED_LINE = 150  # characters: a dateline with its labels and source, no paragraph
_TEASER_TITLE = 20  # characters a link holds beyond its byline: a story's title, it is a teaser
# Lower-case words that make a paragraph running text rather than a byline.
_MIN_SENTENCE_WORDS = 12
_MARKUP_TAG = re.compile(r"</?[a-zA-Z][^<>]*>")
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});")
_NAME_SELECTOR = "[class*=name i]"
_MAX_NAME_TEXT = 60
_ARTICLE_TYPE = re.compile(r"(?:Article|BlogPosting|Report|Posting|Review|Recipe|WebPage)\b", re.IGNORECASE)
_MEDIA_TYPE = re.compile(r"(?:ImageObject|VideoObject|AudioObject|MediaObject|Photograph)\b", re.IGNORECASE)
# Spaces around a full-width colon or bracket are the markup's, never the headline's.
_SPACED_FULLWIDTH = re.compile(r"\s*([：（）「」【】『』〈〉《》])\s*")
_DATE_SELECTOR = (
    "time, [class*=date i], [class*=datum i], [class*=time i], [class*=publish i], [class*=posted i], "
    "[id*=date i], [class*=meta i], [class*=fecha i], [class*=submitted i], [class*=authored i]"
)
_MAX_DATE_TEXT = 120
_MAX_DATE_ELEMENTS = 12
_STANDALONE_DATE_SELECTOR = "span, p, h2, h3, h4, h5, h6, small, dt, dd, li, strong, em, b, div"
_MAX_STANDALONE_DATE = 32
# The path segments that lead a person's page: English, German, the Romance languages.
# Each is a test of every link, so the rarer forms are left out.
_PEOPLE_PATHS = (
    *("author", "authors", "autor", "autoren", "autores", "auteur", "reporter", "journalist"),
    *("staff", "people", "editors", "writers", "contributor", "contributors", "columnists"),
)
_AUTHOR_LINK_SELECTOR = ", ".join(["a[rel=author]", *(f"a[href*='/{path}/']" for path in _PEOPLE_PATHS)])
# Links to a person's page that credit no one: the story's tags and topics, and the site's
# profiles on social networks ("joindiaspora.com/people/…" in a row of "social__link" icons)
_NO_CREDIT_CLASS = re.compile(
    r"(?:^|[\s_-])(?:tags?|tag-?cloud|keywords?|topics?|social|share|sharing)(?:$|[\s_-])", re.IGNORECASE
)
_KICKER_CLASS = re.compile(
    r"kicker|roofline|top-?title|topline|overline|super-?title|pre-?title|dachzeile|eyebrow|spitzmarke|"
    # a smaller line set inside the heading, above or below the headline
    r"sub-?heading|title-?header|h1-?small|"
    r"(?:^|[\s_-])label(?:$|[\s_-])",
    re.IGNORECASE,
)
_KICKER_SEPARATORS = " :-–—|·•"
_NOT_HEADLINE_TEXT = frozenset({"style", "script", "rt", "rp"})
_SCREEN_READER_ONLY = re.compile(rf"(?:^|\s)(?:{SCREEN_READER_NAMES})(?:$|\s)", re.IGNORECASE)
# Anything a heading may hold besides its headline's text (see _visible_text).
_HEADLINE_ASIDES = (
    "style, script, rt, rp, br, small, [aria-hidden=true], [class*=sr-only i], [class*=hidden i], [class*=aural i], "
    "[class*=invisible i], [class*=screen-reader i]"
)
_AUTHOR_NAME_MARKERS = ("author-name", "author_name", "authorname", "byline-name", "byline__name")
_HOME_LINKS = frozenset({"/", "./", "index.html", "/index.html", "#", ""})
_POST_TITLE_NAME = re.compile(r"entry-?title|post-?title")
_SITE_TITLE_NAME = re.compile(r"logo|site-?title|site-?name|blog-?title|blog-?name|site-?branding")


@dataclass
class MarkupFacts:
    """Values the page declares in markup, as found (not yet validated)."""

    meta: dict[str, list[str]] = field(default_factory=dict)
    microdata: dict[str, list[str]] = field(default_factory=dict)
    canonical: str | None = None
    base_href: str | None = None
    html_lang: str | None = None
    title_tag: str | None = None
    h1s: list[str] = field(default_factory=list)
    # The texts of each <h1>'s children, when it has several (a kicker and the headline).
    h1_parts: dict[str, list[str]] = field(default_factory=dict)
    logos: list[str] = field(default_factory=list)  # the site's name shown by an <h1> logo
    time_values: list[str] = field(default_factory=list)
    # <time datetime> classed as the last change ("updated", WordPress's second <time>)
    updated_time_values: list[str] = field(default_factory=list)
    # and what they alone show ("December 10, 2021"): not the publication date
    updated_time_texts: set[str] = field(default_factory=set)
    jsonld: list[str] = field(default_factory=list)  # the JSON-LD scripts' texts
    ingredients: list[str] = field(default_factory=list)  # a recipe's, as microdata marks them
    # Elements marked as the story's body (itemprop=articleBody): cleaning and the
    # furniture marks spare whatever holds them.
    article_bodies: list[LexborNode] = field(default_factory=list)
    # The items of breadcrumb trails set in <nav> ("Home", "World", "Europe"), which
    # cleaning removes with the page's navigation.
    breadcrumbs: list[list[str]] = field(default_factory=list)
    # The lines of pictures' captions ("Evan Vucci / AP"): a photographer's credit under the
    # headline is no byline.
    caption_lines: set[str] = field(default_factory=set)

    def first_meta(self, *names: str) -> str | None:
        for name in names:
            for value in self.meta.get(name, ()):
                if value:
                    return value
        return None


# Everything read_markup wants, found in one walk of the tree rather than one walk each.
_MARKUP_SELECTOR = "meta, link[rel], base[href], title, h1, time[datetime], [itemprop], script[type], nav, figcaption"


def read_markup(tree: Tree) -> MarkupFacts:
    facts = MarkupFacts()
    html = tree.css_first("html")
    if html is not None:
        facts.html_lang = html.attrs.get("lang") or html.attrs.get("xml:lang")
    title = base = None
    properties = []
    time_texts: set[str] = set()  # what the <time> elements other than the change's show
    for node in select(tree, _MARKUP_SELECTOR):
        tag, attrs = node.tag, node.attrs
        if tag == "meta":
            _read_meta(attrs, facts)
            continue  # an itemprop on a <meta> is read as a meta name
        if "itemprop" in attrs:
            properties.append(node)
            prop = attrs.get("itemprop") or ""
            if prop in _ARTICLE_BODY_PROPS:
                facts.article_bodies.append(node)
            elif prop.lower() in _INGREDIENT_PROPS:
                facts.ingredients.append(node.text(deep=True))
        if tag == "link":
            rel = (attrs.get("rel") or "").lower().split()
            if "canonical" in rel and facts.canonical is None:
                facts.canonical = (attrs.get("href") or "").strip() or None
        elif tag == "script":
            if (attrs.get("type") or "").strip().lower() == "application/ld+json":
                facts.jsonld.append(node.text(deep=True))
        elif tag == "h1":
            if _is_hidden(node):
                continue
            text = heading_text(node)
            if text and _names_site(node):
                facts.logos.append(text)
            elif text and node.css_first("[class*=logo i], [id*=logo i]") is None:  # not one holding the logo
                facts.h1s.append(text)
                facts.h1_parts[text] = _parts(node)
        elif tag == "time" and "datetime" in attrs:
            if _classed_updated(attrs.get("class") or ""):
                facts.updated_time_values.append(attrs.get("datetime") or "")
                facts.updated_time_texts.add(squash(node.text(deep=True)))
            else:
                facts.time_values.append(attrs.get("datetime") or "")
                time_texts.add(squash(node.text(deep=True)))
        elif tag == "figcaption":
            facts.caption_lines.update(
                squash(line) for line in node.text(deep=True, separator=NODE_BREAK).split(NODE_BREAK)
            )
        elif tag == "nav":
            names = f"{attrs.get('class') or ''} {node.id or ''} {attrs.get('aria-label') or ''}"
            items = trail_items(node) if is_breadcrumb(names) else []
            if items:
                facts.breadcrumbs.append(items)
        elif tag == "title" and title is None:
            title = node
        elif tag == "base" and base is None and "href" in attrs:
            base = node
    if base is not None:
        facts.base_href = (base.attrs.get("href") or "").strip() or None
    if title is not None:
        facts.title_tag = squash(title.text(deep=True)) or None
    _read_microdata(properties, facts)
    facts.updated_time_texts -= time_texts  # an unchanged post's two <time>s show one date
    return facts


def _classed_updated(names: str) -> bool:
    """A <time> classed as the last change alone: WordPress themes class an unchanged post's
    one <time> "entry-date published updated" (or "entry-date updated"), a changed one's
    second "updated"; a name saying date or publish beside "updated" makes it the post's date."""
    tokens = names.lower().split()
    updated = [t for t in tokens if "updated" in t or "modified" in t]
    return bool(updated) and not any("date" in t or "publish" in t for t in tokens if t not in updated)


def _read_meta(attrs: Any, facts: MarkupFacts) -> None:
    key = attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or attrs.get("http-equiv")
    # some CMSs write value=, and a microdata date on a <meta> may come as datetime=
    content = attrs.get("content") or attrs.get("value") or attrs.get("datetime")
    if key and content and content.strip():
        if "&" in content:  # escaped twice over by a CMS: "&amp;#13;", "&amp;quot;"
            content = _ENTITY.sub(lambda entity: html.unescape(entity[0]), content)
        if "<" in content:  # a CMS that put the byline's or the summary's markup in, escaped
            content = _MARKUP_TAG.sub(" ", content)
        facts.meta.setdefault(key.strip().lower(), []).append(squash(content))


def byline_texts(tree: Tree) -> list[tuple[str, bool]]:
    """Short texts of elements whose class or id says byline or author (read on demand),
    each with whether the element is named for the author's name alone ("author-name",
    rel=author), which vouches for a pen name as a label would."""
    texts = []
    commenters: set[LexborNode] = set()
    for node in select(tree, _BYLINE_SELECTOR):
        names = (node.attrs.get("class") or "").lower()
        if "comment" in names:
            commenters.add(node)  # a commenter's name ("comment-author vcard"), not the story's author
            continue
        if "teaser" in names and any("teaser" in token and "author" in token for token in names.split()):
            continue  # another story's card names its writer ("slider-teaser-opinion__author")
        if _closest(node, lambda parent: parent.tag == "figure" or parent in commenters) is not None:
            continue  # a picture's author (the photographer), a name inside a commenter's box
        text = line_text(_with_coauthors(node))
        if _in_teaser(node, text):
            continue
        if len(text) > _MAX_BYLINE:
            text = line_text(node)
        if 0 < len(text) <= _MAX_BYLINE and node.tag not in ("body", "html", "article", "main"):
            named = _names_the_author(f"{names} {(node.id or '').lower()}") or node.attrs.get("rel") == "author"
            texts.append((text, named))
    return texts


def _in_teaser(node: LexborNode, text: str) -> bool:
    """Whether a byline is part of a link to another story: a teaser's card ("Up next",
    "More stories") wraps its title and its writer in one link.  A link to the author's
    page holds the name alone."""
    link = _closest(node, lambda parent: parent.tag == "a")
    return link is not None and len(squash(link.text(deep=True))) > len(text) + _TEASER_TITLE


def _names_the_author(names: str) -> bool:
    """Whether a class or id says the element holds the author's name itself ("author-name",
    WeChat's "js_author_name"), not a byline of labels and dates."""
    return any(map(names.__contains__, _AUTHOR_NAME_MARKERS))


def _with_coauthors(node: LexborNode) -> LexborNode:
    """The byline around an author's element when co-authors are marked up beside it.

    ``<a rel=author>A</a> and <a rel=author>B</a>``: each link names one author, their
    parent the byline.
    """
    parent = node.parent
    if parent is None or not parent.is_element_node or parent.tag in ("body", "html"):
        return node
    marks = (node.tag, node.attrs.get("rel"), node.attrs.get("class"))
    siblings = sum(
        1
        for child in parent.iter()
        if child.is_element_node and (child.tag, child.attrs.get("rel"), child.attrs.get("class")) == marks
    )
    return parent if siblings > 1 else node


def date_texts(tree: Tree) -> list[str]:
    """Short texts (and titles) of elements whose class or id says date or time.

    Read only when the declared dates are missing: the selector is one of the dearest.
    """
    texts = []
    for node in select(tree, _DATE_SELECTOR):
        text = node.attrs.get("title") or node.text(deep=True)
        if text and len(text) <= _MAX_DATE_TEXT:
            texts.append(text)
            if len(texts) == _MAX_DATE_ELEMENTS:
                break
    return texts


def standalone_dates(tree: Tree) -> list[str]:
    """Texts of small elements holding nothing but a date ("23.01.2019", "3. Dezember 2011").

    The last resort for pages that mark their date up in no recognisable way; the first
    such element is taken, sidebars' dated teasers usually coming after the article's.  A
    picture's caption dates the picture ("© Kurt Wessolek, 31.05.2013"), not the page.
    """
    texts = []
    for node in tree.css(_STANDALONE_DATE_SELECTOR):
        text = node.text(deep=True, strip=True)
        if (
            6 <= len(text) <= _MAX_STANDALONE_DATE
            and any(ch.isdigit() for ch in text)
            and _closest(node, lambda parent: parent.tag == "figcaption") is None
        ):
            texts.append(text)
            if len(texts) == _MAX_DATE_ELEMENTS:
                break
    return texts


def name_texts(tree: Tree) -> list[str]:
    """Short texts of elements whose class says they hold a name ("full-name"): where a page
    writes out the name its byline gives short.  Read only for a one-word author."""
    texts = (squash(node.text(deep=True)) for node in tree.css(_NAME_SELECTOR))
    return [text for text in texts if 0 < len(text) <= _MAX_NAME_TEXT]


def author_links(tree: Tree) -> list[str]:
    """Texts of the first link to an author page and of the links beside it (co-authors).

    Read only when no better author source answered.
    """
    # The first link with a name, not the avatar's picture beside it, nor a person the story
    # mentions ("<p><a href=/people/prince>Prince</a> was married when he died…</p>") or
    # tags it with (a tag cloud's "/people/" links).
    links = [
        link
        for link in select(tree, _AUTHOR_LINK_SELECTOR)
        if link.text(deep=True).strip() and not _in_prose(link) and not _credits_no_one(link) and not _is_index(link)
    ]
    if not links:
        return []
    parent = links[0].parent
    # Co-authors share one short byline; links to the authors of a list of stories do not.
    byline = parent is not None and len(parent.text(deep=True)) <= _MAX_BYLINE
    first, holder = links[0].mem_id, parent.mem_id if parent is not None else None
    texts = [
        squash(a.text(deep=True))
        for a in links
        if a.mem_id == first or (byline and a.parent is not None and a.parent.mem_id == holder)
    ]
    return [t for t in texts if 0 < len(t) <= 80][:6]


def _in_prose(link: LexborNode) -> bool:
    """Whether a link stands in a sentence: its paragraph runs on in lower-case words, which
    a byline's labels, names and dates ("By Ela on 31. October, 2023 | 18 Comments") do not."""
    paragraph = _closest(link, lambda parent: parent.tag == "p")
    if paragraph is None:
        return False
    words = paragraph.text(deep=True).split()
    return sum(1 for word in words if word[0].islower()) >= _MIN_SENTENCE_WORDS


def _is_index(link: LexborNode) -> bool:
    """Whether a link leads to the index of the site's people, not to one of them
    ("<a href=/autoren/>Autoren</a>" in the site's menu)."""
    path = (link.attrs.get("href") or "").split("?", 1)[0].rstrip("/")
    return path.rsplit("/", 1)[-1].lower() in _PEOPLE_PATHS


def _credits_no_one(link: LexborNode) -> bool:
    """Whether a link or its list is marked as the story's tags or topics, or as the site's
    social profiles."""
    parent = link.parent
    names = f"{link.attrs.get('class') or ''} {(parent.attrs.get('class') or '') if parent is not None else ''}"
    return _NO_CREDIT_CLASS.search(names) is not None


def subheading_keys(tree: Tree) -> set[str]:
    """The comparison keys of the page's <h2> and <h3>: where a headline the <title> gives
    may be shown when the page's <h1> is a widget's or the logo's.  Read only then."""
    return {comparison_key(node.text(deep=True)) for node in tree.css("h2, h3")}


def dated_headings(tree: Tree) -> list[str]:
    """The <h2>-<h6> headings over a short line of a date and its labels, or of a date and
    the story's credits ("发布时间：2019-05-18 来源：…"), the element after each: how a page
    with no <h1> may show its story's headline, and a list of teasers each of theirs.
    Read only for a page with no <h1>."""
    found = []
    for node in tree.css("h2, h3, h4, h5, h6"):
        after = node.next
        while after is not None and not after.is_element_node and not (after.text_content or "").strip():
            after = after.next  # the white space between the two
        line = squash(after.text(deep=True)) if after is not None else ""
        if 0 < len(line) <= _DATED_LINE and (is_dateline(line, other_words=0) or _credits(line)):
            found.append(heading_text(node))
    return found


def titled_texts(tree: Tree) -> list[str]:
    """The texts of elements whose class or id names a title ("bt_title", "news-title",
    "headline"), none a link or holding one (a teaser's title is a link), in page order:
    where a page of no <h1> and a <title> of the site's name alone shows its headline.
    Read only for such a page."""
    found = []
    for node in tree.css(_TITLED_SELECTOR):
        names = f"{node.attrs.get('class') or ''} {node.attrs.get('id') or ''}"
        if not _TITLE_NAME.search(names) or node.css_first("a") is not None or _inside_link(node):
            continue
        text = squash(node.text(deep=True))
        if text:
            found.append(text)
    return found


def _inside_link(node: LexborNode) -> bool:
    parent = node.parent
    while parent is not None and parent.tag != "a":
        parent = parent.parent
    return parent is not None


def _credits(line: str) -> bool:
    """Whether a line with a date labels the story's people or source too ("来源：…")."""
    if find_date(line) is None:
        return False
    fields, _ = parse_labelled(line)
    return bool(fields.authors or fields.sources or fields.editors)


def heading_text(node: LexborNode) -> str:
    """A headline's text: spaces the markup left around full-width punctuation removed, and
    text printed twice (a desktop and a mobile copy) kept once.

    A kicker the heading's template marks as one ("<span class=kicker>Brexit</span>
    <span>Parliament votes…</span>") is a label above the headline, no part of it: it is
    left out with the separator after it, the page keeping it.
    """
    text = _SPACED_FULLWIDTH.sub(r"\1", squash(_text_without_marked_kicker(node)))
    words = text.split()
    half = len(words) // 2
    if half and len(words) % 2 == 0 and words[:half] == words[half:]:
        return " ".join(words[:half])
    return text


def _text_without_marked_kicker(node: LexborNode) -> str:
    """The heading's visible text, less any child marked as a kicker (if anything is left)."""
    parts, kicker = [], False
    child = node.child
    while child is not None:
        if child.is_element_node and _KICKER_CLASS.search(child.attrs.get("class") or ""):
            kicker = True
        elif child.is_element_node and not _aside_in_heading(child, True):
            parts.append(_visible_text(child))
        elif child.tag == "-text":
            parts.append(child.text_content or "")
        child = child.next
    rest = squash(" ".join(parts)).lstrip(_KICKER_SEPARATORS) if kicker else ""
    return rest or _visible_text(node)


def _parts(h1: LexborNode) -> list[str]:
    parts = []
    child = h1.child
    while child is not None:
        if child.tag == "-text" or (child.is_element_node and not _aside_in_heading(child, False)):
            text = squash(_visible_text(child) if child.is_element_node else child.text_content or "")
            if text:
                parts.append(text)
        child = child.next
    return parts if len(parts) > 1 else []


def _visible_text(node: LexborNode) -> str:
    """Text a reader sees as the headline: without the style sheets and scripts that CSS-in-JS
    templates put inside headings, the readings of ruby annotations, the labels written for
    screen readers alone ("Headline:", ", Thema:"), and the small print set beside the
    headline (a date and categories under it, a rubric above it) unless that is all there is.
    Read before cleaning, so hidden elements are still in the tree."""
    if node.css_first(_HEADLINE_ASIDES) is None:
        return node.text(deep=True)
    parts: list[str] = []
    _collect_visible(node, parts, drop_small=True)
    if not "".join(parts).strip():
        parts = []
        _collect_visible(node, parts, drop_small=False)
    return "".join(parts)


def _collect_visible(node: LexborNode, parts: list[str], drop_small: bool) -> None:
    for found in text_and_stops(node, lambda element: element.tag == "br" or _aside_in_heading(element, drop_small)):
        if found.tag == "-text":
            parts.append(found.text_content or "")
        elif found.tag == "br" or found.tag not in _NOT_HEADLINE_TEXT:
            parts.append(" ")  # a line break; or what an aside held may have been all that spaced the words


def _aside_in_heading(element: LexborNode, drop_small: bool) -> bool:
    """An element inside a heading whose text is no part of the headline."""
    if element.tag in _NOT_HEADLINE_TEXT or (drop_small and element.tag == "small"):
        return True
    attrs = element.attrs
    return attrs.get("aria-hidden") == "true" or bool(_SCREEN_READER_ONLY.search(attrs.get("class") or ""))


def _names_site(h1: LexborNode) -> bool:
    """An <h1> that links to the home page or is named as the site's title (WordPress's
    "site-title") is the site's name, not a headline."""
    names = f"{h1.attrs.get('class') or ''} {h1.attrs.get('id') or ''}".lower()
    if h1.attrs.get("itemprop") == "headline" or _POST_TITLE_NAME.search(names):
        return False  # marked as the post's own title, whatever else its classes say
    if _SITE_TITLE_NAME.search(names):
        return True
    parent = h1.parent
    if parent is not None and parent.tag == "a" and _is_home_link(parent):
        return True
    link = h1.css_first("a[href]")
    return link is not None and _is_home_link(link)


def _is_hidden(node: LexborNode) -> bool:
    """Read before cleaning, an element a browser does not show ("pagetitle hidden")."""
    attrs = node.attrs
    names = (attrs.get("class") or "").lower().split()
    style = (attrs.get("style") or "").replace(" ", "").lower()
    return (
        "hidden" in attrs
        or "hidden" in names
        or "sr-only" in names
        or "display:none" in style
        or attrs.get("aria-hidden") == "true"  # kept from readers of every kind ("Navigation und Service")
    )


def _is_home_link(link: LexborNode) -> bool:
    """A link to the site's front page: "/", "index.html", "https://example.com/", rel=home."""
    href = (link.attrs.get("href") or "").strip()
    if href in _HOME_LINKS or "home" in (link.attrs.get("rel") or "").lower().split():
        return True
    if not href.startswith(("http://", "https://", "//")):
        return False
    parts = split_url(href)
    return parts is not None and parts.path in _HOME_LINKS and not parts.query


def _read_microdata(properties: list[LexborNode], facts: MarkupFacts) -> None:
    """The article's own properties, not those of the teasers and photos around it.

    Pages mark up related stories and image credits as items too, each with its author
    and date.  A property belongs to its nearest enclosing ``itemscope``; the values
    kept for each property are those of one item: the first of an article type that
    has it, else the first that is no media object.  Properties outside any item are
    grouped by the block around them.
    """
    found: dict[str, list[tuple[int, str, str]]] = {}  # prop -> (item id, item type, value)
    for node in properties:
        # itemprop holds a list of names ("author name": the element is both)
        props = [p for p in (node.attrs.get("itemprop") or "").lower().split() if p in _MICRODATA_PROPS]
        if not props:
            continue
        attrs = node.attrs
        value = attrs.get("content") or attrs.get("datetime") or attrs.get("title")
        if not value:
            # An item may hold several names (one per author, in one sloppy Person item).
            names = [name.text(deep=True, separator=" ") for name in node.css("[itemprop~=name]")]
            value = ", ".join(names) if names else node.text(deep=True, separator=" ")
        value = squash(value)
        if value and len(value) <= _MAX_BYLINE:
            item = _closest(node, lambda parent: "itemscope" in parent.attrs)
            item_type = (item.attrs.get("itemtype") or "") if item is not None else ""
            for prop in props:
                found.setdefault(prop, []).append((_item_key(node, item), item_type, value))
    for prop, values in found.items():
        chosen = next((v for v in values if _ARTICLE_TYPE.search(v[1])), None)
        chosen = chosen or next((v for v in values if not _MEDIA_TYPE.search(v[1])), None)
        if chosen is not None:
            facts.microdata[prop] = [value for item, _, value in values if item == chosen[0]]


def _item_key(node: LexborNode, item: LexborNode | None) -> int:
    """The item a property belongs to; without any ``itemscope`` around it, the block
    holding it (two names in one byline share it, a teaser's name elsewhere does not)."""
    if item is not None:
        return item.mem_id
    holder = node.parent.parent if node.parent is not None and node.parent.parent is not None else node
    return holder.mem_id


def _closest(node: LexborNode, wanted: Callable[[LexborNode], bool]) -> LexborNode | None:
    """The nearest element around ``node`` that is ``wanted`` (a property's item, a figure)."""
    parent = node.parent
    while parent is not None and parent.is_element_node:
        if wanted(parent):
            return parent
        parent = parent.parent
    return None
