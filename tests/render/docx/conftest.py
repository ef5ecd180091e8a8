"""Briefings that exercise every kind of block the Word writer meets."""
from __future__ import annotations

import pytest

from briefing.domain import AttributionStyle, Section, TextBlock
from briefing.render.docx import build_docx
from tests.helpers.docx_reading import Package

RICH_TEXT = """Reporting is **consistent**, *mostly*, with `B2` grades; see [the JCS site](https://www.jcs.mil.kr).

1. first step
2. second step
    - nested point
    - another point

3. third step

> Seoul will respond sternly.

| Source | Grade |
|---|:---:|
| JCS | B2 |
| NIS | C3 |

Closing line."""

KOREAN = "합참은 북한군 사상자가 약 1,100명이라고 밝혔다."


@pytest.fixture
def rich(example):
    """The example briefing plus free Markdown (lists, a table, a quote, a link), Korean and subsections."""
    example.sections[0].blocks.append(TextBlock(RICH_TEXT, id="b-rich"))
    example.sections[0].blocks.append(TextBlock("1. again one\n2. again two", id="b-again"))
    example.sections[0].blocks.append(TextBlock(KOREAN, id="b-korean"))
    example.sections[1].subsections = [Section("Kursk front", [TextBlock("Sub text.")], [
        Section("Drone units", [TextBlock("Deeper text.")], id="s-deeper")], id="s-kursk")]
    return example


@pytest.fixture
def export(registry):
    """export(briefing, style=None, **options) -> Package of the .docx built in memory."""
    def _export(briefing, style: str | None = None, **options) -> Package:
        if style is not None:
            briefing.metadata.attribution_style = AttributionStyle(style)
        return Package(build_docx(briefing, registry, **options))
    return _export
