"""``newsparse batch``: its options and the checks made before any work (batch/session.py runs it)."""

from __future__ import annotations

import os
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from newsparse import storage
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

BATCH_EPILOG = """\
[bold]Examples[/bold]

  newsparse batch saved/ -o out/ --format md          [dim]# saved/**/x.html -> out/**/x.md[/dim]
  newsparse batch saved/ | jq -c 'select(.published > "2023")'
  newsparse batch --from-file urls.txt -o out/ --jobs 8
  find . -name '*.htm*' | newsparse batch --from-file - -o out/
  newsparse batch saved/ -o out/ --skip-existing      [dim]# resume an interrupted run[/dim]
  newsparse batch crawl.warc.gz -o out/              [dim]# out/crawl/<record-id>.json[/dim]
  newsparse batch s3://bucket/pages/ -o s3://bucket/out/ --engine dask --scheduler tcp://head:8786

[bold]Exit codes[/bold]

  0 every input converted (or skipped) · 1 some inputs failed (see --errors) ·
  2 usage error · 74 standard output could not be written · 130 interrupted
  (Ctrl-C) · 143 terminated (SIGTERM)
"""


class EngineName(str, Enum):
    local = "local"
    dask = "dask"


def batch(
    inputs: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="INPUT...",
            help="Folders (walked recursively), page files, web archives (.warc, .warc.gz) and "
            "http(s):// URLs; folders and files may be fsspec URLs (s3://, gs://, file://).",
            show_default=False,
        ),
    ] = None,
    output_dir: Annotated[
        str | None,
        typer.Option(
            "--output-dir",
            "-o",
            help="Write one file per input here, mirroring the input folders (a web archive becomes a "
            "folder of its pages); a path or an fsspec URL such as s3://bucket/out. Without it, records "
            "stream to stdout as JSON Lines.",
        ),
    ] = None,
    output_format: Annotated[
        Format | None,
        typer.Option("--format", "-f", help=f"{FORMAT_HELP} Default: jsonl to stdout, json with -o."),
    ] = None,
    from_file: Annotated[
        str | None,
        typer.Option("--from-file", help="Also read paths and URLs from this file, one a line ('-': stdin)."),
    ] = None,
    glob: Annotated[
        list[str] | None,
        typer.Option(
            help="File name pattern to take from folders (repeatable). "
            "Default: *.html *.htm *.xhtml, also compressed (.gz, .bz2, .xz)."
        ),
    ] = None,
    jobs: Annotated[
        int | None, typer.Option("--jobs", "-j", min=1, help="Worker processes.  [default: CPU count]")
    ] = None,
    concurrency: Annotated[int, typer.Option(min=1, help="URLs downloaded at once (2 per site at most).")] = 16,
    page_timeout: Annotated[
        float, typer.Option("--page-timeout", min=0, help="Seconds one page may take to extract (0: no limit).")
    ] = 60.0,
    skip_existing: Annotated[
        bool, typer.Option("--skip-existing", help="Skip inputs whose output file exists (resume).")
    ] = False,
    overwrite: Annotated[bool, typer.Option("--overwrite", help="Replace existing output files.")] = False,
    errors_file: Annotated[
        Path | None, typer.Option("--errors", dir_okay=False, help="Write a JSON Lines report of failures here.")
    ] = None,
    encoding: Encoding = None,
    timeout: FetchTimeout = DEFAULT_TIMEOUT,
    max_bytes: MaxBytes = DEFAULT_MAX_BYTES,
    user_agent: UserAgent = DEFAULT_USER_AGENT,
    engine: Annotated[
        EngineName,
        typer.Option(help="Where the work runs: local worker processes, or a Dask cluster ('newsparse\\[dask]')."),
    ] = EngineName.local,
    scheduler: Annotated[
        str | None,
        typer.Option(
            help="Dask scheduler address (tcp://HOST:8786) for --engine dask. Default: a local cluster of --jobs "
            "worker processes.",
            show_default=False,
        ),
    ] = None,
    quiet: Quiet = False,
    verbose: Verbose = False,
) -> None:
    """Convert folders, files, web archives and URL lists in parallel; one bad page never stops the run.

    Progress shows on stderr when it is a terminal; a summary line ends every run, and
    --verbose adds each failure and the slowest pages.
    """
    fmt = (output_format or (Format.json if output_dir else Format.jsonl)).renderer
    if output_dir is None and fmt != "jsonl":
        raise typer.BadParameter(f"--format {fmt} writes one file per input: give --output-dir")
    if skip_existing and overwrite:
        raise typer.BadParameter("choose one of --skip-existing and --overwrite")
    if output_dir and not storage.is_stored(output_dir) and Path(storage.as_local(output_dir)).is_file():
        raise typer.BadParameter(f"{output_dir} is a file: --output-dir names a folder", param_hint="--output-dir")
    # The run's machinery (worker pools, web archives, progress bars) loads here, not with
    # every command: some 20 ms of each `newsparse extract`.
    from newsparse.batch.session import Request, engine_for, read_list_file, run_request

    sources = list(inputs or [])
    if from_file:
        sources += read_list_file(from_file)
    if not sources:
        raise typer.BadParameter("give folders, files or URLs to convert, or --from-file")
    run_on = engine_for(engine is EngineName.local, scheduler, timeout)
    settings = settings_for(None, encoding, max_bytes, timeout, user_agent)
    request = Request(
        sources=sources,
        output_dir=output_dir,
        fmt=fmt,
        glob=tuple(glob or ()),
        skip_existing=skip_existing,
        overwrite=overwrite,
        errors_file=errors_file,
        quiet=quiet,
        verbose=verbose,
        jobs=jobs or os.cpu_count() or 1,
        concurrency=concurrency,
        page_timeout=page_timeout,
    )
    raise typer.Exit(run_request(request, settings, run_on))
