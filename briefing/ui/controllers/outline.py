"""Outline actions: sections and paragraphs added, renamed, deleted and moved from the keyboard."""
from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from briefing.domain import JudgmentBlock, Section, TextBlock, edits
from briefing.ui.actions import ActionId, ActionRegistry
from briefing.ui.commands import AddSection, DeleteBlock, DeleteSection, InsertBlock, MoveBlock, MoveSection
from briefing.ui.document import Document
from briefing.ui.panels.outline import OutlinePanel
from briefing.ui.panels.outline_model import SECTION
from briefing.ui.workspace import Workspace


class OutlineController(QObject):
    status = Signal(str)
    text_block_added = Signal(str)     # a new paragraph or judgment: the editor takes the focus

    def __init__(self, workspace: Workspace, actions: ActionRegistry, outline: OutlinePanel, window: QWidget):
        super().__init__(window)
        self._workspace, self._outline = workspace, outline
        actions.connect(ActionId.ADD_SECTION, self.add_section)
        actions.connect(ActionId.ADD_SUBSECTION, self.add_subsection)
        actions.connect(ActionId.RENAME_SECTION, outline.edit_current)
        actions.connect(ActionId.ADD_PARAGRAPH, lambda: self.add_text_block(judgment=False))
        actions.connect(ActionId.ADD_JUDGMENT, lambda: self.add_text_block(judgment=True))
        actions.connect(ActionId.DELETE_OUTLINE_ITEM, self.delete_selected)
        actions.connect(ActionId.MOVE_UP, lambda: self.move(-1))
        actions.connect(ActionId.MOVE_DOWN, lambda: self.move(+1))

    @property
    def document(self) -> Document:
        return self._workspace.document

    # -- adding ------------------------------------------------------------------------------
    def add_section(self) -> str:
        """A new section after the selected one (at the same level), or at the end; F2-style editing starts."""
        briefing = self.document.briefing
        current = self._outline.current_section_id()
        if current is None:
            parent_id, index = None, len(briefing.sections)
        else:
            parent_id, index = edits.section_location(briefing, current)
            index += 1
        return self._insert_section(parent_id, index)

    def add_subsection(self) -> str | None:
        current = self._outline.current_section_id()
        if current is None:
            return None
        return self._insert_section(current, len(self.document.briefing.find_section(current).subsections))

    def _insert_section(self, parent_id: str | None, index: int) -> str:
        section = Section("New section")
        self.document.push(AddSection(self.document, section, parent_id, index))
        self._outline.select(section.id)
        QTimer.singleShot(0, self._outline.edit_current)
        return section.id

    def add_text_block(self, judgment: bool) -> str | None:
        point = self._outline.insertion_point(self.document.briefing)
        if point is None:
            return None
        section_id, index = point
        block = JudgmentBlock("") if judgment else TextBlock("")
        self.document.push(InsertBlock(self.document, block, section_id, index))
        self._outline.select(block.id)
        self.text_block_added.emit(block.id)
        return block.id

    # -- deleting ----------------------------------------------------------------------------
    def delete_selected(self) -> None:
        ids = self._outline.selected_ids()
        model = self._outline.model
        sections = {i for i in ids if model.kind_of(i) == SECTION}

        def inside_deleted(ident: str) -> bool:
            parent = model.parent_id(ident)
            while parent is not None:
                if parent in sections:
                    return True
                parent = model.parent_id(parent)
            return False

        doomed = [i for i in ids if not inside_deleted(i)]
        if not doomed:
            return
        document = self.document
        with document.macro(f"Delete {len(doomed)} items from the outline" if len(doomed) > 1 else None):
            for ident in doomed:
                command = DeleteSection if model.kind_of(ident) == SECTION else DeleteBlock
                document.push(command(document, ident))

    # -- moving ------------------------------------------------------------------------------
    def move_target(self, step: int):
        """Where the selected item would go one step up (-1) or down (+1), or None when it cannot move.

        A block at the edge of its section moves into the neighbouring section (in document order);
        a section moves among its siblings.
        """
        ident = self._outline.current_id()
        if ident is None:
            return None
        briefing = self.document.briefing
        if self._outline.model.kind_of(ident) == SECTION:
            parent_id, index = edits.section_location(briefing, ident)
            target = index + step
            return (SECTION, ident, parent_id, target) if 0 <= target < len(edits.siblings(briefing, parent_id)) \
                else None
        section_id, index = edits.block_location(briefing, ident)
        section = briefing.find_section(section_id)
        if 0 <= index + step < len(section.blocks):
            return ("block", ident, section_id, index + step)
        order = [s for s, _ in briefing.walk_sections()]
        position = next(i for i, s in enumerate(order) if s.id == section_id) + step
        if not 0 <= position < len(order):
            return None
        neighbour = order[position]
        return ("block", ident, neighbour.id, len(neighbour.blocks) if step < 0 else 0)

    def move(self, step: int) -> bool:
        target = self.move_target(step)
        if target is None:
            return False
        kind, ident, owner, index = target
        command = MoveSection if kind == SECTION else MoveBlock
        self.document.push(command(self.document, ident, owner, index))
        self._outline.select(ident)
        return True
