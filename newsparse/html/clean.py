"""Clean the tree: drop what is never article text, and mark page furniture.

Two kinds of removal.  Scripts, styles, forms controls and hidden elements are deleted from
the tree, since no page keeps its article there.  Navigation, share bars, related lists,
comments and footers are only *marked* (a set of nodes the later stages skip): class names
mislead often enough that the scorer may need to look again without the marks.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, lru_cache

from selectolax.lexbor import LexborAttributes, LexborNode

from newsparse.html.parse import Tree, select
from newsparse.html.text import CJK_WEIGHT, link_density, squash, weighted_len
from newsparse.patterns.boilerplate import (
    CONTENT_CLASS,
    EMBEDDED_POST_CLASS,
    GATED_CLASS,
    LAYOUT_WITH_FURNITURE,
    NEVER_CONTENT_TAGS,
    STORY_BODY_CLASS,
    UNLIKELY_CLASS,
)

# Hidden elements, and alerts: a form's error messages, cookie and ad-blocker notices, a
# breaking-news bar, a screen reader's announcement ("role=alert"), never the story.
_HIDDEN_SELECTOR = (
    ".hidden, [hidden], [style*='display:none'], [style*='display: none'], "
    "[style*='visibility:hidden'], [style*='visibility: hidden'], [aria-hidden='true'], [role='alert']"
)
# A form's labels, left when its fields go ("Name (required)", "Your e-mail"); outside a
# form a label may hold content (a recipe's ingredients beside their checkboxes).
_FORM_TEXT_SELECTOR = "form label, form legend"
# What an AMP page shows while an element loads or where it fails ("Loading poll",
# "Advertisement"): stand-ins, no content.
_STAND_IN_SELECTOR = "[placeholder], [fallback]"
_REMOVED_SELECTOR = f"{_HIDDEN_SELECTOR}, {_FORM_TEXT_SELECTOR}, {_STAND_IN_SELECTOR}"
# An e-mail field, the most text the box around it may hold to be the sign-up's own, and
# the most each element out from it may add (a title, a pitch).
_EMAIL_FIELD = "input[type=email]"
_SIGNUP_BOX_MAX = 400
_SIGNUP_STEP = 200
# Page-level furniture by element name; the article's own <header>/<footer> is spared
# (see _is_page_level).
_FURNITURE_TAGS = ("header", "footer")
_FURNITURE_SELECTOR = "[class], [id], header, footer, aside"
# Boxes a page declares dialogs laid over it (a consent manager's, a sign-in form's),
# sought in the same query as the boxes removed
_REMOVED_OR_DIALOG_SELECTOR = f"{_REMOVED_SELECTOR}, [role$=dialog], [aria-modal=true]"
# Utility classes setting an element's display by the screen's width (Tailwind's "hidden
# lg:block", Bootstrap's "d-none d-md-block" and "d-lg-none"): the display set at the widest
# breakpoint named wins, as the frameworks' style sheets order their rules, and every
# breakpoint named applies on a desktop's screen.
_DISPLAYS = r"block|flex|grid|inline|inline-block|inline-flex|inline-grid|table|table-cell|table-row|contents|flow-root"
_DISPLAY_TOKEN = re.compile(
    # (Tailwind's classes may carry a site's prefix: "tw-block md:tw-hidden")
    rf"(?<!\S)(?:(?:(sm|md|lg|xl):)?(?:[a-z]{{1,4}}-)?(hidden|{_DISPLAYS})|d-(?:(sm|md|lg|xl)-)?(none|{_DISPLAYS}))(?!\S)"
)
_BREAKPOINTS = {"sm": 1, "md": 2, "lg": 3, "xl": 4}
# What hides an element whatever the screen's width (the hidden selector less its class)
_HIDDEN_AT_ANY_WIDTH = (
    "[hidden], [style*='display:none'], [style*='display: none'], [style*='visibility:hidden'], "
    f"[style*='visibility: hidden'], [aria-hidden='true'], [role='alert'], {_FORM_TEXT_SELECTOR}, {_STAND_IN_SELECTOR}"
)
_MIN_STORY_BODY = 500  # characters, CJK weighted where prose is weighed
_PAGE_SHARE = 0.5  # of the page's text, in a hidden box: the page itself, or its story
_EMBED_WRAPPER_LEVELS = 3
_EMBED_WRAPPER_EXTRA = 200  # characters a wrapper may add (a caption), not a feed of posts
_STORY_LINK_SHARE = 0.3
_STORY_PARTS = frozenset(("p", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "blockquote"))
_STORY_PARAGRAPH_MIN = 80  # weighted characters: a paragraph of a story, not an offer's line
_NOSCRIPT_PROSE = 200  # weighted characters of paragraphs: a story, not a notice
_WRAPPED_TEXT = "p, h1, h2, h3, h4, h5, h6, section, ul, ol"
_PROTECTED_TAGS = frozenset({"html", "body", "article", "main"})
# A box right after a link in a paragraph: a preview card, when it opens on a link to the
# same address and holds more links (see preview_cards).
_AFTER_LINK_IN_TEXT = "p a + span, p a + div"
_CARD_LINKS = 2
# Words inside a sentence are never furniture, whatever their class ("auto-tag_trump").
_INLINE_TAGS = frozenset({"a", "span", "b", "strong", "em", "i", "u", "font", "small", "abbr", "time", "mark"})


def strip_non_content(tree: Tree, article_bodies: list[LexborNode]) -> list[LexborNode]:
    """Delete scripts, styles, embedded objects, form controls and their labels, the boxes
    around e-mail sign-ups, hidden elements, alerts and AMP's stand-ins; a hidden element
    holding one of ``article_bodies`` (marked as the story's body) is kept.  The boxes the
    page declares dialogs laid over it, shown, are found in the same query and returned:
    furniture, marked rather than deleted (see ``furniture_nodes``)."""
    # Some sites serve the story itself inside <noscript> (a script renders it for
    # browsers): keep that text, and drop the usual pixels and "enable JavaScript" notes.
    # A button wrapping paragraphs or headings is a disclosure widget around text (a byline
    # that opens the author's card), not a control's label: its text stays.
    email_fields: list[LexborNode] = []  # found in the same walk
    for node in tree.css(f"noscript, button, {_EMAIL_FIELD}"):
        if node.tag == "input":
            email_fields.append(node)
        elif (
            _holds_prose(node, tree.body) or _holds_lone_picture(node)
            if node.tag == "noscript"
            else node.css_first(_WRAPPED_TEXT) is not None
        ):
            node.unwrap()
    holders = ancestors_of(article_bodies)
    signups = {box for field in email_fields if (box := _signup_box(field)) is not field and box not in holders}
    tree.strip_tags(list(NEVER_CONTENT_TAGS))
    # A hidden wrapper around the article body is a page script's doing, not furniture;
    # but a hidden schema.org item is a copy of the page for machines (itemscope).
    found = tree.css(_REMOVED_OR_DIALOG_SELECTOR)
    dialogs = [n for n in found if is_dialog(n.attrs) and not n.css_matches(_REMOVED_SELECTOR)]
    shown = {n.mem_id for n in dialogs}
    shown.update(n.mem_id for n in found if _hidden_on_narrow_screens(n))
    page_chars = cache(lambda: len(tree.body.text(deep=True)) if tree.body is not None else 0)
    hidden = {
        n
        for n in found
        if n.mem_id not in shown
        and n.tag not in _PROTECTED_TAGS
        and (n not in holders or "itemscope" in n.attrs)
        and not _holds_the_page(n, page_chars)
    } | signups
    # Decide every removal before making any: a removed node's descendants are freed.
    for node in [n for n in hidden if not _has_marked_ancestor(n, hidden)]:
        node.decompose()
    return [n for n in dialogs if not _has_marked_ancestor(n, hidden)]


def _hidden_on_narrow_screens(node: LexborNode) -> bool:
    """A "hidden" element a wide screen shows ("hidden lg:block"): the story or its sidebar
    set for desktops, as a desktop's browser shows the page, and nothing else hides it."""
    names = node.attrs.get("class")
    return (
        names is not None
        and ":" in names  # Bootstrap's "d-none" is no class the hidden selector reads
        and _wide_display(names) is True
        and not node.css_matches(_HIDDEN_AT_ANY_WIDTH)
    )


def _wide_display(names: str) -> bool | None:
    """Whether a wide screen shows an element by its utility classes; None when no class
    sets its display at a breakpoint."""
    widest, display = -1, True
    for match in _DISPLAY_TOKEN.finditer(names):
        tailwind, tailwind_display, bootstrap, bootstrap_display = match.groups()
        breakpoint = _BREAKPOINTS.get(tailwind or bootstrap or "", 0)
        if breakpoint >= widest:
            widest, display = breakpoint, (tailwind_display or bootstrap_display) not in ("hidden", "none")
    return display if widest > 0 else None


def _holds_the_page(node: LexborNode, page_chars: Callable[[], int]) -> bool:
    """A hidden box holding most of the page's text is the page itself, or its story: a
    script hides it until it has loaded (an anti-flicker snippet), or a banner's box left
    unclosed runs on around it.  Removed, it would leave nothing.  It holds the <h1>, or it
    keeps its place on the page while hidden ("visibility: hidden", a WeChat article's body
    under its headline, waiting for a script): a consent manager's list of cookies, hidden
    with "display: none", may hold more text than a short story."""
    text = node.text(deep=True)
    return (
        len(text) * CJK_WEIGHT >= _MIN_STORY_BODY  # the page's text read only for a box that may be a story
        and len(text) >= _PAGE_SHARE * page_chars()
        and weighted_len(text) >= _MIN_STORY_BODY
        and ("visibility" in (node.attrs.get("style") or "") or node.css_first("h1") is not None)
    )


def preview_cards(containers: list[LexborNode]) -> set[LexborNode]:
    """Cards a page shows on hovering over a link in its text (a person's photo, full name
    and latest stories), which a stylesheet hides until then: boxes right after the link,
    opening on a link to the same address and holding more.  Left in, they run into the
    sentence and make it "mostly links".  Sought in the story's containers only, once they
    are chosen: a selector over the whole page cost some 2% of its time."""
    return {box for container in containers for box in container.css(_AFTER_LINK_IN_TEXT) if _is_preview_card(box)}


def _is_preview_card(box: LexborNode) -> bool:
    links = box.css("a")
    if len(links) < _CARD_LINKS:
        return False
    trigger = box.prev
    while trigger is not None and trigger.tag == "-text" and not (trigger.text_content or "").strip():
        trigger = trigger.prev
    href = links[0].attrs.get("href")
    return trigger is not None and trigger.tag == "a" and bool(href) and href == trigger.attrs.get("href")


def _signup_box(field: LexborNode) -> LexborNode:
    """The box around an e-mail field: a newsletter's sign-up or a comment form, with its
    title and its pitch ("Get the day's news in your inbox"), which stay as paragraphs when
    only the form's controls go.  Each step out may add a title's or a pitch's worth of text,
    no more (a short story around the form is no part of it), and never the headline."""
    box, held = field, 0
    parent = field.parent
    while parent is not None and parent.tag not in _PROTECTED_TAGS:
        text = len(parent.text(deep=True))
        if text > _SIGNUP_BOX_MAX or text > held + _SIGNUP_STEP or parent.css_first("h1") is not None:
            break
        box, held, parent = parent, text, parent.parent
    return box


def _holds_lone_picture(noscript: LexborNode) -> bool:
    """A lazy loader's picture for browsers without scripts, alone in its <noscript> (no
    "Please enable JavaScript" beside it) where its box shows no other (the script's
    stand-in gone): the story's picture."""
    if noscript.css_first("img") is None or noscript.text(deep=True).strip():
        return False
    parent = noscript.parent
    return parent is not None and not any(
        img.parent is not None and img.parent.tag != "noscript" for img in parent.css("img")
    )


def _holds_prose(node: LexborNode, body: LexborNode | None) -> bool:
    """Paragraphs enough for a story; or most of the page's text, whatever holds it (a page
    opening <noscript><div> for browsers without scripts, and closing it at its end, is
    read by a parser as all inside the <noscript>, its paragraphs <div>s or not)."""
    if sum(weighted_len(p.text(deep=True)) for p in node.css("p")) >= _NOSCRIPT_PROSE:
        return True
    held = len(node.text(deep=True))
    return held >= _NOSCRIPT_PROSE and body is not None and held * 2 > len(body.text(deep=True))


def class_and_id(node: LexborNode) -> str:
    return f"{node.attrs.get('class') or ''} {node.id or ''}".lower()


# What a class or id token says, as bit flags; and a class shown on narrow screens only
# (a phone's menu, its copy of the byline: "lg:hidden", "d-md-none").
_FURNITURE, _CONTENT, _STORY_BODY, _NARROW_ONLY = 1, 2, 4, 8


@lru_cache(maxsize=32768)
def _token_kinds(token: str) -> int:
    """The flags of one lower-cased name.  The vocabularies match within a name, never
    across the space between two, so a class reads as the union of its names; and names
    repeat across templates and sites far more than whole class attributes do, so this
    cache answers where one keyed by the attribute misses (a new site's first page)."""
    furniture = UNLIKELY_CLASS.search(token)
    if furniture and LAYOUT_WITH_FURNITURE.search(token):
        furniture = None  # "sidebar-layout": a page laid out with a sidebar, not the sidebar
    content = named_content = CONTENT_CLASS.search(token)
    if furniture and content and _names_a_part(token, content):
        content = None  # "c-article-references", "article-related": a part of the article
    return (
        (_FURNITURE if furniture else 0)
        | (_CONTENT if content else 0)
        # every story-body name holds a content word
        | (_STORY_BODY if named_content and STORY_BODY_CLASS.search(token) else 0)
    )


def _names_a_part(token: str, content: re.Match[str]) -> bool:
    """Whether a name sets furniture after the content word with no content word after it:
    the block's name first and the element's role after, as BEM and its kin write them
    ("article__comments", "content-related-stories")."""
    last = [*UNLIKELY_CLASS.finditer(token)][-1]
    return last.start() > content.start() and not CONTENT_CLASS.search(token, last.end())


@lru_cache(maxsize=8192)
def _name_kinds(names: str) -> int:
    flags = 0
    for token in names.lower().split():
        flags |= _token_kinds(token)
    if (":" in names or names.startswith("d-") or " d-" in names) and _wide_display(names) is False:
        flags |= _NARROW_ONLY
    return flags


def narrow_screens_only(node: LexborNode) -> bool:
    """Whether a phone's screen alone shows an element ("lg:hidden", "d-md-none"): no
    desktop's browser shows it, so no pass over the page reads it."""
    names = node.attrs.get("class")
    return names is not None and bool(_name_kinds(names) & _NARROW_ONLY)


def is_furniture_name(names: str) -> bool:
    """Whether a class or id attribute names page furniture (and nothing that says content)."""
    return _name_kinds(names) & (_FURNITURE | _CONTENT) == _FURNITURE


def furniture_nodes(
    tree: Tree,
    article_bodies: list[LexborNode],
    headline: LexborNode | None = None,
    dialogs: list[LexborNode] | None = None,
) -> set[LexborNode]:
    """Top-most elements that look like navigation, sharing, related news, ads or footers,
    and the ``dialogs`` laid over the page (``strip_non_content`` finds them).

    An element is spared when it is structural (body, article, main), when its names also
    say "content", or when it holds one of ``article_bodies`` or the ``headline``'s
    heading: navigation and sidebars never hold it, so a box named like them that does is
    the page's wrapper ("left-navigation_page-wrapper").
    """
    marked: list[LexborNode] = list(dialogs or ())
    body = tree.body
    if body is None:
        return set()
    # One walk finds every element with a name and the page-level boxes; the elements
    # named as the story's body are noted on the way.
    story_named: list[LexborNode] = []
    gated: list[LexborNode] = []  # marked boxes whose names say gated: a notice or the story
    embeds: list[LexborNode] = []  # posts quoted from social networks
    for node in select(body, _FURNITURE_SELECTOR):
        tag, ident = node.tag, node.id
        names = node.attrs.get("class")
        furniture = False
        if names:
            if tag == "blockquote" and EMBEDDED_POST_CLASS.search(names):
                embeds.append(node)
            kinds = _name_kinds(names)
            furniture = kinds & (_FURNITURE | _CONTENT) == _FURNITURE or bool(kinds & _NARROW_ONLY)
            if kinds & _STORY_BODY:
                story_named.append(node)
        if (furniture and _may_be_furniture(tag, ident)) or (
            ident and is_furniture_name(ident) and _may_be_furniture(tag, names)
        ):
            marked.append(node)
            # read for the few boxes marked, not for every name
            if GATED_CLASS.search(f"{names or ''} {ident or ''}".lower()):
                gated.append(node)
        elif tag in _FURNITURE_TAGS:
            if _is_page_level(node):
                marked.append(node)
        elif tag == "aside" and node.css_first("h1, article") is None:
            marked.append(node)  # a sidebar, unless a template wrapped the story in one
    holders = ancestors_of([*article_bodies, *_largest_story(story_named), *([headline] if headline else [])])
    holders.update(_gated_story(gated))
    holders.update(_embed_wrappers(embeds))
    candidates = {node for node in marked if node not in holders}
    return {node for node in candidates if not _has_marked_ancestor(node, candidates)}


def is_dialog(attrs: LexborAttributes) -> bool:
    """A box the page declares a dialog laid over it (role "dialog" or "alertdialog", or
    aria-modal): a consent manager's or a sign-in form's, whatever its class names say."""
    return (attrs.get("role") or "").strip().lower().endswith("dialog") or attrs.get("aria-modal") == "true"


def _embed_wrappers(embeds: list[LexborNode]) -> set[LexborNode]:
    """The boxes a quoted post sits in ("social-media-embed"), named like a share bar but
    holding the post the story quotes; a box holding more (a sidebar's feed) is no wrapper."""
    wrappers: set[LexborNode] = set()
    for embed in embeds:
        limit = len(embed.text(deep=True)) + _EMBED_WRAPPER_EXTRA
        node: LexborNode | None = embed
        for _ in range(_EMBED_WRAPPER_LEVELS):
            if node is None or len(node.text(deep=True)) > limit:
                break
            wrappers.add(node)
            node = node.parent
    return wrappers


def _gated_story(gated: list[LexborNode]) -> list[LexborNode]:
    """Boxes named as gated that hold a story's worth of prose, alone or side by side: the
    story, not a notice.  Some paywalls mark each paragraph past the free ones
    (``<p class="paywall">``, and the subheadings between them), each too short alone to
    tell from a notice, and one among them may be thick with links; boxes side by side are
    offers ("paywall-package"), each judged alone."""
    siblings: dict[LexborNode | None, list[LexborNode]] = {}
    for node in gated:
        # a story's paragraphs, subheadings and lists are pooled with their gated siblings
        siblings.setdefault(node.parent if node.tag in _STORY_PARTS else node, []).append(node)
    story: list[LexborNode] = []
    for nodes in siblings.values():
        texts = [node.text(deep=True) for node in nodes]
        if len(nodes) == 1 and nodes[0].tag not in _STORY_PARTS and nodes[0].css_first("p") is not None:
            prose = _paragraphs_prose(nodes[0])  # an offer's box is lines: "Jetzt diesen Artikel lesen!"
        else:
            prose = sum(weighted_len(squash(text)) for text in texts)
        linked = sum(link_density(node) * len(text) for node, text in zip(nodes, texts, strict=True))
        if prose > _MIN_STORY_BODY and linked < _STORY_LINK_SHARE * sum(map(len, texts)):
            story.extend(nodes)
    return story


def _paragraphs_prose(box: LexborNode) -> int:
    """The weighted length of a box's paragraphs long enough to be a story's."""
    lengths = (weighted_len(squash(p.text(deep=True))) for p in box.css("p"))
    return sum(length for length in lengths if length >= _STORY_PARAGRAPH_MIN)


def _may_be_furniture(tag: str | None, other_name: str | None) -> bool:
    """Not a structural or inline element, and its other name does not say "content"."""
    return (
        tag not in _PROTECTED_TAGS
        and tag not in _INLINE_TAGS
        and not (other_name and _name_kinds(other_name) & _CONTENT)
    )


def _largest_story(named: list[LexborNode]) -> list[LexborNode]:
    """The largest element named as the story's body, if it holds a story's worth of text."""
    best, best_length = None, _MIN_STORY_BODY
    for node in named:
        length = len(node.text(deep=True))
        if length > best_length:
            best, best_length = node, length
    return [best] if best is not None else []


def ancestors_of(nodes: list[LexborNode]) -> set[LexborNode]:
    """The nodes and all their ancestors: what must not be marked as furniture."""
    found: set[LexborNode] = set()
    for node in nodes:
        while node is not None and node not in found:
            found.add(node)
            node = node.parent
    return found


def _is_page_level(node: LexborNode) -> bool:
    """A <header>/<footer> of the page, not of an <article> inside it."""
    parent = node.parent
    while parent is not None and parent.tag != "body":
        if parent.tag in ("article", "main"):
            return False
        parent = parent.parent
    return True


def _has_marked_ancestor(node: LexborNode, marked: set[LexborNode]) -> bool:
    parent = node.parent
    while parent is not None:
        if parent in marked:
            return True
        parent = parent.parent
    return False


def furniture_rule(node: LexborNode) -> str:
    """Why a node counts as furniture (for explanations): its tag, or the name matched."""
    if node.tag in _FURNITURE_TAGS:
        return f"page-level <{node.tag}>"
    if node.tag == "aside":
        return "<aside> without the headline"
    if is_dialog(node.attrs):
        return "a dialog laid over the page"
    if narrow_screens_only(node):
        return "class shows it on narrow screens only"
    for attribute in ("class", "id"):
        match = UNLIKELY_CLASS.search((node.attrs.get(attribute) or "").lower())
        if match:
            return f"{attribute} names furniture: {match.group(0).strip()!r}"
    return "furniture"
