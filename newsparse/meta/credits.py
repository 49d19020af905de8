"""Authors, editors and source: each from its candidates, the page's visible credits first.

A labelled byline under the headline beats the author a CMS declares (which often holds
the editor, an operator's initials or the site's own name); declared names are checked
against the bylines the page shows; links to author pages, a newsroom's credit and the
publication crediting itself come last.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

from newsparse.html.parse import Tree
from newsparse.html.text import comparison_key, has_cjk
from newsparse.meta.byline import Byline
from newsparse.meta.candidates import Metadata
from newsparse.meta.people import (
    confirmed_names,
    given_name_first,
    handles,
    is_outlet,
    is_person,
    linked_names,
    names_in_full,
    person_names,
    shown_as_declared,
    spaced_japanese_names,
    staff_credits,
    unlabelled_names,
)
from newsparse.meta.tags import MarkupFacts, author_links, byline_texts, name_texts
from newsparse.meta.title import domain_labels
from newsparse.meta.visible import Dateline
from newsparse.patterns.labels import BY_PREFIX, SITE_CHANNEL
from newsparse.urls import host_of

_AUTHOR_META = (
    *("author", "byl", "article:author", "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author"),
    *("twitter:creator", "writer", "article:writer", "og:author", "citation_author"),
)
# Author fields of other vocabularies (OpenGraph's and Dublin Core's variant spellings, an
# analytics' and a share plugin's), read where the common ones name nobody: a page may
# fill both, one with its publication's name.
_OTHER_AUTHOR_META = (
    *("og:article:author", "article:author_name", "dc:creator", "dc.author", "dc.creator.name"),
    *("cxenseparse:author", "shareaholic:article_author_name"),
)
# "From" in the credit of an outlet: Portuguese, Spanish, French, German, Italian, English
_FROM = frozenset(("do", "da", "dos", "das", "de", "del", "du", "des", "von", "vom", "di", "dal", "from"))
_LONG_AUTHOR_LIST = 3  # names: a list of credits, perhaps, more than a byline
_CARD_LABELS = 4  # label and data pairs a share card carries, at most


def _meta_names(m: dict[str, list[str]], fields: tuple[str, ...]) -> list[str]:
    """The values of the fields, but links (an author's page is no name)."""
    return [value for field in fields for value in m.get(field, []) if not value.startswith("http")]


def _byline_within(declared: list[tuple[list[str], str]], shown_byline: Callable[[], list[str]]) -> list[str]:
    """The byline's names, when the first declared list is long and holds them all.

    A CMS may list everyone credited (photographers, producers) as the page's authors,
    where the byline names the writer.
    """
    names = next((names for names, _ in declared if names), [])
    if len(names) < _LONG_AUTHOR_LIST:
        return []
    shown = shown_byline()
    return shown if shown and set(shown) < set(names) else []


def _labelled_in_card(m: dict[str, list[str]]) -> list[str]:
    """The name a share card's label pair gives as the writer: SEO plugins (Yoast's on
    WordPress) add "twitter:label1" "Written by" / "Verfasst von" and "twitter:data1" the
    post's user, on pages whose markup names no author otherwise."""
    names = []
    for number in range(1, _CARD_LABELS + 1):
        label = next(iter(m.get(f"twitter:label{number}", ())), "")
        if label and not BY_PREFIX.sub("", label).strip():
            names += m.get(f"twitter:data{number}", [])
    return names


def _declared_outlet(meta_authors: list[str], site_names: set[str]) -> str | None:
    """A Chinese outlet declared as the author ("参考消息", "新浪科技"): the story's source,
    unless it is the site itself."""
    for value in meta_authors:
        value = value.strip()
        if has_cjk(value) and is_outlet(value) and comparison_key(value) not in site_names:
            return value
    return None


def _first_names(texts: list[tuple[str, bool]], surname_test: bool) -> list[str]:
    """Names from the first byline element that has any: later ones are often other stories'.
    An element named for the author's name vouches for a pen name ("加拿大必读") and for a
    user name ("kingname")."""
    for text, named in texts:
        names = unlabelled_names(text, surname_test and not named) or (handles([text]) if named else [])
        full = [n for n in names if " " in n or has_cjk(n)]
        if full:
            names = full  # one word beside full names is a place or a role ("…, London, Beat Bumbacher")
        if names:
            return names
    return []


def _linked(names: list[str], linked: list[str]) -> list[str]:
    """A byline element's names, cut back to the author links inside it: the element's text
    runs on into the next words ("Cem Basman Life", "… Redaktion Alles, Heimkino") where
    each link holds a name alone."""
    if not names or not linked:
        return names
    cut = confirmed_names(names, linked)
    return [name for name in cut if name in linked] or cut


def _without_outlets(names: list[str], outlet_keys: set[str]) -> list[str]:
    """Names less the outlet a byline sets after them with nothing between but its markup
    ("Kevin McCoy USA TODAY", "Elliot Brownstein Florida Today"): the site's name, or its
    host's, of two words or more (a surname may be a personal site's), closing a person's
    name ("Bund der Energieverbraucher" is no "Bund der").  The site credited with its
    "from" ("Do UOL", "From Reuters" on reuters.com) is no one."""
    cut = []
    for name in names:
        words = name.split()
        if len(words) > 1 and words[0].lower() in _FROM and comparison_key(" ".join(words[1:])) in outlet_keys:
            continue
        for end in range(2, len(words) - 1):
            person = " ".join(words[:end])
            if (
                comparison_key(" ".join(words[end:])) in outlet_keys
                and words[end - 1][0].isupper()
                and is_person(person)
            ):
                name = person
                break
        if name not in cut:
            cut.append(name)
    return cut


def _declared_handles(jsonld: dict[str, Any], markup: MarkupFacts, url: str | None, site_names: set[str]) -> list[str]:
    """User names declared as the author (JSON-LD, microdata), less the site's own name or
    domain, which many CMSs declare as every story's author ("lecker.de", "Makronom")."""
    host = comparison_key(host_of(url))
    return [
        name
        for name in handles([*jsonld.get("authors", []), *markup.microdata.get("author", [])])
        if comparison_key(name) not in site_names and comparison_key(name) not in host
    ]


def pick_credits(
    meta: Metadata,
    markup: MarkupFacts,
    jsonld: dict[str, Any],
    dateline: Dateline,
    body_byline: Byline,
    tree: Tree,
    surname_test: bool,
) -> None:
    """Pick ``authors``, ``editors`` and ``source`` into ``meta``, whose ``url`` and
    ``site_name`` are chosen already.  ``surname_test``: Chinese names that no label vouches
    for must start with a surname (not on a Japanese page)."""
    m = markup.meta
    first = markup.first_meta
    # The site's own name as the author ("NBCNews", "网易" of 网易财经) names no one.
    site = comparison_key(meta.values.get("site_name"))
    site_names = {site, SITE_CHANNEL.sub("", site)} if site else set()

    shown_texts = cache(lambda: byline_texts(tree))  # a dear query, wanted by up to four readings below

    @cache
    def shown_byline() -> list[str]:
        return _first_names(shown_texts(), surname_test)

    # The site's name, declared or spelled by its host name ("ITmedia" of itmedia.co.jp), is
    # the outlet a CMS filled the author field with, no person.  Shown on the page, in a
    # byline or on the author's link, it is a blog's owner ("surfguard" of surfguard.wordpress.com).
    outlet_keys = site_names | {comparison_key(label) for label in domain_labels(meta.values["url"])}

    def declared_people(values: list[str]) -> list[str]:
        names = person_names([given_name_first(v) for v in values])
        return [n for n in names if comparison_key(n) not in outlet_keys]

    meta_authors = _meta_names(m, _AUTHOR_META)
    declared_values = [
        (jsonld.get("authors", []), "json-ld author"),
        (markup.microdata.get("author", []), "microdata author"),
        (meta_authors, "meta author"),
        (_meta_names(m, _OTHER_AUTHOR_META), "meta author, another vocabulary"),
    ]
    declared_authors = [(declared_people(values), origin) for values, origin in declared_values]
    declared_texts = [value for values, _ in declared_values for value in values]  # as written
    within = _byline_within(declared_authors, shown_byline)
    declared_authors.insert(0, (within, "byline element, within the declared list"))
    byline_names = [a for a in dateline.byline.authors]
    if byline_names:
        declared = [n for names, _ in declared_authors for n in names]
        if not declared and not has_cjk(byline_names[0]):
            declared = shown_byline()
        byline_names = confirmed_names(byline_names, declared)

    link_texts = cache(lambda: author_links(tree))

    @cache
    def linked_authors() -> list[str]:
        return linked_names(link_texts(), surname_test)

    def shown_credits() -> list[str]:
        """The author links' and byline elements' texts, as the page shows them."""
        return [*link_texts(), *(text for text, _ in shown_texts())]

    def declared_as_shown() -> list[str]:
        """A declared author the name tests refused, vouched for by the page's byline; not
        the publication's name ("selbst ist der Mann" of selbst.de)."""
        names = shown_as_declared(declared_texts, shown_credits())
        return [n for n in names if not {comparison_key(word) for word in n.split()} & outlet_keys]

    def credited_newsroom() -> list[str]:
        return staff_credits([*declared_texts, *shown_credits()]) or [*dateline.byline.credits, *body_byline.credits]

    def credited_publication() -> list[str]:
        """The publication itself, when its byline credits it ("By The New York Times") as
        the author field does: the page's own word, where a declared site name alone is a
        CMS's default."""
        declared = {comparison_key(value): value for value in declared_texts}
        for text, _ in shown_texts():
            rest = BY_PREFIX.sub("", text)
            key = comparison_key(rest)
            if rest != text and key in outlet_keys and key in declared:
                return [declared[key]]
        return []

    def linked_over_unshown() -> list[str]:
        """The author links' names, shown on the page, where no declared author is shown
        anywhere: a CMS crediting its owner or editor in every page's JSON-LD."""
        declared = [name for names, _ in declared_authors for name in names]
        if not declared or any(name in dateline.page_text for name in declared):
            return []
        linked = linked_authors()
        return linked if linked and all(name in dateline.page_text for name in linked) else []

    meta.pick(
        "authors",
        [
            (byline_names, "dateline"),
            (linked_over_unshown, "author link, the declared authors shown nowhere"),
            *declared_authors,
            (lambda: _linked(shown_byline(), linked_authors()), "byline element"),
            (linked_authors, "author link"),
            (declared_as_shown, "declared author, as the page shows it"),
            (body_byline.authors, "body byline"),
            (dateline.labelled_authors, "labelled author line"),
            (lambda: declared_people(_labelled_in_card(m)), "twitter:label author"),
            (lambda: _declared_handles(jsonld, markup, meta.values["url"], site_names), "json-ld user name"),
            (credited_newsroom, "staff credit"),
            (credited_publication, "byline crediting the publication"),
        ],
    )
    meta.values["authors"] = _without_outlets(meta.values["authors"], outlet_keys)
    if any(" " not in name and not has_cjk(name) for name in meta.values["authors"]):
        written_out = [
            *body_byline.authors,
            *shown_byline(),
            *linked_authors(),
            *(n for ns, _ in declared_authors for n in ns),
            *person_names(name_texts(tree)),
        ]
        full = names_in_full(meta.values["authors"], written_out)
        if full != meta.values["authors"]:
            meta.values["authors"] = full
            meta.origins["authors"] = f"{meta.origins['authors']} + the full name from the page"
    editors = [*dateline.byline.editors, *(e for e in body_byline.editors if e not in dateline.byline.editors)]
    meta.pick("editors", [(editors, "byline")])
    meta.values["authors"] = [a for a in meta.values["authors"] if a not in editors]
    if not surname_test:  # a Japanese page
        meta.values["authors"] = spaced_japanese_names(meta.values["authors"], dateline.page_text)
    meta.pick(
        "source",
        [
            ((dateline.byline.sources or [None])[0], "dateline"),
            ((body_byline.sources or [None])[0], "body byline"),
            # "ContentSource": the field Chinese government sites' CMSs (TRS, Hanweb) fill
            (first("source", "og:article:source", "contentsource"), "meta source"),
            (lambda: _declared_outlet(meta_authors, site_names), "meta author, an outlet"),
        ],
    )
