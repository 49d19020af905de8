"""Where rendered records go: stdout, or a file that appears whole or not at all.

A file is written under a temporary name in the same folder and renamed into place when
complete, so an interrupted run never leaves half a document behind.  ``json`` output for
several inputs is one array (a valid JSON document); ``jsonl`` is flushed a line at a time.
A write that fails (a full disk, a read-only folder) is an ``OutputError``, one line for
the user, whatever the output.
"""

from __future__ import annotations

import os
import signal
import sys
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import IO

from newsparse.errors import OutputError

_DEFERRED = (signal.SIGINT, signal.SIGTERM)
# The process's umask, read once (reading it means setting it), while no other thread runs
_UMASK = os.umask(0o022)
os.umask(_UMASK)


class OutputSink:
    def __init__(self, path: Path | None, output_format: str, many: bool) -> None:
        self.path = path
        self.format = output_format
        self.many = many
        self._records: list[str] = []
        self._stream: IO[bytes] | None = None
        self._temp: Path | None = None
        self._discarded = False
        self._written = 0

    def __enter__(self) -> OutputSink:
        if self.path is None:
            self._stream = sys.stdout.buffer
            return self
        with output_errors(self.path):
            if self.path.exists() and not self.path.is_file():
                # a device or a pipe (/dev/stdout, a shell's >(gzip)): written to, never replaced
                self._stream = self.path.open("wb")
                return self
            folder = self.path.parent
            folder.mkdir(parents=True, exist_ok=True)
            handle, name = _temporary_beside(self.path)
        self._temp = Path(name)
        self._stream = os.fdopen(handle, "wb")
        return self

    def write(self, record: str) -> None:
        if self.format == "json" and self.many:
            self._records.append(record)
            return
        if self.format == "jsonl" or (self.format == "json" and not record.endswith("\n")):
            record += "\n"
        elif self._written:
            record = "\n" + record  # a blank line between Markdown or text documents
        self._emit(record)

    def _emit(self, text: str) -> None:
        assert self._stream is not None
        with output_errors(self.path):
            self._stream.write(text.encode("utf-8"))
            self._stream.flush()
        self._written += 1

    def discard(self) -> None:
        """Nothing worth keeping was produced: leave no output file."""
        self._discarded = True

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        if kind is None and not self._discarded and self._records:
            indented = ["  " + record.replace("\n", "\n  ") for record in self._records]
            self._emit("[\n" + ",\n".join(indented) + "\n]\n")
        if self.path is None:
            return
        assert self._stream is not None
        try:
            with output_errors(self.path):
                self._stream.close()
                if self._temp is not None and kind is None and not self._discarded:
                    os.replace(self._temp, self.path)
        finally:
            if self._temp is not None:
                self._temp.unlink(missing_ok=True)  # gone once renamed; else no half file is left


def write_stdout(text: str) -> None:
    """Data on standard output, flushed; a failed write (a full disk behind a redirection)
    is an OutputError.  A reader that went away (``| head``) stays a BrokenPipeError."""
    with output_errors(None):
        sys.stdout.buffer.write(text.encode("utf-8"))
        sys.stdout.buffer.flush()


@contextmanager
def output_errors(path: Path | None) -> Iterator[None]:
    """OSError as OutputError, naming the output; a broken pipe is left to its handlers."""
    try:
        yield
    except BrokenPipeError:
        raise
    except OSError as exc:
        where = path or "standard output"
        raise OutputError(f"cannot write {where}: {exc.strerror or exc}") from None


def write_atomic(path: Path, text: str) -> None:
    """Write a whole file or nothing: a temporary file beside it, renamed into place.

    Ctrl-C and SIGTERM are held back for the few microseconds of the write, so an
    interrupted run never leaves a stray temporary file either.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    with _signals_held():
        handle, name = _temporary_beside(path)
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(text.encode("utf-8"))
            os.replace(name, path)
        except BaseException:
            Path(name).unlink(missing_ok=True)
            raise


def _temporary_beside(path: Path) -> tuple[int, str]:
    """A temporary file in ``path``'s folder, open, with the permissions ``path`` will keep:
    a file it replaces keeps its own, a new one gets what the umask allows, as a file
    opened for writing does (``mkstemp`` makes it readable by its owner alone)."""
    try:
        mode = path.stat().st_mode & 0o777
    except OSError:
        mode = 0o666 & ~_UMASK
    handle, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    if hasattr(os, "fchmod"):  # not on Windows, whose files have no such bits
        os.fchmod(handle, mode)
    return handle, name


@contextmanager
def _signals_held() -> Iterator[None]:
    """Defer Ctrl-C and SIGTERM: record them during the block, act on them after it.

    Python runs signal handlers in the main thread whichever thread the signal hit, so
    the handlers themselves are swapped (masking the main thread alone would not do).
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    arrived: list[int] = []
    previous = {number: signal.signal(number, lambda n, _: arrived.append(n)) for number in _DEFERRED}
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
        for number in arrived[:1]:
            handler = previous[number]
            if callable(handler):
                handler(number, None)
            elif handler == signal.SIG_DFL:
                signal.raise_signal(number)
