"""Error types and the exit codes the CLI maps them to, in one place.

Every failure a user can cause (a missing file, bytes that are not HTML, a page with no
article) is one of these, so callers catch ``NewsparseError`` and never see a traceback.
"""

from enum import IntEnum


class ExitCode(IntEnum):
    """Process exit codes; the numbers follow BSD sysexits where one fits."""

    OK = 0
    PARTIAL = 1  # several inputs, some failed
    USAGE = 2  # bad options or arguments (Click's own code)
    NO_ARTICLE = 65  # input read, but no article text could be found (EX_DATAERR)
    NO_INPUT = 66  # input missing, unreadable, empty or not HTML (EX_NOINPUT)
    UNAVAILABLE = 69  # a URL could not be fetched (EX_UNAVAILABLE)
    SOFTWARE = 70  # newsparse itself failed on the page: a bug (EX_SOFTWARE)
    CANT_WRITE = 74  # the output could not be written: disk full, read-only, no permission (EX_IOERR)
    TIMEOUT = 75  # fetching or extracting took too long (EX_TEMPFAIL)
    INTERRUPTED = 130  # Ctrl-C


class NewsparseError(Exception):
    """Base of every error newsparse raises on purpose."""

    exit_code = ExitCode.NO_INPUT


class InputError(NewsparseError):
    """The input could not be read: missing, a directory, unreadable, or empty."""

    exit_code = ExitCode.NO_INPUT


class NotHTMLError(NewsparseError):
    """The bytes are something else (an image, a PDF, an archive) and not a web page."""

    exit_code = ExitCode.NO_INPUT


class NoArticleError(NewsparseError):
    """The page was read but holds no article text."""

    exit_code = ExitCode.NO_ARTICLE


class InternalError(NewsparseError):
    """newsparse failed on a page it should have read: a bug, reported as one line so that
    the inputs after it are still converted."""

    exit_code = ExitCode.SOFTWARE


class OutputError(NewsparseError):
    """The output (a file, or standard output) could not be written."""

    exit_code = ExitCode.CANT_WRITE


class FetchError(NewsparseError):
    """A URL could not be fetched."""

    exit_code = ExitCode.UNAVAILABLE


class FetchTimeoutError(FetchError):
    """A URL did not answer in time."""

    exit_code = ExitCode.TIMEOUT


class TooLargeError(InputError):
    """The input is larger than the configured limit."""
