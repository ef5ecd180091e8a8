"""A plain-text editor whose typing becomes document undo commands instead of its own undo history."""
from __future__ import annotations

import time

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QKeySequence, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QWidget

PAUSE_SECONDS = 1.5


class TypingEdit(QPlainTextEdit):
    """Emits ``text_edited(text, session)`` for the user's edits only (not for :meth:`load`).

    ``session`` changes when the user pauses for more than PAUSE_SECONDS, leaves the editor, or
    a new text is loaded: edits of one session merge into one undo step. Ctrl+Z and Ctrl+Shift+Z
    are left to the window's Undo and Redo, so typing and every other edit share one history.
    """

    text_edited = Signal(str, int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setUndoRedoEnabled(False)
        self.setTabChangesFocus(True)
        self._loading = False
        self._session = 0
        self._last_edit = 0.0
        self.textChanged.connect(self._on_text_changed)

    def load(self, text: str) -> None:
        """Show ``text`` without emitting an edit; keeps the cursor where it was when it can."""
        if text == self.toPlainText():
            return
        position = self.textCursor().position()
        self._loading = True
        try:
            self.setPlainText(text)
        finally:
            self._loading = False
        cursor = self.textCursor()
        cursor.setPosition(min(position, len(text)))
        self.setTextCursor(cursor)
        self.new_session()

    def new_session(self) -> None:
        self._session += 1

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and (
                event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo)):
            event.ignore()
            return False
        return super().event(event)

    def focusOutEvent(self, event) -> None:  # noqa: N802
        self.new_session()
        super().focusOutEvent(event)

    def _on_text_changed(self) -> None:
        if self._loading:
            return
        now = time.monotonic()
        if now - self._last_edit > PAUSE_SECONDS:
            self.new_session()
        self._last_edit = now
        self.text_edited.emit(self.toPlainText(), self._session)


def move_to_end(edit: QPlainTextEdit) -> None:
    cursor = edit.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    edit.setTextCursor(cursor)
