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


def test_a_release_dated_by_month_and_day_is_known_by_its_title_case_headline():
    text = ("MND Releases Findings of Inquiry into Frigate Collision\n\n"
            "SEOUL, November 25 -- The Ministry of National Defense (MND) announced today the findings of "
            "an inquiry into the collision.\n\n"
            "The officer of the watch did not respond to two collision alerts.\n")
    assert sources_of(text, "collision alerts") == {"MND"}


def test_a_release_dated_by_month_and_day_is_known_by_its_issuers_opening_its_headline():
    text = ("ROK JCS and Combined Forces Command announce Ulchi Freedom Shield exercise\n\n"
            "SEOUL, Aug. 10 \u2014 The Republic of Korea Joint Chiefs of Staff and the ROK-U.S. Combined Forces "
            "Command announced Monday that the allies will hold the exercise from Aug. 17.\n\n"
            "This year's exercise will include 42 field training events.\n")
    issuers = sources_of(text, "will hold the exercise")
    assert "JCS" in issuers and len(issuers) == 2
    assert sources_of(text, "42 field training") == issuers
    assert sources_of(text, "announce Ulchi") == issuers


def test_a_newspaper_story_of_what_a_body_announced_is_not_its_release():
    text = ("Defense ministry to cut conscript service by two months\n\n"
            "SEOUL, Nov. 25 -- The Ministry of National Defense announced Monday that service would be cut.\n\n"
            "The move comes as the number of 20-year-old men falls.\n")
    assert sources_of(text, "20-year-old men") == set()


def test_an_undated_release_whose_lead_opens_with_the_issuer_s_minister_is_the_ministry_s():
    text = ("Minister of Unification Holds Talks With German Counterpart\n\n"
            "Minister of Unification Ahn Mi-ra met German Federal Minister Jonas Brandt in Berlin on May 2.\n\n"
            "The two Ministers agreed to share records of the German reunification process.\n")
    assert sources_of(text, "share records") == {"MOU"}
    # the same lead under a newspaper's sentence-case headline is a story, not the ministry's release
    story = text.replace("Minister of Unification Holds Talks With German Counterpart",
                         "Seoul's unification minister meets German counterpart in Berlin")
    assert "MOU" not in sources_of(story, "share records")


def test_a_release_whose_issuer_has_commas_in_its_name_still_speaks_in_its_voice():
    text = ("Ministry Orders Checks of Harbour Radar Stations\n\n"
            "The Ministry of Oceans, Ports and Fisheries (MOPF, Minister Seo Hae-won) announced on May 2 that "
            "it has ordered daily checks of all harbour radar stations.\n\n"
            "The first fault was reported by a ferry captain near Mokpo on April 28.\n\n"
            "Eleven stations have since been repaired.\n")
    issuer = candidate_with(text, "daily checks").sources
    assert len(issuer) == 1
    assert candidate_with(text, "ferry captain").sources == issuer
    assert candidate_with(text, "Eleven stations").sources == issuer
