"""The work one worker does for one page, bounded in time, returning plain data.

Workers receive paths (or bytes already read: downloads, archive records), extract,
and write the record where it belongs, so a cluster's workers read from and write to
shared storage without passing pages through the process that runs the batch.  Only
records bound for stdout travel back.  selectolax trees never cross process boundaries;
tasks and outcomes are plain data that pickles cheaply.  Each page runs under a time
limit, so one pathological page fails alone instead of stalling its worker.
"""

from __future__ import annotations

import signal
import time
from dataclasses import dataclass

from newsparse import storage
from newsparse.batch.deadline import PageTimeout, TimeLimit
from newsparse.convert import Settings, convert, convert_loaded
from newsparse.errors import ExitCode, NewsparseError
from newsparse.input.sources import Loaded
from newsparse.model import Article
from newsparse.render import render


@dataclass(frozen=True)
class Task:
    source: str
    output_format: str
    settings: Settings
    timeout: float  # seconds for the whole page; 0: none
    output: str | None = None  # where the record goes (path or fsspec URL); None: back to the caller
    data: bytes | None = None  # already read (URLs, archive records), else the worker reads the source
    url: str | None = None  # the final URL of fetched data, an archive record's target URI
    charset: str | None = None


@dataclass(frozen=True)
class Outcome:
    source: str
    text: str | None = None  # the rendered record, when it goes back to the caller
    error: str | None = None  # error type name; None: converted
    message: str | None = None
    exit_code: int = ExitCode.OK
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return self.error is None


def init_worker() -> None:
    """Workers leave Ctrl-C to the parent, which stops them in order."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def run_task(task: Task) -> Outcome:
    started = time.perf_counter()
    try:
        text = _rendered(task)
    except PageTimeout:
        return _failed(task, "Timeout", f"took longer than {task.timeout:g} s", ExitCode.TIMEOUT, started)
    except NewsparseError as exc:
        return _failed(task, type(exc).__name__, str(exc), exc.exit_code, started)
    except Exception as exc:  # a bug must cost one page, not the run; it is reported
        return _failed(task, type(exc).__name__, f"internal error: {exc}", ExitCode.PARTIAL, started)
    if task.output is None:
        return Outcome(task.source, text, seconds=time.perf_counter() - started)
    try:
        storage.write_text(task.output, text if text.endswith("\n") else text + "\n")
    except (OSError, NewsparseError) as exc:
        reason = getattr(exc, "strerror", None) or exc
        return _failed(task, "OSError", f"cannot write {task.output}: {reason}", ExitCode.PARTIAL, started)
    return Outcome(task.source, seconds=time.perf_counter() - started)


def _rendered(task: Task) -> str:
    """The record, within the page's time (the limit ends with this frame)."""
    with TimeLimit(task.timeout):
        return render(_article(task), task.output_format)


def _article(task: Task) -> Article:
    if task.data is None:
        return convert(task.source, task.settings)
    return convert_loaded(Loaded(task.data, task.url, task.charset), task.source, task.settings)


def _failed(task: Task, error: str, message: str, code: int, started: float) -> Outcome:
    return Outcome(task.source, None, error, message, code, time.perf_counter() - started)
