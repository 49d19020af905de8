"""The ``newsparse`` command.  Typer wiring, input/output and exit codes; no extraction.

stdout carries data only, so ``| jq`` always works; every message goes to stderr through
one Rich console, which colours only on a terminal and honours ``NO_COLOR``.
"""

from __future__ import annotations

import os
import sys
import time
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.text import Text

from newsparse import __version__
from newsparse.convert import Settings, convert
from newsparse.errors import ExitCode, NewsparseError
from newsparse.input.decode import codec_for
from newsparse.input.fetch import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, DEFAULT_USER_AGENT
from newsparse.input.sources import STDIN, LoadOptions
from newsparse.model import Article
from newsparse.output import OutputSink
from newsparse.render import render

EXAMPLES = """\
[bold]Examples[/bold]

  newsparse extract page.html                      [dim]# JSON on stdout[/dim]
  newsparse extract page.html --format md > page.md
  cat page.html | newsparse extract - | jq -r .title
  newsparse extract a.html b.html.gz --format jsonl
  newsparse extract saved.html --url https://example.com/story -o story.json
  newsparse extract https://example.com/story --format md

[bold]Exit codes[/bold]

  0 all inputs extracted · 1 some of several inputs failed · 2 usage error ·
  65 no article text found · 66 input missing, unreadable, empty, too large or not HTML ·
  69 URL could not be fetched · 75 URL timed out · 130 interrupted
"""


class Format(str, Enum):
    json = "json"
    jsonl = "jsonl"
    md = "md"
    text = "text"


app = typer.Typer(
    name="newsparse",
    help="Turn news article pages into clean data: metadata and the article body, block by block.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_show_locals=False,
    rich_markup_mode="rich",
    context_settings={"help_option_names": ["-h", "--help"]},
)
err = Console(stderr=True, highlight=False, soft_wrap=True)


def report(source: str | None, message: str, *, warning: bool = False) -> None:
    """One line on stderr: ``newsparse: error: SOURCE: message``."""
    label = "warning" if warning else "error"
    line = Text("newsparse: ")
    # NO_COLOR asks for no colour; Rich would still send bold, so send no style at all.
    style = None if os.environ.get("NO_COLOR") else "yellow" if warning else "bold red"
    line.append(f"{label}:", style=style)
    line.append(f" {source}: {message}" if source else f" {message}")
    err.print(line)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"newsparse {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """Turn news article pages into clean data: metadata and the article body, block by block."""


@app.command(epilog=EXAMPLES)
def extract(
    sources: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="SOURCE...",
            help="Saved pages (.html, .htm, .xhtml, or any of them .gz), http(s):// URLs, or '-' for "
            "standard input. Standard input is read when no SOURCE is given and it is not a terminal.",
            show_default=False,
        ),
    ] = None,
    output_format: Annotated[
        Format,
        typer.Option(
            "--format",
            "-f",
            help="json: one object (an array for several inputs); jsonl: one object a line; "
            "md: Markdown with YAML front matter; text: title and body.",
        ),
    ] = Format.json,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write to this file (atomically) instead of stdout.", dir_okay=False),
    ] = None,
    url: Annotated[
        str | None,
        typer.Option(help="The page's address, to resolve relative links and images (one SOURCE only)."),
    ] = None,
    encoding: Annotated[
        str | None,
        typer.Option(help="Decode the input with this charset, whatever the page declares (e.g. gbk, big5)."),
    ] = None,
    timeout: Annotated[
        float, typer.Option(help="Seconds to wait for a URL to connect or send data.", min=0.1)
    ] = DEFAULT_TIMEOUT,
    max_bytes: Annotated[
        int, typer.Option(help="Refuse inputs larger than this many bytes (0: no limit).", min=0)
    ] = DEFAULT_MAX_BYTES,
    user_agent: Annotated[str, typer.Option(help="User-Agent header sent with URL requests.")] = DEFAULT_USER_AGENT,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print no warnings, only errors.")] = False,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="Report encoding, block count and time per input on stderr.")
    ] = False,
) -> None:
    """Extract the article from saved pages or URLs and print it as data."""
    sources = list(sources or [])
    if not sources:
        if sys.stdin.isatty():
            raise typer.BadParameter("give a SOURCE file or URL, or '-' to read a page from standard input")
        sources = [STDIN]
    if sources.count(STDIN) > 1:
        raise typer.BadParameter("standard input ('-') can be read only once")
    if url and len(sources) > 1:
        raise typer.BadParameter("--url describes one page; give a single SOURCE with it")
    if encoding and codec_for(encoding) is None:
        raise typer.BadParameter(f"unknown encoding: {encoding}", param_hint="--encoding")
    settings = Settings(url, encoding, LoadOptions(max_bytes, timeout, user_agent))
    try:
        failures = _extract_all(sources, settings, output_format.value, output, quiet, verbose)
    except BrokenPipeError:
        _quiet_broken_pipe()
        raise typer.Exit(ExitCode.OK) from None
    raise typer.Exit(_exit_code(failures, len(sources)))


def _extract_all(
    sources: list[str], settings: Settings, output_format: str, output: Path | None, quiet: bool, verbose: bool
) -> list[ExitCode]:
    failures: list[ExitCode] = []
    with OutputSink(output, output_format, len(sources) > 1) as sink:
        for source in sources:
            started = time.perf_counter()
            try:
                article = convert(source, settings)
            except NewsparseError as exc:
                report(source, str(exc))
                failures.append(exc.exit_code)
                continue
            dropped = article.provenance.get("undecodable")
            if dropped and not quiet:
                report(source, f"{dropped} undecodable byte sequences left out", warning=True)
            if verbose:
                _report_verbose(source, article, time.perf_counter() - started)
            sink.write(render(article, output_format))
        if failures and len(failures) == len(sources):
            sink.discard()
    return failures


def _report_verbose(source: str, article: Article, seconds: float) -> None:
    origin = article.provenance
    err.print(
        Text(
            f"newsparse: {source}: {origin.get('encoding')} ({origin.get('encoding_source')}), "
            f"{len(article.blocks)} blocks, published from {origin.get('published', 'nowhere')}, "
            f"{seconds * 1000:.1f} ms"
        )
    )


def _exit_code(failures: list[ExitCode], total: int) -> ExitCode:
    if not failures:
        return ExitCode.OK
    if len(failures) == total and len(set(failures)) == 1:
        return failures[0]
    return ExitCode.PARTIAL


def main() -> None:
    """Console entry point: Ctrl-C and a closed pipe end quietly with the documented codes."""
    try:
        app()
    except KeyboardInterrupt:
        report(None, "interrupted")
        sys.exit(ExitCode.INTERRUPTED)
    except BrokenPipeError:
        _quiet_broken_pipe()
        sys.exit(ExitCode.OK)


def _quiet_broken_pipe() -> None:
    """The reader (``| head``) has gone: keep Python from complaining when it flushes at exit."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
