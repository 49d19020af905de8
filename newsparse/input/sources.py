"""Where page bytes come from: a path (optionally gzipped) or standard input."""

from __future__ import annotations

import gzip
import sys
import zlib
from pathlib import Path

from newsparse.errors import InputError

STDIN = "-"


def read_source(source: str) -> bytes:
    """The bytes of SOURCE: ``-`` is standard input, anything else a file path.

    ``.gz`` files (and any file starting with the gzip signature) are decompressed, since
    saved-page archives are usually stored compressed.
    """
    data = sys.stdin.buffer.read() if source == STDIN else _read_file(Path(source))
    if not data.strip():
        raise InputError("the input is empty")
    if data[:2] == b"\x1f\x8b":
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError, zlib.error) as exc:
            raise InputError(f"corrupt gzip data ({exc})") from None
    return data


def _read_file(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file") from None
    except IsADirectoryError:
        raise InputError("is a directory; give the page files inside it") from None
    except PermissionError:
        raise InputError("permission denied") from None
    except OSError as exc:
        raise InputError(f"cannot read ({exc.strerror or exc})") from None
