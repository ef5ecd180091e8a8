"""The list of templates both template dialogs show: title, name and origin, hidden and broken ones marked.

A template hidden by a nearer one of the same name (user over team over built-in) is shown in grey
under the one that hides it, and still usable; a template that cannot be read is shown with its
error, and only selectable where the list allows it (Manage Templates, to delete it).
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from briefing.storage.template_store import Origin, TemplateEntry, TemplateListing

TITLE, NAME, ORIGIN = range(3)
_HIDDEN = QBrush(QColor("#707070"))
_BROKEN = QBrush(QColor("#b00020"))
ORIGIN_LABELS = {Origin.USER: "user", Origin.TEAM: "team", Origin.BUILTIN: "built-in"}


def origin_text(entry: TemplateEntry, short: bool = False) -> str:
    """"built-in", or "built-in, hidden by user" (short: "built-in (hidden)") for a template a nearer one hides."""
    text = ORIGIN_LABELS[entry.origin]
    if entry.shadowed_by is not None:
        text += " (hidden)" if short else f", hidden by {ORIGIN_LABELS[entry.shadowed_by]}"
    return text


def entry_tooltip(entry: TemplateEntry) -> str:
    if not entry.ok:
        return f"This template cannot be read: {entry.error}"
    tip = entry.description or entry.title
    if entry.shadowed_by is not None:
        tip += (f"\n\nHidden by the {ORIGIN_LABELS[entry.shadowed_by]} template of the same name, which "
                f"“{entry.name}” stands for; this one is still available here as {entry.qualified_name}.")
    return tip


class TemplateList(QTreeWidget):
    """One row per template file. ``broken_selectable`` lets unreadable templates be selected;
    ``show_names`` adds a column with each template's name (its file name and command-line name)."""

    entry_changed = Signal(object)     # the current TemplateEntry, or None

    def __init__(self, broken_selectable: bool = False, show_names: bool = True, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("template-list")
        self._broken_selectable = broken_selectable
        self._entries: list[TemplateEntry] = []
        self.setColumnCount(3)
        self.setHeaderLabels(["Template", "Name", "Origin"])
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAllColumnsShowFocus(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ORIGIN, QHeaderView.ResizeMode.ResizeToContents)
        self.setColumnHidden(NAME, not show_names)
        self.currentItemChanged.connect(lambda *_: self.entry_changed.emit(self.current_entry()))

    def set_listing(self, listing: TemplateListing, select: str | None = None) -> None:
        """Show ``listing``; select the entry with qualified name ``select``, else the first usable one."""
        blocker = self.blockSignals(True)
        self.clear()
        self._entries = list(listing.entries)
        for number, entry in enumerate(self._entries):
            item = QTreeWidgetItem([entry.title if entry.ok else f"{entry.name} (cannot be read)", entry.name,
                                    origin_text(entry, short=True)])
            item.setData(TITLE, Qt.ItemDataRole.UserRole, number)
            for column in range(3):
                item.setToolTip(column, entry_tooltip(entry))
                if not entry.ok:
                    item.setForeground(column, _BROKEN)
                elif entry.shadowed_by is not None:
                    item.setForeground(column, _HIDDEN)
            if not self._selectable(entry):
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)    # readable, not selectable
            self.addTopLevelItem(item)
        usable = [i for i, e in enumerate(self._entries) if self._selectable(e)]
        wanted = [i for i in usable if self._entries[i].qualified_name == select]
        chosen = (wanted or usable or [None])[0]
        if chosen is not None:
            self.setCurrentItem(self.topLevelItem(chosen))
        self.blockSignals(blocker)
        self.entry_changed.emit(self.current_entry())

    def _selectable(self, entry: TemplateEntry) -> bool:
        return entry.ok or self._broken_selectable

    def entries(self) -> list[TemplateEntry]:
        return list(self._entries)

    def current_entry(self) -> TemplateEntry | None:
        """The selected template, or None (nothing selected)."""
        item = self.currentItem()
        if item is None:
            return None
        entry = self._entries[item.data(TITLE, Qt.ItemDataRole.UserRole)]
        return entry if self._selectable(entry) else None

    def select(self, qualified_name: str) -> bool:
        for i, entry in enumerate(self._entries):
            if entry.qualified_name == qualified_name and self._selectable(entry):
                self.setCurrentItem(self.topLevelItem(i))
                return True
        return False

    def row_of(self, qualified_name: str) -> QTreeWidgetItem | None:
        for i, entry in enumerate(self._entries):
            if entry.qualified_name == qualified_name:
                return self.topLevelItem(i)
        return None
