"""Typing: commands that change a fact's statement or a paragraph's text, merged while typing.

Consecutive edits of the same text in the same typing *session* merge into one undo step. The
editor starts a new session when the user moves to another block, leaves the editor or pauses,
so undo takes back a burst of typing, not one character and not a whole afternoon.
"""
from __future__ import annotations

from dataclasses import replace

from briefing.domain import Confidence, Fact, JudgmentBlock, TextBlock, edits
from briefing.ui.changes import Change
from briefing.ui.commands.base import DocumentCommand, EditTarget

STATEMENT_MERGE_ID = 0x6272_0001
BLOCK_TEXT_MERGE_ID = 0x6272_0002


class EditStatement(DocumentCommand):
    """Set a fact's statement (the wording used in the brief; the excerpt does not change).

    Raises ValidationError, and so never reaches the stack, for a statement with no visible text.
    """

    def __init__(self, target: EditTarget, fact_id: str, statement: str, session: int = 0):
        super().__init__(target, "Type in fact statement")
        self.fact_id, self.statement, self.session = fact_id, statement, session
        self._before: Fact = target.briefing.facts[fact_id]
        target.briefing.validate_fact(replace(self._before, statement=statement))

    def redo(self) -> None:
        edits.replace_fact(self.briefing, replace(self._before, statement=self.statement))
        self.notify(Change.of(facts={self.fact_id}))

    def undo(self) -> None:
        edits.replace_fact(self.briefing, self._before)
        self.notify(Change.of(facts={self.fact_id}))

    def id(self) -> int:  # noqa: A003 (Qt's name)
        return STATEMENT_MERGE_ID

    def mergeWith(self, other) -> bool:  # noqa: N802 (Qt's name)
        if not isinstance(other, EditStatement) or (other.fact_id, other.session) != (self.fact_id, self.session):
            return False
        self.statement = other.statement
        self.setObsolete(self.statement == self._before.statement)
        return True


class EditBlockText(DocumentCommand):
    """Set the Markdown text of a paragraph or judgment block."""

    def __init__(self, target: EditTarget, block_id: str, text: str, session: int = 0):
        super().__init__(target, "Type in paragraph")
        section, index = target.briefing.find_block(block_id)
        self._before = section.blocks[index]
        if not isinstance(self._before, (TextBlock, JudgmentBlock)):
            raise TypeError(f"block {block_id} has no text of its own")
        self.block_id, self.text_value, self.session = block_id, text, session

    def redo(self) -> None:
        edits.replace_block(self.briefing, replace(self._before, text=self.text_value))
        self.notify(Change.of(blocks={self.block_id}))

    def undo(self) -> None:
        edits.replace_block(self.briefing, self._before)
        self.notify(Change.of(blocks={self.block_id}))

    def id(self) -> int:  # noqa: A003
        return BLOCK_TEXT_MERGE_ID

    def mergeWith(self, other) -> bool:  # noqa: N802
        if not isinstance(other, EditBlockText) or (other.block_id, other.session) != (self.block_id, self.session):
            return False
        self.text_value = other.text_value
        self.setObsolete(self.text_value == self._before.text)
        return True


class SetConfidence(DocumentCommand):
    """Set the analytic confidence of a judgment."""

    def __init__(self, target: EditTarget, block_id: str, confidence: Confidence):
        super().__init__(target, f"Set judgment confidence to {confidence.value}")
        section, index = target.briefing.find_block(block_id)
        self._before = section.blocks[index]
        if not isinstance(self._before, JudgmentBlock):
            raise TypeError(f"block {block_id} is not a judgment")
        self.block_id, self.confidence = block_id, confidence

    def redo(self) -> None:
        edits.replace_block(self.briefing, replace(self._before, confidence=self.confidence))
        self.notify(Change.of(blocks={self.block_id}))

    def undo(self) -> None:
        edits.replace_block(self.briefing, self._before)
        self.notify(Change.of(blocks={self.block_id}))
