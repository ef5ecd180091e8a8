"""Typing: one undo step per burst of typing in one block, never one per keystroke."""
from __future__ import annotations

import pytest

from briefing.domain import Confidence, JudgmentBlock, Metadata, Source, ValidationError
from briefing.storage import dumps
from briefing.ui.commands import EditBlockText, EditStatement, SetConfidence, SetMetadata, SetOwnSources
from tests.helpers.builders import INVISIBLE_STATEMENTS


def type_text(stack, target, fact_id, text, session):
    for end in range(1, len(text) + 1):
        stack.push(EditStatement(target, fact_id, text[:end], session))


def test_a_burst_of_typing_in_one_statement_is_one_undo_step(target, stack, saved):
    type_text(stack, target, "f-casualties", "About 1,100", session=1)
    assert target.briefing.facts["f-casualties"].statement == "About 1,100"
    assert stack.count() == 1
    stack.undo()
    assert dumps(target.briefing) == saved


def test_a_new_typing_session_starts_a_new_undo_step(target, stack):
    type_text(stack, target, "f-casualties", "First", session=1)
    type_text(stack, target, "f-casualties", "Second", session=2)
    assert stack.count() == 2
    stack.undo()
    assert target.briefing.facts["f-casualties"].statement == "First"


def test_typing_in_two_facts_gives_two_steps(target, stack):
    stack.push(EditStatement(target, "f-casualties", "One.", 1))
    stack.push(EditStatement(target, list(target.briefing.facts)[1], "Two.", 1))
    assert stack.count() == 2


def test_typing_back_to_the_original_leaves_nothing_to_undo(target, stack):
    original = target.briefing.facts["f-casualties"].statement
    stack.push(EditStatement(target, "f-casualties", original + "x", 1))
    stack.push(EditStatement(target, "f-casualties", original, 1))
    assert stack.count() == 0


def test_an_empty_statement_is_refused(target):
    with pytest.raises(ValueError):
        EditStatement(target, "f-casualties", "  ", 1)


@pytest.mark.parametrize("statement", list(INVISIBLE_STATEMENTS.values()), ids=list(INVISIBLE_STATEMENTS))
def test_a_statement_with_no_visible_text_never_reaches_the_stack_even_mid_burst(target, stack, statement):
    type_text(stack, target, "f-casualties", "About", session=1)
    with pytest.raises(ValidationError, match="has no statement"):
        stack.push(EditStatement(target, "f-casualties", statement, 1))
    assert target.briefing.facts["f-casualties"].statement == "About"
    assert stack.count() == 1
    stack.undo()
    stack.redo()
    assert target.briefing.facts["f-casualties"].statement == "About"


def test_editing_a_statement_keeps_the_excerpt(target, stack):
    before = target.briefing.facts["f-casualties"].excerpt
    stack.push(EditStatement(target, "f-casualties", "Reworded.", 1))
    assert target.briefing.facts["f-casualties"].excerpt == before


def test_typing_in_a_paragraph_merges_and_undoes(target, stack, saved):
    block = target.briefing.sections[0].blocks[0]
    for text in ("N", "No", "Now"):
        stack.push(EditBlockText(target, block.id, text, session=7))
    assert target.briefing.sections[0].blocks[0].text == "Now"
    assert target.notices[-1].blocks == {block.id}
    assert stack.count() == 1
    stack.undo()
    assert dumps(target.briefing) == saved


def test_a_judgments_confidence_can_be_changed_and_undone(target, stack, saved):
    block = next(b for b in target.briefing.sections[0].blocks if isinstance(b, JudgmentBlock))
    stack.push(SetConfidence(target, block.id, Confidence.HIGH))
    assert target.briefing.find_block(block.id)[0].blocks[1].confidence is Confidence.HIGH
    stack.undo()
    assert dumps(target.briefing) == saved


def test_properties_change_and_undo(target, stack, saved):
    stack.push(SetMetadata(target, Metadata(title="New title")))
    assert target.briefing.metadata.title == "New title" and target.notices[-1].metadata
    stack.undo()
    assert dumps(target.briefing) == saved


def test_own_sources_can_be_replaced_but_not_from_under_a_fact(target, stack, registry):
    stack.push(SetOwnSources(target, [Source("NKNEWS", "NK News")], set(registry.codes())))
    assert [s.code for s in target.briefing.sources] == ["NKNEWS"]
    stack.undo()
    assert target.briefing.sources == []
    with pytest.raises(ValidationError, match="JCS"):
        SetOwnSources(target, [], set())
