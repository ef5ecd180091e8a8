"""A press release speaks in its issuer's voice; a wire story about the same body does not."""
from __future__ import annotations

from tests.extract.helpers import candidate_with, sources_of

RELEASE = ("Navy Destroyer Completes First Long-Range Intercept Test\n\n"
           "Seoul, March 4, 2027 \u2014 The Ministry of National Defense (MND) announced that the destroyer "
           "Yulgok Yi I intercepted a ballistic missile target over the Pacific on March 3.\n\n"
           "The destroyer detected the target with its radar and launched the interceptor within 80 seconds.\n\n"
           "Some analysts believe the test was rushed.\n\n"
           "The U.S. Missile Defense Agency said all test objectives had been met.\n")


def test_the_unattributed_sentences_of_a_release_are_its_issuer_s():
    assert sources_of(RELEASE, "80 seconds") == {"MND"}
    assert candidate_with(RELEASE, "80 seconds").attribution == "inherited"


def test_a_release_s_headline_vague_sentences_and_other_speakers_keep_their_own_attribution():
    assert sources_of(RELEASE, "Long-Range Intercept") == set()
    assert sources_of(RELEASE, "rushed") == set()
    assert candidate_with(RELEASE, "objectives").source_names != {"MND": "Ministry of National Defense"}
    assert "MND" not in sources_of(RELEASE, "objectives")


def test_a_release_opening_today_after_a_city_names_its_issuer_as_the_subject():
    text = ("Treasury Targets Fuel Smuggling Network\n\n"
            "WASHINGTON \u2014 Today, the Office of Foreign Assets Control (OFAC) sanctioned four shipping firms.\n\n"
            "The firms moved 300,000 barrels of fuel through ship-to-ship transfers.\n")
    issuer = candidate_with(text, "sanctioned four").sources
    assert issuer and sources_of(text, "300,000 barrels") == set(issuer)


def test_a_wire_story_crediting_an_agency_is_not_a_release():
    text = ("Navy intercepts missile target in test\n\n"
            "SEOUL, March 4, 2027 (Harbor Wire) -- The Ministry of National Defense announced that the destroyer "
            "intercepted a target.\n\n"
            "The test comes as North Korea expands its arsenal.\n")
    assert sources_of(text, "expands its arsenal") == set()
    text = ("Navy intercepts missile target in test\n\n"
            "SEOUL, March 4 -- The Ministry of National Defense said the destroyer intercepted a target.\n\n"
            "The test comes as North Korea expands its arsenal.\n")
    assert sources_of(text, "expands its arsenal") == set()
