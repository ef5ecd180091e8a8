"""Undo commands: every change to a briefing is one of these, pushed on the document's stack.

Each command changes the model through :mod:`briefing.domain.edits` (pure Python), remembers
in ``redo()`` what ``undo()`` needs, and sends a change notice saying what it touched.
"""
from briefing.ui.commands.facts import AddFact, DeleteFact, ReplaceFact
from briefing.ui.commands.imports import ImportSource
from briefing.ui.commands.metadata import SetMetadata, SetOwnSources
from briefing.ui.commands.outline import (
    AddSection, DeleteBlock, DeleteSection, InsertBlock, MoveBlock, MoveSection, RenameSection,
)
from briefing.ui.commands.text import EditBlockText, EditStatement, SetConfidence

__all__ = ["AddFact", "AddSection", "DeleteBlock", "DeleteFact", "DeleteSection", "EditBlockText",
           "EditStatement", "ImportSource", "InsertBlock", "MoveBlock", "MoveSection", "RenameSection", "ReplaceFact",
           "SetConfidence", "SetMetadata", "SetOwnSources"]
