"""How long this process has been running, for `gui --exit-when-ready`.

Scripts and benchmarks compare start-up times of whole processes, so the
figure must count from the process's own start (interpreter start-up and
imports included), not from when the window code began. Linux says when a
process started in /proc; elsewhere the earliest moment Silteme's own code
saw is used, which leaves out only the interpreter's start.
"""

from __future__ import annotations

import os
import sys
import time

# The earliest moment this module can know of, as a fallback.
_IMPORTED_AT = time.monotonic()


def _linux_seconds_since_start() -> float | None:
    """Seconds since this process started, from /proc (Linux only)."""
    try:
        with open("/proc/self/stat", encoding="ascii") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        # Field 22 of stat(5) is the start time in clock ticks after boot;
        # fields[0] above is field 3, so field 22 is fields[19].
        started = int(fields[19]) / os.sysconf("SC_CLK_TCK")
        return time.clock_gettime(time.CLOCK_BOOTTIME) - started
    except (OSError, IndexError, ValueError, AttributeError):
        return None


def milliseconds_since_process_start() -> int:
    seconds = _linux_seconds_since_start() if sys.platform.startswith("linux") else None
    if seconds is None or seconds < 0:
        seconds = time.monotonic() - _IMPORTED_AT
    return round(seconds * 1000)
