"""The Word export's element tree is the preview's: built piece by piece, it equals python-markdown's
parse of the whole briefing, and the Word file written from it is the same, byte for byte."""
from __future__ import annotations

import copy
import io
import re
import sys
import xml.etree.ElementTree as ET
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.domain import AttributionStyle, builtin_registry, FactBlock, JudgmentBlock, Section, TextBlock
from briefing.render import parse, to_markdown
from briefing.render.tree import element_tree
from tests.helpers.builders import briefing_with_facts
from tests.helpers.strategies import any_text, briefings

_BACKLINK = re.compile("\x02[^\x03]*\x03")


def _normalised(root: ET.Element) -> str:
    """The tree as text, without what no writer shows: the line breaks python-markdown puts between
    blocks for readable HTML, and the footnotes' back-links and their placeholders."""
    root = copy.deepcopy(root)
    for parent in root.iter():
        for child in list(parent):
            if "footnote-backref" in (child.get("class") or ""):
                parent.remove(child)
    for elem in root.iter():
        for attr in ("text", "tail"):
            value = getattr(elem, attr)
            if value is not None:
                value = _BACKLINK.sub("", value)
                setattr(elem, attr, None if not value.strip() and "\n" in value else value or None)
    return repr([(e.tag, sorted(e.attrib.items()), e.text, e.tail) for e in root.iter()])


def _whole_parse(briefing, registry) -> ET.Element:
    return parse(to_markdown(briefing, registry, annotate=True))


def _assert_same_tree(briefing, registry) -> None:
    assert _normalised(element_tree(briefing, registry)) == _normalised(_whole_parse(briefing, registry))


markdownish = st.lists(st.sampled_from([
    "word", " ", "  ", "\n", "\n\n", "*", "**", "_", "`", "[", "]", "(x)", "!", "<", ">", "&amp;", "\\",
    "[^1]", "[^2]: note", "[a]: http://a.b", "[a]", "http://a.b", "<http://a.b>", "[link](http://a.b)",
    "- ", "* ", "1. ", "2) ", "|", "| a | b |\n|---|---|\n| 1 | 2 |", "> ", "    ", "```\ncode\n```",
    "# ", "## ", "---", "===", "한국어", "“quoted”", "{: .x }", "{", "}", "#", ":", "\t", "\x0b", "\x02",
]), max_size=12).map("".join)


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(briefings(text=st.one_of(markdownish, any_text)))
def test_any_briefing_gives_the_tree_a_whole_parse_gives(briefing):
    _assert_same_tree(briefing, builtin_registry())


@pytest.mark.parametrize("style", list(AttributionStyle))
def test_the_example_gives_the_tree_a_whole_parse_gives_in_each_style(example, registry, style):
    example.metadata.attribution_style = style
    example.metadata.portion_marks = True
    _assert_same_tree(example, registry)


def _docx_parts(briefing, registry) -> dict[str, bytes]:
    from briefing.render.docx import build_docx

    with zipfile.ZipFile(io.BytesIO(build_docx(briefing, registry))) as package:
        return {name: package.read(name) for name in package.namelist() if name.startswith("word/")}


@pytest.mark.parametrize("style", list(AttributionStyle))
def test_the_word_file_is_the_same_as_from_a_whole_parse(example, registry, monkeypatch, style):
    example.metadata.attribution_style = style
    example.sections[0].blocks.append(TextBlock("A table:\n\n| a | b |\n|---|---|\n| *1* | [2](http://a.b) |"))
    example.sections[0].blocks.append(JudgmentBlock("It will *likely* rain."))
    fast = _docx_parts(example, registry)
    monkeypatch.setattr(sys.modules["briefing.render.tree"], "element_tree", _whole_parse)
    assert _docx_parts(example, registry) == fast


def test_statements_with_markup_are_parsed_and_plain_ones_are_not(registry, monkeypatch):
    briefing = briefing_with_facts(3)
    facts = list(briefing.facts.values())
    facts[1].statement = "Troops used *new* drones [sic] near Kursk."
    parsed: list[str] = []
    from briefing.render import html

    original = html.Parser.parse
    monkeypatch.setattr(html.Parser, "parse", lambda self, text: parsed.append(text) or original(self, text))
    tree = element_tree(briefing, registry)
    assert len(parsed) == 1 and "\\*new\\*" in parsed[0]
    items = tree.findall(".//li")
    assert "".join(items[1].itertext()).startswith("Troops used *new* drones [sic] near Kursk")
    _assert_same_tree(briefing, registry)


def test_free_text_that_reaches_its_neighbours_makes_the_whole_briefing_parsed(registry):
    briefing = briefing_with_facts(2)
    section: Section = briefing.sections[0]
    blocks = section.blocks
    section.blocks = [blocks[0], TextBlock("- a list item the fact list joins"), blocks[1]]
    _assert_same_tree(briefing, registry)
    section.blocks = [blocks[0], TextBlock("See [the report][r]."), TextBlock("[r]: http://example.org"), blocks[1]]
    _assert_same_tree(briefing, registry)
    assert isinstance(blocks[0], FactBlock)


def test_a_heading_ending_in_a_hash_loses_it_as_in_the_preview(registry):
    briefing = briefing_with_facts(1)
    briefing.sections[0].heading = "Incidents in area #"
    briefing.metadata.title = "Weekly update ##"
    tree = element_tree(briefing, registry)
    assert tree.find("h1").text == "Weekly update"
    assert tree.find("h2").text == "Incidents in area"
    _assert_same_tree(briefing, registry)
