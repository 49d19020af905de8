"""The work one process does for one page, bounded in time, returning plain data.

Workers receive paths (or fetched bytes) and return rendered text: selectolax trees do
not cross process boundaries, and plain data pickles cheaply.  Each page runs under a
real-time timer, so one pathological page fails alone instead of stalling its worker.
"""

from __future__ import annotations

import signal
import time
from dataclasses import dataclass

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
    data: bytes | None = None  # already fetched (URLs), else the worker reads the source
    url: str | None = None  # the final URL of fetched data
    charset: str | None = None


@dataclass(frozen=True)
class Outcome:
    source: str
    text: str | None  # the rendered record, None on failure
    error: str | None = None  # error type name
    message: str | None = None
    exit_code: int = ExitCode.OK
    seconds: float = 0.0


class PageTimeout(Exception):
    """Raised inside a worker when a page runs past its time."""


def _alarm(signum: int, frame: object) -> None:
    raise PageTimeout


def init_worker() -> None:
    """Workers leave Ctrl-C to the parent, which stops them in order."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def run_task(task: Task) -> Outcome:
    started = time.perf_counter()
    try:
        return _run_timed(task, started)
    except PageTimeout:  # the timer fired after the work, before it was disarmed
        return _failed(task, "Timeout", f"took longer than {task.timeout:g} s", ExitCode.TIMEOUT, started)


def _run_timed(task: Task, started: float) -> Outcome:
    use_timer = task.timeout > 0 and hasattr(signal, "setitimer")
    if use_timer:
        signal.signal(signal.SIGALRM, _alarm)
        signal.setitimer(signal.ITIMER_REAL, task.timeout)
    try:
        text = render(_article(task), task.output_format)
    except PageTimeout:
        return _failed(task, "Timeout", f"took longer than {task.timeout:g} s", ExitCode.TIMEOUT, started)
    except NewsparseError as exc:
        return _failed(task, type(exc).__name__, str(exc), exc.exit_code, started)
    except Exception as exc:  # a bug must cost one page, not the run; it is reported
        return _failed(task, type(exc).__name__, f"internal error: {exc}", ExitCode.PARTIAL, started)
    finally:
        if use_timer:
            signal.setitimer(signal.ITIMER_REAL, 0)
    return Outcome(task.source, text, seconds=time.perf_counter() - started)


def _article(task: Task) -> Article:
    if task.data is None:
        return convert(task.source, task.settings)
    return convert_loaded(Loaded(task.data, task.url, task.charset), task.source, task.settings)


def _failed(task: Task, error: str, message: str, code: int, started: float) -> Outcome:
    return Outcome(task.source, None, error, message, code, time.perf_counter() - started)
