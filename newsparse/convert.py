"""One input in, one Article out: load the bytes, extract, insist on an article.

The command line and batch runs share this step, so a page is treated the same way
whichever way it arrives.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from newsparse.errors import InternalError, NewsparseError, NoArticleError
from newsparse.input.sources import Loaded, LoadOptions, load
from newsparse.model import Article
from newsparse.pipeline import extract
from newsparse.trace import Trace


@dataclass(frozen=True)
class Settings:
    """How every input of a run is read."""

    url: str | None = None  # the page's address, when the source is a saved copy
    encoding: str | None = None  # overrides charset detection
    load: LoadOptions = field(default_factory=LoadOptions)


def convert(source: str, settings: Settings, trace: Trace | None = None) -> Article:
    """The article of SOURCE (path, ``-`` or URL); NewsparseError if there is none.

    With a ``trace`` (an explanation is wanted) a page without article text is no error.
    """
    return convert_loaded(load(source, settings.load), source, settings, trace)


def convert_loaded(loaded: Loaded, source: str, settings: Settings, trace: Trace | None = None) -> Article:
    """The article in bytes already loaded (a batch fetches URLs before its workers run)."""
    try:
        article = extract(
            loaded.data,
            url=settings.url or loaded.url,
            input=source,
            encoding=settings.encoding,
            transport_charset=loaded.charset,
            trace=trace,
        )
    except NewsparseError:
        raise
    except Exception as exc:  # a bug costs this page, not the run, and shows no traceback
        raise InternalError(f"internal error ({type(exc).__name__}: {exc}); please report it with the page") from exc
    if not article.blocks and trace is None:
        raise NoArticleError("no article text found on the page")
    return article
