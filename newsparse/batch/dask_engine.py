"""``--engine dask``: the same tasks, run on a Dask cluster instead of a local pool.

Dask brings the cluster: scheduling, worker processes on many machines, restarts.  This
module only feeds it, a few pages to a Dask task (the scheduler's cost per task is
about a page's extraction time) and a few tasks per worker thread in flight (an archive
of millions of pages is never all submitted at once), and hands each outcome to
the same accounting as a local run.  Without a scheduler address a LocalCluster of
``jobs`` single-threaded worker processes is started, and shut down at the end.

The worker function is ``run_task``, exactly as in a local run, so records are
byte for byte the same.  A page that kills its worker is reported as ``WorkerCrash``;
on the cluster this module starts it is not retried on another worker first (a crash is
a property of the page), while an existing cluster keeps its own allowed-failures.
"""

from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from newsparse.batch.pool import Stopped, take
from newsparse.batch.worker import Outcome, Task, run_task
from newsparse.errors import ExitCode, FetchError

_PAGES_PER_TASK = 8
_IN_FLIGHT_PER_THREAD = 2  # Dask tasks of _PAGES_PER_TASK pages
_POLL = 0.2  # seconds between looks at the stop flag


def dask_engine(scheduler: str | None, connect_timeout: float) -> Callable[..., None]:
    """An engine for ``run_batch`` on the cluster at ``scheduler`` (None: a local one)."""

    def engine(
        items: Iterator[Task | Outcome],
        jobs: int,
        on_outcome: Callable[[Outcome], None],
        *,
        stopping: Callable[[], bool] = lambda: False,
        work: Callable[[Task], Outcome] = run_task,
    ) -> None:
        with _client(scheduler, jobs, connect_timeout) as client:
            _run(client, items, on_outcome, stopping, work)

    return engine


@contextmanager
def _client(scheduler: str | None, jobs: int, connect_timeout: float) -> Iterator[Any]:
    import dask
    from distributed import Client, LocalCluster

    if scheduler is not None:
        try:
            client = Client(scheduler, timeout=f"{connect_timeout}s")
        except (OSError, TimeoutError) as exc:
            raise FetchError(f"cannot reach the Dask scheduler at {scheduler} ({exc})") from None
        with client:
            yield client
        return
    with (
        dask.config.set({"distributed.scheduler.allowed-failures": 0}),
        _ctrl_c_left_to_us(),
    ):
        # Dashboard ":0": any free port (with None the scheduler still takes 8787, or warns).
        cluster = LocalCluster(
            n_workers=jobs,
            threads_per_worker=1,
            processes=True,
            dashboard_address=":0",
            silence_logs=logging.CRITICAL,
        )
    with cluster, Client(cluster) as client:
        yield client


@contextmanager
def _ctrl_c_left_to_us() -> Iterator[None]:
    """Start worker processes ignoring Ctrl-C, which a terminal sends to the whole group.

    An ignored signal stays ignored in the processes started meanwhile; the run stops
    them in order itself, instead of workers dying mid-page with tracebacks.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def _run(
    client: Any,
    items: Iterator[Task | Outcome],
    on_outcome: Callable[[Outcome], None],
    stopping: Callable[[], bool],
    work: Callable[[Task], Outcome],
) -> None:
    from distributed import wait

    threads = max(1, sum(client.nthreads().values()))
    in_flight: dict[Any, list[Task]] = {}
    exhausted = False
    try:
        while in_flight or not exhausted:
            if stopping():
                raise Stopped
            while not exhausted and len(in_flight) < threads * _IN_FLIGHT_PER_THREAD:
                tasks, exhausted = take(items, _PAGES_PER_TASK, on_outcome)
                if tasks:
                    in_flight[client.submit(run_pages, work, tasks, pure=False)] = tasks
            if not in_flight:
                continue
            try:
                done, _ = wait(list(in_flight), timeout=_POLL, return_when="FIRST_COMPLETED")
            except TimeoutError:
                continue
            for future in done:
                for outcome in _outcomes(client, future, in_flight.pop(future), work):
                    on_outcome(outcome)
    finally:
        if in_flight:
            client.cancel(list(in_flight))


def run_pages(work: Callable[[Task], Outcome], tasks: list[Task]) -> list[Outcome]:
    """One Dask task: a few pages, so the scheduler's per-task cost is shared."""
    return [work(task) for task in tasks]


def _outcomes(client: Any, future: Any, tasks: list[Task], work: Callable[[Task], Outcome]) -> list[Outcome]:
    from distributed import KilledWorker

    try:
        return future.result()
    except KilledWorker:
        if len(tasks) == 1:
            return [
                Outcome(tasks[0].source, None, "WorkerCrash", "the worker process died on this page", ExitCode.PARTIAL)
            ]
        # One of them killed the worker: each again, one at a time (a page queued on the
        # same worker would die with it), to find which.
        return [
            outcome
            for task in tasks
            for outcome in _outcomes(client, client.submit(run_pages, work, [task], pure=False), [task], work)
        ]
    except Exception as exc:  # the results could not come back (pickling, a lost worker): these pages lost
        return [
            Outcome(task.source, None, type(exc).__name__, f"internal error: {exc}", ExitCode.PARTIAL) for task in tasks
        ]
