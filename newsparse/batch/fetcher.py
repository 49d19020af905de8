"""Fetching a batch's URLs: many at once, few per site.

Downloads wait on the network, not the CPU, so they run in threads of the parent
(``--concurrency`` at once) while the worker processes extract; a per-host limit keeps a
list of one site's URLs from hammering it.
"""

from __future__ import annotations

import threading
from collections import defaultdict
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import replace

from newsparse.batch.worker import Outcome, Task
from newsparse.errors import NewsparseError
from newsparse.input.fetch import fetch
from newsparse.input.sources import LoadOptions
from newsparse.urls import host_of

PER_HOST = 2


def fetched_tasks(urls: list[Task], options: LoadOptions, concurrency: int) -> Iterator[Task | Outcome]:
    """Each URL task with its bytes filled in, or a failed Outcome, as downloads finish."""
    if not urls:
        return
    gates: dict[str, threading.Semaphore] = defaultdict(lambda: threading.Semaphore(PER_HOST))
    gates_lock = threading.Lock()

    def download(task: Task) -> Task | Outcome:
        host = host_of(task.source)  # "" for a malformed URL, which fetch refuses
        with gates_lock:
            gate = gates[host]
        with gate:
            try:
                page = fetch(
                    task.source, timeout=options.timeout, max_bytes=options.max_bytes, user_agent=options.user_agent
                )
            except NewsparseError as exc:
                return Outcome(task.source, None, type(exc).__name__, str(exc), exc.exit_code)
        return replace(task, data=page.data, url=page.url, charset=page.charset)

    threads = ThreadPoolExecutor(max_workers=max(1, concurrency))
    try:
        futures = [threads.submit(download, task) for task in urls]
        for future in as_completed(futures):
            yield future.result()
    finally:  # also when the run is interrupted: drop the downloads not yet started
        threads.shutdown(wait=False, cancel_futures=True)
