"""Commands on the outline: sections (add, rename, delete, move) and blocks (insert, delete, move)."""
from __future__ import annotations

from briefing.domain import Block, FactBlock, JudgmentBlock, Section, edits
from briefing.ui.changes import Change
from briefing.ui.commands.base import DocumentCommand, EditTarget, quoted


def describe_block(target: EditTarget, block: Block) -> str:
    """How an undo menu entry names a block: "bullet “Around 1,100...”", "paragraph", "judgment"."""
    if isinstance(block, FactBlock):
        fact = target.briefing.facts.get(block.fact_id)
        return f"bullet {quoted(fact.statement)}" if fact else "bullet"
    kind = "judgment" if isinstance(block, JudgmentBlock) else "paragraph"
    return f"{kind} {quoted(block.text)}" if block.text.strip() else kind


def _parents(*ids: str | None) -> set[str]:
    return {i for i in ids if i is not None}


class AddSection(DocumentCommand):
    """Insert ``section`` under ``parent_id`` (None: top level) at ``index`` (None: at the end)."""

    def __init__(self, target: EditTarget, section: Section, parent_id: str | None = None,
                 index: int | None = None):
        super().__init__(target, f"Add section {quoted(section.heading)}")
        self.section, self.parent_id = section, parent_id
        self.index = len(edits.siblings(target.briefing, parent_id)) if index is None else index

    def redo(self) -> None:
        edits.insert_section(self.briefing, self.section, self.parent_id, self.index)
        self.notify(Change.of(outline=True, sections=_parents(self.parent_id)))

    def undo(self) -> None:
        edits.remove_section(self.briefing, self.section.id)
        self.notify(Change.of(outline=True, sections=_parents(self.parent_id)))


class RenameSection(DocumentCommand):
    def __init__(self, target: EditTarget, section_id: str, heading: str):
        super().__init__(target, f"Rename section to {quoted(heading)}")
        self.section_id, self.heading = section_id, heading
        self._old = ""

    def _set(self, heading: str) -> None:
        self.briefing.find_section(self.section_id).heading = heading
        self.notify(Change.of(sections={self.section_id}))

    def redo(self) -> None:
        self._old = self.briefing.find_section(self.section_id).heading
        self._set(self.heading)

    def undo(self) -> None:
        self._set(self._old)


class DeleteSection(DocumentCommand):
    """Remove a section with its blocks and subsections (the facts stay in the library)."""

    def __init__(self, target: EditTarget, section_id: str):
        section = target.briefing.find_section(section_id)
        super().__init__(target, f"Delete section {quoted(section.heading)}")
        self.section_id = section_id
        self._where: tuple[str | None, int, Section] | None = None

    def redo(self) -> None:
        self._where = edits.remove_section(self.briefing, self.section_id)
        self.notify(Change.of(outline=True, sections=_parents(self._where[0])))

    def undo(self) -> None:
        parent_id, index, section = self._where
        edits.insert_section(self.briefing, section, parent_id, index)
        self.notify(Change.of(outline=True, sections=_parents(parent_id)))


class MoveSection(DocumentCommand):
    """Move a section to ``index`` under ``parent_id``; ``index`` is its position after the move."""

    def __init__(self, target: EditTarget, section_id: str, parent_id: str | None, index: int):
        section = target.briefing.find_section(section_id)
        super().__init__(target, f"Move section {quoted(section.heading)}")
        if parent_id is not None and any(s.id == parent_id for s, _ in section.walk()):
            raise ValueError("a section cannot be moved into itself")
        self.section_id, self.parent_id, self.index = section_id, parent_id, index
        self._from: tuple[str | None, int] = (None, 0)

    def redo(self) -> None:
        old_parent, old_index, section = edits.remove_section(self.briefing, self.section_id)
        self._from = (old_parent, old_index)
        edits.insert_section(self.briefing, section, self.parent_id, self.index)
        self.notify(Change.of(outline=True, sections=_parents(old_parent, self.parent_id)))

    def undo(self) -> None:
        _, _, section = edits.remove_section(self.briefing, self.section_id)
        edits.insert_section(self.briefing, section, *self._from)
        self.notify(Change.of(outline=True, sections=_parents(self._from[0], self.parent_id)))


class InsertBlock(DocumentCommand):
    """Insert ``block`` into a section at ``index`` (None: at the end)."""

    def __init__(self, target: EditTarget, block: Block, section_id: str, index: int | None = None,
                 parent=None):
        super().__init__(target, f"Add {describe_block(target, block)}", parent)
        if isinstance(block, FactBlock) and block.fact_id not in target.briefing.facts:
            raise KeyError(block.fact_id)
        self.block, self.section_id = block, section_id
        section = target.briefing.find_section(section_id)
        if section is None:
            raise KeyError(section_id)
        self.index = len(section.blocks) if index is None else index

    def redo(self) -> None:
        edits.insert_block(self.briefing, self.section_id, self.index, self.block)
        self.notify(Change.of(sections={self.section_id}))

    def undo(self) -> None:
        edits.remove_block(self.briefing, self.block.id)
        self.notify(Change.of(sections={self.section_id}))


class DeleteBlock(DocumentCommand):
    def __init__(self, target: EditTarget, block_id: str, parent=None):
        section, index = target.briefing.find_block(block_id)
        super().__init__(target, f"Delete {describe_block(target, section.blocks[index])}", parent)
        self.block_id = block_id
        self._where: tuple[str, int, Block] | None = None

    def redo(self) -> None:
        self._where = edits.remove_block(self.briefing, self.block_id)
        self.notify(Change.of(sections={self._where[0]}))

    def undo(self) -> None:
        section_id, index, block = self._where
        edits.insert_block(self.briefing, section_id, index, block)
        self.notify(Change.of(sections={section_id}))


class MoveBlock(DocumentCommand):
    """Move a block to ``section_id`` at ``index``, its position there after the move."""

    def __init__(self, target: EditTarget, block_id: str, section_id: str, index: int, parent=None):
        section, at = target.briefing.find_block(block_id)
        super().__init__(target, f"Move {describe_block(target, section.blocks[at])}", parent)
        if target.briefing.find_section(section_id) is None:
            raise KeyError(section_id)
        self.block_id, self.section_id, self.index = block_id, section_id, index
        self._from: tuple[str, int] = (section.id, at)

    def redo(self) -> None:
        old_section, old_index, block = edits.remove_block(self.briefing, self.block_id)
        self._from = (old_section, old_index)
        edits.insert_block(self.briefing, self.section_id, self.index, block)
        self.notify(Change.of(sections={old_section, self.section_id}))

    def undo(self) -> None:
        _, _, block = edits.remove_block(self.briefing, self.block_id)
        edits.insert_block(self.briefing, self._from[0], self._from[1], block)
        self.notify(Change.of(sections={self._from[0], self.section_id}))
