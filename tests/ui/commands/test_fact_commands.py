"""Fact library commands on a bare undo stack: each does one thing, and undo restores the file exactly."""
from __future__ import annotations

from dataclasses import replace

import pytest

from briefing.domain import Fact, Source, ValidationError
from briefing.storage import dumps
from briefing.ui.commands import AddFact, DeleteFact, ReplaceFact
from tests.helpers.builders import INVISIBLE_STATEMENTS


def test_adding_a_fact_puts_it_in_the_library_and_undo_takes_it_out(target, stack, saved):
    stack.push(AddFact(target, Fact("f-new", "Pyongyang fired two missiles.", ("JCS",))))
    assert target.briefing.facts["f-new"].statement == "Pyongyang fired two missiles."
    assert target.notices[-1].library
    stack.undo()
    assert dumps(target.briefing) == saved
    stack.redo()
    assert "f-new" in target.briefing.facts


def test_a_fact_added_at_a_position_keeps_that_position(target, stack):
    stack.push(AddFact(target, Fact("f-new", "Copy.", ("JCS",)), index=1))
    assert list(target.briefing.facts)[1] == "f-new"


def test_a_fact_that_breaks_the_rules_never_reaches_the_stack(target, stack):
    with pytest.raises(ValidationError):
        stack.push(AddFact(target, Fact("f-new", "   ", ("JCS",))))
    assert stack.count() == 0


@pytest.mark.parametrize("statement", list(INVISIBLE_STATEMENTS.values()), ids=list(INVISIBLE_STATEMENTS))
def test_adding_or_rewording_a_fact_to_show_no_text_never_reaches_the_stack(target, stack, saved, statement):
    with pytest.raises(ValidationError, match="has no statement"):
        stack.push(AddFact(target, Fact("f-new", statement, ("JCS",))))
    with pytest.raises(ValidationError, match="has no statement"):
        stack.push(ReplaceFact(target, replace(target.briefing.facts["f-casualties"], statement=statement)))
    assert stack.count() == 0 and target.notices == []
    assert dumps(target.briefing) == saved



def test_a_source_created_with_the_fact_is_added_and_removed_with_it(target, stack, saved):
    kcna_watch = Source("NKNEWS", "NK News")
    stack.push(AddFact(target, Fact("f-new", "A report.", ("NKNEWS",)), new_sources=[kcna_watch]))
    assert kcna_watch in target.briefing.sources and target.notices[-1].sources
    stack.undo()
    assert dumps(target.briefing) == saved


def test_editing_a_fact_replaces_it_and_undo_brings_back_the_old_wording(target, stack, saved):
    old = target.briefing.facts["f-casualties"]
    stack.push(ReplaceFact(target, replace(old, statement="About 1,100 casualties.")))
    assert target.briefing.facts["f-casualties"].statement == "About 1,100 casualties."
    assert target.notices[-1].facts == {"f-casualties"}
    stack.undo()
    assert dumps(target.briefing) == saved


def test_deleting_a_used_fact_removes_its_bullets_and_undo_puts_them_back_in_place(target, stack, saved, registry):
    assert target.briefing.fact_usage()["f-casualties"] == 1
    command = DeleteFact(target, "f-casualties")
    stack.push(command)
    assert "f-casualties" not in target.briefing.facts
    assert command.bullets_removed == 1
    target.briefing.validate(registry)
    stack.undo()
    assert dumps(target.briefing) == saved
