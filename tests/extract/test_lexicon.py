"""The reporting-verb lexicon knows each verb in all of its forms."""
from __future__ import annotations

from briefing.extract.lexicon import BY_PARTICIPLES, PASTS, SPEAKING, VERBS


def test_a_verb_is_known_in_its_third_person_and_past_forms():
    for forms in (("flags", "flagged"), ("cites", "cited"), ("attributed",),
                  ("denies", "denied"), ("testifies", "testified"), ("reiterates", "reiterated")):
        assert set(forms) <= VERBS, forms


def test_irregular_pasts_are_spelt_as_english_spells_them():
    assert {"said", "told", "wrote", "forecast", "slammed", "admitted"} <= PASTS


def test_forms_that_are_mostly_nouns_in_news_copy_are_not_cues():
    assert not {"states", "report", "statement", "quotes", "details"} & VERBS


def test_reporting_participles_take_their_agent_after_by():
    assert {"confirmed", "analysed", "analyzed", "detected", "announced", "released"} <= BY_PARTICIPLES
    assert "said" not in BY_PARTICIPLES


def test_only_verbs_of_speaking_still_attribute_when_negated():
    assert {"say", "said", "told"} <= SPEAKING and "mentioned" not in SPEAKING
