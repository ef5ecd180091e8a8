"""Admiralty grades: reliability A-F and credibility 1-6 shown together as "B2"."""
import pytest

from briefing.domain import Credibility, Reliability, ValidationError, grade, parse_grade


def test_a_grade_reads_as_letter_then_digit():
    assert grade(Reliability.B, Credibility.PROBABLY_TRUE) == "B2"


def test_a_missing_half_shows_as_a_question_mark_and_no_grade_as_nothing():
    assert grade(Reliability.A, None) == "A?"
    assert grade(None, None) == ""


@pytest.mark.parametrize("text", ["B2", "b2", " b 2 "])
def test_grades_are_read_back_whatever_the_case_and_spacing(text):
    assert parse_grade(text) == (Reliability.B, Credibility.PROBABLY_TRUE)


@pytest.mark.parametrize("text", ["G1", "A7", "AB", "A12"])
def test_a_malformed_grade_is_explained(text):
    with pytest.raises(ValidationError, match="letter A-F then a digit 1-6"):
        parse_grade(text)


def test_every_grade_part_has_a_meaning_to_show_the_user():
    assert Reliability.B.meaning == "Usually reliable"
    assert Credibility.CANNOT_BE_JUDGED.meaning == "Truth cannot be judged"
    assert all(r.meaning for r in Reliability) and all(c.meaning for c in Credibility)
