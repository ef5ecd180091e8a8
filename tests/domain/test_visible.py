"""Visible text: one rule says whether a statement shows anything to a reader."""
from __future__ import annotations

import sys
import unicodedata

import pytest
from hypothesis import given, strategies as st

from briefing.domain import has_visible_text
from tests.helpers.builders import INVISIBLE_STATEMENTS

_HANGUL_FILLERS = "\u115f\u1160\u3164\uffa0"   # letters to Unicode, yet drawn as blank space


@pytest.mark.parametrize("text", list(INVISIBLE_STATEMENTS.values()), ids=list(INVISIBLE_STATEMENTS))
def test_text_of_only_invisible_characters_has_no_visible_text(text):
    assert not has_visible_text(text)


def test_the_empty_string_has_no_visible_text():
    assert not has_visible_text("")


@pytest.mark.parametrize("text", [
    "a", "합참", "٣", ".", "\u200bThe JCS said so.\u200b", "\x02x\x03", "\ue000", "\u0301",
])
def test_one_character_a_reader_sees_is_enough(text):
    assert has_visible_text(text)


def test_every_whitespace_and_control_character_is_invisible():
    chars = [chr(c) for c in range(sys.maxunicode + 1)]
    assert not [c for c in chars if (c.isspace() or unicodedata.category(c) == "Cc") and has_visible_text(c)]


_shown = st.characters(categories=("L", "N", "P", "S"), exclude_characters=_HANGUL_FILLERS)


@given(st.text(), _shown, st.text())
def test_text_holding_a_letter_digit_punctuation_or_symbol_has_visible_text(before, shown, after):
    assert has_visible_text(before + shown + after)
