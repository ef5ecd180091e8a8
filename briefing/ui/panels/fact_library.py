"""The fact library panel: every fact with its sources, dates and grade, a filter, and a marker on
facts the outline does not use yet. Facts are dragged from here into the outline."""
from __future__ import annotations

import enum

from PySide6.QtCore import (
    QItemSelectionModel, QSortFilterProxyModel, Qt, Signal,
)
from PySide6.QtGui import QAction, QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QTableView, QVBoxLayout, QWidget

from briefing.domain import Fact
from briefing.ui import mime
from briefing.ui.changes import Change
from briefing.ui.document import Document
from briefing.ui.headed_table import HeadedTableModel

FACT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_UNUSED = QBrush(QColor("#b35900"))


class Column(enum.IntEnum):
    USED = 0
    STATEMENT = 1
    SOURCES = 2
    REPORTED = 3
    AS_OF = 4
    GRADE = 5


class FactTableModel(HeadedTableModel):
    """The library of one document, one row per fact in library order; rows drag as fact ids."""

    HEADERS = ("Outline", "Statement", "Sources", "Reported", "Info as of", "Grade")  # in Column order

    def __init__(self, document: Document, parent=None):
        super().__init__(parent)
        self._document: Document | None = None
        self._ids: list[str] = []
        self._rows: dict[str, int] = {}  # fact id -> row: a change to many facts finds each row at once
        self._usage: dict[str, int] = {}
        self.set_document(document)

    def set_document(self, document: Document) -> None:
        self.beginResetModel()
        if self._document is not None:
            self._document.changed.disconnect(self._on_document_changed)
        self._document = document
        document.changed.connect(self._on_document_changed)
        self._reload()
        self.endResetModel()

    def _reload(self) -> None:
        self._ids = list(self._document.briefing.facts)
        self._rows = {fact_id: row for row, fact_id in enumerate(self._ids)}
        self._usage = self._document.briefing.fact_usage()

    def _on_document_changed(self, change: Change) -> None:
        if change.everything or change.library:
            self.beginResetModel()
            self._reload()
            self.endResetModel()
            return
        if change.facts:
            for fact_id in change.facts:
                row = self.row_of(fact_id)
                if row is not None:
                    self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))
        if change.sources:
            self._emit_column(Column.SOURCES)
        if change.touches_outline_shape:
            self._usage = self._document.briefing.fact_usage()
            self._emit_column(Column.USED)

    def _emit_column(self, column: Column) -> None:
        if self._ids:
            self.dataChanged.emit(self.index(0, column), self.index(len(self._ids) - 1, column))

    # -- lookups ---------------------------------------------------------------------------
    def row_of(self, fact_id: str) -> int | None:
        return self._rows.get(fact_id)

    def fact_at(self, row: int) -> Fact:
        return self._document.briefing.facts[self._ids[row]]

    # -- Qt model API ----------------------------------------------------------------------
    def row_count(self) -> int:
        return len(self._ids)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        fact = self.fact_at(index.row())
        column = Column(index.column())
        used = self._usage.get(fact.id, 0)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(fact, column, used)
        if role == FACT_ID_ROLE:
            return fact.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(fact, used)
        if role == Qt.ItemDataRole.ForegroundRole and column is Column.USED and not used:
            return _UNUSED
        if role == Qt.ItemDataRole.FontRole and column is Column.USED and not used:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (Column.GRADE, Column.USED):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _display(self, fact: Fact, column: Column, used: int) -> str:
        if column is Column.USED:
            return "not used" if not used else ("✓" if used == 1 else f"✓ ×{used}")
        if column is Column.STATEMENT:
            return fact.statement
        if column is Column.SOURCES:
            return ", ".join(fact.sources) or "no source"
        if column is Column.REPORTED:
            return fact.reported_on.isoformat() if fact.reported_on else ""
        if column is Column.AS_OF:
            return fact.information_as_of.isoformat() if fact.information_as_of else ""
        return fact.grade

    def _tooltip(self, fact: Fact, used: int) -> str:
        registry = self._document.full_registry
        names = [registry[c].name if c in registry else c for c in fact.sources]
        lines = [fact.statement, "Sources: " + ("; ".join(names) or "none yet")]
        if fact.grade:
            lines.append(f"Grade {fact.grade}")
        lines.append("Not used in the outline yet" if not used else f"Used {used}× in the outline")
        return "\n".join(lines)

    def flags(self, index):
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else base

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [mime.FACT_IDS]

    def mimeData(self, indexes) -> object:  # noqa: N802
        rows = sorted({i.row() for i in indexes if i.isValid()})
        return mime.pack(mime.FACT_IDS, [self._ids[r] for r in rows])

    def supportedDragActions(self):  # noqa: N802
        return Qt.DropAction.CopyAction


class _FactFilter(QSortFilterProxyModel):
    """Matches the filter text against statement, sources, dates and grade, ignoring case."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)


class FactLibraryPanel(QWidget):
    """The library table with its filter box. Actions added with :meth:`add_panel_action` get
    shortcuts that work while the library has the focus."""

    selection_changed = Signal()
    fact_activated = Signal(str)      # double-click or Return on a fact

    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("fact-library")
        self.model = FactTableModel(document, self)
        self.proxy = _FactFilter(self)
        self.proxy.setSourceModel(self.model)
        self.filter_box = QLineEdit()
        self.filter_box.setObjectName("fact-filter")
        self.filter_box.setPlaceholderText("Filter facts: words, source code, date or grade")
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.textChanged.connect(self.proxy.setFilterFixedString)
        self.view = QTableView()
        self.view.setObjectName("fact-table")
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setDragEnabled(True)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        # Fixed widths from sample text: sizing columns to their contents would read every row on
        # every change, which stalls typing in a 1,000-fact library.
        header = self.view.horizontalHeader()
        metrics = self.view.fontMetrics()
        for column, sample in ((Column.USED, "not used"), (Column.SOURCES, "JCS, NIS"),
                               (Column.REPORTED, "2024-12-23"), (Column.AS_OF, "2024-12-23"), (Column.GRADE, "Grade")):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, max(metrics.horizontalAdvance(sample),
                                             metrics.horizontalAdvance(FactTableModel.HEADERS[column])) + 18)
        header.setSectionResizeMode(Column.STATEMENT, QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self.selection_changed.emit())
        self.view.doubleClicked.connect(self._on_view_double_clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.filter_box)
        layout.addWidget(self.view)

    def set_document(self, document: Document) -> None:
        self.model.set_document(document)

    def add_panel_action(self, action: QAction) -> None:
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.view.addAction(action)

    # -- selection -------------------------------------------------------------------------
    def selected_fact_ids(self) -> list[str]:
        rows = sorted({self.proxy.mapToSource(i).row() for i in self.view.selectionModel().selectedRows()})
        return [self.model.data(self.model.index(r, 0), FACT_ID_ROLE) for r in rows]

    def current_fact_id(self) -> str | None:
        ids = self.selected_fact_ids()
        return ids[0] if len(ids) == 1 else None

    def select_fact(self, fact_id: str) -> None:
        row = self.model.row_of(fact_id)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, Column.STATEMENT))
        if not index.isValid():          # hidden by the filter: show everything again
            self.filter_box.clear()
            index = self.proxy.mapFromSource(self.model.index(row, Column.STATEMENT))
        # Through the selection model with explicit flags: the view's own setCurrentIndex and selectRow
        # follow the keyboard modifiers held, so after Ctrl+I or Ctrl+D they would toggle the row instead.
        flags = QItemSelectionModel.SelectionFlag
        self.view.selectionModel().setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)
        self.view.scrollTo(index)

    def _on_view_double_clicked(self, index) -> None:
        fact_id = self.proxy.data(index, FACT_ID_ROLE)
        if fact_id:
            self.fact_activated.emit(fact_id)
