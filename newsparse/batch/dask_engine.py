"""``--engine dask``: the same tasks, run on a Dask cluster instead of a local pool.

Dask brings the cluster: scheduling, worker processes on many machines, restarts.  This
module only feeds it at a bounded pace (a few tasks per worker thread in flight, so an
archive of millions of pages is never all submitted at once) and hands each outcome to
the same accounting as a local run.  Without a scheduler address a LocalCluster of
``jobs`` single-threaded worker processes is started, and shut down at the end.

The worker function is ``run_task``, exactly as in a local run, so records are
byte for byte the same; a page that kills its worker is not retried on another (a
crash is a property of the page) and is reported as ``WorkerCrash``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from newsparse.batch.pool import Stopped, take
from newsparse.batch.worker import Outcome, Task, run_task
from newsparse.errors import ExitCode, FetchError

_IN_FLIGHT_PER_THREAD = 4
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
        LocalCluster(
            n_workers=jobs, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=logging.ERROR
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


def _run(
    client: Any,
    items: Iterator[Task | Outcome],
    on_outcome: Callable[[Outcome], None],
    stopping: Callable[[], bool],
    work: Callable[[Task], Outcome],
) -> None:
    from distributed import wait

    threads = max(1, sum(client.nthreads().values()))
    in_flight: dict[Any, Task] = {}
    exhausted = False
    try:
        while in_flight or not exhausted:
            if stopping():
                raise Stopped
            if not exhausted:
                tasks, exhausted = take(items, threads * _IN_FLIGHT_PER_THREAD - len(in_flight), on_outcome)
                in_flight.update((client.submit(work, task, pure=False), task) for task in tasks)
            if not in_flight:
                continue
            try:
                done, _ = wait(list(in_flight), timeout=_POLL, return_when="FIRST_COMPLETED")
            except TimeoutError:
                continue
            for future in done:
                on_outcome(_outcome(future, in_flight.pop(future)))
    finally:
        if in_flight:
            client.cancel(list(in_flight))


def _outcome(future: Any, task: Task) -> Outcome:
    from distributed import KilledWorker

    try:
        return future.result()
    except KilledWorker:
        return Outcome(task.source, None, "WorkerCrash", "the worker process died on this page", ExitCode.PARTIAL)
    except Exception as exc:  # the result could not come back (pickling, a lost worker): one page lost
        return Outcome(task.source, None, type(exc).__name__, f"internal error: {exc}", ExitCode.PARTIAL)
