"""Fact library actions (import a source, add, edit, duplicate, delete, add to outline) and the briefing's
properties and sources."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from briefing.domain import edits, new_id
from briefing.errors import BriefingError
from briefing.ui.actions import ActionId, ActionRegistry
from briefing.ui.commands import AddFact, DeleteFact, ImportSource, ReplaceFact, SetMetadata, SetOwnSources
from briefing.ui.document import Document
from briefing.ui.panels.fact_library import FactLibraryPanel
from briefing.ui.panels.outline import OutlinePanel
from briefing.ui.services import Services
from briefing.ui.workspace import Workspace


class LibraryController(QObject):
    status = Signal(str)

    def __init__(self, workspace: Workspace, services: Services, actions: ActionRegistry,
                 library: FactLibraryPanel, outline: OutlinePanel, window: QWidget):
        super().__init__(window)
        self._workspace, self._services, self._window = workspace, services, window
        self._library, self._outline = library, outline
        actions.connect(ActionId.IMPORT_SOURCE, self.import_source)
        actions.connect(ActionId.ADD_FACT, self.add_fact)
        actions.connect(ActionId.EDIT_FACT, self.edit_fact)
        actions.connect(ActionId.DUPLICATE_FACT, self.duplicate_fact)
        actions.connect(ActionId.DELETE_FACT, self.delete_facts)
        actions.connect(ActionId.ADD_TO_OUTLINE, self.add_to_outline)
        actions.connect(ActionId.PROPERTIES, self.edit_properties)
        actions.connect(ActionId.SOURCES, self.edit_sources)
        actions.connect(ActionId.FIND_FACT, self._focus_filter)
        library.fact_activated.connect(self.edit_fact)

    @property
    def document(self) -> Document:
        return self._workspace.document

    def _push(self, command) -> bool:
        try:
            self.document.push(command)
        except BriefingError as exc:
            self._services.prompts.error(self._window, "Cannot make this change", str(exc))
            return False
        return True

    def _focus_filter(self) -> None:
        self._library.filter_box.setFocus()
        self._library.filter_box.selectAll()

    # -- facts -------------------------------------------------------------------------------
    def import_source(self) -> bool:
        """Import a source through the dialog: its document, new sources and ticked facts in one undo
        step; the first new fact is selected. True if anything was added."""
        document = self.document
        try:
            result = self._services.dialogs.import_source(document.briefing, document.registry, self._window)
            if result is None:
                return False
            command = ImportSource(document, result)
        except BriefingError as exc:
            self._services.prompts.error(self._window, "Cannot import source", str(exc))
            return False
        if not self._push(command):
            return False
        count = len(command.fact_ids)
        if command.fact_ids:
            self._library.select_fact(command.fact_ids[0])
        self.status.emit(f"Imported {count} fact{'s' if count != 1 else ''} from “{result.document.title}”")
        return True

    def add_fact(self) -> None:
        document = self.document
        result = self._services.dialogs.edit_fact(None, document.briefing, document.registry, self._window)
        if result is None:
            return
        fact = result.fact if result.fact.id not in document.briefing.facts else replace(result.fact, id=new_id("f"))
        try:
            command = AddFact(document, fact, new_sources=result.new_sources)
        except BriefingError as exc:
            self._services.prompts.error(self._window, "Cannot add fact", str(exc))
            return
        if self._push(command):
            self._library.select_fact(fact.id)

    def edit_fact(self, fact_id: str | None = None) -> None:
        document = self.document
        fact_id = fact_id or self._library.current_fact_id()
        fact = document.briefing.facts.get(fact_id) if fact_id else None
        if fact is None:
            return
        result = self._services.dialogs.edit_fact(fact, document.briefing, document.registry, self._window)
        if result is None or (result.fact == fact and not result.new_sources):
            return
        try:
            command = ReplaceFact(document, replace(result.fact, id=fact.id), result.new_sources)
        except BriefingError as exc:
            self._services.prompts.error(self._window, "Cannot change fact", str(exc))
            return
        self._push(command)

    def duplicate_fact(self) -> None:
        fact_id = self._library.current_fact_id()
        if fact_id is None:
            return
        briefing = self.document.briefing
        copy = replace(briefing.facts[fact_id], id=new_id("f"))
        index = edits.fact_index(briefing, fact_id) + 1
        if self._push(AddFact(self.document, copy, index, text="Duplicate fact")):
            self._library.select_fact(copy.id)

    def delete_facts(self) -> None:
        fact_ids = self._library.selected_fact_ids()
        if not fact_ids:
            return
        document = self.document
        bullets = sum(len(edits.blocks_showing(document.briefing, f)) for f in fact_ids)
        with document.macro(f"Delete {len(fact_ids)} facts" if len(fact_ids) > 1 else None):
            for fact_id in fact_ids:
                document.push(DeleteFact(document, fact_id))
        removed = f" and {bullets} bullet{'s' if bullets != 1 else ''} showing them" if bullets else ""
        self.status.emit(f"Deleted {len(fact_ids)} fact{'s' if len(fact_ids) != 1 else ''}{removed} "
                         "(Undo brings them back)")

    def add_to_outline(self) -> None:
        """Add the selected facts as bullets: after the selected block, or at the end of the selected
        section, or at the end of the last section."""
        fact_ids = self._library.selected_fact_ids()
        briefing = self.document.briefing
        point = self._outline.insertion_point(briefing)
        if not fact_ids or point is None:
            return
        section_id, index = point
        if self._outline.model.add_facts(fact_ids, section_id, index):
            heading = briefing.find_section(section_id).heading
            self.status.emit(f"Added {len(fact_ids)} bullet{'s' if len(fact_ids) != 1 else ''} to “{heading}”")

    # -- the briefing ------------------------------------------------------------------------
    def edit_properties(self) -> None:
        metadata = self._services.dialogs.edit_properties(self.document.briefing.metadata, self._window)
        if metadata is not None and metadata != self.document.briefing.metadata:
            self._push(SetMetadata(self.document, metadata))

    def edit_sources(self) -> None:
        document = self.document
        sources = self._services.dialogs.edit_sources(document.registry, list(document.briefing.sources),
                                                      self._window)
        if sources is None or sources == document.briefing.sources:
            return
        try:
            command = SetOwnSources(document, sources, set(document.registry.codes()))
        except BriefingError as exc:
            self._services.prompts.error(self._window, "Cannot change sources", str(exc))
            return
        self._push(command)
