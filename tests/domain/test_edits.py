"""The edits undo commands are built from: each does one change and returns what reverses it. No Qt."""
from __future__ import annotations

import pytest

from briefing.domain import (
    Briefing, Fact, FactBlock, Section, Source, SourceDocument, Span, TextBlock, ValidationError, edits,
)
from briefing.storage import dumps


@pytest.fixture
def briefing():
    """Two top-level sections, the first with a subsection; three facts, two of them in the outline."""
    document = SourceDocument("d-1", "Report", "The JCS said troops moved. The NIS said more may follow.")
    briefing = Briefing(documents={"d-1": document})
    for ident, span in (("f-1", Span(0, 26)), ("f-2", Span(27, 56)), ("f-3", None)):
        briefing.add_fact(Fact(ident, f"Statement {ident}", ("JCS",), "d-1" if span else None, span))
    sub = Section("Details", [FactBlock("f-2", id="b-2")], id="s-sub")
    briefing.sections = [
        Section("Casualties", [FactBlock("f-1", id="b-1"), TextBlock("Comment", id="b-text")], [sub], id="s-1"),
        Section("Outlook", [FactBlock("f-1", id="b-1-again")], id="s-2"),
    ]
    return briefing


# -- sections --------------------------------------------------------------------------------

def test_a_section_is_found_under_its_parent_with_its_index(briefing):
    assert edits.section_location(briefing, "s-2") == (None, 1)
    assert edits.section_location(briefing, "s-sub") == ("s-1", 0)
    assert [s.id for s in edits.siblings(briefing, "s-1")] == ["s-sub"]
    with pytest.raises(KeyError):
        edits.siblings(briefing, "s-missing")


def test_removing_a_section_and_inserting_it_where_it_was_restores_the_outline(briefing):
    before = dumps(briefing)
    parent_id, index, section = edits.remove_section(briefing, "s-sub")
    assert section.id == "s-sub" and briefing.find_section("s-sub") is None
    edits.insert_section(briefing, section, parent_id, index)
    assert dumps(briefing) == before


def test_a_subsection_belongs_to_its_top_level_section(briefing):
    assert edits.top_level_section(briefing, "s-sub") == "s-1"
    assert edits.top_level_section(briefing, "s-2") == "s-2"


# -- blocks ----------------------------------------------------------------------------------

def test_removing_a_block_and_inserting_it_where_it_was_restores_the_section(briefing):
    before = dumps(briefing)
    section_id, index, block = edits.remove_block(briefing, "b-text")
    assert (section_id, index, block.text) == ("s-1", 1, "Comment")
    edits.insert_block(briefing, section_id, index, block)
    assert dumps(briefing) == before


def test_replacing_a_block_puts_a_new_object_in_its_place_and_returns_the_old_one(briefing):
    old = briefing.find_section("s-1").blocks[1]
    returned = edits.replace_block(briefing, TextBlock("Rewritten", id="b-text"))
    assert returned is old and old.text == "Comment"
    assert briefing.find_section("s-1").blocks[1].text == "Rewritten"


def test_unknown_blocks_and_sections_raise_key_error(briefing):
    with pytest.raises(KeyError):
        edits.block_location(briefing, "b-missing")
    with pytest.raises(KeyError):
        edits.insert_block(briefing, "s-missing", 0, TextBlock("x"))


def test_the_bullets_showing_a_fact_are_listed_in_outline_order(briefing):
    assert [(s, i, b.id) for s, i, b in edits.blocks_showing(briefing, "f-1")] == [("s-1", 0, "b-1"),
                                                                                    ("s-2", 0, "b-1-again")]
    assert edits.blocks_showing(briefing, "f-3") == []
    assert edits.sections_showing(briefing, {"f-2", "f-3"}) == {"s-sub"}


# -- facts -----------------------------------------------------------------------------------

def test_a_fact_inserted_at_an_index_takes_that_place_in_the_library(briefing):
    edits.insert_fact(briefing, Fact("f-new", "New", ("NIS",)), 1)
    assert list(briefing.facts) == ["f-1", "f-new", "f-2", "f-3"]
    assert edits.fact_index(briefing, "f-new") == 1
    assert edits.remove_fact(briefing, "f-new")[0] == 1
    assert list(briefing.facts) == ["f-1", "f-2", "f-3"]


def test_replacing_a_fact_keeps_its_place_and_refuses_a_broken_one(briefing):
    old = edits.replace_fact(briefing, Fact("f-2", "Reworded", ("NIS",), "d-1", Span(27, 56)))
    assert old.statement == "Statement f-2"
    assert list(briefing.facts)[1] == "f-2" and briefing.facts["f-2"].statement == "Reworded"
    with pytest.raises(ValidationError):
        edits.replace_fact(briefing, Fact("f-2", "Reworded", ("NIS",), "d-missing", Span(0, 1)))
    assert briefing.facts["f-2"].statement == "Reworded"


def test_several_facts_are_added_all_or_none(briefing):
    before = dumps(briefing)
    good = Fact("f-4", "Fine", ("JCS",), "d-1", Span(0, 3))
    past_the_end = Fact("f-5", "Broken", ("JCS",), "d-1", Span(0, 999))
    with pytest.raises(ValidationError):
        edits.insert_facts(briefing, [good, past_the_end])
    assert dumps(briefing) == before
    edits.insert_facts(briefing, [good, Fact("f-5", "Also fine", ())])
    assert list(briefing.facts)[-2:] == ["f-4", "f-5"]
    assert [f.id for f in edits.remove_facts(briefing, ["f-4", "f-5"])] == ["f-4", "f-5"]
    assert dumps(briefing) == before


# -- documents and own sources ---------------------------------------------------------------

def test_a_document_comes_out_only_when_no_fact_comes_from_it(briefing):
    edits.insert_document(briefing, SourceDocument("d-2", "Another", "Text."))
    with pytest.raises(ValidationError):
        edits.insert_document(briefing, SourceDocument("d-2", "Clash", "Text."))
    assert edits.remove_document(briefing, "d-2").title == "Another"
    with pytest.raises(ValueError, match="f-1"):
        edits.remove_document(briefing, "d-1")
    assert "d-1" in briefing.documents


def test_adding_own_sources_skips_codes_already_there_so_removing_the_added_ones_undoes_it(briefing):
    mine = Source("NKNEWS", "NK News")
    briefing.sources.append(mine)
    added = edits.add_own_sources(briefing, [Source("NKNEWS", "Other name"), Source("KCS", "Korea Customs Service"),
                                             Source("KCS", "Twice in one call")])
    assert added == ["KCS"]
    assert [(s.code, s.name) for s in briefing.sources] == [("NKNEWS", "NK News"), ("KCS", "Korea Customs Service")]
    edits.remove_own_sources(briefing, added)
    assert briefing.sources == [mine]
