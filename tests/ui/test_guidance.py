"""A template's guidance is shown while editing its section, and never exported."""
from __future__ import annotations

from datetime import datetime

import pytest

from briefing.domain import Briefing, Fact, FactBlock, Section, TextBlock
from briefing.domain.template import PlaceholderValues, instantiate
from briefing.render import to_markdown
from briefing.resources import BUILTIN_TEMPLATES
from briefing.storage.template_store import TemplateStore

SITREP_GUIDANCE = "Two to four sentences on what has changed since the last report"


@pytest.fixture
def sitrep(tmp_path):
    template = TemplateStore(BUILTIN_TEMPLATES, tmp_path / "mine").load("situation-report")
    briefing = instantiate(template, PlaceholderValues(report_number="12"), datetime(2024, 12, 23, 9, 5))
    briefing.facts["f-1"] = Fact("f-1", "Around 1,100 North Korean soldiers were killed or injured.", ("JCS",))
    briefing.sections[0].blocks.append(FactBlock("f-1"))
    return briefing


def test_the_guidance_shows_above_a_paragraph_and_a_bullet_of_its_section(make_window, sitrep):
    window = make_window(sitrep)
    situation = sitrep.sections[0]
    paragraph, bullet = situation.blocks
    window.outline.select(paragraph.id)
    guidance = window.editor.guidance
    assert guidance.isVisible()
    assert guidance.text().startswith("Guidance for “Situation” (not exported): " + SITREP_GUIDANCE)
    assert window.editor.text.toPlainText() == paragraph.text       # the paragraph is what is edited
    window.outline.select(bullet.id)
    assert guidance.isVisible() and SITREP_GUIDANCE in guidance.text()
    assert window.editor.text.toPlainText() == sitrep.facts["f-1"].statement


def test_selecting_a_section_shows_its_guidance(make_window, sitrep):
    window = make_window(sitrep)
    window.outline.select(sitrep.sections[1].id)
    assert window.editor.guidance.isVisible()
    assert "Guidance for “Threat activity” (not exported): One bullet per reported activity" in \
        window.editor.guidance.text()


def test_a_section_without_guidance_and_a_fact_from_the_library_show_none(make_window):
    briefing = Briefing(facts={"f-1": Fact("f-1", "A statement.", ("JCS",))},
                        sections=[Section("Plain", [TextBlock("Text."), FactBlock("f-1")])])
    window = make_window(briefing)
    window.outline.select(briefing.sections[0].blocks[0].id)
    assert not window.editor.guidance.isVisible()
    window.editor.show_fact("f-1")
    assert not window.editor.guidance.isVisible()


def test_a_fact_shown_from_the_library_hides_the_guidance_of_the_last_section(make_window, sitrep):
    window = make_window(sitrep)
    window.outline.select(sitrep.sections[0].blocks[0].id)
    window.editor.show_fact("f-1")
    assert not window.editor.guidance.isVisible()


def test_the_guidance_is_in_the_outline_tooltip(make_window, sitrep):
    from PySide6.QtCore import Qt

    window = make_window(sitrep)
    index = window.outline.model.index_of(sitrep.sections[3].id)
    assert window.outline.model.data(index, Qt.ItemDataRole.ToolTipRole).startswith(
        "Guidance: What you expect over the next 24 to 72 hours")


def test_guidance_never_reaches_the_exported_markdown(make_window, sitrep, qtbot, tmp_path, registry):
    window = make_window(sitrep)
    target = tmp_path / "sitrep.md"
    with qtbot.waitSignal(window.exports.finished, timeout=10000):
        assert window.exports.export("md", target)
    exported = target.read_text(encoding="utf-8")
    assert "This report covers developments up to 23 December 2024, 09:05." in exported     # boilerplate goes out
    for section, _ in sitrep.walk_sections():
        assert section.guidance and section.guidance not in exported
        assert section.guidance[:40] not in exported
    assert "Guidance" not in exported
    assert exported == to_markdown(window.document.briefing, registry)
