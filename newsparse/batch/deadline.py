"""A time limit for one page, in whatever thread runs it.

A local pool runs pages in its workers' main threads, a Dask worker in a thread of its
own pool, where signals (SIGALRM) cannot reach.  So one watchdog thread per process keeps
the deadlines and, when one passes, raises ``PageTimeout`` inside that page's thread
(CPython's asynchronous exception, delivered between bytecodes as a signal handler's
would be).  Arming and disarming cost a lock, not a thread per page.

Asynchronous exceptions land anywhere, so the design keeps them harmless:
- the page's side of the watchdog uses only C-level primitives (a lock, a SimpleQueue);
  an exception landing inside a Python-level ``__enter__`` (a Condition's) could leave
  a lock held and the watchdog blocked for good;
- an exception landing in a finalizer or a garbage-collector callback is printed and
  dropped by the interpreter, so the watchdog fires again every ``_REFIRE`` seconds;
- it fires only while the frame that set the limit is still running, so neither a
  disarm that an exception pre-empted nor a late deadline reaches the code after it.
"""

from __future__ import annotations

import contextlib
import ctypes
import heapq
import itertools
import os
import queue
import sys
import threading
import time
from dataclasses import dataclass, field
from types import FrameType, TracebackType

_set_async_exc = getattr(ctypes.pythonapi, "PyThreadState_SetAsyncExc", None)
_REFIRE = 0.05


class PageTimeout(BaseException):
    """Raised inside the page's thread when its time is up.

    A BaseException, as KeyboardInterrupt is, so no ``except Exception`` swallows it.
    """


@dataclass(order=True)
class _Deadline:
    when: float
    token: int
    thread: int = field(compare=False)
    frame: FrameType = field(compare=False)  # the frame that set the limit


class _Watchdog:
    def __init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        """A fresh start; also in a forked child, where the parent's thread did not come along."""
        self._lock = threading.Lock()
        self._wake: queue.SimpleQueue[None] = queue.SimpleQueue()
        self._deadlines: list[_Deadline] = []  # a heap
        self._armed: set[int] = set()
        self._tokens = itertools.count()
        self._thread: threading.Thread | None = None

    def arm(self, seconds: float, frame: FrameType) -> int:
        with self._lock:
            if self._thread is None:
                self._thread = threading.Thread(target=self._watch, name="newsparse-deadlines", daemon=True)
                self._thread.start()
            token = next(self._tokens)
            heapq.heappush(self._deadlines, _Deadline(time.monotonic() + seconds, token, threading.get_ident(), frame))
            self._armed.add(token)
        self._wake.put(None)
        return token

    def disarm(self, token: int) -> None:
        with self._lock:
            self._armed.discard(token)
            _set_async_exc(ctypes.c_ulong(threading.get_ident()), None)  # withdraw one fired, not raised

    def _watch(self) -> None:
        while True:
            with contextlib.suppress(queue.Empty):
                self._wake.get(timeout=self._fire_due())

    def _fire_due(self) -> float | None:
        """Fire the deadlines that have passed; the seconds until the next (None: none)."""
        with self._lock:
            while self._deadlines:
                deadline = self._deadlines[0]
                if deadline.token not in self._armed or not _running(deadline.thread, deadline.frame):
                    heapq.heappop(self._deadlines)
                    self._armed.discard(deadline.token)
                    continue
                delay = deadline.when - time.monotonic()
                if delay > 0:
                    return delay
                deadline.when += _REFIRE
                heapq.heapreplace(self._deadlines, deadline)
                _set_async_exc(ctypes.c_ulong(deadline.thread), ctypes.py_object(PageTimeout))
            return None


def _running(thread: int, frame: FrameType) -> bool:
    """Whether ``frame`` is on ``thread``'s stack still."""
    current = sys._current_frames().get(thread)
    while current is not None:
        if current is frame:
            return True
        current = current.f_back
    return False


_watchdog = _Watchdog()
if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_watchdog.reset)


class TimeLimit:
    """``with TimeLimit(seconds):`` raises PageTimeout in this thread past ``seconds`` (0: none).

    Put the ``with`` in a function of its own: the limit ends when that function returns.
    """

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.token: int | None = None

    def __enter__(self) -> None:
        if self.seconds > 0 and _set_async_exc is not None:
            self.token = _watchdog.arm(self.seconds, sys._getframe(1))

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        if self.token is not None:
            _watchdog.disarm(self.token)
