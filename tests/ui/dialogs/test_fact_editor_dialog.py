"""The fact editor: wording, sources, dates, grade, tags and note, returned as a new fact."""
from __future__ import annotations

import copy
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QPlainTextEdit, QPushButton

from briefing.domain import Credibility, Fact, Reliability, Source, SourceKind
from briefing.ui.dialogs import FactEditorDialog
from briefing.ui.dialogs.fact_editor import STATEMENT_INVISIBLE, STATEMENT_REQUIRED
from tests.helpers.builders import INVISIBLE_STATEMENTS
from tests.helpers.qt_text import commit_text, highlighted_text

# Showing a window offscreen makes Qt warn that its plugin cannot pass on size hints; that is not ours to fix.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints", extend=True)


@pytest.fixture
def open_editor(qtbot, example, registry):
    def make(fact: Fact | None, briefing=None) -> FactEditorDialog:
        dialog = FactEditorDialog(fact, briefing or example, registry)
        qtbot.addWidget(dialog)
        return dialog
    return make


def _ok(dialog):
    return dialog.findChild(QDialogButtonBox, "buttons").button(QDialogButtonBox.StandardButton.Ok)


def _tick(dialog, code: str, ticked: bool = True) -> None:
    dialog.picker.item(code).setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)


def _statement(dialog) -> QPlainTextEdit:
    return dialog.findChild(QPlainTextEdit, "statement")


def _warning(dialog) -> QLabel:
    return dialog.findChild(QLabel, "no_source_warning")


def test_editing_a_fact_returns_a_new_fact_with_the_same_id(qtbot, open_editor, example):
    original = example.facts["f-casualties"]
    dialog = open_editor(original)

    _statement(dialog).selectAll()
    qtbot.keyClicks(_statement(dialog), "About 1,100 North Korean troops were killed or injured.")
    _tick(dialog, "NIS")
    dialog.information_as_of.not_set.setChecked(True)
    dialog.credibility.set_value(Credibility.POSSIBLY_TRUE)
    tags = dialog.findChild(QLineEdit, "tags")
    tags.clear()
    qtbot.keyClicks(tags, "casualties, Kursk,  , casualties")
    qtbot.keyClicks(dialog.findChild(QPlainTextEdit, "note"), "Check against the NIS briefing.")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.fact() == Fact(
        "f-casualties", "About 1,100 North Korean troops were killed or injured.", ("JCS", "NIS"),
        original.document_id, original.excerpt, reported_on=date(2024, 12, 23), information_as_of=None,
        reliability=Reliability.B, credibility=Credibility.POSSIBLY_TRUE, tags=("casualties", "Kursk"),
        note="Check against the NIS briefing.")
    assert dialog.new_sources() == []


def test_the_fact_and_the_briefing_are_left_alone(qtbot, open_editor, example):
    before = copy.deepcopy(example)
    dialog = open_editor(example.facts["f-casualties"])
    _statement(dialog).selectAll()
    qtbot.keyClicks(_statement(dialog), "Changed wording.")
    _tick(dialog, "JCS", False)
    _tick(dialog, "KCNA")
    dialog.reliability.set_value(Reliability.D)
    dialog.accept()
    assert dialog.fact() != before.facts["f-casualties"]
    assert example == before


def test_the_dialog_shows_the_fact_it_was_given(open_editor, example):
    dialog = open_editor(example.facts["f-casualties"])
    assert _statement(dialog).toPlainText().startswith("Around 1,100 North Korean soldiers")
    assert dialog.picker.codes() == ("JCS",)
    assert dialog.reported_on.edit.text() == "2024-12-23"
    assert dialog.reliability.currentText() == "B — Usually reliable"
    assert dialog.credibility.currentText() == "2 — Probably true"
    assert dialog.findChild(QLabel, "grade").text() == "B2"
    assert dialog.findChild(QLineEdit, "tags").text() == "casualties, Russia"


def test_a_new_fact_gets_a_fresh_id(qtbot, open_editor, example):
    dialog = open_editor(None)
    qtbot.keyClicks(_statement(dialog), "The North is building a new border fence.")
    _tick(dialog, "JCS")
    dialog.accept()
    fact = dialog.fact()
    assert fact.id.startswith("f-") and fact.id not in example.facts
    assert fact.id == dialog.fact().id  # asking twice gives the same fact
    assert (fact.statement, fact.sources, fact.document_id, fact.excerpt) == (
        "The North is building a new border fence.", ("JCS",), None, None)
    assert (fact.reported_on, fact.information_as_of) == (None, None)


def test_ok_is_disabled_until_there_is_a_statement(qtbot, open_editor):
    dialog = open_editor(None)
    message = dialog.findChild(QLabel, "message")
    assert not _ok(dialog).isEnabled() and message.isVisibleTo(dialog)
    qtbot.keyClicks(_statement(dialog), "   ")
    assert not _ok(dialog).isEnabled()
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    qtbot.keyClicks(_statement(dialog), "KCNA reported a missile launch.")
    assert _ok(dialog).isEnabled() and not message.isVisibleTo(dialog)


@pytest.mark.parametrize("statement", list(INVISIBLE_STATEMENTS.values()), ids=list(INVISIBLE_STATEMENTS))
def test_a_statement_with_no_visible_text_is_refused_and_the_user_is_told_why(qtbot, open_editor, example,
                                                                             statement):
    original = example.facts["f-casualties"]
    dialog = open_editor(original)
    message = dialog.findChild(QLabel, "message")
    _statement(dialog).setPlainText(statement)        # as pasted: keyClicks cannot type control characters
    assert not _ok(dialog).isEnabled() and message.isVisibleTo(dialog)
    expected = STATEMENT_INVISIBLE if statement.strip() else STATEMENT_REQUIRED
    assert message.text() == expected
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    qtbot.keyClicks(_statement(dialog), "The JCS said so.")
    assert _ok(dialog).isEnabled() and not message.isVisibleTo(dialog)


def test_a_fact_without_a_source_is_warned_about_but_may_be_saved(qtbot, open_editor, example):
    dialog = open_editor(example.facts["f-casualties"])
    assert not _warning(dialog).isVisibleTo(dialog)
    _tick(dialog, "JCS", False)
    assert _warning(dialog).isVisibleTo(dialog)
    assert _warning(dialog).text().endswith("A fact without a source will be flagged by the checks.")
    assert _ok(dialog).isEnabled()
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.fact().sources == ()


def test_ticking_a_source_sets_its_default_reliability_when_none_is_set(qtbot, open_editor):
    dialog = open_editor(None)
    _tick(dialog, "KCNA")
    assert dialog.reliability.value() is Reliability.D
    _tick(dialog, "UNSC")  # a reliability is set now, so a second source does not change it
    assert dialog.reliability.value() is Reliability.D


def test_ticking_a_source_keeps_a_reliability_the_user_chose(qtbot, open_editor):
    dialog = open_editor(None)
    dialog.reliability.set_value(Reliability.C)
    _tick(dialog, "UNSC")
    assert dialog.reliability.value() is Reliability.C


def test_the_grade_shows_reliability_and_credibility_together(open_editor):
    dialog = open_editor(None)
    grade = dialog.findChild(QLabel, "grade")
    assert grade.text() == "Not graded"
    dialog.reliability.set_value(Reliability.C)
    assert grade.text() == "C?"
    dialog.credibility.set_value(Credibility.DOUBTFUL)
    assert grade.text() == "C4"


def test_the_grades_say_what_they_mean(open_editor):
    dialog = open_editor(None)
    reliability = [dialog.reliability.itemText(i) for i in range(dialog.reliability.count())]
    credibility = [dialog.credibility.itemText(i) for i in range(dialog.credibility.count())]
    assert reliability[1:] == [f"{r.value} — {r.meaning}" for r in Reliability]
    assert credibility[1:] == [f"{c.value} — {c.meaning}" for c in Credibility]


def test_sources_list_code_and_name_and_the_filter_finds_them_by_korean_alias(open_editor):
    dialog = open_editor(None)
    assert dialog.picker.item("NIS").text() == "NIS — National Intelligence Service (Republic of Korea)"
    commit_text(dialog.findChild(QLineEdit, "source_filter"), "국정원")
    visible = [dialog.picker.list.item(row).data(Qt.ItemDataRole.UserRole)
               for row in range(dialog.picker.list.count()) if not dialog.picker.list.item(row).isHidden()]
    assert visible == ["NIS"]


def test_ticked_sources_stay_in_view_and_ticked_while_filtering(qtbot, open_editor, example):
    dialog = open_editor(example.facts["f-casualties"])
    qtbot.keyClicks(dialog.findChild(QLineEdit, "source_filter"), "pentagon")
    assert not dialog.picker.item("DOD").isHidden() and not dialog.picker.item("JCS").isHidden()
    assert dialog.picker.item("NIS").isHidden()
    _tick(dialog, "DOD")
    dialog.accept()
    assert dialog.fact().sources == ("JCS", "DOD")


def test_the_briefings_own_sources_are_offered(open_editor, example):
    briefing = copy.deepcopy(example)
    briefing.sources.append(Source("KPA_GS", "General Staff of the Korean People's Army"))
    dialog = open_editor(None, briefing)
    assert dialog.picker.item("KPA_GS").text() == "KPA_GS — General Staff of the Korean People's Army"


def test_a_source_code_the_registry_does_not_know_is_kept(open_editor, example):
    fact = Fact("f-odd", "Something was said.", ("JCS", "GONE"))
    dialog = open_editor(fact)
    assert dialog.picker.item("GONE").checkState() == Qt.CheckState.Checked
    assert "not in the source registry" in dialog.picker.item("GONE").text()
    dialog.accept()
    assert dialog.fact().sources == ("JCS", "GONE")


def test_a_new_source_made_here_is_ticked_and_handed_back(qtbot, open_editor, example, registry):
    sources_before = list(example.sources)
    dialog = open_editor(None)
    qtbot.keyClicks(_statement(dialog), "The General Staff announced drills.")
    qtbot.mouseClick(dialog.findChild(QPushButton, "new_source"), Qt.MouseButton.LeftButton)
    form = dialog.picker.source_form
    qtbot.keyClicks(form.code, "kpa_gs")
    qtbot.keyClicks(form.name, "General Staff of the Korean People's Army")
    form.kind.set_value(SourceKind.MILITARY)
    form.reliability.set_value(Reliability.D)
    commit_text(form.aliases_ko, "조선인민군 총참모부")
    qtbot.mouseClick(form.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    created = Source("KPA_GS", "General Staff of the Korean People's Army", aliases_ko=("조선인민군 총참모부",),
                     kind=SourceKind.MILITARY, default_reliability=Reliability.D)
    assert dialog.new_sources() == [created]
    assert dialog.picker.item("KPA_GS").checkState() == Qt.CheckState.Checked
    assert dialog.reliability.value() is Reliability.D  # its default reliability applies, like any source's
    dialog.accept()
    assert dialog.fact().sources == ("KPA_GS",)
    assert example.sources == sources_before and "KPA_GS" not in registry


def test_a_bad_new_source_code_is_explained_and_creates_nothing(qtbot, open_editor):
    dialog = open_editor(None)
    dialog.picker.new_button.click()
    form = dialog.picker.source_form
    qtbot.keyClicks(form.code, "1ST ARMY")
    qtbot.keyClicks(form.name, "First Army")
    assert form.message.isVisibleTo(form)
    assert "is not valid" in form.message.text() and "capital letters" in form.message.text()
    assert not form.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    form.accept()  # as Enter would: refused while the code is bad
    assert dialog.picker.source_form is form
    form.reject()
    assert dialog.new_sources() == [] and dialog.picker.item("1ST ARMY") is None


def test_a_new_source_may_not_take_a_code_already_used(qtbot, open_editor):
    dialog = open_editor(None)
    dialog.picker.new_button.click()
    form = dialog.picker.source_form
    qtbot.keyClicks(form.code, "NIS")
    qtbot.keyClicks(form.name, "National Institute of Statistics")
    assert form.message.text() == (
        "Source code NIS is already used by National Intelligence Service (Republic of Korea): choose another code.")
    assert not form.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_the_filter_text_starts_the_new_source_code(qtbot, open_editor):
    dialog = open_editor(None)
    qtbot.keyClicks(dialog.findChild(QLineEdit, "source_filter"), "kpa")
    dialog.picker.new_button.click()
    assert dialog.picker.source_form.code.text() == "KPA"


def test_the_excerpt_is_shown_in_the_context_of_its_document(open_editor, example):
    fact = example.facts["f-nis-deaths"]
    dialog = open_editor(fact)
    document = example.documents[fact.document_id]
    assert highlighted_text(dialog.excerpt.text) == document.excerpt(fact.excerpt)
    assert "reported on Monday that in Russia’s conflict with Ukraine" in dialog.excerpt.text.toPlainText()
    assert document.title in dialog.excerpt.caption.text()


def test_a_new_fact_has_no_excerpt_to_show(open_editor):
    dialog = open_editor(None)
    assert dialog.excerpt.caption.text().startswith("No source excerpt")


def test_korean_text_round_trips(qtbot, open_editor, example):
    dialog = open_editor(None)
    commit_text(_statement(dialog), "합참은 북한군 사상자가 약 1,100명이라고 밝혔다.")
    commit_text(dialog.findChild(QLineEdit, "tags"), "파병, 러시아，사상자")
    commit_text(dialog.findChild(QPlainTextEdit, "note"), "국정원 발표와 대조할 것")
    _tick(dialog, "JCS")
    dialog.accept()
    fact = dialog.fact()
    assert fact.statement == "합참은 북한군 사상자가 약 1,100명이라고 밝혔다."
    assert fact.tags == ("파병", "러시아", "사상자")
    assert fact.note == "국정원 발표와 대조할 것"


def test_ctrl_enter_accepts_from_the_statement(qtbot, open_editor, example):
    dialog = open_editor(example.facts["f-casualties"])
    with qtbot.waitActive(dialog):  # shortcuts reach only the active window
        dialog.show()
        dialog.activateWindow()
    _statement(dialog).setFocus()
    qtbot.keyClick(_statement(dialog), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_enter_in_a_one_line_field_accepts_and_escape_cancels(qtbot, open_editor, example):
    dialog = open_editor(example.facts["f-casualties"])
    dialog.show()
    qtbot.keyClick(dialog.findChild(QLineEdit, "tags"), Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    other = open_editor(example.facts["f-casualties"])
    other.show()
    qtbot.keyClick(other.findChild(QLineEdit, "tags"), Qt.Key.Key_Escape)
    assert other.result() == QDialog.DialogCode.Rejected


def test_fields_are_visited_in_reading_order_with_tab(open_editor, example):
    dialog = open_editor(example.facts["f-casualties"])
    order, widget = [], _statement(dialog)
    for _ in range(80):
        if widget.objectName() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            order.append(widget.objectName())
        widget = widget.nextInFocusChain()
    expected = ["statement", "source_filter", "source_list", "new_source", "reported_on_edit", "reported_on_not_set",
                "information_as_of_edit", "information_as_of_not_set", "reliability", "credibility", "tags", "note"]
    assert [name for name in order if name in expected][:len(expected)] == expected


def test_filter_text_that_cannot_be_a_code_does_not_start_the_new_source(qtbot, open_editor):
    dialog = open_editor(None)
    commit_text(dialog.findChild(QLineEdit, "source_filter"), "조선인민군")
    dialog.picker.new_button.click()
    assert dialog.picker.source_form.code.text() == ""
