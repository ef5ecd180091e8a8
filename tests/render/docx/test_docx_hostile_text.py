"""Text XML cannot hold never breaks an export: breaks are mapped, the rest dropped, the file opens."""
from __future__ import annotations

import io

from docx2python import docx2python
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

import pytest

from briefing.domain import AttributionStyle, Fact, FactBlock, JudgmentBlock, TextBlock
from briefing.render.docx import build_docx
from tests.helpers.builders import INVISIBLE_STATEMENTS, blank_fact_briefing
from tests.helpers.docx_reading import W, Package

# Every code point, surrogates and controls included, with the troublesome ones made likely.
HOSTILE = st.text(st.one_of(st.characters(codec=None), st.sampled_from("\x00\x01\x0b\x0c\x1f\x7f\x85\ufffe\ud800\udfff\x02\x03[]*_`#>|\n\t")),
                  max_size=60)


def _opens(data: bytes) -> None:
    package = Package(data)
    for name, content in package.parts.items():
        if name.endswith((".xml", ".rels")):
            etree.fromstring(content)  # raises if any part is not well-formed XML
    with docx2python(io.BytesIO(data)) as read:
        assert read.text is not None


def test_a_vertical_tab_is_a_line_break_and_a_form_feed_a_page_break(example, registry):
    example.sections[0].blocks.append(TextBlock("first\x0bsecond\x0cthird", id="b-breaks"))
    package = Package(build_docx(example, registry))
    p = next(p for p in package.xml("word/document.xml").iter(W + "p")
             if "".join(t.text for t in p.iter(W + "t")) == "firstsecondthird")
    breaks = [br.get(W + "type") for br in p.iter(W + "br")]
    assert breaks == [None, "page"]


def test_control_characters_and_lone_surrogates_are_dropped(example, registry):
    example.metadata.title = "Title\x00 with\x07 bell\ud800 and\ufffe more"
    example.sections[0].blocks.append(TextBlock("odd\x01\x1f\x7f\x9f text\udfff", id="b-odd"))
    package = Package(build_docx(example, registry))
    texts = [text for _, text in package.paragraphs()]
    assert texts[0] == "Title with bell and more"
    assert "odd text" in texts
    assert package.xpath("docProps/core.xml", "//dc:title/text()") == ["Title with bell and more"]


def test_a_ten_thousand_character_line_is_written_whole(example, registry):
    line = "word " * 2000
    example.sections[0].blocks.append(TextBlock(line, id="b-long"))
    texts = [text.strip() for _, text in Package(build_docx(example, registry)).paragraphs()]
    assert line.strip() in texts


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=HOSTILE, statement=HOSTILE.filter(str.strip), paragraph=HOSTILE, long_line=st.booleans())
def test_any_unicode_exports_to_a_file_that_opens(example, registry, title, statement, paragraph, long_line):
    example.metadata.title = title or "t"
    example.metadata.subtitle = example.metadata.author = example.metadata.caveat = title
    if long_line:
        paragraph = paragraph * (10_000 // max(1, len(paragraph)))
    fact = Fact("f-hostile", statement, ("JCS",), tags=(title,))
    example.facts.pop("f-hostile", None)
    example.facts[fact.id] = fact
    example.sections[0].blocks = [FactBlock(fact.id, id="b-h1"), TextBlock(paragraph, id="b-h2"),
                                  JudgmentBlock(paragraph or "j", id="b-h3")]
    for style in ("inline", "notes"):
        example.metadata.attribution_style = type(example.metadata.attribution_style)(style)
        _opens(build_docx(example, registry))


@pytest.mark.parametrize("style, bullet", [(AttributionStyle.INLINE, "[no statement] (JCS)"),
                                           (AttributionStyle.LEAD_IN, "According to the JCS, [no statement]"),
                                           (AttributionStyle.NOTES, "[no statement]----footnote1----")])
@pytest.mark.parametrize("statement", list(INVISIBLE_STATEMENTS.values()), ids=list(INVISIBLE_STATEMENTS))
def test_a_fact_with_no_visible_text_is_a_marked_bullet_in_word_not_an_empty_one(registry, style, bullet,
                                                                               statement):
    data = build_docx(blank_fact_briefing(statement, style), registry)
    with docx2python(io.BytesIO(data)) as read:
        text = read.text
    bullets = [line.split("\t", 1)[1] for line in text.splitlines() if line.startswith("--\t")]
    assert bullets[0] == bullet and len(bullets) == 2
    assert "{:" not in text
