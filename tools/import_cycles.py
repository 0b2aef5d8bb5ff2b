"""Import circles among a package's modules, from grimp's import graph.

    .venv/bin/python tools/import_cycles.py [PACKAGE ...]     # default: app references models

Prints each circle (a strongly connected set of modules, type-checking
imports included) and exits 1 when there is one.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Mapping
from pathlib import Path

import grimp

ROOT = Path(__file__).resolve().parents[1]


def circles(package: str) -> list[list[str]]:
    """Sets of modules of ``package`` that import each other, directly or not."""
    graph = grimp.build_graph(package, cache_dir=None)
    edges = {
        module: sorted(m for m in graph.find_modules_directly_imported_by(module) if m.split(".")[0] == package)
        for module in graph.modules
    }
    return strongly_connected(sorted(graph.modules), edges)


def strongly_connected(nodes: Iterable[str], edges: Mapping[str, list[str]]) -> list[list[str]]:
    """Tarjan's algorithm without recursion; only the sets of two or more."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in nodes:
        if root in index:
            continue
        work = [(root, iter(edges.get(root, ())))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, successors = work[-1]
            for succ in successors:
                if succ not in index:
                    index[succ] = low[succ] = len(index)
                    stack.append(succ)
                    on_stack.add(succ)
                    work.append((succ, iter(edges.get(succ, ()))))
                    break
                if succ in on_stack:
                    low[node] = min(low[node], index[succ])
            else:
                work.pop()
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[node])
                if low[node] == index[node]:
                    members = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        members.append(member)
                        if member == node:
                            break
                    if len(members) > 1:
                        found.append(sorted(members))
    return found


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(ROOT))  # this checkout's packages, not an installed copy
    bad = 0
    for package in argv or ["app", "references", "models"]:
        for members in circles(package):
            bad += 1
            print(f"{package}: an import circle of {len(members)} modules: " + ", ".join(members))
    if not bad:
        print("no import circle")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
