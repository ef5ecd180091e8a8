"""The incremental preview renderer: what it shows equals a full rendering, and it redoes only what changed."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from briefing.domain import AttributionStyle, TextBlock
from briefing.render import to_html, to_markdown
from briefing.ui.preview.renderer import CLOSING, TITLE, PreviewRenderer
from briefing.ui.snapshot import snapshot
from tests.helpers.builders import blank_fact_briefing, briefing_with_facts


@pytest.mark.parametrize("style", list(AttributionStyle))
def test_the_markdown_tab_shows_exactly_the_exported_markdown(example, registry, style):
    example.metadata = replace(example.metadata, attribution_style=style)
    update = PreviewRenderer(registry).render(snapshot(example))
    assert update.markdown == to_markdown(example, registry)


def test_the_first_rendering_gives_every_part_in_document_order(example, registry):
    update = PreviewRenderer(registry).render(snapshot(example))
    assert update.order == (TITLE, *[s.id for s in example.sections], CLOSING)
    assert set(update.html) == set(update.order)
    assert "\n".join(update.html[p] for p in update.order) == to_html(to_markdown(example, registry, annotate=True))


def test_an_edit_in_one_section_re_renders_only_that_section(example, registry):
    renderer = PreviewRenderer(registry)
    renderer.render(snapshot(example))
    section = example.sections[1]
    fact = example.facts[section.blocks[0].fact_id]
    example.facts[fact.id] = replace(fact, statement="Reworded statement.")
    update = renderer.render(snapshot(example), dirty={section.id})
    assert update.rendered == {TITLE, section.id}
    assert list(update.html) == [section.id]
    assert "Reworded statement (JCS)." in update.html[section.id]
    assert "Reworded statement (JCS)." in update.markdown


@pytest.mark.parametrize("style", list(AttributionStyle))
def test_a_new_date_of_information_renders_the_closing_again(example, registry, style):
    example.metadata = replace(example.metadata, attribution_style=style)
    renderer = PreviewRenderer(registry)
    renderer.render(snapshot(example))
    section = example.sections[1]
    fact = example.facts[section.blocks[0].fact_id]
    example.facts[fact.id] = replace(fact, information_as_of=date(2019, 1, 2))
    update = renderer.render(snapshot(example), dirty={section.id})
    assert CLOSING in update.rendered and "2 January 2019" in update.html[CLOSING]
    assert update.markdown == to_markdown(example, registry)


def test_a_section_not_marked_dirty_is_not_rendered_again(example, registry):
    renderer = PreviewRenderer(registry)
    renderer.render(snapshot(example))
    update = renderer.render(snapshot(example), dirty=set())
    assert update.html == {}


def test_a_new_section_is_rendered_even_when_nobody_said_so(example, registry):
    from briefing.domain import Section

    renderer = PreviewRenderer(registry)
    renderer.render(snapshot(example))
    example.sections.append(Section("Annex", [TextBlock("More.", id="b-annex")], id="s-annex"))
    update = renderer.render(snapshot(example), dirty=set())
    assert update.order[-2] == "s-annex" and "s-annex" in update.html
    assert "Annex" in update.markdown


def test_in_the_notes_style_note_marks_link_to_notes_listed_at_the_end(example, registry):
    example.metadata = replace(example.metadata, attribution_style=AttributionStyle.NOTES)
    update = PreviewRenderer(registry).render(snapshot(example))
    body = "".join(update.html[p] for p in update.order)
    assert 'class="noteref" href="#fn:1"' in body
    assert update.order[-1] == "notes-1" and 'id="fn:1"' in update.html["notes-1"]
    assert "[^" not in body


def test_a_statement_cannot_make_a_note_mark_of_its_own(registry):
    briefing = notes_style(briefing_with_facts(3))
    fact = briefing.facts["f-1"]
    briefing.facts["f-1"] = replace(fact, statement="Odd \ue0007\ue001 characters [^2] here.")
    html = PreviewRenderer(registry).render(snapshot(briefing)).html["s-0"]
    assert html.count('class="noteref"') == 3 and 'href="#fn:7"' not in html
    assert "Odd 7 characters [^2] here." in html
    assert "\ue000" not in html and "\ue001" not in html


def test_a_long_list_of_notes_comes_in_parts_each_numbered_from_its_first_note(registry):
    briefing = notes_style(briefing_with_facts(100))
    update = PreviewRenderer(registry).render(snapshot(briefing))
    assert update.order[-3:] == ("notes-1", "notes-41", "notes-81")
    assert update.html["notes-41"].count("<li ") == 40 and '<ol start="41">' in update.html["notes-41"]
    assert 'id="fn:41"' in update.html["notes-41"] and 'id="fn:100"' in update.html["notes-81"]
    assert "<hr>" in update.html["notes-1"] and "<hr>" not in update.html["notes-41"]


def test_the_notes_parts_go_when_the_briefing_leaves_the_notes_style(registry):
    briefing = notes_style(briefing_with_facts(100))
    renderer = PreviewRenderer(registry)
    renderer.render(snapshot(briefing))
    briefing.metadata = replace(briefing.metadata, attribution_style=AttributionStyle.INLINE)
    update = renderer.render(snapshot(briefing))
    assert update.order[-1] == CLOSING
    assert not any(part.startswith("notes-") for part in update.html)


def notes_style(example):
    example.metadata = replace(example.metadata, attribution_style=AttributionStyle.NOTES)
    return example


def test_in_the_notes_style_a_reworded_fact_re_renders_only_its_section(example, registry):
    briefing = notes_style(example)
    renderer = PreviewRenderer(registry)
    renderer.render(snapshot(briefing))
    section = briefing.sections[2]
    fact = briefing.facts[section.blocks[0].fact_id]
    briefing.facts[fact.id] = replace(fact, statement="Reworded.")
    update = renderer.render(snapshot(briefing), dirty={section.id})
    assert update.rendered - {TITLE, CLOSING} == {section.id}
    assert list(update.html) == [section.id]
    assert update.markdown == to_markdown(briefing, registry)


def test_in_the_notes_style_a_new_first_note_renumbers_the_sections_after_it(example, registry):
    from briefing.domain import FactBlock

    briefing = notes_style(example)
    renderer = PreviewRenderer(registry)
    renderer.render(snapshot(briefing))
    first = briefing.sections[0]
    first.blocks.insert(0, FactBlock("f-fence", id="b-early"))
    update = renderer.render(snapshot(briefing), dirty={first.id})
    assert {s.id for s in briefing.sections[1:4]} <= update.rendered
    assert update.markdown == to_markdown(briefing, registry)
    assert 'href="#fn:1"' in update.html[first.id]


@pytest.mark.parametrize("style, statement", [
    *((style, statement) for style in AttributionStyle for statement in ("\x02\x03", "\u200b")),
    (AttributionStyle.NOTES, "\ue000"),        # the preview's own note mark, which it takes out of statements
])
def test_a_fact_that_shows_no_text_is_previewed_as_a_marked_bullet(registry, style, statement):
    update = PreviewRenderer(registry).render(snapshot(blank_fact_briefing(statement, style)))
    html = "".join(update.html.values())
    assert '<li class="fact" id="b-blank">' in html and html.count("[no statement]") == 1
    assert "{:" not in html and "{:" not in update.markdown
