"""The workspace: which document is open now. Controllers and panels follow it through one signal."""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from briefing.ui.document import Document


class Workspace(QObject):
    """Holds the current :class:`Document`; New, Open and restore replace it."""

    document_replaced = Signal(object)   # the new Document

    def __init__(self, document: Document, parent: QObject | None = None):
        super().__init__(parent)
        self.document = document
        document.setParent(self)

    def replace(self, document: Document) -> None:
        old, self.document = self.document, document
        document.setParent(self)
        self.document_replaced.emit(document)
        if old is not document:
            old.undo_stack.blockSignals(True)   # nobody follows it any more
            old.deleteLater()
