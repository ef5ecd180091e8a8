"""One open briefing: the model, its file path, its undo stack and its change notices.

Widgets never change the briefing themselves: they ``push`` an undo command, the command
changes the model and calls :meth:`Document.notify`, and every view listening to
:attr:`Document.changed` refreshes what the notice names.
"""
from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Iterator

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from shiboken6 import isValid

from briefing.domain import Briefing, SourceRegistry
from briefing.ui.changes import Change


class Document(QObject):
    """A briefing being edited.

    ``path`` is None for a briefing never saved. ``registry`` is the built-in source registry;
    :attr:`full_registry` adds the briefing's own sources. The document is *modified* when its
    undo stack is away from the last save, or when it holds work never saved (restored from a
    recovery file, or made from a template) and not yet saved.
    """

    changed = Signal(object)            # a Change
    path_changed = Signal()
    modified_changed = Signal(bool)

    def __init__(self, briefing: Briefing, registry: SourceRegistry, path: Path | None = None,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.briefing = briefing
        self.registry = registry
        self.path = Path(path) if path is not None else None
        self.undo_stack = QUndoStack(self)
        self._recovered = False
        self._origin: object | None = None
        self.undo_stack.cleanChanged.connect(self._on_undo_stack_clean_changed)

    # -- editing ---------------------------------------------------------------------------
    def push(self, command: QUndoCommand, origin: object | None = None) -> None:
        """Do ``command`` and put it on the undo stack; its notices carry ``origin``."""
        self._origin = origin
        try:
            self.undo_stack.push(command)
        finally:
            self._origin = None

    @contextlib.contextmanager
    def macro(self, text: str | None) -> Iterator[None]:
        """Group the commands pushed in the block into one undo step named ``text`` (None: no group)."""
        if text is None:
            yield
            return
        self.undo_stack.beginMacro(text)
        try:
            yield
        finally:
            self.undo_stack.endMacro()

    def notify(self, change: Change) -> None:
        """Called by commands after they change the model."""
        self.changed.emit(change.with_origin(self._origin))

    # -- state -----------------------------------------------------------------------------
    @property
    def full_registry(self) -> SourceRegistry:
        return self.briefing.registry(self.registry)

    @property
    def modified(self) -> bool:
        return self._recovered or not self.undo_stack.isClean()

    @property
    def display_name(self) -> str:
        return self.path.name if self.path is not None else "Untitled briefing"

    def mark_recovered(self) -> None:
        """The briefing came from a recovery file: it counts as unsaved until the next save."""
        self.mark_unsaved()

    def mark_unsaved(self) -> None:
        """The briefing holds work that is on no disk (recovered, or made from a template): it
        counts as modified until the next save, so closing asks and autosave keeps it."""
        self._recovered = True
        self.modified_changed.emit(True)

    def mark_saved(self, path: Path) -> None:
        """The briefing was written to ``path``: it is no longer modified."""
        path_changed = self.path != Path(path)
        self.path = Path(path)
        self._recovered = False
        self.undo_stack.setClean()
        if path_changed:
            self.path_changed.emit()
        self.modified_changed.emit(self.modified)

    def _on_undo_stack_clean_changed(self, _clean: bool) -> None:
        if isValid(self.undo_stack):    # a stack clears itself (and signals) while being destroyed
            self.modified_changed.emit(self.modified)
