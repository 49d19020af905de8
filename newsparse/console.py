"""Messages for people: one Rich console on stderr, never stdout.

Rich colours only on a terminal; with ``NO_COLOR`` set no style is sent at all (Rich
would still send bold).  Every message is one line: ``newsparse: error: SOURCE: text``.
"""

from __future__ import annotations

import os
import sys

from rich.console import Console
from rich.text import Text

err = Console(stderr=True, highlight=False, soft_wrap=True)


def styled(style: str) -> str | None:
    return None if os.environ.get("NO_COLOR") else style


def report(source: str | None, message: str, *, warning: bool = False) -> None:
    label = "warning" if warning else "error"
    line = Text("newsparse: ")
    line.append(f"{label}:", style=styled("yellow" if warning else "bold red"))
    line.append(f" {source}: {message}" if source else f" {message}")
    err.print(line)


def say(message: str) -> None:
    """A plain line of information on stderr."""
    err.print(Text(f"newsparse: {message}"))


def drop_stdout() -> None:
    """Standard output can take no more, its reader gone (``| head``) or its disk full: what
    it still holds is dropped, so Python does not complain flushing it at exit."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
