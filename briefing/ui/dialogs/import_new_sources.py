"""The bodies an import names that no registry knows, each with a tick "add to this briefing's sources".

One row per :class:`NewSource`: the code (ticked to add, editable: "OEGYOBU" may become "MOFA")
and the name as the text wrote it (editable). Below the table, a warning names the codes ticked
candidates will lose because their source is not being added.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from briefing.errors import BriefingError
from briefing.ui.dialogs.fields import WARNING_STYLE, sentence
from briefing.ui.dialogs.import_model import ImportRows

CODE, NAME = range(2)
EXPLANATION = ("Named in the text but not in the source registry. Ticked ones are added to this briefing's "
               "sources (kind: other) with the facts.")


class NewSourcesPanel(QWidget):
    """Shows ``rows.new`` and writes the user's choices back to it; ``changed`` follows each choice.

    ``refused(message)`` is emitted when a code or name typed here cannot be used; the old one stays.
    """

    changed = Signal()
    refused = Signal(str)

    def __init__(self, rows: ImportRows, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("new_sources")
        self._rows = rows
        self._filling = False
        self.explanation = QLabel(EXPLANATION, self)
        self.explanation.setWordWrap(True)
        self.table = QTableWidget(0, 2, self)
        self.table.setObjectName("new_sources_table")
        self.table.setHorizontalHeaderLabels(["Add as code", "Name"])
        self.table.horizontalHeader().setSectionResizeMode(CODE, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        # Rarely more than a few: room for four rows, and the article keeps the height.
        row_height = self.table.fontMetrics().height() + 10
        self.table.verticalHeader().setDefaultSectionSize(row_height)
        self.table.setMaximumHeight(self.table.horizontalHeader().sizeHint().height() + 4 * row_height + 4)
        self.warning = QLabel(self)
        self.warning.setObjectName("dropped_warning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARNING_STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.explanation)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.warning)
        self.table.itemChanged.connect(self._on_table_item_changed)
        self.refresh()

    def refresh(self) -> None:
        """Show the new sources of the rows as they are now, and the codes ticked rows would lose."""
        self._filling = True
        try:
            entries = list(self._rows.new.values())
            self.table.setRowCount(len(entries))
            for index, entry in enumerate(entries):
                code = QTableWidgetItem(entry.code)
                code.setData(Qt.ItemDataRole.UserRole, entry.detected)
                code.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                              | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEditable)
                code.setCheckState(Qt.CheckState.Checked if entry.add else Qt.CheckState.Unchecked)
                code.setToolTip("Tick to add this source to the briefing; double-click to choose another code")
                name = QTableWidgetItem(entry.name)
                name.setData(Qt.ItemDataRole.UserRole, entry.detected)
                name.setToolTip("The name as the text wrote it; double-click to correct it")
                self.table.setItem(index, CODE, code)
                self.table.setItem(index, NAME, name)
        finally:
            self._filling = False
        self.setVisible(bool(self._rows.new))
        dropped = self._rows.dropped()
        self.warning.setText(dropped_message(dropped))
        self.warning.setVisible(bool(dropped))

    def _on_table_item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        entry = self._rows.new[item.data(Qt.ItemDataRole.UserRole)]
        try:
            if item.column() == CODE:
                entry.add = item.checkState() == Qt.CheckState.Checked
                code = item.text().strip().upper()
                if code != entry.code:
                    self._rows.rename_new(entry.detected, code)
            elif " ".join(item.text().split()) != entry.name:
                name = " ".join(item.text().split())
                if not name:
                    raise BriefingError("a source needs a name: type the name the text gives it")
                entry.name = name
        except (BriefingError, ValueError) as error:
            self.refused.emit(sentence(str(error)))
        self.refresh()
        self.changed.emit()


def dropped_message(dropped: dict[str, int]) -> str:
    """"⚠ 2 ticked facts will lose KCS: it is not added ..." for the codes ``dropped`` counts, or ""."""
    if not dropped:
        return ""
    parts = []
    for code, count in dropped.items():
        facts = "1 ticked fact" if count == 1 else f"{count} ticked facts"
        parts.append(f"{facts} will lose {code}")
    return "⚠ " + "; ".join(parts) + ": tick a source above to add it, or the facts keep only their other sources."
