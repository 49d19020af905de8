"""Where page bytes come from: a path (optionally compressed), standard input, or a URL."""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
import sys
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from newsparse import storage
from newsparse.errors import InputError, TooLargeError
from newsparse.input.decode import COMPRESSED_SIGNATURES
from newsparse.input.fetch import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, DEFAULT_USER_AGENT, fetch
from newsparse.input.warc import is_archive

STDIN = "-"
# How to open each compressed format the signatures name as a stream.
_OPENERS: dict[str, Callable[[io.BytesIO], io.BufferedIOBase]] = {
    "gzip": lambda raw: gzip.GzipFile(fileobj=raw),
    "bzip2": bz2.BZ2File,
    "xz": lzma.LZMAFile,
}


@dataclass(frozen=True)
class Loaded:
    """Page bytes and what the transport said about them."""

    data: bytes
    url: str | None = None  # the final URL of a fetched page
    charset: str | None = None  # from an HTTP Content-Type header


@dataclass(frozen=True)
class LoadOptions:
    max_bytes: int = DEFAULT_MAX_BYTES  # 0: no limit
    timeout: float = DEFAULT_TIMEOUT
    user_agent: str = DEFAULT_USER_AGENT


def load(source: str, options: LoadOptions | None = None) -> Loaded:
    """The bytes of SOURCE: ``-`` is standard input, ``http(s)://`` a web page, another
    URL (``s3://``, ``file://``, ...) a file on storage fsspec reaches, else a path.

    Data compressed with gzip, bzip2 or xz (known by its signature, whatever the file's
    name) is decompressed, since saved pages are often stored so.  Inputs over ``max_bytes``
    are refused rather than half-read: a 50 MB "page" is a mistake or an attack.
    """
    options = options or LoadOptions()
    if is_archive(source):
        raise InputError("is a web archive of many pages (newsparse batch reads archives)")
    if storage.is_web(source):
        fetched = fetch(source, timeout=options.timeout, max_bytes=options.max_bytes, user_agent=options.user_agent)
        return Loaded(_checked(fetched.data, options.max_bytes), fetched.url, fetched.charset)
    if source == STDIN:
        data = _read_stdin(options.max_bytes)
    elif storage.is_stored(source):
        data = storage.read_bytes(source, options.max_bytes)
        if options.max_bytes and len(data) > options.max_bytes:
            raise TooLargeError(_too_large(options.max_bytes))
    else:
        data = _read_file(Path(storage.as_local(source)), options.max_bytes)
    return Loaded(_checked(data, options.max_bytes))


def _checked(data: bytes, max_bytes: int) -> bytes:
    if not data.strip():
        raise InputError("the input is empty")
    for signature, name in COMPRESSED_SIGNATURES:
        opener = _OPENERS.get(name)
        if opener is not None and data.startswith(signature):
            try:
                with opener(io.BytesIO(data)) as unpacked:
                    return _read_limited(unpacked, max_bytes)
            except (OSError, EOFError, zlib.error, lzma.LZMAError) as exc:
                raise InputError(f"corrupt {name} data ({exc})") from None
    return data


def _read_limited(stream: IO[bytes], max_bytes: int) -> bytes:
    """A stream's bytes, read no further than the limit (and one byte past it, to tell it is
    over): standard input, a device or a pipe tells no size beforehand, some never end, and
    a compressed page may unpack to gigabytes."""
    data = stream.read(max_bytes + 1) if max_bytes else stream.read()
    if max_bytes and len(data) > max_bytes:
        raise TooLargeError(_too_large(max_bytes))
    return data


def _read_stdin(max_bytes: int) -> bytes:
    return _read_limited(sys.stdin.buffer, max_bytes)


def _read_file(path: Path, max_bytes: int) -> bytes:
    try:
        if max_bytes and path.stat().st_size > max_bytes:
            raise TooLargeError(_too_large(max_bytes))  # refused unread
        with path.open("rb") as file:
            return _read_limited(file, max_bytes)
    except FileNotFoundError:
        raise InputError("no such file") from None
    except IsADirectoryError:
        raise InputError("is a directory (newsparse batch converts folders)") from None
    except PermissionError:
        raise InputError("permission denied") from None
    except OSError as exc:
        raise InputError(f"cannot read ({exc.strerror or exc})") from None


def _too_large(max_bytes: int) -> str:
    return f"larger than {max_bytes:,} bytes (raise --max-bytes, or 0 for no limit)"
