"""Outline commands on a bare undo stack: sections and blocks move, and undo puts them back."""
from __future__ import annotations

import pytest

from briefing.domain import FactBlock, Section, TextBlock
from briefing.storage import dumps
from briefing.ui.commands import (
    AddSection, DeleteBlock, DeleteSection, InsertBlock, MoveBlock, MoveSection, RenameSection,
)


def headings(briefing):
    return [s.heading for s in briefing.sections]


def test_a_new_section_goes_at_the_end_unless_told_where(target, stack, saved):
    stack.push(AddSection(target, Section("Background", id="s-bg")))
    stack.push(AddSection(target, Section("Key points", id="s-kp"), index=0))
    assert headings(target.briefing)[0] == "Key points" and headings(target.briefing)[-1] == "Background"
    assert target.notices[-1].outline
    stack.undo()
    stack.undo()
    assert dumps(target.briefing) == saved


def test_a_subsection_goes_under_its_parent(target, stack):
    parent = target.briefing.sections[1]
    stack.push(AddSection(target, Section("Kursk", id="s-kursk"), parent_id=parent.id))
    assert parent.subsections[0].heading == "Kursk"
    assert target.notices[-1].sections == {parent.id}


def test_renaming_a_section_is_undone_to_the_old_heading(target, stack, saved):
    section = target.briefing.sections[0]
    stack.push(RenameSection(target, section.id, "BLUF"))
    assert section.heading == "BLUF"
    stack.undo()
    assert dumps(target.briefing) == saved


def test_deleting_a_section_keeps_its_facts_in_the_library_and_undo_restores_it(target, stack, saved):
    section = target.briefing.sections[1]
    facts_before = set(target.briefing.facts)
    stack.push(DeleteSection(target, section.id))
    assert section.heading not in headings(target.briefing)
    assert set(target.briefing.facts) == facts_before
    stack.undo()
    assert dumps(target.briefing) == saved


def test_moving_a_section_down_and_undoing(target, stack, saved):
    first = target.briefing.sections[0]
    stack.push(MoveSection(target, first.id, None, 1))
    assert target.briefing.sections[1] is first
    stack.undo()
    assert dumps(target.briefing) == saved


def test_a_section_cannot_move_into_itself(target):
    section = target.briefing.sections[0]
    with pytest.raises(ValueError):
        MoveSection(target, section.id, section.id, 0)


def test_inserting_a_fact_bullet_and_a_paragraph(target, stack, saved):
    section = target.briefing.sections[2]
    stack.push(InsertBlock(target, FactBlock("f-casualties", id="b-new"), section.id, 0))
    stack.push(InsertBlock(target, TextBlock("Comment.", id="b-text"), section.id))
    assert section.blocks[0].id == "b-new" and section.blocks[-1].id == "b-text"
    assert target.notices[-1].sections == {section.id}
    assert stack.undoText().startswith("Add paragraph")
    stack.undo()
    stack.undo()
    assert dumps(target.briefing) == saved


def test_a_bullet_for_a_fact_not_in_the_library_is_refused(target):
    with pytest.raises(KeyError):
        InsertBlock(target, FactBlock("f-nowhere"), target.briefing.sections[0].id)


def test_deleting_a_block_and_undoing(target, stack, saved):
    block = target.briefing.sections[1].blocks[2]
    stack.push(DeleteBlock(target, block.id))
    assert target.briefing.find_block(block.id) is None
    stack.undo()
    assert dumps(target.briefing) == saved


def test_moving_a_block_to_another_section_and_back(target, stack, saved):
    source, destination = target.briefing.sections[1], target.briefing.sections[3]
    block = source.blocks[0]
    stack.push(MoveBlock(target, block.id, destination.id, 1))
    assert destination.blocks[1] is block and block not in source.blocks
    assert target.notices[-1].sections == {source.id, destination.id}
    stack.undo()
    assert dumps(target.briefing) == saved
    stack.redo()
    assert destination.blocks[1] is block


def test_reordering_within_a_section(target, stack):
    section = target.briefing.sections[1]
    ids = [b.id for b in section.blocks]
    stack.push(MoveBlock(target, ids[0], section.id, 2))
    assert [b.id for b in section.blocks] == [ids[1], ids[2], ids[0], *ids[3:]]
