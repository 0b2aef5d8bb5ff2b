"""Shared timing helpers: every benchmark reports ours, a baseline measured
in the same run, and their ratio (never an absolute number to assert on)."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass
class Result:
    name: str
    ours_ms: float
    baseline_ms: float
    baseline: str
    target: str

    @property
    def ratio(self) -> float:
        return self.ours_ms / self.baseline_ms if self.baseline_ms else float("inf")

    def line(self) -> str:
        return (
            f"{self.name}: ours {self.ours_ms:.1f} ms, {self.baseline} {self.baseline_ms:.1f} ms, "
            f"ratio {self.ratio:.2f} (target: {self.target})"
        )

    def as_dict(self) -> dict[str, object]:
        return {
            "name": self.name,
            "ours_ms": round(self.ours_ms, 2),
            "baseline": self.baseline,
            "baseline_ms": round(self.baseline_ms, 2),
            "ratio": round(self.ratio, 3),
            "target": self.target,
        }


def best_of(fn: Callable[[], object], repeat: int = 5) -> float:
    """Median wall time of ``fn`` in milliseconds (median: robust to a noisy neighbour)."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)
