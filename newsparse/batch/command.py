"""``newsparse batch``: options, checks before any work, progress, summary, exit code."""

from __future__ import annotations

import os
import signal
import sys
from contextlib import nullcontext
from enum import Enum
from pathlib import Path
from typing import IO, Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from newsparse import storage
from newsparse.batch.inputs import DEFAULT_PATTERNS, Job, discover, plan, read_list
from newsparse.batch.pool import Stopped, run_all
from newsparse.batch.run import BatchOptions, Engine, Tally, run_batch
from newsparse.batch.worker import Outcome
from newsparse.console import drop_stdout, err, report, say
from newsparse.errors import ExitCode, FetchError, InputError
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
from newsparse.output import output_errors
from newsparse.render import EXTENSIONS
from newsparse.storage import EXTRA_HINT

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


_STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)


class EngineName(str, Enum):
    local = "local"
    dask = "dask"


_TERMINATED = 143  # 128 + SIGTERM, as shells report it


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
        typer.Option(help="Where the work runs: local worker processes, or a Dask cluster ('newsparse[dask]')."),
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
    fmt = (output_format or (Format.json if output_dir else Format.jsonl)).value
    if output_dir is None and fmt != "jsonl":
        raise typer.BadParameter(f"--format {fmt} writes one file per input: give --output-dir")
    if skip_existing and overwrite:
        raise typer.BadParameter("choose one of --skip-existing and --overwrite")
    if output_dir and not storage.is_stored(output_dir) and Path(storage.as_local(output_dir)).is_file():
        raise typer.BadParameter(f"{output_dir} is a file: --output-dir names a folder", param_hint="--output-dir")
    sources = list(inputs or [])
    if from_file:
        sources += _read_list_file(from_file)
    if not sources:
        raise typer.BadParameter("give folders, files or URLs to convert, or --from-file")
    run_on = _engine(engine, scheduler, timeout)
    settings = settings_for(None, encoding, max_bytes, timeout, user_agent)
    try:
        work = plan(discover(sources, tuple(glob or DEFAULT_PATTERNS)), output_dir, EXTENSIONS[fmt])
        _refuse_silent_overwrite(work, skip_existing or overwrite)
    except InputError as exc:
        raise typer.BadParameter(str(exc)) from None
    if not work:
        raise typer.BadParameter("no input pages found (check the folders and --glob)")
    options = BatchOptions(fmt, settings, jobs or os.cpu_count() or 1, concurrency, page_timeout, skip_existing)
    raise typer.Exit(_run(work, options, errors_file, quiet, verbose, run_on))


def _engine(name: EngineName, scheduler: str | None, connect_timeout: float) -> Engine:
    if name is EngineName.local:
        if scheduler is not None:
            raise typer.BadParameter("--scheduler goes with --engine dask", param_hint="--scheduler")
        return run_all
    try:
        from newsparse.batch.dask_engine import dask_engine
    except ImportError:
        raise typer.BadParameter(f"the Dask engine needs Dask: {EXTRA_HINT}", param_hint="--engine") from None
    return dask_engine(scheduler, connect_timeout)


def _read_list_file(name: str) -> list[str]:
    try:
        if name == "-":
            return read_list(sys.stdin)
        with open(name, encoding="utf-8") as handle:
            return read_list(handle)
    except OSError as exc:
        raise typer.BadParameter(f"cannot read {name}: {exc.strerror or exc}", param_hint="--from-file") from None


def _refuse_silent_overwrite(work: list[Job], allowed: bool) -> None:
    if allowed:
        return
    existing = [job.output for job in work if job.output is not None and _has_output(job)]
    if existing:
        raise typer.BadParameter(
            f"{len(existing)} output file(s) exist already, e.g. {existing[0]}: "
            "add --skip-existing to resume or --overwrite to replace them"
        )


def _has_output(job: Job) -> bool:
    assert job.output is not None
    return storage.has_files(job.output) if job.archive else storage.exists(job.output)


def _run(
    work: list[Job], options: BatchOptions, errors_file: Path | None, quiet: bool, verbose: bool, engine: Engine
) -> int:
    show_progress = err.is_terminal and not quiet
    progress = _progress() if show_progress else None
    task_id = progress.add_task("converting", total=None, failed=0, rate="") if progress else None

    def on_progress(tally: Tally, outcome: Outcome) -> None:
        if not outcome.ok and (verbose or not show_progress) and not quiet:
            report(outcome.source, outcome.message or outcome.error or "failed")
        if progress is not None:
            progress.update(
                task_id,
                total=None if tally.open_ended else tally.total,
                completed=tally.done,
                failed=tally.failed,
                rate=f"{tally.rate:.1f} pages/s",
            )

    tally = Tally()
    stop_signal: list[int] = []
    previous = {number: signal.signal(number, lambda n, _: stop_signal.append(n)) for number in _STOP_SIGNALS}
    code = ExitCode.OK
    errors: IO[str] | None = None
    try:
        if errors_file:
            with output_errors(errors_file):
                errors = open(errors_file, "w", encoding="utf-8")  # noqa: SIM115
        with progress or nullcontext():
            run_batch(work, options, errors, on_progress, tally, stopping=lambda: bool(stop_signal), engine=engine)
        code = ExitCode.PARTIAL if tally.failed else ExitCode.OK
    except Stopped:
        code = ExitCode.INTERRUPTED if stop_signal[0] == signal.SIGINT else _TERMINATED
    except FetchError as exc:  # the cluster could not be reached
        report(None, str(exc))
        return exc.exit_code
    except BrokenPipeError:
        drop_stdout()
        return ExitCode.OK
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
        if errors is not None:
            with output_errors(errors_file):
                errors.close()
    if code in (ExitCode.INTERRUPTED, _TERMINATED):
        report(None, "interrupted: finished files are complete, rerun with --skip-existing to resume")
    if not quiet:
        say(tally.summary())
        if verbose and tally.slowest:
            say("slowest: " + ", ".join(f"{source} ({seconds:.2f} s)" for seconds, source in tally.slowest))
    return code


def _progress() -> Progress:
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]}"),
        TextColumn("failed {task.fields[failed]}"),
        TimeRemainingColumn(),
        console=err,
        transient=True,
    )
