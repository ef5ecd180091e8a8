"""The properties dialog: title block, markings and attribution style, returned as new metadata."""
from __future__ import annotations

import copy
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QLabel, QLineEdit, QRadioButton,
)

from briefing.domain import AttributionStyle, Metadata
from briefing.ui.dialogs import PropertiesDialog
from tests.helpers.qt_text import commit_text

# Showing a window offscreen makes Qt warn that its plugin cannot pass on size hints; that is not ours to fix.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints", extend=True)


@pytest.fixture
def metadata():
    return Metadata(title="North Korean troops in Russia's war", subtitle="Casualties", author="Duty analyst",
                    organisation="Korea Desk", date_time=datetime(2024, 12, 23, 18, 0),
                    classification="UNCLASSIFIED", caveat="FOR OFFICIAL USE ONLY", report_number="KD-2024-117")


@pytest.fixture
def open_dialog(qtbot):
    def make(metadata: Metadata) -> PropertiesDialog:
        dialog = PropertiesDialog(metadata)
        qtbot.addWidget(dialog)
        return dialog
    return make


def _line(dialog, name) -> QLineEdit:
    return dialog.findChild(QLineEdit, name)


def _ok(dialog):
    return dialog.findChild(QDialogButtonBox, "buttons").button(QDialogButtonBox.StandardButton.Ok)


def _retype(qtbot, edit: QLineEdit, text: str) -> None:
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def test_the_dialog_shows_the_metadata_it_was_given(open_dialog, metadata):
    dialog = open_dialog(metadata)
    assert _line(dialog, "title").text() == "North Korean troops in Russia's war"
    assert _line(dialog, "report_number").text() == "KD-2024-117"
    assert dialog.findChild(QComboBox, "caveat").currentText() == "FOR OFFICIAL USE ONLY"
    assert dialog.findChild(QRadioButton, "style_inline").isChecked()
    assert dialog.date_time.edit.text() == "2024-12-23 18:00"


def test_filling_the_fields_gives_new_metadata_and_leaves_the_input_alone(qtbot, open_dialog, metadata):
    before = copy.deepcopy(metadata)
    dialog = open_dialog(metadata)

    _retype(qtbot, _line(dialog, "title"), "Kursk deployment update")
    _retype(qtbot, _line(dialog, "subtitle"), "Week 52")
    _retype(qtbot, _line(dialog, "author"), "Night desk")
    _retype(qtbot, _line(dialog, "organisation"), "J2")
    _retype(qtbot, _line(dialog, "report_number"), "KD-2024-118")
    dialog.findChild(QComboBox, "classification").setCurrentText("SECRET")
    caveat = dialog.findChild(QComboBox, "caveat")
    caveat.lineEdit().clear()
    qtbot.keyClicks(caveat.lineEdit(), "REL TO USA, KOR")
    dialog.findChild(QRadioButton, "style_lead-in").setChecked(True)
    dialog.findChild(QCheckBox, "portion_marks").setChecked(True)
    dialog.findChild(QCheckBox, "date_time_not_set").setChecked(True)
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.metadata() == Metadata(
        title="Kursk deployment update", subtitle="Week 52", author="Night desk", organisation="J2",
        date_time=None, classification="SECRET", caveat="REL TO USA, KOR",
        attribution_style=AttributionStyle.LEAD_IN, portion_marks=True, report_number="KD-2024-118")
    assert metadata == before


def test_a_date_and_time_can_be_set_where_there_was_none(qtbot, open_dialog):
    dialog = open_dialog(Metadata(title="Brief"))
    assert dialog.date_time.not_set.isChecked()
    dialog.date_time.not_set.setChecked(False)
    dialog.date_time.edit.setDateTime(datetime(2025, 1, 6, 9, 30))
    dialog.accept()
    assert dialog.metadata().date_time == datetime(2025, 1, 6, 9, 30)


def test_an_untouched_date_and_time_comes_back_exactly_with_its_seconds(open_dialog):
    when = datetime(2024, 12, 23, 18, 0, 42, 123456)
    dialog = open_dialog(Metadata(title="Brief", date_time=when))
    dialog.accept()
    assert dialog.metadata().date_time == when


def test_without_a_title_ok_is_disabled_and_the_dialog_says_why(qtbot, open_dialog, metadata):
    dialog = open_dialog(metadata)
    message = dialog.findChild(QLabel, "message")
    assert _ok(dialog).isEnabled() and not message.isVisibleTo(dialog)

    _retype(qtbot, _line(dialog, "title"), "   ")
    assert not _ok(dialog).isEnabled()
    assert message.isVisibleTo(dialog) and message.text() == "The briefing needs a title."
    dialog.accept()  # as Enter would: still refused
    assert dialog.result() != QDialog.DialogCode.Accepted

    qtbot.keyClicks(_line(dialog, "title"), "Kursk")
    assert _ok(dialog).isEnabled() and not message.isVisibleTo(dialog)


def test_the_banner_follows_classification_and_caveat_as_they_are_typed(qtbot, open_dialog, metadata):
    dialog = open_dialog(metadata)
    banner = dialog.findChild(QLabel, "banner")
    assert banner.text() == "UNCLASSIFIED//FOR OFFICIAL USE ONLY"

    dialog.findChild(QComboBox, "classification").setCurrentText("TOP SECRET")
    caveat = dialog.findChild(QComboBox, "caveat")
    caveat.lineEdit().clear()
    qtbot.keyClicks(caveat.lineEdit(), "NOFORN")
    assert banner.text() == "TOP SECRET//NOFORN"

    dialog.findChild(QComboBox, "classification").setCurrentText("")
    caveat.lineEdit().clear()
    assert banner.text().startswith("No banner")


def test_each_attribution_style_shows_how_a_bullet_would_read(open_dialog, metadata):
    dialog = open_dialog(metadata)
    example = {style: dialog.findChild(QLabel, f"example_{style.value}").text() for style in AttributionStyle}
    assert example[AttributionStyle.INLINE] == "Around 1,100 North Korean soldiers have been killed or injured (JCS)."
    assert example[AttributionStyle.LEAD_IN] == (
        "According to the JCS, around 1,100 North Korean soldiers have been killed or injured.")
    assert example[AttributionStyle.NOTES] == "Around 1,100 North Korean soldiers have been killed or injured.¹"


def test_the_examples_show_portion_marks_for_the_chosen_classification(open_dialog, metadata):
    dialog = open_dialog(metadata)
    dialog.findChild(QCheckBox, "portion_marks").setChecked(True)
    dialog.findChild(QComboBox, "classification").setCurrentText("SECRET")
    for style in AttributionStyle:
        assert dialog.findChild(QLabel, f"example_{style.value}").text().startswith("(S) ")


def test_the_styles_are_labelled_as_the_model_names_them(open_dialog, metadata):
    dialog = open_dialog(metadata)
    for style in AttributionStyle:
        assert dialog.findChild(QRadioButton, f"style_{style.value}").text().replace("&", "") == style.label


def test_korean_text_round_trips(qtbot, open_dialog, metadata):
    dialog = open_dialog(metadata)
    _retype(qtbot, _line(dialog, "title"), "")
    commit_text(_line(dialog, "title"), "북한군 러시아 파병 동향")
    _retype(qtbot, _line(dialog, "organisation"), "")
    commit_text(_line(dialog, "organisation"), "합동참모본부 정보본부")
    dialog.accept()
    assert dialog.metadata().title == "북한군 러시아 파병 동향"
    assert dialog.metadata().organisation == "합동참모본부 정보본부"


def test_fields_are_visited_in_reading_order_with_tab(open_dialog, metadata):
    dialog = open_dialog(metadata)
    order, widget = [], _line(dialog, "title")
    for _ in range(40):
        if widget.objectName() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            order.append(widget.objectName())
        widget = widget.nextInFocusChain()
    expected = ["title", "subtitle", "author", "organisation", "date_time_edit", "date_time_not_set",
                "report_number", "classification", "caveat", "portion_marks", "style_inline"]
    assert [name for name in order if name in expected][:len(expected)] == expected


def test_every_field_has_a_label_with_a_mnemonic(open_dialog, metadata):
    dialog = open_dialog(metadata)
    buddies = {label.buddy().objectName(): label.text() for label in dialog.findChildren(QLabel) if label.buddy()}
    for name in ("title", "subtitle", "author", "organisation", "date_time", "report_number", "classification",
                 "caveat"):
        assert "&" in buddies[name], name
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    texts += [button.text() for button in dialog.findChildren(QAbstractButton)]
    mnemonics = [text[text.index("&") + 1].lower() for text in texts if "&" in text]
    assert len(mnemonics) == len(set(mnemonics)) >= 11


def test_enter_accepts(qtbot, open_dialog, metadata):
    dialog = open_dialog(metadata)
    dialog.show()
    qtbot.keyClick(_line(dialog, "title"), Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_enter_in_the_caveat_box_accepts_too(qtbot, open_dialog, metadata):
    dialog = open_dialog(metadata)
    dialog.show()
    caveat = dialog.findChild(QComboBox, "caveat")
    qtbot.keyClick(caveat.lineEdit(), Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_escape_cancels(qtbot, open_dialog, metadata):
    dialog = open_dialog(metadata)
    dialog.show()
    qtbot.keyClick(_line(dialog, "title"), Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert not dialog.isVisible()
