"""The choices of an import, without widgets: default ticks, new sources, typed codes, re-extraction."""
from __future__ import annotations

from pathlib import Path

import pytest

from briefing.domain import ValidationError
from briefing.extract import extract_candidates, read_source
from briefing.ui.dialogs.import_model import ImportRows, name_as_written

WIRE_STORY = Path(__file__).parent / "data" / "wire_story.txt"


@pytest.fixture
def text():
    return read_source(WIRE_STORY)


@pytest.fixture
def rows(registry, text):
    rows = ImportRows(registry)
    rows.load(extract_candidates(text, registry))
    return rows


def _row(rows, beginning: str):
    return next(row for row in rows.rows if row.candidate.text.startswith(beginning))


def test_body_sentences_start_ticked_and_junk_unticked(rows):
    assert [row.ticked for row in rows.rows] == [not row.candidate.boilerplate for row in rows.rows]
    assert any(row.candidate.boilerplate for row in rows.rows)


def test_a_body_the_registry_does_not_know_is_offered_as_a_new_source_under_its_name(rows):
    [customs] = rows.new.values()
    assert (customs.code, customs.name, customs.add) == ("KOREA_CUSTOMS_SERVICE", "Korea Customs Service", True)
    assert rows.new_sources()[0].name == "Korea Customs Service"
    assert rows.dropped() == {}


def test_a_new_source_not_added_is_dropped_from_the_ticked_rows_that_name_it(rows):
    assert rows.summary() == "10 candidates · 7 ticked · 3 junk · ⚠ 2 ticked without a source"
    rows.new["KOREA_CUSTOMS_SERVICE"].add = False
    assert rows.dropped() == {"KOREA_CUSTOMS_SERVICE": 1}
    assert rows.summary().endswith("⚠ 3 ticked without a source")
    assert rows.new_sources() == []
    _row(rows, "The Korea Customs").ticked = False
    assert rows.dropped() == {}


def test_renaming_a_new_source_renames_it_in_every_row(rows):
    rows.rename_new("KOREA_CUSTOMS_SERVICE", "KCS")
    assert _row(rows, "The Korea Customs").sources == ("KCS",)
    assert rows.new_sources()[0].code == "KCS"
    assert rows.parse_codes("kcs, JCS") == (("KCS", "JCS"), [])


@pytest.mark.parametrize("code, error", [("JCS", ValueError), ("9X", ValidationError)])
def test_a_new_source_cannot_take_a_code_in_use_or_an_invalid_one(rows, code, error):
    with pytest.raises(error):
        rows.rename_new("KOREA_CUSTOMS_SERVICE", code)
    assert rows.new["KOREA_CUSTOMS_SERVICE"].code == "KOREA_CUSTOMS_SERVICE"


def test_typed_sources_accept_codes_names_and_aliases_in_either_language(rows):
    assert rows.parse_codes("jcs; Seoul’s spy agency，국방부, JCS") == (("JCS", "NIS", "MND"), [])
    assert rows.parse_codes("JCS, Mossad") == (("JCS",), ["Mossad"])
    assert rows.parse_codes("  ") == ((), [])


def test_tick_all_leaves_junk_alone_and_untick_all_clears_everything(rows):
    for row in rows.rows:
        row.ticked = False
    rows.tick_body(True)
    assert [row.ticked for row in rows.rows] == [not row.candidate.boilerplate for row in rows.rows]
    rows.tick_body(False)
    assert rows.picks() == []


def test_a_position_in_the_text_finds_the_candidate_there(rows, text):
    nis = text.index("Seoul's spy agency") + 5
    assert rows.rows[rows.row_at(nis)].candidate.sources == ("NIS",)
    between = text.index("\n\nSeoul's spy agency") + 1
    assert rows.row_at(between) is None


def test_extracting_again_keeps_the_choices_made_for_unchanged_sentences(registry, rows, text):
    nis = _row(rows, "Seoul's spy agency")
    nis.sources = ("NIS", "MND")
    _row(rows, "Analysts expect").ticked = False
    rows.new["KOREA_CUSTOMS_SERVICE"].add = False
    edited = text.replace("two short-range", "three short-range")
    rows.load(extract_candidates(edited, registry))
    assert _row(rows, "Seoul's spy agency").sources == ("NIS", "MND")
    assert _row(rows, "Analysts expect").ticked is False
    assert rows.new["KOREA_CUSTOMS_SERVICE"].add is False
    assert _row(rows, "SEOUL, Nov. 5").candidate.text.count("three") == 1


def test_a_detected_name_loses_its_article_and_extra_spaces():
    assert name_as_written("the  Korea Customs\nService") == "Korea Customs Service"
    assert name_as_written("외교부") == "외교부"


def test_a_candidate_that_shows_no_text_starts_unticked_and_cannot_be_ticked(registry):
    text = "The JCS said two missiles were fired.\n\n\u200b\ufeff\x02\n\nThe NIS agreed."
    rows = ImportRows(registry)
    rows.load(extract_candidates(text, registry))
    blank = next(i for i, row in enumerate(rows.rows) if row.candidate.text == "\u200b\ufeff\x02")
    assert not rows.rows[blank].pickable and not rows.rows[blank].ticked
    assert rows.set_ticked([blank], True) == []
    rows.tick_body(True)
    assert not rows.rows[blank].ticked
    assert [text[p.start:p.end] for p in rows.picks()] == ["The JCS said two missiles were fired.", "The NIS agreed."]
    assert rows.summary() == "3 candidates · 2 ticked · 1 without text"
