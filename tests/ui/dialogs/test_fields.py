"""Shared dialog fields: a date that may be left unset, and a choice among an enum's members."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from briefing.domain import Reliability, SourceKind
from briefing.ui.dialogs.fields import EnumCombo, OptionalDateEdit, sentence


@pytest.fixture
def make(qtbot):
    def build(widget):
        qtbot.addWidget(widget)
        return widget
    return build


def test_a_date_not_set_reads_as_none_until_the_user_sets_one(make):
    field = make(OptionalDateEdit(None, name="reported_on"))
    assert field.value() is None and not field.edit.isEnabled()
    field.not_set.setChecked(False)
    field.edit.setDate(date(2024, 12, 23))
    assert field.value() == date(2024, 12, 23)


def test_ticking_not_set_clears_a_date(make):
    field = make(OptionalDateEdit(date(2024, 12, 23), name="reported_on"))
    field.not_set.setChecked(True)
    assert field.value() is None


def test_a_time_zone_survives_an_edit_of_the_time(make):
    seoul = timezone(timedelta(hours=9))
    field = make(OptionalDateEdit(datetime(2024, 12, 23, 18, 0, tzinfo=seoul), with_time=True, name="when"))
    assert field.value() == datetime(2024, 12, 23, 18, 0, tzinfo=seoul)
    field.edit.setDateTime(datetime(2024, 12, 24, 9, 15))
    assert field.value() == datetime(2024, 12, 24, 9, 15, tzinfo=seoul)


def test_a_value_set_later_is_the_one_given_back(make):
    field = make(OptionalDateEdit(date(2024, 1, 1), name="reported_on"))
    field.set_value(date(2025, 2, 3))
    assert field.value() == date(2025, 2, 3)
    field.set_value(None)
    assert field.value() is None


def test_a_choice_of_reliability_gives_back_the_enum_member_not_its_text(make):
    combo = make(EnumCombo(list(Reliability), none_text="Not graded", name="reliability"))
    assert combo.value() is None and combo.currentText() == "Not graded"
    combo.set_value(Reliability.E)
    assert combo.value() is Reliability.E and combo.currentText() == "E — Unreliable"


def test_a_choice_without_a_none_entry_always_has_a_member(make):
    combo = make(EnumCombo(list(SourceKind), none_text=None, name="kind"))
    assert combo.count() == len(SourceKind) and combo.value() is SourceKind.MILITARY
    combo.set_value(SourceKind.STATE_MEDIA)
    assert combo.value() is SourceKind.STATE_MEDIA and combo.currentText() == "State media"


def test_domain_messages_read_as_sentences():
    assert sentence("source RFA has no name: give its full name") == "Source RFA has no name: give its full name."
    assert sentence("Already a sentence.") == "Already a sentence."
