"""The briefing model keeps its rules: facts have statements, excerpts lie inside their documents."""
import pytest

from briefing.domain import (
    Briefing, Fact, FactBlock, Metadata, Section, SourceDocument, Span, TextBlock, ValidationError,
)
from tests.helpers.builders import INVISIBLE_STATEMENTS


def _briefing():
    b = Briefing()
    b.add_document(SourceDocument("d-1", "Report", "The JCS said 1,100 soldiers were hurt."))
    return b


def test_a_fact_keeps_the_excerpt_it_came_from_whatever_its_wording():
    b = _briefing()
    b.add_fact(Fact("f-1", "About 1,100 soldiers were hurt.", ("JCS",), "d-1", Span(13, 37)))
    b.facts["f-1"].statement = "Reworded by the analyst."
    assert b.documents["d-1"].excerpt(b.facts["f-1"].excerpt) == "1,100 soldiers were hurt"


def test_an_excerpt_past_the_end_of_its_document_is_refused():
    with pytest.raises(ValidationError, match="runs past the end"):
        _briefing().add_fact(Fact("f-1", "x", ("JCS",), "d-1", Span(0, 999)))


def test_a_fact_from_a_document_that_is_not_there_is_refused():
    with pytest.raises(ValidationError, match="not in the briefing"):
        _briefing().add_fact(Fact("f-1", "x", ("JCS",), "d-404"))


def test_a_fact_needs_a_statement():
    with pytest.raises(ValidationError, match="no statement"):
        _briefing().add_fact(Fact("f-1", "   ", ("JCS",)))


@pytest.mark.parametrize("statement", list(INVISIBLE_STATEMENTS.values()), ids=list(INVISIBLE_STATEMENTS))
def test_a_fact_with_no_visible_text_is_refused_and_the_library_is_unchanged(statement):
    b = _briefing()
    with pytest.raises(ValidationError, match="fact f-1 has no statement .*: write what the source said"):
        b.add_fact(Fact("f-1", statement, ("JCS",)))
    assert b.facts == {}


def test_a_span_runs_forward():
    with pytest.raises(ValidationError, match="not a range"):
        Span(5, 2)


def test_validation_names_an_unknown_source_and_what_to_do(registry):
    b = _briefing()
    b.add_fact(Fact("f-1", "x", ("NOPE",)))
    with pytest.raises(ValidationError, match="NOPE, which is not in the source registry: add the source"):
        b.validate(registry)


def test_validation_finds_a_bullet_whose_fact_is_gone(registry):
    b = _briefing()
    b.sections.append(Section("Main", [FactBlock("f-gone")]))
    with pytest.raises(ValidationError, match="f-gone, which is not in the fact library"):
        b.validate(registry)


def test_fact_usage_counts_bullets_and_marks_unused_facts():
    b = _briefing()
    b.add_fact(Fact("f-1", "one", ("JCS",)))
    b.add_fact(Fact("f-2", "two", ("JCS",)))
    b.sections.append(Section("A", [FactBlock("f-1"), TextBlock("x")], [Section("A.1", [FactBlock("f-1")])]))
    assert b.fact_usage() == {"f-1": 2, "f-2": 0}


def test_blocks_and_sections_are_found_by_id_anywhere_in_the_tree():
    inner = Section("Inner", [TextBlock("deep", id="b-deep")], id="s-inner")
    b = Briefing(sections=[Section("Outer", subsections=[inner], id="s-outer")])
    assert b.find_section("s-inner") is inner
    assert b.parent_of("s-inner").id == "s-outer"
    assert b.find_block("b-deep") == (inner, 0)


@pytest.mark.parametrize("classification, mark", [("UNCLASSIFIED", "(U)"), ("SECRET//REL TO USA, KOR", "(S)"),
                                                  ("TOP SECRET", "(TS)"), ("CONFIDENTIAL", "(C)"), ("", "(U)")])
def test_the_portion_mark_follows_the_classification(classification, mark):
    assert Metadata(classification=classification).portion_mark == mark


def test_the_banner_joins_classification_and_caveat():
    assert Metadata(classification="UNCLASSIFIED", caveat="FOR OFFICIAL USE ONLY").banner == \
        "UNCLASSIFIED//FOR OFFICIAL USE ONLY"


def test_new_ids_name_their_kind_and_do_not_repeat():
    from briefing.domain import new_id

    ids = {new_id("f") for _ in range(20000)}
    assert len(ids) == 20000 and all(i.startswith("f-") for i in ids)
