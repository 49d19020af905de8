"""A batch run: plan the jobs, feed the workers, account for every input.

Every input ends in exactly one of three states (converted, skipped, failed) and the
summary says how many of each, with the reasons for the skips.  Workers write output
files (under a temporary name, renamed when whole), so an interrupted run leaves no half
file and ``--skip-existing`` resumes it.  JSON Lines on stdout are written here, a whole
line at a time.  Web archives are read as the run goes, a record at a time, so their
pages are counted as they are found.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Protocol

from newsparse import storage
from newsparse.batch.fetcher import fetched_tasks
from newsparse.batch.inputs import Job
from newsparse.batch.pool import run_all
from newsparse.batch.worker import Outcome, Task
from newsparse.convert import Settings
from newsparse.errors import NewsparseError
from newsparse.input.warc import archived_pages
from newsparse.output import output_errors, write_stdout
from newsparse.render import EXTENSIONS

OUTPUT_EXISTS = "output exists"


class Engine(Protocol):
    """Runs the tasks on ``jobs`` workers, passing each outcome on as it arrives."""

    def __call__(
        self,
        items: Iterator[Task | Outcome],
        jobs: int,
        on_outcome: Callable[[Outcome], None],
        *,
        stopping: Callable[[], bool],
    ) -> None: ...


@dataclass
class BatchOptions:
    output_format: str = "jsonl"
    settings: Settings = field(default_factory=Settings)
    jobs: int = 1
    concurrency: int = 16
    page_timeout: float = 60.0
    skip_existing: bool = False


@dataclass
class Tally:
    planned: int = 0  # files and URLs
    found: int = 0  # archive pages, counted as the archives are read
    converted: int = 0
    failed: int = 0
    skips: Counter[str] = field(default_factory=Counter)  # by reason
    open_ended: bool = False  # archives still being read: the total may grow
    started: float = field(default_factory=time.monotonic)
    slowest: list[tuple[float, str]] = field(default_factory=list)

    @property
    def total(self) -> int:
        """Inputs known so far; every archive record read counts, a page or not."""
        return self.planned + self.found + self.skipped - self.skips[OUTPUT_EXISTS]

    @property
    def skipped(self) -> int:
        return sum(self.skips.values())

    @property
    def done(self) -> int:
        return self.converted + self.skipped + self.failed

    @property
    def rate(self) -> float:
        elapsed = time.monotonic() - self.started
        return self.converted / elapsed if elapsed > 0 else 0.0

    def summary(self) -> str:
        skipped = f"{self.skipped} skipped"
        if self.skips and set(self.skips) != {OUTPUT_EXISTS}:
            skipped += " (" + ", ".join(f"{count} {reason}" for reason, count in self.skips.most_common()) + ")"
        line = f"{self.converted} converted, {skipped}, {self.failed} failed"
        if self.done < self.total:
            line += f", {self.total - self.done} not done"
        return f"{line} in {time.monotonic() - self.started:.1f} s ({self.rate:.1f} pages/s)"


def run_batch(
    jobs: list[Job],
    options: BatchOptions,
    errors: IO[str] | None,
    on_progress: Callable[[Tally, Outcome], None],
    tally: Tally,
    stopping: Callable[[], bool] = lambda: False,
    engine: Engine = run_all,
) -> None:
    """Convert every job, counting in ``tally`` (the caller's, so an interrupt keeps it)."""
    tally.planned = sum(not job.archive for job in jobs)
    tally.open_ended = any(job.archive for job in jobs)

    def finish(outcome: Outcome) -> None:
        if outcome.ok:
            if outcome.text is not None:
                _to_stdout(outcome.text)
            tally.converted += 1
            tally.slowest = sorted([*tally.slowest, (outcome.seconds, outcome.source)], reverse=True)[:5]
        else:
            tally.failed += 1
            if errors is not None:
                record = {"input": outcome.source, "error": outcome.error, "message": outcome.message}
                with output_errors(Path(errors.name)):
                    errors.write(json.dumps(record, ensure_ascii=False) + "\n")
                    errors.flush()
        on_progress(tally, outcome)

    engine(_tasks(jobs, options, tally), options.jobs, finish, stopping=stopping)


def _tasks(jobs: list[Job], options: BatchOptions, tally: Tally) -> Iterator[Task | Outcome]:
    """Files first (workers read them), then archives' pages, then URLs as downloads finish."""
    urls = []
    for job in jobs:
        if job.archive:
            continue
        task = Task(job.source, options.output_format, options.settings, options.page_timeout, job.output)
        if _exists(task.output, options):
            tally.skips[OUTPUT_EXISTS] += 1
        elif storage.is_web(job.source):
            urls.append(task)
        else:
            yield task
    for job in jobs:
        if job.archive:
            yield from _archive_tasks(job, options, tally)
    tally.open_ended = False
    yield from fetched_tasks(urls, options.settings.load, options.concurrency)


def _archive_tasks(job: Job, options: BatchOptions, tally: Tally) -> Iterator[Task | Outcome]:
    """A task per HTML page of a web archive, read as the workers need them."""
    extension = EXTENSIONS[options.output_format]
    try:
        for page in archived_pages(job.source, tally.skips, options.settings.load.max_bytes):
            tally.found += 1
            output = None if job.output is None else storage.join(job.output, page.record_id + extension)
            if _exists(output, options):
                tally.skips[OUTPUT_EXISTS] += 1
                continue
            yield Task(
                page.source,
                options.output_format,
                options.settings,
                options.page_timeout,
                output,
                page.data,
                page.url,
                page.charset,
            )
    except NewsparseError as exc:  # the archive itself is unreadable (or cut off): it fails as one input
        tally.found += 1
        yield Outcome(job.source, None, type(exc).__name__, str(exc), exc.exit_code)


def _exists(output: str | None, options: BatchOptions) -> bool:
    return options.skip_existing and output is not None and storage.exists(output)


def _to_stdout(text: str) -> None:
    write_stdout(text if text.endswith("\n") else text + "\n")
