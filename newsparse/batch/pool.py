"""Worker processes for a batch, with a crashed worker costing one page only.

``ProcessPoolExecutor`` declares the whole pool broken when any worker dies (a segfault
in a C extension, the kernel's OOM killer).  Every page then in flight is suspect: they
are run again one at a time in fresh single-worker pools, so the page that kills its
worker is found and reported, and the others are converted after all.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool

from newsparse.batch.worker import Outcome, Task, init_worker, run_task
from newsparse.errors import ExitCode

_IN_FLIGHT_PER_WORKER = 4
_TASKS_PER_CHILD = 500  # recycle workers now and then: a slow leak cannot grow forever
_POLL = 0.2  # seconds between looks at the stop flag


def _executor(jobs: int) -> ProcessPoolExecutor:
    extra = {"max_tasks_per_child": _TASKS_PER_CHILD} if sys.version_info >= (3, 11) else {}
    return ProcessPoolExecutor(max_workers=jobs, initializer=init_worker, **extra)


class Stopped(Exception):
    """The run was asked to stop (Ctrl-C, SIGTERM); raised between pages, never inside one."""


def run_all(
    items: Iterator[Task | Outcome],
    jobs: int,
    on_outcome: Callable[[Outcome], None],
    work: Callable[[Task], Outcome] = run_task,
    stopping: Callable[[], bool] = lambda: False,
) -> None:
    """Run ``work`` on every task (in worker processes), passing each outcome as it arrives.

    Ready-made outcomes in ``items`` (a failed download) are passed straight through.
    ``stopping`` is polled a few times a second: the caller's signal handlers only set a
    flag, since an exception raised at an arbitrary point inside concurrent.futures can
    leave its locks held and hang the interpreter at exit.
    """
    executor = _executor(jobs)
    in_flight: dict[Future[Outcome], Task] = {}
    suspects: list[Task] = []
    try:
        exhausted = False
        while in_flight or not exhausted:
            if stopping():
                raise Stopped
            if not exhausted:
                tasks, exhausted = take(items, jobs * _IN_FLIGHT_PER_WORKER - len(in_flight), on_outcome)
                in_flight.update((executor.submit(work, task), task) for task in tasks)
            if not in_flight:
                continue
            done, _ = wait(in_flight, timeout=_POLL, return_when=FIRST_COMPLETED)
            for future in done:
                task = in_flight.pop(future)
                try:
                    outcome = future.result()
                except BrokenProcessPool:
                    suspects.append(task)
                    continue
                except Exception as exc:  # the result could not come back (pickling): one page lost
                    outcome = Outcome(task.source, None, type(exc).__name__, f"internal error: {exc}", ExitCode.PARTIAL)
                on_outcome(outcome)
            if suspects:
                suspects.extend(in_flight.values())
                in_flight.clear()
                stop(executor)
                for task in suspects:
                    on_outcome(_run_alone(task, work))
                suspects.clear()
                executor = _executor(jobs)
    finally:
        stop(executor)


def take(items: Iterator[Task | Outcome], room: int, on_outcome: Callable[[Outcome], None]) -> tuple[list[Task], bool]:
    """Up to ``room`` tasks, and whether ``items`` ran out; ready-made outcomes pass straight on.

    Engines take tasks only as workers free up, so a lazily read input (an archive of
    millions of pages) is never held whole.
    """
    tasks: list[Task] = []
    while len(tasks) < room:
        item = next(items, None)
        if item is None:
            return tasks, True
        if isinstance(item, Outcome):
            on_outcome(item)
        else:
            tasks.append(item)
    return tasks, False


def _run_alone(task: Task, work: Callable[[Task], Outcome]) -> Outcome:
    executor = _executor(1)
    try:
        return executor.submit(work, task).result()
    except BrokenProcessPool:
        return crashed(task)
    finally:
        stop(executor)


def crashed(task: Task) -> Outcome:
    return Outcome(task.source, None, "WorkerCrash", "the worker process died on this page", ExitCode.PARTIAL)


def stop(executor: ProcessPoolExecutor) -> None:
    """Shut the pool now: cancel what has not started, end the workers' current pages."""
    # The executor has no public way to end running work; its process table is the only
    # handle (and shutdown() clears it), and workers hold nothing a terminate could corrupt.
    processes = list((getattr(executor, "_processes", None) or {}).values())
    executor.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.terminate()
    for process in processes:
        process.join(timeout=5)
