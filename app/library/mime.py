"""What a drag from the library carries: reference ids, or one group id."""

from __future__ import annotations

import json
from collections.abc import Sequence

from PySide6.QtCore import QByteArray, QMimeData

REFERENCE_IDS = "application/x-silteme-reference-ids"
GROUP_ID = "application/x-silteme-group-id"


def reference_ids_data(reference_ids: Sequence[int]) -> QMimeData:
    data = QMimeData()
    data.setData(REFERENCE_IDS, QByteArray(json.dumps(list(reference_ids)).encode("ascii")))
    return data


def group_id_data(group_id: int) -> QMimeData:
    data = QMimeData()
    data.setData(GROUP_ID, QByteArray(str(group_id).encode("ascii")))
    return data


def reference_ids_of(data: QMimeData) -> list[int]:
    """The ids a drag carries; nothing for anything else (a drop from elsewhere)."""
    if not data.hasFormat(REFERENCE_IDS):
        return []
    try:
        ids = json.loads(bytes(data.data(REFERENCE_IDS).data()).decode("ascii"))
    except (UnicodeDecodeError, ValueError):
        return []
    return [i for i in ids if isinstance(i, int)] if isinstance(ids, list) else []


def group_id_of(data: QMimeData) -> int | None:
    if not data.hasFormat(GROUP_ID):
        return None
    text = bytes(data.data(GROUP_ID).data()).decode("ascii", "replace")
    return int(text) if text.isdigit() else None
