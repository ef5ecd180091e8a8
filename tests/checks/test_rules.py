"""Sourcing checks list what a reviewer would flag."""
from briefing.checks import Severity, check_briefing
from briefing.domain import Briefing, Fact, FactBlock, Metadata, Section, TextBlock


def _codes(briefing, registry):
    return [p.code for p in check_briefing(briefing, registry)]


def test_the_example_is_clean(example, registry):
    assert check_briefing(example, registry) == []


def test_a_bullet_whose_fact_has_no_source_is_an_error(registry):
    b = Briefing()
    b.add_fact(Fact("f-1", "Unsourced claim.", ()))
    b.sections.append(Section("Main", [FactBlock("f-1")]))
    problems = check_briefing(b, registry)
    assert problems[0].severity is Severity.ERROR and problems[0].code == "fact-without-source"
    assert "Unsourced claim." in problems[0].message and problems[0].where == "section 'Main'"


def test_a_bullet_whose_fact_was_deleted_is_an_error(registry):
    b = Briefing(sections=[Section("Main", [FactBlock("f-gone")])])
    assert "missing-fact" in _codes(b, registry)


def test_an_empty_section_is_a_warning(registry):
    b = Briefing(sections=[Section("Outlook", [TextBlock("  ")])])
    assert _codes(b, registry) == ["empty-section"]


def test_a_used_fact_with_no_date_is_a_warning(registry):
    b = Briefing()
    b.add_fact(Fact("f-1", "Claim.", ("JCS",)))
    b.sections.append(Section("Main", [FactBlock("f-1")]))
    assert _codes(b, registry) == ["fact-without-date"]


def test_a_missing_classification_is_an_error(registry):
    assert _codes(Briefing(metadata=Metadata(classification="")), registry) == ["no-classification"]
