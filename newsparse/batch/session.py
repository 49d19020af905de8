"""Running ``newsparse batch`` once its options are read: the inputs found and planned,
the work run on local processes or a Dask cluster, progress on a terminal, the summary and
the exit code.  Loaded by the command alone (batch/command.py), not by every run."""

from __future__ import annotations

import signal
import sys
from contextlib import nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from newsparse import storage
from newsparse.batch.inputs import DEFAULT_PATTERNS, Job, discover, plan, read_list
from newsparse.batch.pool import Stopped, run_all
from newsparse.batch.run import BatchOptions, Engine, Tally, run_batch
from newsparse.batch.worker import Outcome
from newsparse.console import drop_stdout, err, report, say
from newsparse.convert import Settings
from newsparse.errors import ExitCode, FetchError, InputError
from newsparse.output import output_errors
from newsparse.render import EXTENSIONS
from newsparse.storage import EXTRA_HINT

_STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)
_TERMINATED = 143  # 128 + SIGTERM, as shells report it


@dataclass(frozen=True)
class Request:
    """What the command line asks of a run, besides its settings."""

    sources: list[str]
    output_dir: str | None
    fmt: str
    glob: tuple[str, ...]  # empty: the default patterns
    skip_existing: bool
    overwrite: bool
    errors_file: Path | None
    quiet: bool
    verbose: bool
    jobs: int  # worker processes
    concurrency: int  # downloads at once
    page_timeout: float  # seconds a page may take


def run_request(request: Request, settings: Settings, engine: Engine) -> int:
    """Plan the work and run it; returns the exit code."""
    try:
        work = plan(
            discover(request.sources, request.glob or DEFAULT_PATTERNS), request.output_dir, EXTENSIONS[request.fmt]
        )
        _refuse_silent_overwrite(work, request.skip_existing or request.overwrite)
    except InputError as exc:
        raise typer.BadParameter(str(exc)) from None
    if not work:
        raise typer.BadParameter("no input pages found (check the folders and --glob)")
    options = BatchOptions(
        request.fmt, settings, request.jobs, request.concurrency, request.page_timeout, request.skip_existing
    )
    return _run(work, options, request.errors_file, request.quiet, request.verbose, engine)


def engine_for(local: bool, scheduler: str | None, connect_timeout: float) -> Engine:
    if local:
        if scheduler is not None:
            raise typer.BadParameter("--scheduler goes with --engine dask", param_hint="--scheduler")
        return run_all
    try:
        from newsparse.batch.dask_engine import dask_engine
    except ImportError:
        raise typer.BadParameter(f"the Dask engine needs Dask: {EXTRA_HINT}", param_hint="--engine") from None
    return dask_engine(scheduler, connect_timeout)


def read_list_file(name: str) -> list[str]:
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
