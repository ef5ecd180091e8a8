"""Sentence segmentation in English and Korean, with exact spans."""
from __future__ import annotations

import pytest

from briefing.extract.segment import sentences


def split(text: str) -> list[str]:
    return [text[s.start:s.end] for s in sentences(text)]


@pytest.mark.parametrize("text", [
    "Sen. Joe Manchin says he believes the Senate will hold.",
    "Rep. Seo Min-jae, citing the NIS briefing, said so.",
    "The U.S. and its allies condemned the launch.",
    "In Asheville, N.C., gingerbread houses reflect community spirit.",
    "N. Korean rocket breaks apart after liftoff, JCS says",
    "SEOUL, Dec. 3 -- The launch came at 10:42 p.m. Thursday, the JCS said.",
    "SEOUL, Oct. 22 -- The order was No. 7 on the list.",
    "The alert was lifted at 7 a.m. Friday, officials said.",
    "The drone took off at 5:40 a.m. (2040 GMT Sunday) and circled twice, the army said.",
    "Lt. Col. Han Seung-woo, a JCS spokesperson, told reporters.",
    "Col. Bae said the U.N. Security Council would meet.",
    "The JCS and the ROK-U.S. Combined Forces Command announced the drill.",
])
def test_an_abbreviation_does_not_end_a_sentence(text):
    assert split(text) == [text]


@pytest.mark.parametrize("text", [
    "Around 1,100 soldiers were killed or injured, the JCS said.",
    "The battery uses 240mm rockets and cost $42 million.",
    "Growth was cut to 1.6% from 1.8 percent, and inflation to 2.5%.",
])
def test_figures_and_decimals_do_not_end_a_sentence(text):
    assert split(text) == [text]


def test_an_ambiguous_abbreviation_ends_a_sentence_when_a_new_one_plainly_starts():
    assert split("The talks were held in the U.S. The JCS said nothing.") == [
        "The talks were held in the U.S.", "The JCS said nothing."]
    assert split("The rocket was seen by 6 a.m. It fell soon after.") == [
        "The rocket was seen by 6 a.m.", "It fell soon after."]


def test_a_quotation_of_several_sentences_is_split_and_its_closing_mark_stays_with_its_sentence():
    text = ("The JCS stated, “Through various sources, we estimate 1,100 casualties. We are monitoring "
            "the potential for additional deployments.” Additionally, intelligence suggests more.")
    assert split(text) == [
        "The JCS stated, “Through various sources, we estimate 1,100 casualties.",
        "We are monitoring the potential for additional deployments.”",
        "Additionally, intelligence suggests more."]


def test_a_quote_ending_in_a_comma_runs_on_into_its_attribution():
    text = '"We tracked it until it broke up. Vessels are searching," Lt. Col. Han told reporters.'
    assert split(text) == ['"We tracked it until it broke up.', 'Vessels are searching," Lt. Col. Han told reporters.']


def test_korean_sentences_end_at_their_final_endings():
    text = "합참은 미사일 2발을 발사했다고 밝혔다. 최고 고도는 50㎞였다. 이는 지난해보다 9명 줄어든 수치다."
    assert split(text) == ["합참은 미사일 2발을 발사했다고 밝혔다.", "최고 고도는 50㎞였다.", "이는 지난해보다 9명 줄어든 수치다."]


def test_a_korean_quotation_of_two_sentences_is_split_inside_the_quote():
    text = '"탈북도 이어지고 있다. 다만 공개하기 어렵다"고 이 당국자는 덧붙였다.'
    assert split(text) == ['"탈북도 이어지고 있다.', '다만 공개하기 어렵다"고 이 당국자는 덧붙였다.']


def test_a_headline_line_without_a_full_stop_is_a_sentence_of_its_own():
    text = "Bank of Korea trims growth forecast to 1.6%, holds rates\n\nSEOUL, Nov. 27 -- The bank cut it."
    assert split(text) == ["Bank of Korea trims growth forecast to 1.6%, holds rates",
                           "SEOUL, Nov. 27 -- The bank cut it."]


def test_each_line_is_a_paragraph_but_a_hard_wrapped_line_is_joined():
    text = "The JCS said the rocket flew\nsouth over the sea. It broke up.\nWatch: Noodle shops | CityBites TV"
    found = sentences(text)
    assert [text[s.start:s.end] for s in found] == [
        "The JCS said the rocket flew\nsouth over the sea.", "It broke up.", "Watch: Noodle shops | CityBites TV"]
    assert [s.paragraph for s in found] == [0, 0, 1]
    assert found[-1].whole_line and not found[0].whole_line


def test_glued_junk_at_the_end_of_a_paragraph_is_split_into_its_sentences():
    text = ("Balloons have been observed, Seoul’s military said. Sen. Joe Manchin says he believes the Senate "
            "is “not going to let the filibuster blow apart.” How Israel’s Mossad tricked Hezbollah | 60 Minutes. "
            "In Asheville, N.C., gingerbread houses reflect community spirit.")
    assert split(text) == [
        "Balloons have been observed, Seoul’s military said.",
        "Sen. Joe Manchin says he believes the Senate is “not going to let the filibuster blow apart.”",
        "How Israel’s Mossad tricked Hezbollah | 60 Minutes.",
        "In Asheville, N.C., gingerbread houses reflect community spirit."]


@pytest.mark.parametrize("text", ["", "   \n\n\t", "...", "\u2028\u2029"])
def test_empty_or_blank_text_has_no_sentences(text):
    assert [text[s.start:s.end] for s in sentences(text) if text[s.start:s.end].strip(". ")] == []


def test_a_stop_glued_to_a_capitalised_word_ends_a_sentence_but_initials_do_not():
    from briefing.extract.segment import sentences
    text = "The drill ended at noon.Officials left. U.S.Forces Korea stayed."
    assert [text[s.start:s.end] for s in sentences(text)] == [
        "The drill ended at noon.", "Officials left.", "U.S.Forces Korea stayed."]
