"""The source registry: the built-in sources (read-only) and the briefing's own, which the user edits.

``SourceRegistryDialog(builtin, own)`` never changes its inputs; after the user accepts,
:meth:`SourceRegistryDialog.sources` is the briefing's own sources as edited. Whether a removed
source is still used by facts is the caller's concern. A code already taken, built-in or own, is
refused in the source form with a message saying which source holds it.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from briefing.domain import Source, SourceRegistry
from briefing.ui.dialogs.fields import dialog_buttons
from briefing.ui.dialogs.source_form import SourceFormDialog, accepted_source

COLUMNS = ("Code", "Name", "Kind", "Reliability", "Aliases", "Korean aliases")
NO_OWN_SOURCES = "This briefing defines no sources of its own yet: add one for a body the built-in list lacks."


def _row(source: Source) -> tuple[str, ...]:
    reliability = source.default_reliability.value if source.default_reliability else ""
    return (source.code, source.name, source.kind.value, reliability, "; ".join(source.aliases),
            "; ".join(source.aliases_ko))


class SourceRegistryDialog(QDialog):
    """Show the built-in sources and edit the briefing's own: add, edit, remove."""

    def __init__(self, builtin: SourceRegistry, own: list[Source], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("source_registry_dialog")
        self.setWindowTitle("Sources")
        self._builtin = builtin
        self._own: list[Source] = list(own)
        self.source_form: SourceFormDialog | None = None  # the add or edit form while it is open
        self._editing: int | None = None                  # the row the open form edits; None when adding

        self.builtin_table = self._table("builtin_sources")
        self.own_table = self._table("own_sources")
        self.own_empty = QLabel(NO_OWN_SOURCES, self)
        self.own_empty.setObjectName("own_empty")
        self.own_empty.setWordWrap(True)
        self.add_button = self._button("&Add…", "add_source")
        self.edit_button = self._button("&Edit…", "edit_source")
        self.remove_button = self._button("&Remove", "remove_source")
        self.buttons = dialog_buttons(self)

        builtin_box = QGroupBox("&Built-in sources (read-only)", self)
        builtin_layout = QVBoxLayout(builtin_box)
        builtin_layout.addWidget(self.builtin_table)
        own_box = QGroupBox("This briefing's &own sources", self)
        own_layout = QVBoxLayout(own_box)
        own_layout.addWidget(self.own_empty)
        own_layout.addWidget(self.own_table)
        actions = QHBoxLayout()
        actions.addWidget(self.add_button)
        actions.addWidget(self.edit_button)
        actions.addWidget(self.remove_button)
        actions.addStretch(1)
        own_layout.addLayout(actions)
        layout = QVBoxLayout(self)
        layout.addWidget(builtin_box, 3)
        layout.addWidget(own_box, 2)
        layout.addWidget(self.buttons)
        builtin_box.setFocusProxy(self.builtin_table)
        own_box.setFocusProxy(self.own_table)

        self._fill(self.builtin_table, list(builtin))
        self._fill(self.own_table, self._own)
        self.own_table.itemSelectionChanged.connect(self._sync_buttons)
        self.own_table.itemDoubleClicked.connect(self._on_own_table_double_clicked)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.edit_button.clicked.connect(self._on_edit_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        QShortcut(QKeySequence.StandardKey.Delete, self.own_table, self._on_remove_clicked,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self._sync_buttons()
        self.resize(900, 620)

    def sources(self) -> list[Source]:
        """The briefing's own sources after editing, in their order (a new list)."""
        return list(self._own)

    # -- slots -----------------------------------------------------------------------------
    def _on_add_clicked(self) -> None:
        self._open_form(None)

    def _on_edit_clicked(self) -> None:
        row = self._selected_row()
        if row is not None:
            self._open_form(row)

    def _on_own_table_double_clicked(self, item: QTableWidgetItem) -> None:
        self._open_form(item.row())

    def _on_remove_clicked(self) -> None:
        row = self._selected_row()
        if row is None:
            return
        del self._own[row]
        self._fill(self.own_table, self._own)
        if self._own:
            self.own_table.selectRow(min(row, len(self._own) - 1))
        self._sync_buttons()

    def _on_source_form_finished(self, result: int) -> None:
        form, self.source_form = self.source_form, None
        source = accepted_source(form, result)
        if source is None:
            return
        if self._editing is None:
            self._own.append(source)
            row = len(self._own) - 1
        else:
            row = self._editing
            self._own[row] = source
        self._fill(self.own_table, self._own)
        self.own_table.selectRow(row)
        self._sync_buttons()

    # -- helpers ---------------------------------------------------------------------------
    def _open_form(self, row: int | None) -> None:
        # Opened window-modal without blocking (open(), not exec()), so the form can be driven in tests.
        taken = self._builtin.merged(self._own)
        self._editing = row
        form = SourceFormDialog(taken, self._own[row] if row is not None else None, self)
        form.finished.connect(self._on_source_form_finished)
        self.source_form = form
        form.open()

    def _selected_row(self) -> int | None:
        rows = self.own_table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _sync_buttons(self) -> None:
        selected = self._selected_row() is not None
        self.edit_button.setEnabled(selected)
        self.remove_button.setEnabled(selected)
        self.own_empty.setVisible(not self._own)

    def _table(self, name: str) -> QTableWidget:
        table = QTableWidget(0, len(COLUMNS), self)
        table.setObjectName(name)
        table.setHorizontalHeaderLabels(COLUMNS)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setTabKeyNavigation(False)
        table.setWordWrap(False)  # one line a source; the full alias lists are in the tooltips
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        return table

    def _fill(self, table: QTableWidget, sources: list[Source]) -> None:
        table.setRowCount(len(sources))
        for row, source in enumerate(sources):
            for column, text in enumerate(_row(source)):
                item = QTableWidgetItem(text)
                if column == 3 and source.default_reliability:
                    item.setToolTip(source.default_reliability.meaning)
                elif column in (4, 5):
                    item.setToolTip(text.replace("; ", "\n"))
                table.setItem(row, column, item)
        table.resizeColumnsToContents()
        for column, limit in ((1, 260), (4, 200)):
            table.setColumnWidth(column, min(table.columnWidth(column), limit))
        if table is self.own_table:  # line the two tables' columns up, so they read as one list
            for column in range(len(COLUMNS) - 1):
                width = max(table.columnWidth(column), self.builtin_table.columnWidth(column))
                table.setColumnWidth(column, width)

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        return button
