"""Where rendered records go: stdout, or a file that appears whole or not at all.

A file is written under a temporary name in the same folder and renamed into place when
complete, so an interrupted run never leaves half a document behind.  ``json`` output for
several inputs is one array (a valid JSON document); ``jsonl`` is flushed a line at a time.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from types import TracebackType
from typing import IO


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
        else:
            folder = self.path.parent
            folder.mkdir(parents=True, exist_ok=True)
            handle, name = tempfile.mkstemp(dir=folder, prefix=f".{self.path.name}.", suffix=".part")
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
        if self._temp is None:
            return
        assert self._stream is not None
        self._stream.close()
        if kind is None and not self._discarded:
            os.replace(self._temp, self.path)  # type: ignore[arg-type]
        else:
            self._temp.unlink(missing_ok=True)
