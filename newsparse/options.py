"""Command-line options shared by ``extract`` and ``batch``, defined once."""

from __future__ import annotations

from enum import Enum
from typing import Annotated

import typer

from newsparse.convert import Settings
from newsparse.input.decode import codec_for
from newsparse.input.fetch import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, DEFAULT_USER_AGENT
from newsparse.input.sources import LoadOptions
from newsparse.urls import is_web_address


class Format(str, Enum):
    """Output formats, under the names other extractors' users type as well."""

    json = "json"
    jsonl = "jsonl"
    md = "md"
    markdown = "markdown"
    text = "text"
    txt = "txt"

    @property
    def renderer(self) -> str:
        """The renderer this format name stands for."""
        return _SAME_FORMAT.get(self.value, self.value)


_SAME_FORMAT = {"markdown": "md", "txt": "text"}
FORMAT_HELP = (
    "json: one object (an array for several inputs); jsonl: one object a line; "
    "md or markdown: Markdown with YAML front matter; text or txt: title and body."
)
Encoding = Annotated[
    str | None,
    typer.Option(help="Decode inputs with this charset, whatever the pages declare (e.g. gbk, big5)."),
]
FetchTimeout = Annotated[
    float,
    typer.Option("--timeout", help="Seconds a URL (or a Dask scheduler) may take to connect or send data.", min=0.1),
]
MaxBytes = Annotated[int, typer.Option(help="Refuse inputs larger than this many bytes (0: no limit).", min=0)]
UserAgent = Annotated[str, typer.Option(help="User-Agent header sent with URL requests.")]
Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="Print no warnings or progress, only errors.")]
Verbose = Annotated[bool, typer.Option("--verbose", "-v", help="Report more on stderr (see the command's help).")]


def settings_for(url: str | None, encoding: str | None, max_bytes: int, timeout: float, user_agent: str) -> Settings:
    """Settings from the shared options, the encoding checked before any work starts."""
    if encoding and codec_for(encoding) is None:
        raise typer.BadParameter(f"unknown encoding: {encoding}", param_hint="--encoding")
    if url is not None and not is_web_address(url):
        raise typer.BadParameter(f"not an http:// or https:// address: {url}", param_hint="--url")
    return Settings(url, encoding, LoadOptions(max_bytes, timeout, user_agent))


__all__ = [
    "DEFAULT_MAX_BYTES",
    "DEFAULT_TIMEOUT",
    "DEFAULT_USER_AGENT",
    "FORMAT_HELP",
    "Encoding",
    "FetchTimeout",
    "Format",
    "MaxBytes",
    "Quiet",
    "UserAgent",
    "Verbose",
    "settings_for",
]
