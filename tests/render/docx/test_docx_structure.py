"""The Word file has the structure a staff officer expects: real styles, lists, links, tables, banners."""
from __future__ import annotations

import shutil

import pytest

from briefing.domain import Confidence, JudgmentBlock, TextBlock
from tests.helpers.docx_reading import W, pandoc_markdown

needs_pandoc = pytest.mark.skipif(shutil.which("pandoc") is None, reason="pandoc is not installed")


def _by_text(package, fragment):
    return next(style for style, text in package.paragraphs() if fragment in text)


def test_the_title_block_uses_title_subtitle_and_byline_styles(example, export):
    package = export(example)
    ids = package.style_ids()
    first = package.paragraphs()[:3]
    assert first == [(ids["Title"], "North Korean troops in Russia's war"),
                     (ids["Subtitle"], "Casualties, arms transfers and border fortification"),
                     (ids["Byline"], "Duty analyst · Korea Desk · 23 December 2024, 18:00 · Report KD-2024-117")]


def test_section_headings_are_word_headings_one_level_below_the_title(rich, export):
    package = export(rich)
    ids = package.style_ids()
    assert _by_text(package, "Bottom line up front") == ids["heading 1"]
    assert _by_text(package, "Kursk front") == ids["heading 2"]
    assert _by_text(package, "Drone units") == ids["heading 3"]
    assert _by_text(package, "Source documents") == ids["heading 1"]


def test_facts_are_bullets_and_judgments_have_their_own_style_showing_confidence(example, export):
    package = export(example)
    ids = package.style_ids()
    bullets = [text for style, text in package.paragraphs() if style == ids["List Bullet"]]
    assert len(bullets) == 13 and bullets[0].startswith("Around 1,100 North Korean soldiers")
    judgments = [text for style, text in package.paragraphs() if style == ids["Judgment"]]
    assert [j.split(":")[0] for j in judgments] == ["Judgment (moderate confidence)",
                                                    "Judgment (moderate confidence)", "Judgment (low confidence)"]


def _numbering(package):
    """{numId: (abstractNumId, {level: start override})} and {abstractNumId: format of level 0}."""
    root = package.xml("word/numbering.xml")
    formats = {a.get(W + "abstractNumId"): a.find(f"{W}lvl/{W}numFmt").get(W + "val")
               for a in root.iter(W + "abstractNum")}
    nums = {}
    for num in root.iter(W + "num"):
        overrides = {o.get(W + "ilvl"): o.find(f"{W}startOverride").get(W + "val")
                     for o in num.iter(W + "lvlOverride")}
        nums[num.get(W + "numId")] = (formats[num.find(W + "abstractNumId").get(W + "val")], overrides)
    return nums


def _list_items(package):
    """(text, numId, level) of every numbered paragraph in the body."""
    out = []
    for p in package.xml("word/document.xml").iter(W + "p"):
        num = p.find(f"{W}pPr/{W}numPr")
        if num is not None:
            out.append(("".join(p.itertext()), num.find(W + "numId").get(W + "val"),
                        num.find(W + "ilvl").get(W + "val")))
    return out


def test_each_numbered_list_restarts_at_one(rich, export):
    package = export(rich)
    nums = _numbering(package)
    items = {text: (num_id, level) for text, num_id, level in _list_items(package)}
    first, again = items["first step"][0], items["again one"][0]
    assert first != again and items["third step"][0] == first
    for num_id in (first, again):
        assert nums[num_id] == ("decimal", {"0": "1"})
    sources = items[next(t for t in items if t.startswith("News website"))][0]
    assert sources not in (first, again) and nums[sources] == ("decimal", {"0": "1"})


def test_nested_lists_are_indented_one_level_with_level_two_styles(rich, export):
    package = export(rich)
    ids = package.style_ids()
    items = {text: (num_id, level) for text, num_id, level in _list_items(package)}
    assert items["nested point"][1] == "1" and items["first step"][1] == "0"
    assert _numbering(package)[items["nested point"][0]][0] == "bullet"
    assert _by_text(package, "nested point") == ids["List Bullet 2"]
    assert _by_text(package, "first step") == ids["List Number"]


@needs_pandoc
def test_bold_italic_code_and_links_survive_as_word_formatting(rich, export, tmp_path):
    package = export(rich)
    markdown = pandoc_markdown(package.data, tmp_path)
    assert "**heavy losses**" in markdown
    assert "**consistent**, *mostly*, with `B2` grades" in markdown
    assert "[the JCS site](https://www.jcs.mil.kr)" in markdown
    link = package.xpath("word/document.xml", "//w:hyperlink[.//w:t='the JCS site']")[0]
    assert link.find(f"{W}r/{W}rPr/{W}rStyle").get(W + "val") == package.style_ids()["Hyperlink"]
    assert "https://www.jcs.mil.kr" in package.related("word/document.xml", "/hyperlink")


def test_tables_become_word_tables_with_a_repeating_header_row(rich, export):
    package = export(rich)
    table = package.xpath("word/document.xml", "//w:tbl")[0]
    rows = [["".join(c.itertext()) for c in tr.iter(W + "tc")] for tr in table.iter(W + "tr")]
    assert rows[:3] == [["Source", "Grade"], ["JCS", "B2"], ["NIS", "C3"]]
    assert table.find(f"{W}tr/{W}trPr/{W}tblHeader") is not None
    assert table.find(f"{W}tblPr/{W}tblStyle").get(W + "val") == package.style_ids()["Table Grid"]


def test_block_quotes_use_the_quote_style(rich, export):
    package = export(rich)
    assert _by_text(package, "Seoul will respond sternly.") == package.style_ids()["Quote"]


def test_styles_the_document_lacks_are_created_with_their_names(example, export):
    example.sections[0].blocks.append(JudgmentBlock("Likely.", Confidence.HIGH))
    ids = export(example).style_ids()
    for name in ("Judgment", "Byline", "Classification Banner", "Verbatim Char", "footnote text",
                 "footnote reference", "Hyperlink", "Table Grid", "List Bullet 2", "Quote"):
        assert name in ids, name


def test_the_banner_is_in_every_header_and_footer_and_not_repeated_in_the_body(example, export):
    package = export(example)
    banner = "UNCLASSIFIED//FOR OFFICIAL USE ONLY"
    assert not any(banner in text for _, text in package.paragraphs())
    (header,) = package.related("word/document.xml", "/header")
    (footer,) = package.related("word/document.xml", "/footer")
    assert [text for _, text in package.paragraphs(f"word/{header}")] == [banner]
    assert [text for _, text in package.paragraphs(f"word/{footer}")][-1] == banner
    centred = package.xpath(f"word/{header}", "//w:p/w:pPr/w:jc/@w:val")
    assert centred == ["center"]


def test_the_footer_counts_pages_with_page_and_numpages_fields(example, export):
    package = export(example)
    (footer,) = package.related("word/document.xml", "/footer")
    instructions = [t.strip() for t in package.xpath(f"word/{footer}", "//w:instrText/text()")]
    assert instructions == ["PAGE", "NUMPAGES"]
    assert package.paragraphs(f"word/{footer}")[0][1] == "Page 1 of 1"


def test_portion_marks_come_through_when_the_briefing_uses_them(example, export):
    example.metadata.portion_marks = True
    texts = [text for _, text in export(example).paragraphs()]
    assert any(text.startswith("(U) Around 1,100 North Korean soldiers") for text in texts)


def test_the_body_ends_with_its_section_properties(example, export):
    body = export(example).xml("word/document.xml").find(W + "body")
    assert body[-1].tag == W + "sectPr"
    size = body[-1].find(W + "pgSz")
    assert (size.get(W + "w"), size.get(W + "h")) == ("11906", "16838")  # A4


def test_a_text_block_ending_in_a_table_gets_no_stray_row(example, export):
    example.sections[0].blocks.append(TextBlock("| Source | Grade |\n|---|---|\n| JCS | B2 |", id="b-table"))
    table = export(example).xpath("word/document.xml", "//w:tbl")[0]
    rows = [["".join(c.itertext()) for c in tr.iter(W + "tc")] for tr in table.iter(W + "tr")]
    assert rows == [["Source", "Grade"], ["JCS", "B2"]]


def test_fenced_code_keeps_its_lines_in_the_source_code_style(example, export):
    example.sections[0].blocks.append(TextBlock("```\nlaunch_count = 7\nsites = 32 < 40\n```", id="b-code"))
    package = export(example)
    code = [p for p in package.xml("word/document.xml").iter(W + "p")
            if "launch_count" in "".join(t.text or "" for t in p.iter(W + "t"))]
    assert len(code) == 1
    assert code[0].find(f"{W}pPr/{W}pStyle").get(W + "val") == package.style_ids()["Source Code"]
    assert [t.text for t in code[0].iter(W + "t")] == ["launch_count = 7", "sites = 32 < 40"]
    assert len(list(code[0].iter(W + "br"))) == 1
