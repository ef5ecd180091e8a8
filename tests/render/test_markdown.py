"""Briefing -> Markdown: every fact carries its attribution in the briefing's chosen style."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from briefing.domain import (
    AttributionStyle, Briefing, Fact, FactBlock, JudgmentBlock, Metadata, Section, Source, SourceDocument,
    TextBlock,
)
from briefing.render import to_html, to_markdown
from briefing.render.tree import element_tree
from tests.helpers.builders import INVISIBLE_STATEMENTS, blank_fact_briefing

GOLDEN = Path(__file__).parent / "golden"


@pytest.mark.parametrize("style", list(AttributionStyle))
def test_the_example_renders_exactly_as_reviewed(example, registry, style):
    example.metadata.attribution_style = style
    expected = (GOLDEN / f"example-{style.value}.md").read_text(encoding="utf-8")
    assert to_markdown(example, registry) == expected


@pytest.mark.parametrize("style", list(AttributionStyle))
def test_every_fact_bullet_in_the_example_carries_its_attribution(example, registry, style):
    example.metadata.attribution_style = style
    bullets = [line for line in to_markdown(example, registry).splitlines() if line.startswith("- ")]
    assert len(bullets) == 13
    pattern = {AttributionStyle.INLINE: r"\((JCS|NIS)\)\.$", AttributionStyle.LEAD_IN: r"^- According to the (JCS|NIS), ",
               AttributionStyle.NOTES: r"\[\^\d+\]$"}[style]
    assert all(re.search(pattern, b) for b in bullets), bullets


def _one_fact(statement="Around 1,100 soldiers were hurt.", sources=("JCS",), style=AttributionStyle.INLINE, **meta):
    b = Briefing(metadata=Metadata(attribution_style=style, **meta))
    b.add_fact(Fact("f-1", statement, sources))
    b.sections.append(Section("Main", [FactBlock("f-1")], id="s-main"))
    return b


def _bullet(briefing, registry):
    return next(line for line in to_markdown(briefing, registry).splitlines() if line.startswith("- "))


def test_inline_attribution_sits_before_the_full_stop(registry):
    assert _bullet(_one_fact(), registry) == "- Around 1,100 soldiers were hurt (JCS)."


def test_two_sources_are_both_named_inline(registry):
    assert _bullet(_one_fact(sources=("JCS", "NIS")), registry) == "- Around 1,100 soldiers were hurt (JCS; NIS)."


def test_a_lead_in_lowers_a_common_first_word_but_never_a_name(registry):
    assert _bullet(_one_fact(style=AttributionStyle.LEAD_IN), registry) == \
        "- According to the JCS, around 1,100 soldiers were hurt."
    named = _one_fact("North Korea fired a missile.", style=AttributionStyle.LEAD_IN, sources=("JCS", "JMOD"))
    assert _bullet(named, registry) == "- According to the JCS and Japan's Defense Ministry, North Korea fired a missile."


def test_source_notes_follow_icd_206_order(registry):
    from datetime import date

    b = _one_fact(style=AttributionStyle.NOTES)
    b.add_document(SourceDocument("d-1", "Press release on casualties", "x" * 50, "", date(2024, 12, 23)))
    b.facts["f-1"].document_id = "d-1"
    b.facts["f-1"].information_as_of = date(2024, 12, 20)
    md = to_markdown(b, registry)
    assert "- Around 1,100 soldiers were hurt.[^1]" in md
    assert ("[^1]: Joint Chiefs of Staff (Republic of Korea); “Press release on casualties”; 23 December 2024; "
            "information as of 20 December 2024.") in md


def test_the_same_fact_used_twice_shares_its_note(registry):
    b = _one_fact(style=AttributionStyle.NOTES)
    b.sections[0].blocks.append(FactBlock("f-1"))
    md = to_markdown(b, registry)
    assert md.count("[^1]") == 3 and "[^2]" not in md


def test_a_fact_without_a_source_is_marked_so_a_reader_sees_it(registry):
    for style in AttributionStyle:
        assert _bullet(_one_fact(sources=(), style=style), registry).endswith("[no source]")


def test_a_source_defined_by_the_briefing_is_named_by_its_prose_name(registry):
    b = _one_fact(sources=("KOREA_CUSTOMS",), style=AttributionStyle.INLINE)
    b.sources.append(Source("KOREA_CUSTOMS", "Korea Customs Service", "the customs service"))
    assert _bullet(b, registry) == "- Around 1,100 soldiers were hurt (the customs service)."


def test_the_classification_line_opens_and_closes_the_briefing(registry):
    lines = to_markdown(_one_fact(classification="SECRET", caveat="REL TO USA, KOR"), registry).strip().splitlines()
    assert lines[0] == lines[-1] == "**SECRET//REL TO USA, KOR**"


def test_portion_marks_start_each_paragraph_and_bullet(registry):
    b = _one_fact(portion_marks=True)
    b.sections[0].blocks += [TextBlock("Background text."), JudgmentBlock("It will continue.")]
    md = to_markdown(b, registry)
    assert "- (U) Around 1,100" in md and "(U) Background text." in md
    assert "(U) **Judgment (moderate confidence):** It will continue." in md


def test_fact_wording_is_literal_text_not_markup(registry):
    assert _bullet(_one_fact("A *star* and <b>tag</b> and [link](x)."), registry) == \
        r"- A \*star\* and \<b>tag\</b> and \[link\](x) (JCS)."


def test_free_paragraphs_keep_their_markdown(registry):
    b = _one_fact()
    b.sections[0].blocks.append(TextBlock("**Bold** and a list:\n\n- one\n- two"))
    assert "**Bold** and a list:\n\n- one\n- two" in to_markdown(b, registry)


def test_the_annotated_text_carries_ids_for_the_preview_and_styles_for_word(registry):
    b = _one_fact()
    b.sections[0].blocks.append(JudgmentBlock("It will continue.", id="b-j"))
    md = to_markdown(b, registry, annotate=True)
    assert "## Main {: #s-main }" in md
    assert "{: #b-j .judgment .confidence-moderate }" in md
    assert "# Untitled briefing {: .title }" in md
    assert "{:" not in to_markdown(b, registry)


def test_a_text_block_ending_in_a_table_or_code_gets_no_attribute_list(example, registry):
    example.sections[0].blocks = [TextBlock("| a |\n|---|\n| 1 |", id="b-table"),
                                  TextBlock("```\nx\n```", id="b-code")]
    text = to_markdown(example, registry, annotate=True)
    assert "| 1 |\n\n" in text and "```\n\n" in text
    assert "#b-table" not in text and "#b-code" not in text


def test_a_table_or_list_in_a_free_paragraph_keeps_its_shape_in_the_annotated_text(registry):
    from briefing.render import to_html

    b = _one_fact()
    b.sections[0].blocks += [TextBlock("| a | b |\n|---|---|\n| 1 | 2 |", id="b-table"),
                             TextBlock("Intro.\n\n- x\n- y", id="b-list"), TextBlock("Plain.", id="b-plain")]
    html = to_html(to_markdown(b, registry, annotate=True))
    assert "{:" not in html
    assert html.count("<tr>") == 2 and "<li>y</li>" in html
    assert '<p class="text" id="b-plain">Plain.</p>' in html


def test_an_empty_paragraph_between_two_facts_leaves_them_in_one_tight_list(registry):
    b = _one_fact()
    fact_block = b.sections[0].blocks[0]
    b.sections[0].blocks += [TextBlock("  \n"), FactBlock(fact_block.fact_id)]
    bullet = "- Around 1,100 soldiers were hurt (JCS)."
    assert f"{bullet}\n{bullet}\n" in to_markdown(b, registry)


# -- a fact that shows no text -------------------------------------------------------------------

NO_STATEMENT_BULLETS = {AttributionStyle.INLINE: "[no statement] (JCS)",
                        AttributionStyle.LEAD_IN: "According to the JCS, [no statement]",
                        AttributionStyle.NOTES: "[no statement]1"}   # the note mark follows


@pytest.mark.parametrize("style", list(AttributionStyle))
@pytest.mark.parametrize("statement", list(INVISIBLE_STATEMENTS.values()), ids=list(INVISIBLE_STATEMENTS))
def test_a_fact_with_no_visible_text_renders_as_a_marked_bullet_not_an_empty_one(registry, style, statement):
    b = blank_fact_briefing(statement, style)
    tree = element_tree(b, registry)            # piece by piece, as the Word writer gets it
    lists = [ul for ul in tree.iter("ul")]
    assert len(lists) == 1                                              # one list, its bullets in order
    items = [(li.get("id"), li.get("class"), "".join(li.itertext())) for li in lists[0]]
    assert [item[:2] for item in items] == [("b-blank", "fact"), ("b-next", "fact")]
    assert items[0][2] == NO_STATEMENT_BULLETS[style]
    html = to_html(to_markdown(b, registry, annotate=True))             # as the preview shows it
    assert "{:" not in html and "{:" not in "".join(tree.itertext())
    assert '<li class="fact" id="b-blank">' in html and html.count("[no statement]") == 1
    bullets = [line for line in to_markdown(b, registry).splitlines() if line.startswith("- ")]   # the .md export
    assert "\\[no statement\\]" in bullets[0] and len(bullets) == 2
