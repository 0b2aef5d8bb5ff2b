"""Run every ``benchmarks/bench_*.py`` and write ``docs/benchmarks.md``.

    .venv/bin/python -m benchmarks.run_all [--only NAME ...] [--no-write]

Each module's ``run()`` returns a list of ``benchmarks.harness.Result`` or of
dicts (``Result.as_dict()``'s keys, or ``ours``/``baseline_value``/``unit``
for measures that are not times). Every result prints as one line, "name:
ours X ms, baseline Y ms, ratio Z", and becomes a row of the table in
``docs/benchmarks.md``, under a description of the machine it ran on. A
module that fails is reported as failed; the others still run.
"""

from __future__ import annotations

import argparse
import importlib
import os
import platform
import sqlite3
import time
import traceback
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from benchmarks.harness import Result

ROOT = Path(__file__).resolve().parents[1]
REPORT = ROOT / "docs" / "benchmarks.md"


@dataclass(frozen=True, slots=True)
class Line:
    module: str
    name: str
    ours: float
    baseline: float | None
    baseline_name: str
    unit: str
    target: str

    @property
    def ratio(self) -> float | None:
        if self.baseline is None or self.baseline == 0:
            return None
        return self.ours / self.baseline


def as_line(item: Result | dict[str, object], module: str = "") -> str:
    return describe(normalise(item, module))


def normalise(item: Result | dict[str, object], module: str) -> Line:
    if isinstance(item, Result):
        return Line(module, item.name, item.ours_ms, item.baseline_ms, item.baseline, "ms", item.target)
    ours = item.get("ours_ms", item.get("ours"))
    baseline = item.get("baseline_ms", item.get("baseline_value"))
    label = item.get("baseline")
    if not isinstance(ours, (int, float)):
        raise TypeError(f"{module}: a result without a number for ours: {item!r}")
    return Line(
        module=module,
        name=str(item.get("name", "?")),
        ours=float(ours),
        baseline=float(baseline) if isinstance(baseline, (int, float)) else None,
        baseline_name=label if isinstance(label, str) else "baseline",
        unit=str(item.get("unit", "ms")),
        target=str(item.get("target", "")),
    )


def describe(line: Line) -> str:
    if line.baseline is None:
        return f"{line.name}: ours {line.ours:.1f} {line.unit} (no baseline)"
    ratio = f"{line.ratio:.2f}" if line.ratio is not None else "n/a"
    return (
        f"{line.name}: ours {line.ours:.1f} {line.unit}, baseline {line.baseline:.1f} {line.unit} "
        f"({line.baseline_name}), ratio {ratio}"
    )


def bench_modules() -> list[str]:
    return sorted(f"benchmarks.{p.stem}" for p in (ROOT / "benchmarks").glob("bench_*.py"))


def run_module(name: str) -> tuple[list[Line], str | None, float]:
    """The module's lines, or the error that stopped it, and how long it took."""
    started = time.perf_counter()
    try:
        module = importlib.import_module(name)
        items = module.run()
        lines = [normalise(item, name.removeprefix("benchmarks.")) for item in items]
        return lines, None, time.perf_counter() - started
    except Exception:  # one broken benchmark must not hide the others' results
        return [], traceback.format_exc(limit=3), time.perf_counter() - started


# --- the machine -------------------------------------------------------------------


def machine(load_at_start: str = "") -> dict[str, str]:
    host = {
        "CPU": _cpu_model(),
        "Cores": str(os.cpu_count() or "?"),
        "Memory": _memory(),
        "OS": f"{platform.system()} {platform.release()}",
        "Python": platform.python_version(),
        "SQLite": sqlite3.sqlite_version,
        "Date": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
    }
    # Other work on the machine slows ours and the baselines alike, but not always evenly.
    if load_at_start:
        host["Load (1, 5, 15 min) at the start"] = load_at_start
    host["Load (1, 5, 15 min) at the end"] = load()
    return host


def load() -> str:
    """The load averages: processes running or waiting for a core (Unix)."""
    try:
        return ", ".join(f"{value:.2f}" for value in os.getloadavg())
    except (OSError, AttributeError):  # not on Windows
        return "unknown"


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _memory() -> str:
    try:
        for line in Path("/proc/meminfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("MemTotal:"):
                return f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    return "unknown"


# --- the report --------------------------------------------------------------------


def _number(value: float | None, unit: str) -> str:
    if value is None:
        return "–"
    return f"{value:,.1f} {unit}" if unit != "ms" or value < 10_000 else f"{value / 1000:,.1f} s"


def kept_rows(report: str, rerun: set[str]) -> list[str]:
    """Rows of an earlier report for the modules not run again (``--only``)."""
    rows = []
    for row in report.splitlines():
        cells = [c.strip() for c in row.strip().strip("|").split("|")]
        if row.startswith("| bench_") and cells and cells[0] not in rerun:
            rows.append(row)
    return rows


def machine_rows(report: str) -> list[str]:
    """The machine table's rows of an earlier report."""
    rows, inside = [], False
    for row in report.splitlines():
        if row.startswith("| Machine |"):
            inside = True
        elif inside and not row.strip():
            break
        elif inside and not row.startswith("|---"):
            rows.append(row)
    return rows


def markdown(
    lines: list[Line], failures: dict[str, str], host: dict[str, str], kept: list[str] | None = None,
    kept_host: list[str] | None = None,
) -> str:
    """The report; with ``kept`` rows of an earlier run, its machine stays and this run's is noted."""
    host_rows = kept_host if kept and kept_host else [f"| {key} | {value} |" for key, value in host.items()]
    out = [
        "# Benchmarks",
        "",
        "Written by `.venv/bin/python -m benchmarks.run_all`; do not edit by hand.",
        "Every time is the median of several runs. *Ours* is what Silteme does; the *baseline* is",
        "measured in the same run on the same data (see each module's docstring), so the ratio,",
        "not the absolute time, is what carries from one machine to another.",
        "",
        "| Machine | |",
        "|---|---|",
        *host_rows,
        "",
        "| Module | Benchmark | Ours | Baseline | Baseline is | Ratio | Target |",
        "|---|---|---:|---:|---|---:|---|",
    ]
    if kept and kept_host:
        modules = ", ".join(sorted({line.module for line in lines}))
        out[-2:-2] = [
            f"Rows of {modules} ran later, on {host.get('Date', '?')}: {host.get('CPU', '?')}, "
            f"{host.get('Cores', '?')} cores, {host.get('OS', '?')}; the others on the machine above.",
            "",
        ]
    out.extend(kept or [])
    for line in lines:
        ratio = f"{line.ratio:.2f}" if line.ratio is not None else "–"
        out.append(
            f"| {line.module} | {line.name} | {_number(line.ours, line.unit)} | "
            f"{_number(line.baseline, line.unit)} | {line.baseline_name if line.baseline is not None else '–'} | "
            f"{ratio} | {line.target} |"
        )
    if failures:
        out += ["", "## Failed", ""]
        for module, error in failures.items():
            last = error.strip().splitlines()[-1]
            out.append(f"- `{module}`: {last}")
    return "\n".join(out) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", nargs="*", help="module names, e.g. bench_large")
    parser.add_argument("--no-write", action="store_true", help="print only; leave docs/benchmarks.md alone")
    args = parser.parse_args()
    modules = bench_modules()
    if args.only:
        modules = [m for m in modules if m.removeprefix("benchmarks.") in args.only]
    all_lines: list[Line] = []
    failures: dict[str, str] = {}
    load_at_start = load()
    for name in modules:
        lines, error, seconds = run_module(name)
        print(f"# {name} ({seconds:.1f} s)", flush=True)
        for line in lines:
            print(describe(line), flush=True)
        if error is not None:
            failures[name.removeprefix("benchmarks.")] = error
            print(f"FAILED:\n{error}", flush=True)
        all_lines.extend(lines)
    if not args.no_write:
        REPORT.parent.mkdir(parents=True, exist_ok=True)
        kept, kept_host = [], []
        if args.only and REPORT.exists():  # the other modules' rows stay as they were
            earlier = REPORT.read_text(encoding="utf-8")
            kept = kept_rows(earlier, {m.removeprefix("benchmarks.") for m in modules})
            kept_host = machine_rows(earlier)
        REPORT.write_text(markdown(all_lines, failures, machine(load_at_start), kept, kept_host), encoding="utf-8")
        print(f"Wrote {REPORT.relative_to(ROOT)}")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
