"""A Python child process driven line by line, for crash and concurrency tests.

The child prints a line when it reaches a point (e.g. "in-transaction") and
then waits for a line on stdin; the parent reads that line and then acts
(kills it, or writes to the library itself), so every interleaving the tests
assert on is deterministic, not a matter of sleeps.
"""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import tempfile
import textwrap
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LINE_TIMEOUT_S = 60.0


class Child:
    def __init__(self, code: str, *args: str) -> None:
        self._stderr = tempfile.TemporaryFile(mode="w+", encoding="utf-8")
        self.process = subprocess.Popen(
            [sys.executable, "-c", textwrap.dedent(code), *args],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._stderr,
            text=True,
            encoding="utf-8",
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        self._lines: queue.Queue[str | None] = queue.Queue()
        threading.Thread(target=self._read_stdout, daemon=True).start()

    def _read_stdout(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self._lines.put(line.rstrip("\n"))
        self._lines.put(None)

    def read_line(self, timeout: float = LINE_TIMEOUT_S) -> str:
        try:
            line = self._lines.get(timeout=timeout)
        except queue.Empty:
            raise AssertionError(f"the child printed nothing for {timeout} s; stderr:\n{self.stderr()}") from None
        if line is None:
            raise AssertionError(f"the child ended (code {self.process.wait()}); stderr:\n{self.stderr()}")
        return line

    def expect(self, expected: str, timeout: float = LINE_TIMEOUT_S) -> None:
        line = self.read_line(timeout)
        assert line == expected, f"expected {expected!r}, the child printed {line!r}; stderr:\n{self.stderr()}"

    def send(self, line: str = "go") -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()

    def kill(self) -> None:
        """SIGKILL: no handler, no atexit, no rollback runs in the child."""
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=10)

    def finish(self, timeout: float = LINE_TIMEOUT_S) -> int:
        if self.process.stdin is not None and not self.process.stdin.closed:
            self.process.stdin.close()
        return self.process.wait(timeout=timeout)

    def stderr(self) -> str:
        self._stderr.seek(0)
        return self._stderr.read()

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=10)
        for stream in (self.process.stdin, self.process.stdout):
            if stream is not None and not stream.closed:
                stream.close()
        self._stderr.close()


@contextmanager
def children() -> Iterator[list[Child]]:
    """Children started into the yielded list are all gone when the block ends."""
    started: list[Child] = []
    try:
        yield started
    finally:
        for child in started:
            child.close()
