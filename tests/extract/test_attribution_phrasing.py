"""Attribution phrased the many ways wire copy phrases it: any verb form, passive, nested, negated."""
from __future__ import annotations

from tests.extract.helpers import candidate_with, sources_of


def test_a_reporting_verb_counts_in_any_of_its_forms():
    assert sources_of("Exports rise for a third month; chip demand holds, the BOK flagged on Friday.",
                      "Exports") == {"BOK"}
    assert sources_of("The NIS has attributed the theft to a unit of the Reconnaissance General Bureau.",
                      "theft") == {"NIS"}


def test_a_passive_reporting_verb_takes_its_agent_after_by():
    text = "The launch was also confirmed by the Pentagon, hours after it happened."
    assert sources_of(text, "launch") == {"DOD"}
    text = "Debris from the rocket was detected by South Korea's military off the west coast."
    assert sources_of(text, "Debris") == {"JCS"}


def test_a_negated_report_is_silence_not_an_attribution():
    assert sources_of("North Korea's state media has not mentioned the test.", "test") == set()
    assert sources_of("Pyongyang's state media never acknowledged the failed launch.", "failed") == set()


def test_a_negated_say_still_reports_the_body_speaking():
    text = "The JCS did not say how many shells had landed north of the line."
    assert sources_of(text, "shells") == {"JCS"}


def test_a_source_quoting_another_gives_both():
    text = "KCNA quoted a foreign ministry spokesperson as saying the drills were a rehearsal for war."
    c = candidate_with(text, "rehearsal")
    assert c.sources[0] == "KCNA" and len(c.sources) == 2
    assert "foreign ministry" in c.source_names[c.sources[1]]


def test_a_speaker_quoted_by_someone_else_gives_the_speaker_and_who_passed_it_on():
    text = ("The unit stole $400 million from two exchanges, the NIS official was quoted as saying by "
            "Rep. Park Ji-ho.")
    c = candidate_with(text, "stole")
    assert c.sources[0] == "NIS" and c.source_names[c.sources[1]] == "Rep. Park Ji-ho"
