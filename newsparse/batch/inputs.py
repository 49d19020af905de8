"""What a batch run converts, and where each result goes.

Folders (local, or fsspec URLs such as ``s3://bucket/pages/``) are walked recursively
for the page files their patterns name; files and URLs are taken as given; a list file
adds paths and URLs one a line.  Output paths mirror the input tree (``saved/a/b.html``
-> ``out/a/b.json``), a URL is named by its host and path
(``https://example.com/news/1.html`` -> ``out/example.com/news/1.json``), and a web
archive becomes a folder of its pages named by record id
(``crawl.warc.gz`` -> ``out/crawl/<record-id>.json``); never a hash of the input:
users must find their files again.
"""

from __future__ import annotations

import fnmatch
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

from newsparse import storage
from newsparse.input.warc import ARCHIVE_SUFFIXES, is_archive
from newsparse.urls import port_of, split_url

_COMPRESSED_SUFFIXES = (".gz", ".bz2", ".xz")  # what load() decompresses
DEFAULT_PATTERNS = (
    *(f"*.{page}{compressed}" for compressed in ("", *_COMPRESSED_SUFFIXES) for page in ("html", "htm", "xhtml")),
    *(f"*{suffix}" for suffix in ARCHIVE_SUFFIXES),
)
_PAGE_SUFFIXES = (*_COMPRESSED_SUFFIXES, ".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx")
_UNSAFE = re.compile(r"[^\w.\-]+")
_MAX_NAME = 120
_PAGE_EXTENSION = re.compile(r"\.(?:s?html?|xhtml|php|aspx?|jsp)$", re.IGNORECASE)


@dataclass(frozen=True)
class Job:
    source: str  # a path or URL, as it will be reported
    output: str | None  # a path or fsspec URL (an archive's: a folder); None: records go to stdout

    @property
    def archive(self) -> bool:
        return is_archive(self.source)


def discover(inputs: Iterable[str], patterns: tuple[str, ...]) -> list[tuple[str, str]]:
    """(source, the name its output takes): relative to its folder, or its own name."""
    found: list[tuple[str, str]] = []
    for item in inputs:
        if storage.is_web(item):
            found.append((item, _url_name(item)))
            continue
        if storage.is_stored(item):
            files = storage.walk(item, patterns)
            found.extend(files if files is not None else [(item, item.rstrip("/").rsplit("/", 1)[-1])])
            continue
        path = Path(storage.as_local(item))
        if path.is_dir():
            found.extend((str(file), file.relative_to(path).as_posix()) for file in _walk(path, patterns))
        else:
            found.append((item, path.name))
    return found


def _walk(folder: Path, patterns: tuple[str, ...]) -> list[Path]:
    files = []
    for root, dirs, names in os.walk(folder):
        dirs.sort()
        for name in sorted(names):
            if any(fnmatch.fnmatch(name.lower(), pattern.lower()) for pattern in patterns):
                files.append(Path(root) / name)
    return files


def read_list(lines: Iterable[str]) -> list[str]:
    """Paths and URLs of a list file: one a line; blank lines and # comments ignored."""
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


def plan(found: list[tuple[str, str]], output_dir: str | None, extension: str) -> list[Job]:
    """A job per input, with distinct output paths (a second "a.html" becomes "a~2.json")."""
    if output_dir is None:
        return [Job(source, None) for source, _ in found]
    jobs, taken = [], set()
    for source, relative in found:
        if is_archive(source):
            named = _without_suffix(relative, ARCHIVE_SUFFIXES)
        else:
            named = _with_extension(relative, extension)
        stem, suffix = _split_extension(named, extension)
        target, number = named, 2
        while target in taken:
            target = f"{stem}~{number}{suffix}"
            number += 1
        taken.add(target)
        jobs.append(Job(source, storage.join(output_dir, target)))
    return jobs


def _split_extension(name: str, extension: str) -> tuple[str, str]:
    return (name[: -len(extension)], extension) if name.endswith(extension) else (name, "")


def _without_suffix(name: str, suffixes: tuple[str, ...]) -> str:
    for suffix in sorted(suffixes, key=len, reverse=True):
        if name.lower().endswith(suffix):
            return name[: -len(suffix)]
    return name


def _with_extension(relative: str, extension: str) -> str:
    name = relative
    for suffix in _PAGE_SUFFIXES:
        if name.lower().endswith(suffix):
            name = name[: -len(suffix)]
    return name + extension


def _url_name(url: str) -> str:
    """host/path/name for a URL, made safe for every file system.  A malformed one is named
    as written: its fetch fails, reported with the others."""
    parts = split_url(url)
    if parts is None:
        return _safe(url)[:_MAX_NAME]
    segments = [_safe(unquote(s)) for s in parts.path.split("/") if s and s not in (".", "..")]
    if not segments or parts.path.endswith("/"):
        segments.append("index")
    segments[-1] = _PAGE_EXTENSION.sub("", segments[-1]) or "index"
    if parts.query:
        segments[-1] = f"{segments[-1]}_{_safe(unquote(parts.query))}"
    port = port_of(parts)
    host = _safe(parts.hostname or "host") + (f"_{port}" if port else "")
    return "/".join([host, *(s[:_MAX_NAME] for s in segments)])


def _safe(text: str) -> str:
    return _UNSAFE.sub("_", text).strip("._") or "_"
