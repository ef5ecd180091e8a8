"""The source registry dialog: built-in sources to look up, the briefing's own to add, edit and remove."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox, QLabel, QPushButton, QTableWidget

from briefing.domain import Reliability, Source, SourceKind
from briefing.ui.dialogs import SourceRegistryDialog
from tests.helpers.qt_text import commit_text

# Showing a window offscreen makes Qt warn that its plugin cannot pass on size hints; that is not ours to fix.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints", extend=True)

KPA = Source("KPA_GS", "General Staff of the Korean People's Army", "the KPA General Staff", ("KPA General Staff",),
             ("조선인민군 총참모부", "총참모부"), SourceKind.MILITARY, Reliability.D)
RFA = Source("RFA", "Radio Free Asia", kind=SourceKind.NEWS_AGENCY)


@pytest.fixture
def open_registry(qtbot, registry):
    def make(own: list[Source]) -> SourceRegistryDialog:
        dialog = SourceRegistryDialog(registry, own)
        qtbot.addWidget(dialog)
        return dialog
    return make


def _rows(table: QTableWidget) -> list[list[str]]:
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def _click(qtbot, dialog, name: str) -> None:
    qtbot.mouseClick(dialog.findChild(QPushButton, name), Qt.MouseButton.LeftButton)


def _form_ok(form):
    return form.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_built_in_sources_are_listed_with_their_aliases_in_both_languages(open_registry, registry):
    dialog = open_registry([])
    rows = _rows(dialog.findChild(QTableWidget, "builtin_sources"))
    assert [row[0] for row in rows] == registry.codes()
    jcs = rows[0]
    assert jcs[:4] == ["JCS", "Joint Chiefs of Staff (Republic of Korea)", "military", "B"]
    assert "South Korea's military" in jcs[4]
    assert jcs[5].startswith("합동참모본부; 합참; 우리 군")
    assert jcs[5] == "; ".join(registry["JCS"].aliases_ko)


def test_built_in_sources_cannot_be_edited(open_registry):
    dialog = open_registry([])
    table = dialog.findChild(QTableWidget, "builtin_sources")
    assert table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    table.selectRow(0)
    assert not dialog.findChild(QPushButton, "edit_source").isEnabled()
    assert not dialog.findChild(QPushButton, "remove_source").isEnabled()


def test_the_briefings_own_sources_are_listed(open_registry):
    dialog = open_registry([KPA])
    assert _rows(dialog.findChild(QTableWidget, "own_sources")) == [[
        "KPA_GS", "General Staff of the Korean People's Army", "military", "D", "KPA General Staff",
        "조선인민군 총참모부; 총참모부"]]
    assert not dialog.findChild(QLabel, "own_empty").isVisibleTo(dialog)


def test_an_empty_list_of_own_sources_says_how_to_start(open_registry):
    dialog = open_registry([])
    assert dialog.findChild(QLabel, "own_empty").isVisibleTo(dialog)


def test_adding_a_source_returns_it_with_the_others_and_leaves_the_input_alone(qtbot, open_registry):
    own = [KPA]
    dialog = open_registry(own)
    _click(qtbot, dialog, "add_source")
    form = dialog.source_form
    qtbot.keyClicks(form.code, "RFA")
    qtbot.keyClicks(form.name, "Radio Free Asia")
    form.kind.set_value(SourceKind.NEWS_AGENCY)
    qtbot.mouseClick(_form_ok(form), Qt.MouseButton.LeftButton)
    dialog.accept()

    assert dialog.sources() == [KPA, RFA]
    assert own == [KPA]
    assert [row[0] for row in _rows(dialog.findChild(QTableWidget, "own_sources"))] == ["KPA_GS", "RFA"]


def test_editing_a_source_replaces_it_and_it_may_keep_its_code(qtbot, open_registry):
    dialog = open_registry([KPA, RFA])
    dialog.findChild(QTableWidget, "own_sources").selectRow(0)
    _click(qtbot, dialog, "edit_source")
    form = dialog.source_form
    assert form.code.text() == "KPA_GS" and form.aliases_ko.toPlainText() == "조선인민군 총참모부\n총참모부"
    form.name.clear()
    qtbot.keyClicks(form.name, "Korean People's Army General Staff")
    form.reliability.set_value(Reliability.C)
    assert _form_ok(form).isEnabled()
    form.accept()

    edited = dialog.sources()[0]
    assert (edited.code, edited.name, edited.default_reliability) == (
        "KPA_GS", "Korean People's Army General Staff", Reliability.C)
    assert (edited.aliases, edited.aliases_ko) == (KPA.aliases, KPA.aliases_ko)
    assert dialog.sources()[1] == RFA


def test_removing_a_source_drops_it_from_the_list(qtbot, open_registry):
    own = [KPA, RFA]
    dialog = open_registry(own)
    dialog.findChild(QTableWidget, "own_sources").selectRow(0)
    _click(qtbot, dialog, "remove_source")
    assert dialog.sources() == [RFA]
    assert own == [KPA, RFA]


def test_a_code_already_built_in_is_refused_with_a_message(qtbot, open_registry):
    dialog = open_registry([KPA])
    _click(qtbot, dialog, "add_source")
    form = dialog.source_form
    qtbot.keyClicks(form.code, "jcs")
    qtbot.keyClicks(form.name, "Joint Communications Service")
    assert form.message.isVisibleTo(form)
    assert form.message.text() == (
        "Source code JCS is already used by Joint Chiefs of Staff (Republic of Korea): choose another code.")
    assert not _form_ok(form).isEnabled()
    form.accept()
    form.reject()
    assert dialog.sources() == [KPA]


def test_a_code_already_among_the_briefings_own_is_refused(qtbot, open_registry):
    dialog = open_registry([KPA, RFA])
    dialog.findChild(QTableWidget, "own_sources").selectRow(1)
    _click(qtbot, dialog, "edit_source")
    form = dialog.source_form
    form.code.clear()
    qtbot.keyClicks(form.code, "KPA_GS")
    assert "already used by General Staff of the Korean People's Army" in form.message.text()
    assert not _form_ok(form).isEnabled()


def test_a_source_needs_a_name(qtbot, open_registry):
    dialog = open_registry([])
    _click(qtbot, dialog, "add_source")
    form = dialog.source_form
    qtbot.keyClicks(form.code, "RFA")
    assert form.message.text() == "Source RFA has no name: give its full name."
    assert not _form_ok(form).isEnabled()


def test_korean_aliases_round_trip(qtbot, open_registry):
    dialog = open_registry([])
    _click(qtbot, dialog, "add_source")
    form = dialog.source_form
    qtbot.keyClicks(form.code, "KCTV")
    commit_text(form.name, "조선중앙텔레비죤")
    commit_text(form.aliases_ko, "조선중앙TV\n\n  조선중앙텔레비전  \n조선중앙TV")
    form.accept()
    assert dialog.sources() == [Source("KCTV", "조선중앙텔레비죤", aliases_ko=("조선중앙TV", "조선중앙텔레비전"))]


def test_cancelling_the_form_changes_nothing(qtbot, open_registry):
    dialog = open_registry([KPA])
    _click(qtbot, dialog, "add_source")
    form = dialog.source_form
    qtbot.keyClicks(form.code, "RFA")
    qtbot.keyClicks(form.name, "Radio Free Asia")
    form.reject()
    assert dialog.sources() == [KPA] and dialog.source_form is None


def test_the_delete_key_removes_the_selected_own_source(qtbot, open_registry):
    dialog = open_registry([KPA, RFA])
    table = dialog.findChild(QTableWidget, "own_sources")
    table.selectRow(1)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert dialog.sources() == [KPA]
