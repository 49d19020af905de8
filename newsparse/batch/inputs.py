"""What a batch run converts, and where each result goes.

Folders are walked recursively for the page files their patterns name; files and URLs
are taken as given; a list file adds paths and URLs one a line.  Output paths mirror
the input tree (``saved/a/b.html`` -> ``out/a/b.json``), and a URL is named by its host
and path (``https://example.com/news/1.html`` -> ``out/example.com/news/1.json``), never
by a hash: users must find their files again.
"""

from __future__ import annotations

import fnmatch
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

from newsparse.input.fetch import is_url

DEFAULT_PATTERNS = ("*.html", "*.htm", "*.xhtml", "*.html.gz", "*.htm.gz", "*.xhtml.gz")
_PAGE_SUFFIXES = (".gz", ".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx")
_UNSAFE = re.compile(r"[^\w.\-]+")
_MAX_NAME = 120
_PAGE_EXTENSION = re.compile(r"\.(?:s?html?|xhtml|php|aspx?|jsp)$", re.IGNORECASE)


@dataclass(frozen=True)
class Job:
    source: str  # a path or URL, as it will be reported
    output: Path | None  # None when results stream to stdout


def discover(inputs: Iterable[str], patterns: tuple[str, ...]) -> list[tuple[str, str]]:
    """(source, the name its output takes): relative to its folder, or its own name."""
    found: list[tuple[str, str]] = []
    for item in inputs:
        if is_url(item):
            found.append((item, _url_name(item)))
            continue
        path = Path(item)
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


def plan(found: list[tuple[str, str]], output_dir: Path | None, extension: str) -> list[Job]:
    """A job per input, with distinct output paths (a second "a.html" becomes "a~2.json")."""
    if output_dir is None:
        return [Job(source, None) for source, _ in found]
    jobs, taken = [], set()
    for source, relative in found:
        target = output_dir / _with_extension(relative, extension)
        stem, number = target, 2
        while target in taken:
            target = stem.with_name(f"{stem.stem}~{number}{stem.suffix}")
            number += 1
        taken.add(target)
        jobs.append(Job(source, target))
    return jobs


def _with_extension(relative: str, extension: str) -> str:
    name = relative
    for suffix in (".gz", *_PAGE_SUFFIXES):
        if name.lower().endswith(suffix):
            name = name[: -len(suffix)]
    return name + extension


def _url_name(url: str) -> str:
    """host/path/name for a URL, made safe for every file system."""
    parts = urlsplit(url)
    segments = [_safe(unquote(s)) for s in parts.path.split("/") if s and s not in (".", "..")]
    if not segments or parts.path.endswith("/"):
        segments.append("index")
    segments[-1] = _PAGE_EXTENSION.sub("", segments[-1]) or "index"
    if parts.query:
        segments[-1] = f"{segments[-1]}_{_safe(unquote(parts.query))}"
    host = _safe(parts.hostname or "host") + (f"_{parts.port}" if parts.port else "")
    return "/".join([host, *(s[:_MAX_NAME] for s in segments)])


def _safe(text: str) -> str:
    return _UNSAFE.sub("_", text).strip("._") or "_"
