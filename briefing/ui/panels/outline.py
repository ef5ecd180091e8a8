"""The outline panel: the tree of sections and blocks, with drag and drop and keyboard editing."""
from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QVBoxLayout, QWidget

from briefing.domain import edits
from briefing.ui.document import Document
from briefing.ui.panels.outline_model import SECTION, OutlineModel


class OutlinePanel(QWidget):
    """Shows an :class:`OutlineModel`; keeps expansion and selection across restructuring."""

    selection_changed = Signal()
    item_selected = Signal(object)     # the selected section or block id, or None

    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("outline")
        self.model = OutlineModel(document, self)
        self.view = QTreeView()
        self.view.setObjectName("outline-tree")
        self.view.setModel(self.model)
        self.view.setHeaderHidden(True)
        self.view.setUniformRowHeights(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setDropIndicatorShown(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.SelectedClicked)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._expanded: set[str] = set()
        self._selected: list[str] = []
        self._current: str | None = None
        self._known_sections: set[str] = set()
        self.model.about_to_restructure.connect(self._on_model_about_to_restructure)
        self.model.restructured.connect(self._on_model_restructured)
        self._connect_selection()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.view)
        self.view.expandAll()
        self._known_sections = set(self.model.section_ids())

    def _connect_selection(self) -> None:
        self.view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.view.selectionModel().currentChanged.connect(self._on_selection_changed)

    def set_document(self, document: Document) -> None:
        self._expanded.clear()
        self._known_sections.clear()
        self.model.set_document(document)
        self.view.expandAll()
        self._known_sections = set(self.model.section_ids())

    def add_panel_action(self, action: QAction) -> None:
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.view.addAction(action)

    # -- selection -------------------------------------------------------------------------
    def selected_ids(self) -> list[str]:
        indexes = self.view.selectionModel().selectedIndexes()
        return [self.model.id_at(i) for i in sorted(indexes, key=self.model.position)]

    def current_id(self) -> str | None:
        """The one selected section or block, or None when zero or several are selected."""
        ids = self.selected_ids()
        return ids[0] if len(ids) == 1 else None

    def current_kind(self) -> str | None:
        ident = self.current_id()
        return self.model.kind_of(ident) if ident else None

    def current_section_id(self) -> str | None:
        """The section of the selection: the selected section, or the section of the selected block."""
        ident = self.current_id() or (self.selected_ids() or [None])[0]
        if ident is None:
            return None
        return ident if self.model.kind_of(ident) == SECTION else self.model.parent_id(ident)

    def insertion_point(self, briefing) -> tuple[str, int] | None:
        """Where new blocks go: after the selected block, else at the end of the selected section,
        else at the end of the last section; None when the briefing has no section."""
        if not briefing.sections:
            return None
        ident = self.current_id()
        if ident and self.model.kind_of(ident) != SECTION:
            section_id, index = edits.block_location(briefing, ident)
            return section_id, index + 1
        section_id = self.current_section_id() or briefing.sections[-1].id
        return section_id, len(briefing.find_section(section_id).blocks)

    def select(self, ident: str) -> None:
        index = self.model.index_of(ident)
        if not index.isValid():
            return
        parent = index.parent()
        while parent.isValid():
            self.view.expand(parent)
            parent = parent.parent()
        self.view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.view.scrollTo(index)

    def edit_current(self) -> None:
        ident = self.current_id()
        if ident and self.model.kind_of(ident) == SECTION:
            self.view.edit(self.model.index_of(ident))

    def _on_selection_changed(self, *_args) -> None:
        self.selection_changed.emit()
        self.item_selected.emit(self.current_id())

    # -- keeping the view's state across resets --------------------------------------------
    def _on_model_about_to_restructure(self) -> None:
        self._expanded = {ident for ident in self.model.section_ids()
                          if self.view.isExpanded(self.model.index_of(ident))}
        self._selected = self.selected_ids()
        current = self.view.currentIndex()
        self._current = self.model.id_at(current) if current.isValid() else None

    def _on_model_restructured(self) -> None:
        sections = self.model.section_ids()
        for ident in sections:
            # new sections open; sections the user closed stay closed
            self.view.setExpanded(self.model.index_of(ident),
                                  ident in self._expanded or ident not in self._known_sections)
        self._known_sections = set(sections)
        selection = self.view.selectionModel()
        blocker = selection.blockSignals(True)
        for ident in self._selected:
            index = self.model.index_of(ident)
            if index.isValid():
                selection.select(index, QItemSelectionModel.SelectionFlag.Select)
        if self._current and self.model.index_of(self._current).isValid():
            selection.setCurrentIndex(self.model.index_of(self._current), QItemSelectionModel.SelectionFlag.NoUpdate)
        selection.blockSignals(blocker)
        self._on_selection_changed()
