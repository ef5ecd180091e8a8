"""The outline as a Qt tree: sections (with their blocks, then their subsections) over one document.

Rows are identified by the string ids of sections and blocks. Drops are turned into undo
commands: facts from the library become bullets, blocks and sections move. The model never
changes the briefing itself; it refreshes from the document's change notices.
"""
from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from briefing.domain import FactBlock, JudgmentBlock, Section, TextBlock
from briefing.ui import mime
from briefing.ui.changes import Change
from briefing.ui.commands import InsertBlock, MoveBlock, MoveSection, RenameSection
from briefing.ui.document import Document

ID_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2
SECTION, BLOCK = "section", "block"
_MUTED = QBrush(QColor("#555555"))
_JUDGMENT = QBrush(QColor("#7a4c00"))


class OutlineModel(QAbstractItemModel):
    """Sections and blocks of ``document``. ``internalId`` of an index is a number standing for an id."""

    about_to_restructure = Signal()   # views save expansion and selection
    restructured = Signal()           # ... and restore them

    def __init__(self, document: Document, parent=None):
        super().__init__(parent)
        self._document: Document | None = None
        self._numbers: dict[str, int] = {}
        self._ids: dict[int, str] = {}
        self._children: dict[str | None, list[str]] = {}
        self._parent: dict[str, str | None] = {}
        self._kind: dict[str, str] = {}
        self._sections: dict[str, Section] = {}
        self._fact_blocks: dict[str, list[str]] = {}     # fact id -> ids of the bullets showing it
        self.set_document(document)

    @property
    def document(self) -> Document:
        return self._document

    def set_document(self, document: Document) -> None:
        self.about_to_restructure.emit()
        self.beginResetModel()
        if self._document is not None:
            self._document.changed.disconnect(self._on_document_changed)
        self._document = document
        document.changed.connect(self._on_document_changed)
        self._rebuild()
        self.endResetModel()
        self.restructured.emit()

    # -- structure ---------------------------------------------------------------------------
    def _rebuild(self) -> None:
        children: dict[str | None, list[str]] = {None: []}
        parent: dict[str, str | None] = {}
        kind: dict[str, str] = {}
        sections: dict[str, Section] = {}
        fact_blocks: dict[str, list[str]] = {}

        def visit(section: Section, owner: str | None) -> None:
            children[owner].append(section.id)
            sections[section.id] = section
            parent[section.id], kind[section.id] = owner, SECTION
            children[section.id] = []
            for block in section.blocks:
                children[section.id].append(block.id)
                parent[block.id], kind[block.id] = section.id, BLOCK
                if isinstance(block, FactBlock):
                    fact_blocks.setdefault(block.fact_id, []).append(block.id)
            for sub in section.subsections:
                visit(sub, section.id)

        for section in self._document.briefing.sections:
            visit(section, None)
        self._children, self._parent, self._kind, self._sections = children, parent, kind, sections
        self._fact_blocks = fact_blocks

    def _number(self, ident: str) -> int:
        number = self._numbers.get(ident)
        if number is None:
            number = self._numbers[ident] = len(self._numbers) + 1
            self._ids[number] = ident
        return number

    def _on_document_changed(self, change: Change) -> None:
        if change.touches_outline_shape:
            old = self._children
            self._rebuild()
            if old != self._children:
                self.about_to_restructure.emit()
                self.beginResetModel()
                self.endResetModel()
                self.restructured.emit()
            else:
                for ident in change.sections:
                    self._emit_changed(ident)
        for ident in change.blocks:
            self._emit_changed(ident)
        for fact_id in change.facts:
            for block_id in self._fact_blocks.get(fact_id, ()):
                self._emit_changed(block_id)

    def _emit_changed(self, ident: str) -> None:
        index = self.index_of(ident)
        if index.isValid():
            self.dataChanged.emit(index, index)

    # -- lookups ---------------------------------------------------------------------------
    def index_of(self, ident: str) -> QModelIndex:
        if ident not in self._parent:
            return QModelIndex()
        row = self._children[self._parent[ident]].index(ident)
        return self.createIndex(row, 0, self._number(ident))

    def id_at(self, index: QModelIndex) -> str | None:
        return self._ids.get(index.internalId()) if index.isValid() else None

    def section_ids(self) -> list[str]:
        return [ident for ident, kind in self._kind.items() if kind == SECTION]

    def kind_of(self, ident: str) -> str | None:
        return self._kind.get(ident)

    def parent_id(self, ident: str) -> str | None:
        return self._parent.get(ident)

    # -- Qt model API ----------------------------------------------------------------------
    def index(self, row, column, parent=QModelIndex()):
        owner = self.id_at(parent) if parent.isValid() else None
        siblings = self._children.get(owner, [])
        if column != 0 or not 0 <= row < len(siblings):
            return QModelIndex()
        return self.createIndex(row, 0, self._number(siblings[row]))

    def parent(self, index=QModelIndex()):  # noqa: D401 (Qt's signature; also QObject.parent())
        if not index.isValid():
            return QModelIndex()
        owner = self._parent.get(self.id_at(index))
        return QModelIndex() if owner is None else self.index_of(owner)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        if parent.column() > 0:
            return 0
        return len(self._children.get(self.id_at(parent) if parent.isValid() else None, []))

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 1

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        ident = self.id_at(index)
        if ident is None:
            return None
        if role == ID_ROLE:
            return ident
        if role == KIND_ROLE:
            return self._kind[ident]
        briefing = self._document.briefing
        if self._kind[ident] == SECTION:
            section = self._sections[ident]
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
                return section.heading
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.ToolTipRole and section.guidance:
                return f"Guidance: {section.guidance}"
            return None
        block = self._block(ident)
        if block is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _block_label(block, briefing)
        if role == Qt.ItemDataRole.ToolTipRole:
            return _block_tooltip(block, briefing)
        if role == Qt.ItemDataRole.ForegroundRole:
            return _JUDGMENT if isinstance(block, JudgmentBlock) else (
                _MUTED if isinstance(block, TextBlock) else None)
        return None

    def _block(self, ident: str):
        """The block ``ident`` through the cached structure (the paint path must not scan the briefing)."""
        section = self._sections.get(self._parent.get(ident))
        if section is None:
            return None
        row = self._children[section.id].index(ident)
        block = section.blocks[row] if row < len(section.blocks) else None
        return block if block is not None and block.id == ident else None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        ident = self.id_at(index)
        if role != Qt.ItemDataRole.EditRole or ident is None or self._kind[ident] != SECTION:
            return False
        heading = " ".join(str(value).split())
        if not heading or heading == self._document.briefing.find_section(ident).heading:
            return False
        self._document.push(RenameSection(self._document, ident, heading))
        return True

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
                 | Qt.ItemFlag.ItemIsDropEnabled)
        if self._kind.get(self.id_at(index)) == SECTION:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    # -- drag and drop ---------------------------------------------------------------------
    def supportedDropActions(self):  # noqa: N802
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def supportedDragActions(self):  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [mime.FACT_IDS, mime.BLOCK_IDS, mime.SECTION_IDS]

    def mimeData(self, indexes):  # noqa: N802
        ids = [self.id_at(i) for i in sorted(indexes, key=self.position) if i.isValid()]
        blocks = [i for i in ids if self._kind.get(i) == BLOCK]
        if blocks:
            return mime.pack(mime.BLOCK_IDS, blocks)
        return mime.pack(mime.SECTION_IDS, ids[:1])

    def position(self, index: QModelIndex) -> list[int]:
        """The rows from the top of the tree down to ``index``: sorts indexes in document order."""
        path = []
        while index.isValid():
            path.insert(0, index.row())
            index = index.parent()
        return path

    def canDropMimeData(self, data, action, row, column, parent) -> bool:  # noqa: N802
        target = self.drop_target(row, parent)
        if target is None:
            return False
        if data.hasFormat(mime.SECTION_IDS):
            moving = mime.unpack(data, mime.SECTION_IDS)
            place = self._section_target(row, parent)
            return bool(moving) and place is not None and not (
                place[0] is not None and self._is_within(place[0], moving[0]))
        return data.hasFormat(mime.FACT_IDS) or data.hasFormat(mime.BLOCK_IDS)

    def dropMimeData(self, data, action, row, column, parent) -> bool:  # noqa: N802
        """Turn a drop into undo commands. Returns True when something was added or moved."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        if data.hasFormat(mime.SECTION_IDS):
            parent_id, index = self._section_target(row, parent)
            return self.move_section(mime.unpack(data, mime.SECTION_IDS)[0], parent_id, index)
        section_id, index = self.drop_target(row, parent)
        if data.hasFormat(mime.FACT_IDS):
            return self.add_facts(mime.unpack(data, mime.FACT_IDS), section_id, index)
        return self.move_blocks(mime.unpack(data, mime.BLOCK_IDS), section_id, index)

    def drop_target(self, row: int, parent: QModelIndex) -> tuple[str, int] | None:
        """Where dropped blocks go: (section id, block index), or None when there is no section.

        On a section: at its end. Between a section's rows: at that place among its blocks. On a
        block: right after it. Between top-level sections: at the end of the section above.
        """
        briefing = self._document.briefing
        ident = self.id_at(parent)
        if ident is None:
            top = self._children[None]
            if not top:
                return None
            above = top[max(0, min(row, len(top)) - 1)] if row > 0 else top[0]
            section = briefing.find_section(above)
            return above, (0 if row == 0 else len(section.blocks))
        if self._kind[ident] == BLOCK:
            section_id = self._parent[ident]
            return section_id, self._children[section_id].index(ident) + 1
        blocks = len(briefing.find_section(ident).blocks)
        return ident, blocks if row < 0 else min(row, blocks)

    def _section_target(self, row: int, parent: QModelIndex) -> tuple[str | None, int] | None:
        ident = self.id_at(parent)
        if ident is None:
            return None, (len(self._children[None]) if row < 0 else row)
        if self._kind[ident] == BLOCK:
            return None
        section = self._document.briefing.find_section(ident)
        if row < 0:
            return ident, len(section.subsections)
        return ident, max(0, row - len(section.blocks))

    def _is_within(self, section_id: str, ancestor_id: str) -> bool:
        while section_id is not None:
            if section_id == ancestor_id:
                return True
            section_id = self._parent.get(section_id)
        return False

    # -- edits (used by drops and by keyboard actions) -------------------------------------
    def add_facts(self, fact_ids: list[str], section_id: str, index: int) -> bool:
        document = self._document
        fact_ids = [f for f in fact_ids if f in document.briefing.facts]
        if not fact_ids:
            return False
        with document.macro(f"Add {len(fact_ids)} bullets" if len(fact_ids) > 1 else None):
            for offset, fact_id in enumerate(fact_ids):
                document.push(InsertBlock(document, FactBlock(fact_id), section_id, index + offset))
        return True

    def move_blocks(self, block_ids: list[str], section_id: str, index: int) -> bool:
        """Move blocks, in order, to ``index`` of ``section_id`` (an index counted before the move)."""
        document = self._document
        briefing = document.briefing
        section = briefing.find_section(section_id)
        before = {b.id for b in section.blocks[:index]}
        final = index - sum(1 for b in block_ids if b in before)
        moves = []
        for offset, block_id in enumerate(block_ids):
            moves.append((block_id, final + offset))
        if all(briefing.find_block(b)[0].id == section_id and briefing.find_block(b)[1] == i for b, i in moves):
            return False
        with document.macro(f"Move {len(block_ids)} blocks" if len(block_ids) > 1 else None):
            for block_id, target_index in moves:
                document.push(MoveBlock(document, block_id, section_id, target_index))
        return True

    def move_section(self, section_id: str, parent_id: str | None, index: int) -> bool:
        """Move a section to ``index`` among ``parent_id``'s subsections (an index counted before the move)."""
        current_parent = self._parent[section_id]
        siblings = [s for s in self._children[parent_id] if self._kind.get(s) == SECTION]
        if current_parent == parent_id and section_id in siblings:
            at = siblings.index(section_id)
            if index > at:
                index -= 1
            if index == at:
                return False
        self._document.push(MoveSection(self._document, section_id, parent_id, index))
        return True


def _block_label(block, briefing) -> str:
    if isinstance(block, FactBlock):
        fact = briefing.facts.get(block.fact_id)
        if fact is None:
            return f"• missing fact {block.fact_id}"
        sources = ", ".join(fact.sources) or "no source"
        return f"• {fact.statement}  [{sources}{' ' + fact.grade if fact.grade else ''}]"
    first = " ".join(block.text.split()) or "(empty)"
    if isinstance(block, JudgmentBlock):
        return f"⚖ Judgment ({block.confidence.value}): {first}"
    return f"¶ {first}"


def _block_tooltip(block, briefing) -> str:
    if isinstance(block, FactBlock):
        fact = briefing.facts.get(block.fact_id)
        return fact.statement if fact else "This bullet's fact is missing from the library"
    return block.text
