"""A batch run: plan the jobs, feed the workers, write each result, account for all.

Every input ends in exactly one of three states (converted, skipped, failed) and the
summary says how many of each.  Output files are written under a temporary name and
renamed when whole, so an interrupted run leaves no half file and ``--skip-existing``
resumes it.  JSON Lines on stdout are written a whole line at a time.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from newsparse.batch.fetcher import fetched_tasks
from newsparse.batch.inputs import Job
from newsparse.batch.pool import run_all
from newsparse.batch.worker import Outcome, Task
from newsparse.convert import Settings
from newsparse.input.fetch import is_url
from newsparse.output import write_atomic


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
    total: int = 0
    converted: int = 0
    skipped: int = 0
    failed: int = 0
    started: float = field(default_factory=time.monotonic)
    slowest: list[tuple[float, str]] = field(default_factory=list)

    @property
    def done(self) -> int:
        return self.converted + self.skipped + self.failed

    @property
    def rate(self) -> float:
        elapsed = time.monotonic() - self.started
        return self.converted / elapsed if elapsed > 0 else 0.0

    def summary(self) -> str:
        line = f"{self.converted} converted, {self.skipped} skipped, {self.failed} failed"
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
) -> None:
    """Convert every job, counting in ``tally`` (the caller's, so an interrupt keeps it)."""
    outputs = {job.source: job.output for job in jobs}
    todo = []
    for job in jobs:
        if options.skip_existing and job.output is not None and job.output.exists():
            tally.skipped += 1
        else:
            todo.append(job)

    def finish(outcome: Outcome) -> None:
        target = outputs[outcome.source]
        if outcome.text is not None:
            try:
                _deliver(outcome.text, target)
            except OSError as exc:
                outcome = Outcome(outcome.source, None, "OSError", f"cannot write {target}: {exc.strerror or exc}")
        if outcome.text is None:
            tally.failed += 1
            if errors is not None:
                record = {"input": outcome.source, "error": outcome.error, "message": outcome.message}
                errors.write(json.dumps(record, ensure_ascii=False) + "\n")
                errors.flush()
        else:
            tally.converted += 1
            tally.slowest = sorted([*tally.slowest, (outcome.seconds, outcome.source)], reverse=True)[:5]
        on_progress(tally, outcome)

    run_all(_tasks(todo, options), options.jobs, finish, stopping=stopping)


def _tasks(jobs: list[Job], options: BatchOptions) -> Iterator[Task | Outcome]:
    """Files first (workers read them), then URLs as their downloads finish."""
    urls = []
    for job in jobs:
        task = Task(job.source, options.output_format, options.settings, options.page_timeout)
        if is_url(job.source):
            urls.append(task)
        else:
            yield task
    yield from fetched_tasks(urls, options.settings.load, options.concurrency)


def _deliver(text: str, target: Path | None) -> None:
    if target is None:
        sys.stdout.buffer.write((text if text.endswith("\n") else text + "\n").encode("utf-8"))
        sys.stdout.buffer.flush()
    else:
        write_atomic(target, text if text.endswith("\n") else text + "\n")
