"""The candidates of an import as a table: tick, sentence, sources (editable), how attributed, flags.

:class:`CandidateTable` is a Qt item model over :class:`ImportRows`; :class:`SourcesDelegate`
edits the sources cell as "JCS, NIS" with completion on each code. A sources entry naming no
known source is refused with a message (``edit_refused``) and changes nothing.
"""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QCompleter, QLineEdit, QStyledItemDelegate, QWidget

from briefing.ui.dialogs.import_model import ImportRows, Row
from briefing.ui.headed_table import HeadedTableModel
from briefing.ui.dialogs.fields import WARNING_COLOUR

CANDIDATE, SOURCES, ATTRIBUTION, FLAGS = range(4)
HEADERS = ("Candidate fact", "Sources", "Attribution", "Flags")
NO_SOURCE = "⚠ no source"
NO_TEXT = "no text"
BLANK_CANDIDATE = "(no visible text)"
BLANK_TOOLTIP = ("This candidate shows no text: it holds only spaces, control or zero-width characters, "
                 "so it cannot become a fact.")
WARNING = QColor(WARNING_COLOUR)
GREY = QColor("#8a8a8a")
_Index = QModelIndex | QPersistentModelIndex


def attribution_text(row: Row) -> str:
    """"named: said", "from context", "none" or "set by you": how the row's sources were found."""
    candidate = row.candidate
    if row.sources_edited:
        return "set by you"
    if candidate.attribution == "explicit":
        # A cue of punctuation alone (a Korean quotation's closing mark) says nothing to the reader.
        cue = candidate.cue if candidate.cue and any(ch.isalnum() for ch in candidate.cue) else None
        return f"named: {cue}" if cue else "named"
    if candidate.attribution == "inherited":
        return "from context"
    return "none"


def flags_text(row: Row, known: set[str]) -> str:
    flags = []
    if row.candidate.quote:
        flags.append("quote")
    if not row.pickable:
        flags.append(NO_TEXT)  # the more precise word for a line the extractor also calls junk
    elif row.candidate.boilerplate:
        flags.append("junk")
    if row.ticked and not any(code in known for code in row.sources):
        flags.append(NO_SOURCE)
    return ", ".join(flags)


class CandidateTable(HeadedTableModel):
    """One row per candidate of ``rows``. ``changed`` is emitted after a tick or a sources edit."""

    HEADERS = HEADERS

    changed = Signal()
    edit_refused = Signal(str)

    def __init__(self, rows: ImportRows, parent=None):
        super().__init__(parent)
        self.rows = rows
        self._known: set[str] = rows.known()

    # -- reading ---------------------------------------------------------------------------
    def row_count(self) -> int:
        return len(self.rows.rows)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole and section == SOURCES:
            return "Codes separated by commas, such as JCS, NIS; double-click or F2 to edit"
        return super().headerData(section, orientation, role)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == CANDIDATE:
            if index.isValid() and self.rows.rows[index.row()].pickable:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
        elif index.column() == SOURCES:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == CANDIDATE:
                return " ".join(row.candidate.text.split()) if row.pickable else BLANK_CANDIDATE
            if column == SOURCES:
                return ", ".join(row.sources)
            if column == ATTRIBUTION:
                return attribution_text(row)
            return flags_text(row, self._known)
        if role == Qt.ItemDataRole.EditRole and column == SOURCES:
            return ", ".join(row.sources)
        if role == Qt.ItemDataRole.CheckStateRole and column == CANDIDATE:
            return Qt.CheckState.Checked if row.ticked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.candidate.boilerplate or not row.ticked:
                return QBrush(GREY)
            if (column == FLAGS and NO_SOURCE in flags_text(row, self._known)) or (
                    column == SOURCES and any(code not in self._known for code in row.sources)):
                return QBrush(WARNING)
        if role == Qt.ItemDataRole.FontRole and column == CANDIDATE and (row.candidate.boilerplate
                                                                         or not row.pickable):
            font = QFont()
            font.setStrikeOut(row.candidate.boilerplate)
            font.setItalic(not row.pickable)      # "(no visible text)" stands for the text, it is not the text
            return font
        return None

    # -- writing ---------------------------------------------------------------------------
    def setData(self, index: _Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid():
            return False
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == CANDIDATE:
            if not self.rows.rows[index.row()].pickable:
                return False
            self.set_ticked([index.row()], Qt.CheckState(value) == Qt.CheckState.Checked)
            return True
        if role == Qt.ItemDataRole.EditRole and index.column() == SOURCES:
            codes, unknown = self.rows.parse_codes(str(value))
            if unknown:
                listed = ", ".join(unknown)
                self.edit_refused.emit(
                    f"No known source answers to {listed}: type codes of the source registry or of the new "
                    "sources found in this text, separated by commas (for example JCS, NIS).")
                return False
            row = self.rows.rows[index.row()]
            if codes != row.sources:
                row.sources = codes
                self._rows_changed([index.row()])
            return True
        return False

    def set_ticked(self, indexes, ticked: bool) -> None:
        self._rows_changed(self.rows.set_ticked(indexes, ticked))

    def tick_body(self, ticked: bool) -> None:
        self._rows_changed(self.rows.tick_body(ticked))

    def refresh(self) -> None:
        """Redraw every row: call after the rows or the new sources changed outside the model."""
        self._known = self.rows.known()
        if self.rows.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows.rows) - 1, len(HEADERS) - 1))

    def reset(self) -> None:
        """Call after :meth:`ImportRows.load` put new rows in."""
        self.beginResetModel()
        self._known = self.rows.known()
        self.endResetModel()

    # -- helpers ---------------------------------------------------------------------------
    def _rows_changed(self, indexes: list[int]) -> None:
        if not indexes:
            return
        self._known = self.rows.known()
        self.dataChanged.emit(self.index(min(indexes), 0), self.index(max(indexes), len(HEADERS) - 1))
        self.changed.emit()

    def _tooltip(self, row: Row, column: int) -> str | None:
        if column == CANDIDATE:
            return row.candidate.text if row.pickable else BLANK_TOOLTIP
        if column == SOURCES:
            lines = []
            for code in row.sources:
                source = self.rows.registry.get(code)
                new = next((n for n in self.rows.new.values() if n.code == code), None)
                if source is not None:
                    lines.append(f"{code} — {source.name}")
                elif new is not None and new.add:
                    lines.append(f"{code} — {new.name} (new source, added with this import)")
                else:
                    lines.append(f"{code} — not added: this fact will lose it")
            return "\n".join(lines) or "No source: double-click to name one"
        if column == ATTRIBUTION and row.candidate.cue:
            return f"Reporting words found: {row.candidate.cue}"
        return None


class CodeCompleter(QCompleter):
    """Completes the code being typed after the last comma, keeping the codes before it."""

    def splitPath(self, path: str) -> list[str]:  # noqa: N802
        return [path.rsplit(",", 1)[-1].strip()]

    def pathFromIndex(self, index: _Index) -> str:  # noqa: N802
        widget = self.widget()
        typed = widget.text() if isinstance(widget, QLineEdit) else ""
        head = typed.rsplit(",", 1)[0] + ", " if "," in typed else ""
        return head + str(index.data())


class SourcesDelegate(QStyledItemDelegate):
    """Edits a sources cell as text, offering the codes ``rows`` knows as completions."""

    def __init__(self, rows: ImportRows, parent=None):
        super().__init__(parent)
        self._rows = rows

    def createEditor(self, parent: QWidget, option, index: _Index) -> QWidget:  # noqa: N802
        editor = QLineEdit(parent)
        editor.setObjectName("sources_editor")
        completer = CodeCompleter(self._rows.offered(), editor)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        editor.setCompleter(completer)
        return editor

    def setEditorData(self, editor: QWidget, index: _Index) -> None:  # noqa: N802
        editor.setText(index.data(Qt.ItemDataRole.EditRole) or "")

    def setModelData(self, editor: QWidget, model, index: _Index) -> None:  # noqa: N802
        model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)
