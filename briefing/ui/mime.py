"""Drag-and-drop payloads between the fact library and the outline: lists of ids, one per line."""
from __future__ import annotations

from PySide6.QtCore import QMimeData

FACT_IDS = "application/x-briefing-fact-ids"
BLOCK_IDS = "application/x-briefing-block-ids"
SECTION_IDS = "application/x-briefing-section-ids"


def pack(kind: str, ids: list[str]) -> QMimeData:
    data = QMimeData()
    data.setData(kind, "\n".join(ids).encode("utf-8"))
    return data


def unpack(data: QMimeData, kind: str) -> list[str]:
    if not data.hasFormat(kind):
        return []
    return [line for line in bytes(data.data(kind).data()).decode("utf-8").split("\n") if line]
