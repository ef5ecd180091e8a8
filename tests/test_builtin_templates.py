"""The built-in templates in templates/: each loads, makes a briefing that renders, and guides its writer."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
import zipfile
from datetime import datetime

import pytest

from briefing.checks import Severity, check_briefing
from briefing.domain import AttributionStyle, JudgmentBlock, TextBlock
from briefing.domain.template import PlaceholderValues, instantiate
from briefing.render import escape_inline, to_html, to_markdown
from briefing.resources import BUILTIN_TEMPLATES
from briefing.storage.templates import SUFFIX, dumps_template, load_template
from tests.helpers import make_house_style

FILES = sorted(BUILTIN_TEMPLATES.glob(f"*{SUFFIX}"))
NAMES = [path.name[: -len(SUFFIX)] for path in FILES]
NOW = datetime(2024, 12, 23, 9, 0)
VALUES = PlaceholderValues(author="Kim Min-ji", organisation="J2 Korea Desk", report_number="24-117")


def test_there_are_the_five_formats_staff_write_most():
    assert {"situation-report", "intelligence-summary", "daily-read-ahead", "decision-memo",
            "key-judgments-assessment"} <= set(NAMES)


@pytest.mark.parametrize("path", FILES, ids=NAMES)
def test_each_built_in_is_stored_in_canonical_form_so_its_diffs_stay_small(path):
    assert dumps_template(load_template(path)) == path.read_text(encoding="utf-8")


@pytest.mark.parametrize("path", FILES, ids=NAMES)
def test_each_built_in_guides_every_section(path):
    template = load_template(path)
    assert template.title and len(template.description.split()) >= 10
    guidance = [section.guidance for section, _ in template.walk_sections()]
    assert all(len(g.split()) >= 15 for g in guidance), guidance
    assert len(set(guidance)) >= len(template.sections)  # not one paragraph pasted everywhere


@pytest.mark.parametrize("path", FILES, ids=NAMES)
def test_each_built_in_makes_a_briefing_that_renders_without_its_guidance(path, registry):
    template = load_template(path)
    briefing = instantiate(template, VALUES, NOW)
    markdown = to_markdown(briefing, registry)
    for section, _ in briefing.walk_sections():
        assert f" {escape_inline(section.heading)}\n" in markdown
        assert section.guidance not in markdown
    for block in (b for s, _ in briefing.walk_sections() for b in s.blocks):
        assert isinstance(block, (TextBlock, JudgmentBlock)) and "{{" not in block.text
    assert "23 December 2024" in markdown and "<h2" in to_html(markdown)


@pytest.mark.parametrize("path", FILES, ids=NAMES)
def test_a_fresh_briefing_from_each_built_in_has_warnings_to_write_it_and_no_errors(path, registry):
    problems = check_briefing(instantiate(load_template(path), VALUES, NOW), registry)
    assert not [p for p in problems if p.severity is Severity.ERROR]
    assert any(p.code == "unwritten-section" for p in problems)


def test_the_situation_report_is_numbered_and_says_when_the_next_one_is_due(registry):
    template = load_template(BUILTIN_TEMPLATES / f"situation-report{SUFFIX}")
    assert [s.heading for s in template.sections] == ["Situation", "Threat activity", "Own and allied activity",
                                                      "Outlook", "Next report"]
    assert instantiate(template, VALUES, NOW).metadata.title == "SITREP 24-117"
    unnumbered = instantiate(template, PlaceholderValues(), NOW)
    assert "unfilled-placeholder" in [p.code for p in check_briefing(unnumbered, registry)]


def test_the_key_judgments_assessment_uses_one_likelihood_scale_and_source_notes():
    template = load_template(BUILTIN_TEMPLATES / f"key-judgments-assessment{SUFFIX}")
    assert template.metadata.attribution_style is AttributionStyle.NOTES and template.metadata.portion_marks
    text = " ".join(b.text for s, _ in template.walk_sections() for b in s.boilerplate)
    scale = ["almost no chance", "very unlikely", "unlikely", "roughly even chance", "likely", "very likely",
             "almost certain"]
    assert all(term in text for term in scale)
    other_scale = ["remote", "highly improbable", "improbable", "roughly even odds", "probable",
                   "highly probable", "nearly certain"]
    assert not [t for t in other_scale if re.search(rf"\b{t}\b", text)]
    assert {"Key judgments", "Discussion", "Alternative view", "Source summary"} <= \
        {s.heading for s in template.sections}


def test_the_decision_memo_brings_its_own_word_look():
    template = load_template(BUILTIN_TEMPLATES / f"decision-memo{SUFFIX}")
    assert template.reference_doc.endswith("decision-memo.reference.docx")
    options = next(s for s in template.sections if s.heading == "Options")
    assert len(options.subsections) >= 2
    assert all(any("Pros" in b.text for b in o.boilerplate) and any("Cons" in b.text for b in o.boilerplate)
               for o in options.subsections)


def _house_style(docx) -> dict:
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    with zipfile.ZipFile(docx) as z:
        styles, document = ET.fromstring(z.read("word/styles.xml")), ET.fromstring(z.read("word/document.xml"))
    out = {}
    for style in styles.iter(f"{w}style"):
        if style.get(f"{w}styleId") in ("Normal", "Title", "Heading1", "Heading2"):
            fonts, color = style.find(f"{w}rPr/{w}rFonts"), style.find(f"{w}rPr/{w}color")
            out[style.get(f"{w}styleId")] = (dict(fonts.attrib), color.get(f"{w}val") if color is not None else None)
    size = document.find(f"{w}body/{w}sectPr/{w}pgSz")
    margins = document.find(f"{w}body/{w}sectPr/{w}pgMar")
    out["page"] = (size.get(f"{w}w"), size.get(f"{w}h"), margins.get(f"{w}left"), margins.get(f"{w}top"))
    return out


def test_the_decision_memo_reference_docx_holds_its_house_style_and_matches_its_script(tmp_path):
    shipped = _house_style(BUILTIN_TEMPLATES / "decision-memo.reference.docx")
    georgia = {"{http://schemas.openxmlformats.org/wordprocessingml/2006/main}ascii": "Georgia",
               "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}hAnsi": "Georgia"}
    assert shipped["Heading1"] == (georgia, "1F3864") and shipped["Title"] == (georgia, "1F3864")
    assert shipped["page"] == ("11906", "16838", "1134", "1134")  # A4, 20 mm margins (in twips)
    make_house_style.make(tmp_path / "again.docx")
    assert _house_style(tmp_path / "again.docx") == shipped
