"""Number lists as people write them: "1, 2, 24-35" <-> [1, 2, 24, ..., 35]."""

from __future__ import annotations

import re

_PART = re.compile(r"^\s*(\d+)\s*(?:[-–—]\s*(\d+))?\s*$")


def parse_number_list(text: str) -> list[int]:
    """Expand "1, 2, 24-35" into sorted unique numbers; ValueError names the bad part."""
    numbers: set[int] = set()
    for part in re.split(r"[,;]", text):
        if not part.strip():
            continue
        match = _PART.match(part)
        if not match:
            raise ValueError(f"{part.strip()!r} is not a number or a range like 3-8")
        low = int(match.group(1))
        high = int(match.group(2) or low)
        if high < low:
            raise ValueError(f"the range {part.strip()!r} runs backwards")
        numbers.update(range(low, high + 1))
    return sorted(numbers)


def compress_numbers(numbers: list[int], dash: str = "-") -> str:
    """[3, 4, 5, 9] -> "3-5, 9": sorted, runs of three or more as ranges."""
    values = sorted(set(numbers))
    parts: list[str] = []
    i = 0
    while i < len(values):
        j = i
        while j + 1 < len(values) and values[j + 1] == values[j] + 1:
            j += 1
        if j - i >= 2:
            parts.append(f"{values[i]}{dash}{values[j]}")
        else:
            parts.extend(str(v) for v in values[i : j + 1])
        i = j + 1
    return ", ".join(parts)
