"""The ``newsparse`` command.  Typer wiring, input/output and exit codes; no extraction.

stdout carries data only, so ``| jq`` always works; every message goes to stderr (see
``console``).  ``batch`` lives in ``newsparse.batch.command``.
"""

from __future__ import annotations

import json
import sys
import time
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.text import Text

from newsparse import __version__
from newsparse.batch.command import BATCH_EPILOG, batch
from newsparse.console import drop_stdout, err, report
from newsparse.convert import Settings, convert
from newsparse.errors import ExitCode, NewsparseError, OutputError
from newsparse.input.sources import STDIN
from newsparse.model import Article
from newsparse.options import (
    DEFAULT_MAX_BYTES,
    DEFAULT_TIMEOUT,
    DEFAULT_USER_AGENT,
    FORMAT_HELP,
    Encoding,
    FetchTimeout,
    Format,
    MaxBytes,
    Quiet,
    UserAgent,
    Verbose,
    settings_for,
)
from newsparse.output import OutputSink, output_errors, write_stdout
from newsparse.render import render
from newsparse.render.explain import explain_record, explain_rich
from newsparse.trace import Trace

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
  69 URL could not be fetched · 70 internal error (a bug) · 74 output could not be
  written · 75 URL timed out · 130 interrupted
"""


class ExplainFormat(str, Enum):
    text = "text"
    json = "json"


_SUMMARY = (
    "Turn news article pages into clean data: metadata and the article body, block by block. "
    "[bold]newsparse PAGE...[/bold] is short for [bold]newsparse extract PAGE...[/bold]"
)
app = typer.Typer(
    name="newsparse",
    help=_SUMMARY,
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_show_locals=False,
    rich_markup_mode="rich",
    context_settings={"help_option_names": ["-h", "--help"]},
)


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
    """The options of the command itself; ``_SUMMARY`` is its help."""


@app.command(epilog=EXAMPLES)
def extract(
    sources: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="SOURCE...",
            help="Saved pages (.html, .htm, .xhtml, or any of them .gz, .bz2, .xz), http(s):// URLs, files on storage "
            "fsspec reaches (s3://, gs://, ... with newsparse\\[dask]), or '-' for standard input. Standard input "
            "is read when no SOURCE is given and it is not a terminal.",
            show_default=False,
        ),
    ] = None,
    output_format: Annotated[Format, typer.Option("--format", "-f", help=FORMAT_HELP)] = Format.json,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write to this file (atomically) instead of stdout.", dir_okay=False),
    ] = None,
    url: Annotated[
        str | None,
        typer.Option(help="The page's address, to resolve relative links and images (one SOURCE only)."),
    ] = None,
    encoding: Encoding = None,
    timeout: FetchTimeout = DEFAULT_TIMEOUT,
    max_bytes: MaxBytes = DEFAULT_MAX_BYTES,
    user_agent: UserAgent = DEFAULT_USER_AGENT,
    quiet: Quiet = False,
    verbose: Verbose = False,
) -> None:
    """Extract the article from saved pages or URLs and print it as data.

    With --verbose, each input's encoding, block count, date source and time are reported.
    """
    sources = list(sources or [])
    if not sources:
        if sys.stdin.isatty():
            raise typer.BadParameter("give a SOURCE file or URL, or '-' to read a page from standard input")
        sources = [STDIN]
    if sources.count(STDIN) > 1:
        raise typer.BadParameter("standard input ('-') can be read only once")
    if url and len(sources) > 1:
        raise typer.BadParameter("--url describes one page; give a single SOURCE with it")
    settings = settings_for(url, encoding, max_bytes, timeout, user_agent)
    try:
        failures = _extract_all(sources, settings, output_format.renderer, output, quiet, verbose)
    except BrokenPipeError:
        drop_stdout()
        raise typer.Exit(ExitCode.OK) from None
    raise typer.Exit(_exit_code(failures, len(sources)))


app.command(epilog=BATCH_EPILOG)(batch)


@app.command()
def explain(
    source: Annotated[str, typer.Argument(metavar="SOURCE", help="A saved page, a URL, or '-' for standard input.")],
    output_format: Annotated[
        ExplainFormat, typer.Option("--format", "-f", help="text: tables for people; json: the same as data.")
    ] = ExplainFormat.text,
    url: Annotated[str | None, typer.Option(help="The page's address, when SOURCE is a saved copy.")] = None,
    encoding: Encoding = None,
    timeout: FetchTimeout = DEFAULT_TIMEOUT,
    max_bytes: MaxBytes = DEFAULT_MAX_BYTES,
    user_agent: UserAgent = DEFAULT_USER_AGENT,
) -> None:
    """Show why the extraction came out as it did.

    The candidate containers with their scores, each element left out as furniture and
    each block dropped with the rule that dropped it, and every metadata value found with
    where it came from and which one won.  It is the extraction's own record, not a rerun.
    """
    settings = settings_for(url, encoding, max_bytes, timeout, user_agent)
    trace = Trace()
    try:
        article = convert(source, settings, trace)
    except NewsparseError as exc:
        report(source, str(exc))
        raise typer.Exit(exc.exit_code) from None
    record = explain_record(article, trace)
    if output_format is ExplainFormat.json:
        write_stdout(json.dumps(record, ensure_ascii=False, indent=2) + "\n")
    else:
        with output_errors(None):
            Console(highlight=False).print(explain_rich(record))


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
    doubted = f"; declared {origin['encoding_doubted']}, belied by its bytes" if "encoding_doubted" in origin else ""
    err.print(
        Text(
            f"newsparse: {source}: {origin.get('encoding')} ({origin.get('encoding_source')}{doubted}), "
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


def with_default_command(args: list[str]) -> list[str]:
    """``newsparse page.html`` is ``newsparse extract page.html``: a first argument that names
    no command and is no option is a source, as the tool's one-liners are written."""
    commands = {command.name or command.callback.__name__ for command in app.registered_commands if command.callback}
    if args and args[0] not in commands and (args[0] == STDIN or not args[0].startswith("-")):
        return ["extract", *args]
    return args


def main() -> None:
    """Console entry point: Ctrl-C, a closed pipe and an output that cannot be written (a
    full disk) end with one line and the documented codes."""
    try:
        app(args=with_default_command(sys.argv[1:]))
    except KeyboardInterrupt:
        report(None, "interrupted")
        sys.exit(ExitCode.INTERRUPTED)
    except BrokenPipeError:
        drop_stdout()
        sys.exit(ExitCode.OK)
    except OutputError as exc:
        report(None, str(exc))
        drop_stdout()
        sys.exit(exc.exit_code)
