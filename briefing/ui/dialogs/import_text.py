"""The source text of an import, with every candidate fact tinted where it stands.

The text stays editable (paste an article, trim what the scraper glued on); the tints are extra
selections, so they never change the text. Offsets in and out are code points, as the extraction
engine counts them; Qt counts UTF-16 units, and :class:`Utf16Offsets` converts between the two.
"""
from __future__ import annotations

import bisect
from typing import Collection, Sequence

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

from briefing.ui.dialogs.import_model import Row

# Light tints that keep black text readable; the legend under the text names them.
NAMED = QColor("#d7efd2")        # a source is named in the sentence
INHERITED = QColor("#d9e7fb")    # the source carries over from the sentences before
UNSOURCED = QColor("#f9d6d5")    # ticked, but no source: a warning rose
MUTED = QColor("#8a8a8a")        # not ticked, or junk (struck through)
PLACEHOLDER = "Paste an article or report here, or open a file."


def legend_html() -> str:
    """What the tints mean, as rich text for a label under the text."""
    def swatch(colour: QColor, text: str) -> str:
        return f'<span style="background-color:{colour.name()}; color:black">&nbsp;{text}&nbsp;</span>'
    return "&nbsp; ".join([
        swatch(NAMED, "source named"), swatch(INHERITED, "source from context"),
        swatch(UNSOURCED, "no source"), f'<span style="color:{MUTED.name()}">not ticked</span>',
        f'<span style="color:{MUTED.name()}"><s>junk</s></span>',
    ])


class Utf16Offsets:
    """Converts code-point offsets in a text to Qt's UTF-16 positions and back."""

    def __init__(self, text: str):
        # Only characters beyond the Basic Multilingual Plane (emoji, rare Han) take two UTF-16 units.
        self._wide = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF] if not text.isascii() else []
        self._wide_utf16 = [i + n for n, i in enumerate(self._wide)]

    def to_utf16(self, offset: int) -> int:
        return offset + bisect.bisect_left(self._wide, offset)

    def to_code_points(self, position: int) -> int:
        # A position inside a surrogate pair belongs to the character that starts it.
        return position - bisect.bisect_left(self._wide_utf16, position)


class SourceTextView(QPlainTextEdit):
    """An editable text with candidates tinted by how they are attributed and whether they are ticked.

    ``edited`` is emitted when the user changes the text (not when :meth:`set_source_text` does);
    ``caret_moved`` with the caret's code-point offset when the user moves it (a click, the keys).
    """

    edited = Signal()
    caret_moved = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("source_text")
        self.setPlaceholderText(PLACEHOLDER)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self._offsets = Utf16Offsets("")
        self._quiet = False
        self._cursors_for: object = None     # the list of rows the cached cursors belong to
        self._cursors: list[QTextCursor] = []
        self.textChanged.connect(self._on_text_changed)
        self.cursorPositionChanged.connect(self._on_cursor_position_changed)

    def source_text(self) -> str:
        """The text as the user sees it, no-break spaces and all (``toPlainText`` would turn them into spaces)."""
        return self.document().toRawText().replace("\u2029", "\n").replace("\u2028", "\n")

    def set_source_text(self, text: str) -> None:
        self._quiet = True
        try:
            self.setPlainText(text)
        finally:
            self._quiet = False
        self._offsets = Utf16Offsets(self.source_text())

    def show_rows(self, rows: Sequence[Row], known: Collection[str], current: int | None) -> None:
        """Tint each row's candidate; ``current`` (a row index or None) shows in the selection colours."""
        if rows is not self._cursors_for:
            # A fresh extraction: place the cursors once; ticking and selecting only change formats.
            self._cursors = [self._cursor(row.candidate.start, row.candidate.end) for row in rows]
            self._cursors_for = rows
        selections = []
        for index, row in enumerate(rows):
            selection = QTextEdit.ExtraSelection()
            selection.cursor = self._cursors[index]
            selection.format = self._format(row, known, index == current)
            selections.append(selection)
        self.setExtraSelections(selections)

    def clear_rows(self) -> None:
        self._cursors_for, self._cursors = None, []
        self.setExtraSelections([])

    def scroll_to(self, start: int) -> None:
        """Put the caret at code point ``start`` and scroll it into view, without reporting a caret move."""
        self._quiet = True
        try:
            self.setTextCursor(self._cursor(start, start))
            self.ensureCursorVisible()
        finally:
            self._quiet = False

    # -- slots -----------------------------------------------------------------------------
    def _on_text_changed(self) -> None:
        if not self._quiet:
            self._offsets = Utf16Offsets(self.source_text())
            self.edited.emit()

    def _on_cursor_position_changed(self) -> None:
        if not self._quiet:
            self.caret_moved.emit(self._offsets.to_code_points(self.textCursor().position()))

    # -- helpers ---------------------------------------------------------------------------
    def _cursor(self, start: int, end: int) -> QTextCursor:
        cursor = QTextCursor(self.document())
        last = self.document().characterCount() - 1
        cursor.setPosition(min(self._offsets.to_utf16(start), last))
        cursor.setPosition(min(self._offsets.to_utf16(end), last), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def _format(self, row: Row, known: Collection[str], current: bool) -> QTextCharFormat:
        fmt = QTextCharFormat()
        candidate = row.candidate
        if current:
            # The selection colours, as the table's selected row: the eye links the two at once.
            fmt.setBackground(self.palette().color(QPalette.ColorRole.Highlight))
            fmt.setForeground(self.palette().color(QPalette.ColorRole.HighlightedText))
        elif not row.ticked:
            fmt.setForeground(MUTED)
        elif not any(code in known for code in row.sources):
            fmt.setBackground(UNSOURCED)
        elif candidate.attribution == "inherited" and not row.sources_edited:
            fmt.setBackground(INHERITED)
        else:
            fmt.setBackground(NAMED)
        if candidate.boilerplate:
            fmt.setFontStrikeOut(True)
            if not current:
                fmt.setForeground(MUTED)
        return fmt
