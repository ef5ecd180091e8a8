"""Snapshots for work off the UI thread copy what later edits change and keep everything saved."""
from __future__ import annotations

from datetime import datetime

from briefing.domain.template import PlaceholderValues, instantiate
from briefing.resources import BUILTIN_TEMPLATES
from briefing.storage import dumps
from briefing.storage.template_store import TemplateStore
from briefing.ui.snapshot import snapshot


def test_a_snapshot_saves_exactly_like_the_briefing(example):
    assert dumps(snapshot(example)) == dumps(example)


def test_a_snapshot_keeps_the_template_text_so_recovered_work_still_tells_boilerplate_apart(tmp_path):
    template = TemplateStore(BUILTIN_TEMPLATES, tmp_path).load("situation-report")
    briefing = instantiate(template, PlaceholderValues(), datetime(2024, 12, 23, 9, 5))
    assert briefing.sections[0].template_text
    assert dumps(snapshot(briefing)) == dumps(briefing)


def test_later_edits_of_the_sections_do_not_reach_the_snapshot(example):
    copy = snapshot(example)
    example.sections[0].heading = "Changed"
    example.sections[0].blocks.clear()
    assert copy.sections[0].heading != "Changed" and copy.sections[0].blocks
