"""Undo and Redo: the registry's actions follow the open document's undo stack."""
from __future__ import annotations

from PySide6.QtCore import QObject
from shiboken6 import isValid

from briefing.ui.actions import ActionId, ActionRegistry
from briefing.ui.document import Document
from briefing.ui.workspace import Workspace


class HistoryController(QObject):
    """Keeps Undo/Redo enabled and named ("Undo Move bullet …") after the current document's stack."""

    def __init__(self, workspace: Workspace, actions: ActionRegistry, parent: QObject):
        super().__init__(parent)
        self._workspace = workspace
        self._undo, self._redo = actions[ActionId.UNDO], actions[ActionId.REDO]
        actions.connect(ActionId.UNDO, lambda: self._workspace.document.undo_stack.undo())
        actions.connect(ActionId.REDO, lambda: self._workspace.document.undo_stack.redo())
        self._stack = None
        workspace.document_replaced.connect(self._follow)
        self._follow(workspace.document)

    def _follow(self, document: Document) -> None:
        if self._stack is not None:
            for signal, slot in self._connections():
                signal.disconnect(slot)
        self._stack = document.undo_stack
        for signal, slot in self._connections():
            signal.connect(slot)
        self._refresh()

    def _connections(self):
        stack = self._stack
        return [(stack.canUndoChanged, self._refresh), (stack.canRedoChanged, self._refresh),
                (stack.undoTextChanged, self._refresh), (stack.redoTextChanged, self._refresh)]

    def _refresh(self, *_args) -> None:
        stack = self._stack
        if not isValid(stack):          # a stack clears itself (and signals) while being destroyed
            return
        self._undo.setEnabled(stack.canUndo())
        self._redo.setEnabled(stack.canRedo())
        self._undo.setText(f"&Undo {stack.undoText()}".rstrip())
        self._redo.setText(f"&Redo {stack.redoText()}".rstrip())
