"""A template becomes a briefing with its placeholders filled; a briefing can become a template."""
from __future__ import annotations

from datetime import datetime

import pytest

from briefing.domain import (
    AttributionStyle, Briefing, Confidence, Fact, FactBlock, JudgmentBlock, Metadata, Section, TextBlock,
    ValidationError,
)
from briefing.domain.template import (
    MetadataDefaults, PlaceholderError, PlaceholderValues, Template, TemplateSection, fill, instantiate,
    is_template_name, placeholders_in, slugify, template_from_briefing,
)

NOW = datetime(2024, 12, 23, 9, 5, 41)


def _template(**metadata) -> Template:
    return Template(
        name="sitrep", title="Situation report", description="A numbered update.",
        metadata=MetadataDefaults(**metadata),
        sections=[
            TemplateSection("Situation {{report_number}}", "Two to four sentences on what changed.",
                            [TextBlock("Covers events up to {{datetime}}, prepared by {{author}}.")]),
            TemplateSection("Outlook", "What you expect next.", [JudgmentBlock("{{title}} expects calm.",
                                                                                Confidence.LOW)],
                            [TemplateSection("Indicators", "Observable signs.")]),
        ])


# -- placeholders ------------------------------------------------------------------------------

def test_placeholders_are_found_with_spaces_trimmed():
    assert placeholders_in("{{date}} and {{ author }} and {{nope}}") == ["date", "author", "nope"]


def test_fill_leaves_a_placeholder_without_a_value_as_written():
    assert fill("Report {{report_number}} of {{date}}", {"date": "1 May 2024", "report_number": ""}) == \
        "Report {{report_number}} of 1 May 2024"


def test_a_new_briefing_is_dated_now_and_its_placeholders_are_filled():
    briefing = instantiate(_template(title="SITREP {{report_number}}", subtitle="As of {{datetime}}"),
                           PlaceholderValues(author="Kim Min-ji", report_number="12"), NOW)
    assert briefing.metadata.title == "SITREP 12"
    assert briefing.metadata.subtitle == "As of 23 December 2024, 09:05"
    assert briefing.metadata.date_time == datetime(2024, 12, 23, 9, 5)
    assert briefing.metadata.author == "Kim Min-ji" and briefing.metadata.report_number == "12"
    assert briefing.sections[0].heading == "Situation 12"
    assert briefing.sections[0].blocks[0].text == "Covers events up to 23 December 2024, 09:05, prepared by Kim Min-ji."


def test_title_placeholder_stands_for_the_final_title():
    briefing = instantiate(_template(), PlaceholderValues(title="Kursk front"), NOW)
    judgment = briefing.sections[1].blocks[0]
    assert judgment.text == "Kursk front expects calm." and judgment.confidence is Confidence.LOW


def test_without_a_title_the_briefing_is_titled_like_the_template():
    assert instantiate(_template(), PlaceholderValues(), NOW).metadata.title == "Situation report"


def test_an_empty_value_leaves_its_placeholder_visible_for_the_check():
    briefing = instantiate(_template(title="SITREP {{report_number}}"), PlaceholderValues(), NOW)
    assert briefing.metadata.title == "SITREP {{report_number}}"
    assert briefing.metadata.report_number == ""
    assert briefing.sections[0].heading == "Situation {{report_number}}"
    assert "prepared by {{author}}." in briefing.sections[0].blocks[0].text


def test_defaults_may_use_each_other():
    briefing = instantiate(_template(title="{{organisation}} daily", organisation="J2 {{classification}}"),
                           PlaceholderValues(classification="SECRET"), NOW)
    assert briefing.metadata.organisation == "J2 SECRET" and briefing.metadata.title == "J2 SECRET daily"


def test_defaults_that_refer_to_each_other_in_a_circle_are_refused():
    with pytest.raises(ValidationError, match=r"refers to itself \(\{\{author\}\} -> \{\{organisation\}\} -> "
                                              r"\{\{author\}\}\)"):
        instantiate(_template(author="{{organisation}}", organisation="by {{author}}"), PlaceholderValues(), NOW)


def test_values_the_user_gives_are_taken_literally():
    briefing = instantiate(_template(), PlaceholderValues(title="About {{date}}"), NOW)
    assert briefing.metadata.title == "About {{date}}"


def test_an_unknown_placeholder_is_an_error_that_names_it():
    template = _template()
    template.sections[1].subsections[0].boilerplate.append(TextBlock("Watch {{region}}."))
    with pytest.raises(PlaceholderError) as caught:
        instantiate(template, PlaceholderValues(), NOW)
    assert caught.value.name == "region"
    assert "{{region}}" in str(caught.value) and "'Outlook' > 'Indicators'" in str(caught.value)
    assert "{{report_number}}" in str(caught.value)  # the message lists the ones there are


def test_guidance_is_carried_over_as_written_and_never_filled():
    template = _template()
    template.sections[0].guidance = "Leave {{report_number}} until you have one."
    briefing = instantiate(template, PlaceholderValues(report_number="7"), NOW)
    assert briefing.sections[0].guidance == "Leave {{report_number}} until you have one."
    assert briefing.sections[1].subsections[0].guidance == "Observable signs."


def test_a_section_remembers_its_boilerplate_as_filled_in():
    briefing = instantiate(_template(), PlaceholderValues(author="Kim"), NOW)
    assert briefing.sections[0].template_text == ("Covers events up to 23 December 2024, 09:05, prepared by Kim.",)
    assert briefing.sections[1].subsections[0].template_text == ()


def test_two_briefings_from_one_template_share_no_ids_and_leave_it_unchanged():
    template = _template()
    before = repr(template)
    one, two = (instantiate(template, PlaceholderValues(), NOW) for _ in range(2))
    ids = lambda b: {s.id for s, _ in b.walk_sections()} | {x.id for s, _ in b.walk_sections() for x in s.blocks}
    assert not ids(one) & ids(two)
    assert repr(template) == before


def test_metadata_defaults_carry_style_marks_and_the_reference_doc():
    template = _template(attribution_style=AttributionStyle.NOTES, portion_marks=True, caveat="NOFORN")
    template.reference_doc = "/styles/house.docx"
    m = instantiate(template, PlaceholderValues(), NOW).metadata
    assert (m.attribution_style, m.portion_marks, m.caveat, m.reference_doc) == \
        (AttributionStyle.NOTES, True, "NOFORN", "/styles/house.docx")


def test_template_names_are_slugs():
    assert is_template_name("situation-report") and is_template_name("j2")
    assert not any(map(is_template_name, ["", "Sitrep", "-a", "a-", "a b", "../x", "a" * 65]))
    assert slugify("Weekly INTSUM (J2)") == "weekly-intsum-j2"


# -- briefing -> template ----------------------------------------------------------------------

def _briefing() -> Briefing:
    b = Briefing(metadata=Metadata(title="SITREP 12", author="Kim", report_number="12",
                                   attribution_style=AttributionStyle.LEAD_IN, reference_doc="/s/house.docx"))
    b.add_fact(Fact("f-1", "Troops moved.", ("JCS",)))
    b.sections = [Section("Situation", [TextBlock("Standing text."), FactBlock("f-1"), TextBlock("  ")],
                          [Section("Detail", [JudgmentBlock("Likely more.", Confidence.HIGH)], guidance="Say more.")],
                          guidance="What changed.")]
    return b


def test_a_briefing_becomes_a_template_with_its_structure_metadata_and_paragraphs():
    template = template_from_briefing(_briefing(), "my-sitrep", "My SITREP", "Ours.")
    assert (template.name, template.title, template.description) == ("my-sitrep", "My SITREP", "Ours.")
    assert template.metadata.title == "SITREP 12" and template.metadata.author == "Kim"
    assert template.metadata.attribution_style is AttributionStyle.LEAD_IN
    assert template.metadata.report_number == ""  # a report number belongs to one report
    assert template.reference_doc == "/s/house.docx"
    section = template.sections[0]
    assert (section.heading, section.guidance) == ("Situation", "What changed.")
    assert [b.text for b in section.boilerplate] == ["Standing text."]
    assert section.subsections[0].boilerplate[0].confidence is Confidence.HIGH
    assert template.facts == {} and template.documents == {}


def test_facts_go_into_a_template_only_when_asked():
    template = template_from_briefing(_briefing(), "my-sitrep", "My SITREP", include_facts=True)
    assert list(template.facts) == ["f-1"]
    assert [type(b).__name__ for b in template.sections[0].boilerplate] == ["TextBlock", "FactBlock"]


def test_a_briefing_with_an_unknown_placeholder_cannot_become_a_template():
    b = _briefing()
    b.sections[0].blocks.append(TextBlock("See {{annex}}."))
    with pytest.raises(PlaceholderError, match=r"\{\{annex\}\}"):
        template_from_briefing(b, "my-sitrep", "My SITREP")


@pytest.mark.parametrize("name, title, message", [("My Sitrep", "T", "not a template name"),
                                                  ("ok", " ", "has no title")])
def test_a_template_needs_a_name_and_a_title(name, title, message):
    with pytest.raises(ValidationError, match=message):
        template_from_briefing(_briefing(), name, title)


def test_save_as_template_then_new_from_template_gives_the_same_briefing_back(example):
    template = template_from_briefing(example, "troops", "Troops", include_facts=True)
    again = instantiate(template, PlaceholderValues(report_number=example.metadata.report_number), NOW)
    assert again.metadata.title == example.metadata.title
    assert again.facts == example.facts and again.documents == example.documents
    shape = lambda b: [(s.heading, depth, s.guidance, [(type(x).__name__, getattr(x, "text", None),
                                                       getattr(x, "fact_id", None)) for x in s.blocks])
                       for s, depth in b.walk_sections()]
    assert shape(again) == shape(example)
