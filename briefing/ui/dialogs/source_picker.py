"""Choose the sources a fact comes from: a filter, a checkable list of sources, and "New source…".

The list shows "CODE — full name" for every source of the registry it is given (the built-in one
merged with the briefing's own). The filter matches codes, names and aliases in English and Korean;
ticked sources always stay in view.
A code the fact names that the registry does not know stays listed and ticked, so nothing is lost
silently. Sources created with "New source…" are kept apart so the caller can add them to the briefing.
"""
from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout, QLineEdit, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget,
)

from briefing.domain import Source, SourceRegistry
from briefing.ui.dialogs.source_form import SourceFormDialog, accepted_source

CODE_ROLE = Qt.ItemDataRole.UserRole
UNKNOWN = "not in the source registry"
_LOOKS_LIKE_A_CODE = re.compile(r"^[A-Za-z][A-Za-z0-9_]{0,31}$")


def matches(source: Source | None, code: str, needle: str) -> bool:
    """Whether the filter text ``needle`` finds this source by its code, names or aliases."""
    needle = needle.strip().casefold()
    if not needle:
        return True
    names = source.all_aliases() if source is not None else (code,)
    return any(needle in name.casefold() for name in names)


class SourcePicker(QWidget):
    """A checkable, filterable list of sources.

    ``ticked`` is emitted with a source's code when the user ticks it; ``changed`` on any change.
    :meth:`codes` are the ticked codes: those the fact already had first, in their order, then the
    ones ticked since, in the order they were ticked.
    """

    ticked = Signal(str)
    changed = Signal()

    def __init__(self, registry: SourceRegistry, chosen: tuple[str, ...], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("source_picker")
        self._registry = registry.merged(())
        self._order: list[str] = list(dict.fromkeys(chosen))
        self._new: list[Source] = []
        self.source_form: SourceFormDialog | None = None  # the "New source…" form while it is open

        self.filter = QLineEdit(self)
        self.filter.setObjectName("source_filter")
        self.filter.setPlaceholderText("Filter by code, name or alias (English or Korean)")
        self.filter.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        self.list.setObjectName("source_list")
        self.new_button = QPushButton("&New source…", self)
        self.new_button.setObjectName("new_source")
        self.new_button.setAutoDefault(False)  # Enter accepts the dialog, it does not open a form

        row = QHBoxLayout()
        row.addWidget(self.filter, 1)
        row.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.list, 1)
        self.setFocusProxy(self.filter)

        for source in self._registry:
            self._add_item(source.code, source)
        for code in self._order:
            if code not in self._registry:
                self._add_item(code, None)
        self.list.itemChanged.connect(self._on_list_item_changed)
        self.filter.textChanged.connect(self._on_filter_text_changed)
        self.new_button.clicked.connect(self._on_new_button_clicked)

    def codes(self) -> tuple[str, ...]:
        return tuple(self._order)

    def new_sources(self) -> list[Source]:
        """Sources created with "New source…", in the order they were created."""
        return list(self._new)

    def item(self, code: str) -> QListWidgetItem | None:
        """The list item for ``code``, or None."""
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(CODE_ROLE) == code:
                return item
        return None

    def add_source(self, source: Source) -> None:
        """Add a newly created source to the list and tick it."""
        self._registry.add(source)
        self._new.append(source)
        self.filter.clear()
        item = self._add_item(source.code, source, ticked=False)
        self.list.setCurrentItem(item)
        item.setCheckState(Qt.CheckState.Checked)  # through the usual path, so default reliability applies

    # -- slots -----------------------------------------------------------------------------
    def _on_list_item_changed(self, item: QListWidgetItem) -> None:
        code = item.data(CODE_ROLE)
        checked = item.checkState() == Qt.CheckState.Checked
        if checked and code not in self._order:
            self._order.append(code)
            self.ticked.emit(code)
            self.changed.emit()
        elif not checked and code in self._order:
            self._order.remove(code)
            self.changed.emit()

    def _on_filter_text_changed(self, text: str) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            code = item.data(CODE_ROLE)
            # Ticked sources stay in view, so filtering never looks as if it dropped one of the fact's sources.
            item.setHidden(code not in self._order and not matches(self._registry.get(code), code, text))

    def _on_new_button_clicked(self) -> None:
        # Opened window-modal without blocking (open(), not exec()), so the form can be driven in tests.
        form = SourceFormDialog(self._registry, None, self)
        candidate = self.filter.text().strip()
        if _LOOKS_LIKE_A_CODE.match(candidate):
            form.code.setText(candidate.upper())  # what the user looked for and did not find is likely the new code
        form.finished.connect(self._on_source_form_finished)
        self.source_form = form
        form.open()

    def _on_source_form_finished(self, result: int) -> None:
        form, self.source_form = self.source_form, None
        source = accepted_source(form, result)
        if source is not None:
            self.add_source(source)

    # -- helpers ---------------------------------------------------------------------------
    def _add_item(self, code: str, source: Source | None, *, ticked: bool | None = None) -> QListWidgetItem:
        text = f"{code} — {source.name}" if source is not None else f"{code} — {UNKNOWN}"
        item = QListWidgetItem(text)
        item.setData(CODE_ROLE, code)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
        is_ticked = code in self._order if ticked is None else ticked
        item.setCheckState(Qt.CheckState.Checked if is_ticked else Qt.CheckState.Unchecked)
        if source is not None and (source.aliases or source.aliases_ko):
            item.setToolTip("\n".join((*source.aliases, *source.aliases_ko)))
        self.list.addItem(item)
        return item
