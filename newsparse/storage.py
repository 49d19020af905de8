"""Where batch inputs and outputs live: local paths, or fsspec URLs on shared storage.

A run on a cluster reads its pages from, and writes its records to, storage every worker
can reach (``s3://``, ``gs://``, ``abfs://``, ...).  fsspec speaks to all of them; it is
part of the optional ``dask`` extra, so only such URLs need it.  ``file://`` URLs are
plain paths and keep the local guarantees (a file is renamed into place when whole);
object stores give the same guarantee themselves, since an object appears when its
upload completes.
"""

from __future__ import annotations

import fnmatch
import posixpath
import re
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from newsparse.errors import InputError
from newsparse.output import write_atomic

_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.\-]+)://")
WEB_SCHEMES = ("http", "https")
EXTRA_HINT = "pip install 'newsparse[dask]'"


def scheme(name: str) -> str | None:
    match = _SCHEME.match(name)
    return match.group(1).lower() if match else None


def is_web(name: str) -> bool:
    return scheme(name) in WEB_SCHEMES


def is_stored(name: str) -> bool:
    """An fsspec URL of a file or folder (not a web address, not a plain path)."""
    found = scheme(name)
    return found is not None and found not in WEB_SCHEMES and found != "file"


def as_local(name: str) -> str:
    """``file://`` URLs as the paths they name; anything else unchanged."""
    if scheme(name) == "file":
        return unquote(urlsplit(name).path)
    return name


def _filesystem(url: str) -> tuple[Any, str]:
    try:
        from fsspec.core import url_to_fs
    except ImportError:
        raise InputError(f"{scheme(url)}:// paths need fsspec: {EXTRA_HINT}") from None
    try:
        return url_to_fs(url)
    except (ImportError, ValueError, OSError) as exc:  # an unknown protocol, its driver missing, no server
        raise InputError(f"cannot open {scheme(url)}:// storage ({exc})") from None


def read_bytes(url: str, max_bytes: int) -> bytes:
    """The whole object at URL, refused if larger than ``max_bytes`` (0: no limit)."""
    fs, path = _filesystem(url)
    try:
        with fs.open(path, "rb") as stream:
            data = stream.read(max_bytes + 1) if max_bytes else stream.read()
    except FileNotFoundError:
        raise InputError("no such file") from None
    except OSError as exc:
        raise InputError(f"cannot read ({exc})") from None
    return data


def walk(url: str, patterns: tuple[str, ...]) -> list[tuple[str, str]] | None:
    """(URL, path relative to URL) of the files under a folder URL; None if URL is no folder."""
    fs, root = _filesystem(url)
    try:
        if not fs.isdir(root):
            return None
        names = sorted(fs.find(root))
    except OSError as exc:
        raise InputError(f"cannot list {url} ({exc})") from None
    prefix = url.rstrip("/")
    found = []
    for name in names:
        relative = posixpath.relpath(name, root.rstrip("/"))
        if any(fnmatch.fnmatch(posixpath.basename(name).lower(), p.lower()) for p in patterns):
            found.append((f"{prefix}/{relative}", relative))
    return found


def join(folder: str, relative: str) -> str:
    if is_stored(folder):
        return f"{folder.rstrip('/')}/{relative}"
    return str(Path(as_local(folder)) / relative)


def exists(target: str) -> bool:
    if not is_stored(target):
        return Path(target).exists()
    fs, path = _filesystem(target)
    return bool(fs.exists(path))


def has_files(folder: str) -> bool:
    """Whether a folder holds any file already (a rerun's outputs)."""
    if not is_stored(folder):
        return Path(folder).is_dir() and any(p.is_file() for p in Path(folder).rglob("*"))
    fs, path = _filesystem(folder)
    return bool(fs.isdir(path) and fs.find(path, maxdepth=None))


def write_text(target: str, text: str) -> None:
    """Write a whole file or nothing, locally or on shared storage."""
    if not is_stored(target):
        write_atomic(Path(target), text)
        return
    fs, path = _filesystem(target)
    fs.makedirs(posixpath.dirname(path), exist_ok=True)
    fs.pipe_file(path, text.encode("utf-8"))
