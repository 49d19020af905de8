"""Schema.org JSON-LD: the most explicit metadata a page carries, when it is well formed.

Real pages wrap it in comments or CDATA, leave trailing commas and raw newlines in
strings, nest the article in ``@graph`` or a list; all of that is tolerated.  Only the
article object's fields are read (a ``WebPage`` or ``Organization`` elsewhere on the page
describes the site, not the story), except the publisher's name.
"""

from __future__ import annotations

import html
import json
import re
from typing import Any

_ARTICLE_TYPE = re.compile(
    r"Article|BlogPosting|Posting|Report|Story|LiveBlog|Review|Recipe|HowTo|CreativeWork", re.IGNORECASE
)
_PAGE_TYPE = re.compile(r"WebPage|ItemPage", re.IGNORECASE)
_MEDIA_TYPE = re.compile(r"VideoObject|AudioObject|PodcastEpisode", re.IGNORECASE)
_WRAPPERS = re.compile(r"^\s*(?:<!--|<!\[CDATA\[|//\s*<!\[CDATA\[)|(?:-->|\]\]>|//\s*\]\]>)\s*$")
_TRAILING_COMMA = re.compile(r",\s*([}\]])")
_TAG = re.compile(r"<[^>]*>")
# A JSON escape of half a UTF-16 pair without its other half: it decodes to a lone surrogate,
# which no UTF-8 output can hold (writing it raised).
_LONE_SURROGATE = re.compile(
    r"\\u[dD][89abAB][0-9a-fA-F]{2}(?!\\u[dD][c-fC-F][0-9a-fA-F]{2})"
    r"|(?<!\\u[dD][89abAB][0-9a-fA-F]{2})\\u[dD][c-fC-F][0-9a-fA-F]{2}"
)


def _loads(raw: str) -> Any:
    raw = _WRAPPERS.sub("", raw.strip())
    if "\\ud" in raw or "\\uD" in raw:  # an emoji cut in half: no text may hold half a character
        raw = _LONE_SURROGATE.sub(r"\\ufffd", raw)
    for attempt in (raw, _TRAILING_COMMA.sub(r"\1", raw)):
        try:
            return json.loads(attempt, strict=False)
        except ValueError:
            continue
        except RecursionError:  # nested deeper than Python can read: no metadata of any page
            return None
    return None


def _objects(data: Any) -> list[dict[str, Any]]:
    """Every JSON object in the document, flattening lists and @graph (iteratively)."""
    found: list[dict[str, Any]] = []
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            found.append(item)
            if "@graph" in item:
                stack.append(item["@graph"])
            if isinstance(item.get("mainEntity"), (dict, list)):
                stack.append(item["mainEntity"])
    return found


def _types(obj: dict[str, Any]) -> str:
    kind = obj.get("@type", "")
    return " ".join(map(str, kind)) if isinstance(kind, list) else str(kind)


def _names(value: Any) -> list[str]:
    """Names from a Person/Organization value: a string, an object or a list of them."""
    names: list[str] = []
    for item in _flattened(value):
        if isinstance(item, str):
            names.append(_plain(item))
        elif isinstance(item, dict) and isinstance(item.get("name"), (str, list)):
            names.extend(_plain(name) for name in _flattened(item["name"]) if isinstance(name, str))
        elif isinstance(item, dict):  # a Person given by its parts alone
            parts = [item.get(key) for key in ("givenName", "familyName")]
            if all(isinstance(p, str) and p.strip() for p in parts):
                names.append(" ".join(_plain(p) for p in parts))
    return names


def _flattened(value: Any) -> list[Any]:
    """The items of lists inside lists, in order; read iteratively, since a hostile page
    nests them a thousand deep."""
    items: list[Any] = []
    pending = [value]
    while pending:
        item = pending.pop()
        if isinstance(item, list):
            pending.extend(reversed(item))
        else:
            items.append(item)
    return items


def _plain(name: str) -> str:
    """A name as text where a CMS wrote it as HTML: the author's link
    (``<a href="/pl/eksperci/…">Mateusz Gniazdowski</a>``), an entity (``O&#039;Brien``)."""
    if "<" in name:
        name = _TAG.sub("", name)
    return html.unescape(name) if "&" in name else name


def _text(value: Any) -> str | None:
    while isinstance(value, dict):
        value = value.get("name") or value.get("@id")
    if isinstance(value, list) and value and isinstance(value[0], str):
        value = value[0]
    return (value.strip() or None) if isinstance(value, str) else None


def _date_text(value: Any) -> str | None:
    """A date as text, a number of seconds since 1970 among them (some CMSs write one)."""
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return _text(value)


def _url(value: Any) -> str | None:
    """The address in a string, an object (an ImageObject) or the first of a list."""
    while isinstance(value, (dict, list)) and value:
        value = value[0] if isinstance(value, list) else value.get("url") or value.get("contentUrl") or value.get("@id")
    return (value.strip() or None) if isinstance(value, str) else None


def _keywords(value: Any) -> list[str]:
    if isinstance(value, str):
        return [k.strip() for k in re.split(r"[,;，；、]", value) if k.strip()]
    if isinstance(value, list):
        return [k.strip() for k in value if isinstance(k, str) and k.strip()]
    return []


def _strings(value: Any) -> list[str]:
    """A list of lines (one ingredient each): commas inside them are theirs ("1 Dose, 300 g")."""
    values = [value] if isinstance(value, str) else value if isinstance(value, list) else []
    return [item.strip() for item in values if isinstance(item, str) and item.strip()]


def _instructions(obj: dict[str, Any]) -> str | None:
    """A how-to's or a recipe's text, lines apart: its description, then its steps (step
    and recipeInstructions hold HowToStep texts, strings, or sections of them)."""
    steps = obj.get("step") or obj.get("recipeInstructions")
    if not steps:
        return None
    lines = [obj["description"]] if isinstance(obj.get("description"), str) else []
    stack = [steps]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            lines.append(item)
        elif isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            if isinstance(item.get("text"), str):
                lines.append(item["text"])
            elif item.get("itemListElement"):
                stack.append(item["itemListElement"])
    return "\n".join(line.strip() for line in lines if line.strip()) or None


def _resolved(value: Any, named: dict[str, dict[str, Any]]) -> Any:
    """A reference to another object of the graph (``{"@id": …}``, as Yoast and other
    SEO plugins write the author and publisher) replaced by that object; in a list, each."""
    if isinstance(value, list):
        return [_resolved_one(item, named) for item in value]
    return _resolved_one(value, named)


def _resolved_one(value: Any, named: dict[str, dict[str, Any]]) -> Any:
    if isinstance(value, dict) and "name" not in value and isinstance(value.get("@id"), str):
        return named.get(value["@id"], value)
    return value


def read_jsonld(scripts: list[str]) -> dict[str, Any]:
    """Article fields from the page's JSON-LD scripts (their texts), keyed by Article field
    names; besides them, ``body`` (the declared text) and a recipe's ``ingredients``."""
    objects: list[dict[str, Any]] = []
    for script in scripts:
        data = _loads(script)
        if data is not None:
            objects.extend(_objects(data))
    article = next((o for o in objects if _ARTICLE_TYPE.search(_types(o))), None)
    if article is None:  # a page object still dates the page
        article = next((o for o in objects if _PAGE_TYPE.search(_types(o)) and o.get("datePublished")), None)
    if article is None:
        article = next((o for o in objects if _PAGE_TYPE.search(_types(o)) and o.get("headline")), None)
    if article is None:  # a video or podcast page: the recording is the story
        article = next((o for o in objects if _MEDIA_TYPE.search(_types(o)) and o.get("uploadDate")), None)
    if article is None:
        return {}
    named = {o["@id"]: o for o in objects if isinstance(o.get("@id"), str) and "name" in o}
    publisher = _resolved(article.get("publisher"), named)
    fields = {
        "title": _text(article.get("headline")) or _text(article.get("name")),
        "authors": _names(_resolved(article.get("author") or article.get("creator"), named)),
        "published": _date_text(
            article.get("datePublished") or article.get("dateCreated") or article.get("uploadDate")
        ),
        "modified": _date_text(article.get("dateModified")),
        "section": _text(article.get("articleSection")),
        "site_name": (_names(publisher) or [None])[0],
        "image": _url(article.get("image") or article.get("thumbnailUrl")),
        "description": _text(article.get("description")),
        "tags": _keywords(article.get("keywords")),
        "url": _url(article.get("url") or article.get("mainEntityOfPage")),
        "language": _text(article.get("inLanguage")),
        "body": _text(article.get("articleBody")) or _instructions(article),
        "ingredients": _strings(article.get("recipeIngredient") or article.get("ingredients")),
    }
    return {key: value for key, value in fields.items() if value}
