"""The Markdown tab's text view: shows a long text that changes a little at a time, by patching it.

Setting the whole Markdown of a 1,000-fact briefing (100 KB and more) lays out every line again
and holds the UI thread for several milliseconds on every keystroke. An edit changes one stretch
of the text, so the view replaces only the stretch between the parts both texts share at the
start and at the end.
"""
from __future__ import annotations

from PySide6.QtGui import QFontDatabase, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QWidget

_CHUNK = 4096
# QTextDocument turns each of these (and "\r\n") into one paragraph break when text is inserted,
# so they are made "\n" first: then positions in the text and in the document agree.
_BREAKS = {"\r": "\n", "\u2029": "\n", "\ufdd0": "\n", "\ufdd1": "\n"}


def changed_span(old: str, new: str) -> tuple[int, int, int]:
    """``(start, old_end, new_end)``: ``old[start:old_end]`` replaced by ``new[start:new_end]``
    turns ``old`` into ``new``, with the shared beginning and end left out."""
    limit = min(len(old), len(new))
    start = _shared(lambda i, j: old[i:j] == new[i:j], limit)
    limit -= start
    end = _shared(lambda i, j: old[len(old) - j:len(old) - i] == new[len(new) - j:len(new) - i], limit)
    return start, len(old) - end, len(new) - end


def _shared(same, limit: int) -> int:
    """How many characters, up to ``limit``, are shared; ``same(i, j)``: whether the ith to jth are.
    Compares whole chunks first (string comparison runs in C), then halves the chunk that differs."""
    done = 0
    while done < limit and same(done, min(done + _CHUNK, limit)):
        done = min(done + _CHUNK, limit)
    lo, hi = done, min(done + _CHUNK, limit)     # the first difference lies in [lo, hi)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if same(lo, mid):
            lo = mid
        else:
            hi = mid - 1
    return lo


def _as_shown(text: str) -> str:
    """``text`` with its paragraph breaks as QTextDocument keeps them. (``in`` is a fast scan;
    ``str.translate`` would copy a long text character by character.)"""
    if "\r" in text:
        text = text.replace("\r\n", "\n")
    for char, replacement in _BREAKS.items():
        if char in text:
            text = text.replace(char, replacement)
    return text


def _utf16_length(text: str) -> int:
    """Length in UTF-16 code units, the unit of QTextDocument positions."""
    return len(text) if text.isascii() else len(text.encode("utf-16-le")) // 2


class MarkdownView(QPlainTextEdit):
    """A read-only, fixed-width view of a text that :meth:`show_text` replaces by patching."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)       # patches are not the user's edits; keep no history of them
        self.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self._shown = ""

    def show_text(self, text: str) -> None:
        """Show ``text``, changing only the stretch of the document that differs from what is shown."""
        text = _as_shown(text)
        old = self._shown
        if text == old:
            return
        start, old_end, new_end = changed_span(old, text)
        position = _utf16_length(old[:start])
        cursor = QTextCursor(self.document())
        cursor.setPosition(position)
        cursor.setPosition(position + _utf16_length(old[start:old_end]), QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(text[start:new_end])
        self._shown = text
