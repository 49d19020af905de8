"""Fetching a page over HTTP(S), politely and within bounds.

httpx does the protocol work (redirects, compressed bodies, timeouts); this module adds
what an article extractor needs on top: only http and https, a size cap enforced while
streaming (a huge body is never held whole), an overall deadline (a server trickling one
byte a second cannot hold a run hostage), bounded retries with backoff on connection
errors, 429 and 5xx (``Retry-After`` honoured), and a refusal of non-HTML content.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from newsparse import __version__
from newsparse.errors import FetchError, FetchTimeoutError, NotHTMLError

if TYPE_CHECKING:
    import httpx

DEFAULT_TIMEOUT = 20.0
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
DEFAULT_USER_AGENT = f"newsparse/{__version__} (+https://pypi.org/project/newsparse/)"
MAX_REDIRECTS = 10
RETRIES = 2
_RETRY_STATUS = frozenset({429, 500, 502, 503, 504})
_MAX_RETRY_WAIT = 10.0
_HTML_TYPES = ("text/html", "application/xhtml+xml", "text/xml", "application/xml", "text/plain")


@dataclass(frozen=True)
class Fetched:
    data: bytes
    url: str  # after redirects
    charset: str | None  # from the Content-Type header


def fetch(
    url: str,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    max_bytes: int = DEFAULT_MAX_BYTES,
    user_agent: str = DEFAULT_USER_AGENT,
    retries: int = RETRIES,
) -> Fetched:
    """GET a page.  Raises FetchError, FetchTimeoutError or NotHTMLError, nothing else."""
    import httpx  # some 40 ms to load, a tenth of a run on a saved page: only when fetching

    try:
        scheme = urlsplit(url).scheme.lower()
        httpx.URL(url)
    except (ValueError, httpx.InvalidURL) as exc:  # "http://[::1", a port out of range
        raise FetchError(f"not a valid URL ({exc})") from None
    if scheme not in ("http", "https"):
        raise FetchError("only http:// and https:// URLs are fetched")
    deadline = time.monotonic() + 3 * timeout
    headers = {
        "User-Agent": user_agent,
        "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5",
        "Accept-Language": "*",
    }
    with httpx.Client(follow_redirects=True, max_redirects=MAX_REDIRECTS, timeout=timeout, headers=headers) as client:
        for attempt in range(retries + 1):
            last_try = attempt == retries
            try:
                result = _get(client, url, max_bytes, deadline, last_try)
            except httpx.TimeoutException:
                raise FetchTimeoutError(f"timed out after {timeout:g} s") from None
            except httpx.TooManyRedirects:
                raise FetchError(f"more than {MAX_REDIRECTS} redirects") from None
            except httpx.TransportError as exc:
                if last_try:
                    raise FetchError(f"cannot connect ({_reason(exc)})") from None
                _wait(0.5 * 2**attempt, deadline)
                continue
            except httpx.DecodingError as exc:  # a body the server compressed wrongly
                raise FetchError(f"cannot decode the response ({_reason(exc)})") from None
            if isinstance(result, Fetched):
                return result
            _wait(result, deadline)
    raise FetchError("gave up after retries")  # unreachable: the last try returns or raises


def _get(client: httpx.Client, url: str, max_bytes: int, deadline: float, last_try: bool) -> Fetched | float:
    """One request: the page, or how long to wait before trying again."""
    import httpx

    with client.stream("GET", url) as response:
        if response.status_code in _RETRY_STATUS and not last_try:
            return _retry_after(response)
        if response.status_code >= 400:
            raise FetchError(f"HTTP {response.status_code} {response.reason_phrase}".strip())
        content_type = response.headers.get("content-type", "")
        media_type = content_type.split(";")[0].strip().lower()
        if media_type and not media_type.startswith(_HTML_TYPES):
            raise NotHTMLError(f"not an HTML page: the server sent {media_type}")
        declared = response.headers.get("content-length")
        if declared and declared.isdigit() and max_bytes and int(declared) > max_bytes:
            raise FetchError(_too_large(max_bytes))
        chunks, size = [], 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if max_bytes and size > max_bytes:
                raise FetchError(_too_large(max_bytes))
            if time.monotonic() > deadline:
                raise httpx.ReadTimeout("deadline")
            chunks.append(chunk)
        return Fetched(b"".join(chunks), str(response.url), response.charset_encoding)


def _retry_after(response: httpx.Response) -> float:
    value = response.headers.get("retry-after", "")
    return min(float(value), _MAX_RETRY_WAIT) if value.isdigit() else 1.0


def _wait(seconds: float, deadline: float) -> None:
    if time.monotonic() + seconds > deadline:
        raise FetchTimeoutError("the server kept failing until the time limit")
    time.sleep(seconds)


def _too_large(max_bytes: int) -> str:
    return f"the page is larger than {max_bytes:,} bytes (raise --max-bytes)"


def _reason(exc: Exception) -> str:
    return str(exc).split("]")[-1].strip() or type(exc).__name__
