"""Page time limits work in any thread and never fire after the page."""

from __future__ import annotations

import contextlib
import threading
import time

import pytest

from newsparse.batch.deadline import PageTimeout, TimeLimit


def spin(seconds: float) -> None:
    ends = time.monotonic() + seconds
    while time.monotonic() < ends:
        pass


def test_a_page_past_its_time_is_stopped_in_the_main_thread() -> None:
    started = time.monotonic()
    with pytest.raises(PageTimeout), TimeLimit(0.2):
        spin(5)
    assert time.monotonic() - started < 1.5


def test_a_page_past_its_time_is_stopped_in_a_worker_thread() -> None:
    """Dask runs tasks in threads, where SIGALRM cannot reach."""
    results: list[str] = []

    def page() -> None:
        try:
            with TimeLimit(0.2):
                spin(5)
            results.append("finished")
        except PageTimeout:
            results.append("stopped")

    threads = [threading.Thread(target=page) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=10)
    assert results == ["stopped"] * 3


def page(limit: float) -> int:
    """As run_task does: the limit set in a function of its own, which it ends with."""
    with TimeLimit(limit):
        return sum(range(300))


def test_no_exception_arrives_after_the_page() -> None:
    """Limits close to the work's own length: whichever wins, nothing fires later."""
    for _ in range(2000):
        with contextlib.suppress(PageTimeout):
            page(0.0001)
    spin(0.3)  # a stray exception would be raised here


def test_an_exception_caught_by_the_page_does_not_stop_the_limit() -> None:
    """A page that swallows 'except Exception' (or drops it in a finalizer) is stopped anyway."""
    with pytest.raises(PageTimeout), TimeLimit(0.1):
        for _ in range(50):
            with contextlib.suppress(Exception):
                spin(0.1)
