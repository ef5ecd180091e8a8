"""Building an import: the document keeps the text verbatim, each pick becomes a fact tied to its excerpt."""
from __future__ import annotations

from datetime import date

import pytest

from briefing.domain import Reliability, Source, ValidationError
from briefing.domain.imports import Pick, build_import, default_title, dropped_codes, normalise_whitespace

TEXT = ("Missiles fired\n\nNorth Korea fired two missiles,\n  the JCS said.  The NIS and the JCS agree.\n"
        "The Korea Customs Service said exports doubled.")


def _span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def test_the_document_keeps_the_text_verbatim_and_the_fields_given(registry):
    result = build_import(TEXT, [], registry, title="  Missiles\tfired ", originator=" Yonhap ",
                          published=date(2024, 11, 5), reference=" wire.txt ", document_id="d-1")
    document = result.document
    assert (document.id, document.text, document.title, document.originator, document.published,
            document.reference) == ("d-1", TEXT, "Missiles fired", "Yonhap", date(2024, 11, 5), "wire.txt")
    assert result.facts == [] and result.new_sources == []


def test_each_pick_becomes_a_fact_whose_excerpt_is_the_picked_text(registry):
    start, end = _span(TEXT, "North Korea fired two missiles,\n  the JCS said.")
    result = build_import(TEXT, [Pick(start, end, ("JCS",))], registry, published=date(2024, 11, 5))
    [fact] = result.facts
    assert fact.statement == "North Korea fired two missiles, the JCS said."
    assert result.document.excerpt(fact.excerpt) == "North Korea fired two missiles,\n  the JCS said."
    assert fact.document_id == result.document.id
    assert fact.sources == ("JCS",)
    assert fact.reported_on == date(2024, 11, 5)
    assert fact.reliability == Reliability.B


def test_facts_get_fresh_ids_and_keep_the_order_of_the_picks(registry):
    picks = [Pick(*_span(TEXT, "The NIS and the JCS agree."), ("NIS", "JCS")),
             Pick(*_span(TEXT, "Missiles fired"), ())]
    facts = build_import(TEXT, picks, registry).facts
    assert [f.statement for f in facts] == ["The NIS and the JCS agree.", "Missiles fired"]
    assert len({f.id for f in facts}) == 2 and all(f.id.startswith("f-") for f in facts)


def test_reliability_comes_from_the_first_source_and_is_unset_without_one(registry):
    picks = [Pick(0, 8, ("KCNA", "JCS")), Pick(0, 8, ())]
    first, second = build_import(TEXT, picks, registry).facts
    assert first.reliability == Reliability.D
    assert second.reliability is None and second.sources == ()


def test_a_code_not_known_and_not_added_is_dropped_and_counted_beforehand(registry):
    customs = Source("KOREA_CUSTOMS_SERVICE", "Korea Customs Service")
    pick = Pick(*_span(TEXT, "The Korea Customs Service said exports doubled."), ("KOREA_CUSTOMS_SERVICE", "JCS"))
    assert dropped_codes([pick, pick], set(registry.codes())) == {"KOREA_CUSTOMS_SERVICE": 2}
    assert build_import(TEXT, [pick], registry).facts[0].sources == ("JCS",)
    kept = build_import(TEXT, [pick], registry, new_sources=[customs])
    assert kept.facts[0].sources == ("KOREA_CUSTOMS_SERVICE", "JCS")
    assert kept.new_sources == [customs]


def test_a_new_source_without_a_default_reliability_leaves_the_fact_ungraded(registry):
    pick = Pick(0, 8, ("KOREA_CUSTOMS_SERVICE",))
    fact = build_import(TEXT, [pick], registry, new_sources=[Source("KOREA_CUSTOMS_SERVICE", "KCS")]).facts[0]
    assert fact.reliability is None


def test_a_code_named_twice_is_kept_once(registry):
    assert build_import(TEXT, [Pick(0, 8, ("JCS", "NIS", "JCS"))], registry).facts[0].sources == ("JCS", "NIS")


@pytest.mark.parametrize("pick", [Pick(0, len(TEXT) + 1), Pick(14, 16)])
def test_a_pick_outside_the_text_or_of_only_whitespace_is_refused(registry, pick):
    with pytest.raises(ValidationError):
        build_import(TEXT, [pick], registry)


def test_a_pick_of_only_invisible_characters_is_refused(registry):
    text = "The JCS said so. \u200b\ufeff\x02 The NIS agreed."
    with pytest.raises(ValidationError, match="holds no visible text: untick it"):
        build_import(text, [Pick(*_span(text, "\u200b\ufeff\x02"))], registry)


def test_an_empty_title_falls_back_to_the_headline(registry):
    assert build_import(TEXT, [], registry, title="  ").document.title == "Missiles fired"


@pytest.mark.parametrize("text, title", [
    ("\n\n  # North Korea fires missiles  \nBody.", "North Korea fires missiles"),
    ("통일부 \"올해 입국 탈북민 162명\"\n본문.", "통일부 \"올해 입국 탈북민 162명\""),
    ("", ""),
])
def test_the_default_title_is_the_first_line(text, title):
    assert default_title(text) == title


def test_a_first_line_too_long_for_a_headline_is_cut_at_a_word():
    paragraph = "South Korea's Joint Chiefs of Staff reported on Monday that " + "soldiers were lost " * 10
    title = default_title(paragraph, limit=60)
    assert len(title) <= 60 and title.endswith("…")
    assert paragraph.startswith(title[:-1])
    assert title == "South Korea's Joint Chiefs of Staff reported on Monday that…"


def test_whitespace_is_normalised_to_single_spaces():
    assert normalise_whitespace("  a\tb\n\n c\u3000d ") == "a b c d"
