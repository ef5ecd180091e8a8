"""The base of every document command."""
from __future__ import annotations

from typing import Protocol

from PySide6.QtGui import QUndoCommand

from briefing.domain import Briefing
from briefing.ui.changes import Change


class EditTarget(Protocol):
    """What a command edits: a briefing, and a place to send change notices (a Document)."""

    briefing: Briefing

    def notify(self, change: Change) -> None: ...


class DocumentCommand(QUndoCommand):
    """A command on one document; ``text`` is what the Edit menu shows after "Undo"."""

    def __init__(self, target: EditTarget, text: str, parent: QUndoCommand | None = None):
        super().__init__(text, parent)
        self.target = target

    @property
    def briefing(self) -> Briefing:
        return self.target.briefing

    def notify(self, change: Change) -> None:
        self.target.notify(change)


def quoted(text: str, limit: int = 40) -> str:
    """A short quotation of ``text`` for undo menu entries."""
    text = " ".join(text.split())
    return f"“{text if len(text) <= limit else text[:limit - 1] + '…'}”"
