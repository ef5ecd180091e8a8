"""The checks flag template sections nobody wrote and placeholders nobody filled."""
from __future__ import annotations

from datetime import datetime

from briefing.checks import Severity, check_briefing
from briefing.domain import Briefing, Fact, FactBlock, JudgmentBlock, Metadata, Section, TextBlock
from briefing.domain.template import PlaceholderValues, Template, TemplateSection, instantiate


def _problems(briefing, registry, code):
    return [p for p in check_briefing(briefing, registry) if p.code == code]


def _from_template() -> Briefing:
    template = Template(name="memo", title="Memo", sections=[
        TemplateSection("Bottom line", "Decision and deadline.", [TextBlock("**Decision required:** [what].")]),
        TemplateSection("Background", "Only what the reader needs."),
        TemplateSection("Options", "Two to four.", subsections=[TemplateSection("Option 1", "Describe it.")]),
    ])
    return instantiate(template, PlaceholderValues(), datetime(2024, 12, 23, 9, 0))


def test_sections_holding_only_guidance_or_unchanged_boilerplate_are_flagged(registry):
    problems = _problems(_from_template(), registry, "unwritten-section")
    assert [(p.where, p.severity) for p in problems] == [
        ("section 'Bottom line'", Severity.WARNING), ("section 'Background'", Severity.WARNING),
        ("section 'Options'", Severity.WARNING), ("section 'Option 1'", Severity.WARNING)]
    assert "only the template's boilerplate, unchanged" in problems[0].message
    assert "holds nothing yet" in problems[1].message


def test_editing_the_boilerplate_counts_as_writing_the_section(registry):
    briefing = _from_template()
    briefing.sections[0].blocks[0].text = "**Decision required:** approve the exercise plan by Friday."
    assert "section 'Bottom line'" not in [p.where for p in _problems(briefing, registry, "unwritten-section")]


def test_a_fact_or_a_judgment_counts_as_writing_a_section_and_its_parents(registry):
    briefing = _from_template()
    briefing.add_fact(Fact("f-1", "Troops moved.", ("JCS",)))
    briefing.sections[1].blocks.append(FactBlock("f-1"))
    briefing.sections[2].subsections[0].blocks.append(JudgmentBlock("Option 1 is likely cheaper."))
    assert [p.where for p in _problems(briefing, registry, "unwritten-section")] == ["section 'Bottom line'"]


def test_a_section_without_guidance_is_left_to_the_empty_section_check(registry):
    briefing = Briefing(sections=[Section("Annex", [TextBlock(" ")])])
    assert [p.code for p in check_briefing(briefing, registry)] == ["empty-section"]
    briefing.sections[0].guidance = "Add the annex."
    assert [p.code for p in check_briefing(briefing, registry)] == ["unwritten-section"]


def test_unfilled_placeholders_are_flagged_wherever_they_are_exported(registry):
    briefing = Briefing(metadata=Metadata(title="SITREP {{report_number}}", caveat="{{classification}}"))
    briefing.add_fact(Fact("f-1", "As of {{date}} troops moved.", ("JCS",)))
    briefing.sections = [Section("Area {{ title }}", [TextBlock("By {{author}} for {{author}}."), FactBlock("f-1"),
                                                      JudgmentBlock("{{organisation}} expects calm.")],
                                 guidance="Leave {{date}} here, guidance is never exported.")]
    messages = [(p.where, p.message) for p in _problems(briefing, registry, "unfilled-placeholder")]
    assert messages == [
        ("briefing properties", "the title still holds {{report_number}}; replace it with the real value"),
        ("briefing properties", "the handling caveat still holds {{classification}}; replace it with the real value"),
        ("section 'Area {{ title }}'", "the heading still holds {{title}}; replace it with the real value"),
        ("section 'Area {{ title }}'", "a paragraph still holds {{author}}; replace it with the real value"),
        ("section 'Area {{ title }}'", "a fact's wording still holds {{date}}; replace it with the real value"),
        ("section 'Area {{ title }}'", "a judgment still holds {{organisation}}; replace it with the real value"),
    ]
    assert all(p.severity is Severity.WARNING for p in _problems(briefing, registry, "unfilled-placeholder"))


def test_a_briefing_made_from_a_template_and_written_in_full_is_clean(registry):
    briefing = _from_template()
    for section, _ in briefing.walk_sections():
        section.blocks = [TextBlock(f"What the analyst wrote for {section.heading}.")]
    assert check_briefing(briefing, registry) == []
