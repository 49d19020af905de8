"""Web addresses as pages write them, some malformed: a canonical link a script filled with
"https://[object Object]", a base with a stray bracket.  They are split and resolved here
without raising, since one bad address must not cost a page its article."""

from __future__ import annotations

from urllib.parse import SplitResult, urljoin, urlsplit


def split_url(url: str) -> SplitResult | None:
    """The address's parts, or None where Python refuses it (an unclosed or bad IPv6 host)."""
    try:
        return urlsplit(url)
    except ValueError:
        return None


def scheme_of(url: str | None) -> str:
    parts = split_url(url) if url else None
    return parts.scheme if parts else ""


def host_of(url: str | None) -> str:
    parts = split_url(url) if url else None
    return (parts.hostname or "") if parts else ""


def resolve(base: str | None, href: str) -> str:
    """``href`` made absolute against ``base``; as written where either is malformed."""
    if not base:
        return href
    try:
        return urljoin(base, href)
    except ValueError:
        return href


def port_of(parts: SplitResult) -> int | None:
    """The address's port, or None where it gives none or one out of range (the fetch says so)."""
    try:
        return parts.port
    except ValueError:
        return None


def is_web_address(url: str) -> bool:
    """An absolute http(s) address, against which a page's links resolve."""
    parts = split_url(url)
    return parts is not None and parts.scheme.lower() in ("http", "https") and bool(parts.hostname)
