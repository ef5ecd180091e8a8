"""The fact library: adding, editing, duplicating and deleting facts, the filter and the unused marker."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt

from briefing.domain import Credibility, Fact, Metadata, Reliability, Source
from briefing.ui.actions import ActionId
from briefing.ui.dialog_factory import FactEdit
from briefing.ui.panels.fact_library import Column


def row_texts(window, column=Column.STATEMENT):
    proxy = window.library.proxy
    return [proxy.index(r, column).data() for r in range(proxy.rowCount())]


def new_fact():
    return Fact("f-launch", "North Korea fired a ballistic missile into the East Sea.", ("JCS",),
                reported_on=date(2025, 1, 6), information_as_of=date(2025, 1, 6),
                reliability=Reliability.B, credibility=Credibility.PROBABLY_TRUE)


def test_every_fact_shows_its_statement_sources_dates_and_grade(window):
    model = window.library.model
    assert model.index(0, Column.STATEMENT).data().startswith("Around 1,100 North Korean soldiers")
    assert model.index(0, Column.SOURCES).data() == "JCS"
    assert model.index(0, Column.REPORTED).data() == "2024-12-23"
    assert model.index(0, Column.GRADE).data() == "B2"


def test_a_fact_added_through_the_dialog_appears_marked_as_not_used(window, dialogs):
    dialogs.fact = FactEdit(new_fact())
    window.actions[ActionId.ADD_FACT].trigger()
    assert dialogs.calls[-1] == ("fact", None)
    assert row_texts(window)[-1] == "North Korea fired a ballistic missile into the East Sea."
    assert row_texts(window, Column.USED)[-1] == "not used"
    assert row_texts(window, Column.USED)[0] == "✓"
    assert window.library.current_fact_id() == "f-launch"
    window.actions[ActionId.UNDO].trigger()
    assert "f-launch" not in window.document.briefing.facts
    window.actions[ActionId.REDO].trigger()
    assert "f-launch" in window.document.briefing.facts


def test_sources_created_in_the_fact_dialog_join_the_briefing(window, dialogs):
    dialogs.fact = FactEdit(replace(new_fact(), sources=("NKNEWS",)), [Source("NKNEWS", "NK News")])
    window.actions[ActionId.ADD_FACT].trigger()
    assert [s.code for s in window.document.briefing.sources] == ["NKNEWS"]


def test_cancelling_the_dialog_changes_nothing(window, dialogs):
    dialogs.fact = None
    window.actions[ActionId.ADD_FACT].trigger()
    assert window.document.undo_stack.count() == 0


def test_editing_a_fact_replaces_it_and_can_be_undone(window, dialogs):
    window.library.select_fact("f-casualties")
    old = window.document.briefing.facts["f-casualties"]
    dialogs.fact = FactEdit(replace(old, reliability=Reliability.A, credibility=Credibility.CONFIRMED))
    window.actions[ActionId.EDIT_FACT].trigger()
    assert dialogs.calls[-1] == ("fact", old)
    assert window.library.model.index(0, Column.GRADE).data() == "A1"
    window.actions[ActionId.UNDO].trigger()
    assert window.library.model.index(0, Column.GRADE).data() == "B2"


def test_duplicating_puts_a_copy_with_a_new_id_right_after_the_original(window):
    window.library.select_fact("f-casualties")
    window.actions[ActionId.DUPLICATE_FACT].trigger()
    ids = list(window.document.briefing.facts)
    assert ids[0] == "f-casualties" and ids[1] != "f-casualties"
    copy = window.document.briefing.facts[ids[1]]
    assert copy.statement == window.document.briefing.facts["f-casualties"].statement
    assert row_texts(window, Column.USED)[1] == "not used"


def test_ctrl_d_selects_the_copy_it_made(window, qtbot):
    window.library.select_fact("f-casualties")
    window.library.view.setFocus()
    window.activateWindow()
    qtbot.waitUntil(window.library.view.hasFocus)
    qtbot.keyClick(window.library.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    copy_id = list(window.document.briefing.facts)[1]
    assert window.library.selected_fact_ids() == [copy_id]


def test_deleting_a_used_fact_takes_its_bullet_along_and_undo_restores_both(window):
    briefing = window.document.briefing
    window.library.select_fact("f-casualties")
    window.actions[ActionId.DELETE_FACT].trigger()
    assert "f-casualties" not in briefing.facts
    assert briefing.fact_usage().get("f-casualties") is None
    assert "and 1 bullet" in window.statusBar().currentMessage()
    window.actions[ActionId.UNDO].trigger()
    assert briefing.fact_usage()["f-casualties"] == 1


def test_the_filter_keeps_facts_matching_any_column(window, qtbot):
    qtbot.keyClicks(window.library.filter_box, "a2")
    assert row_texts(window) == ["North Korea has launched around 7,000 trash-carrying balloons into the South on "
                                 "32 occasions since May."]
    window.library.filter_box.clear()
    qtbot.keyClicks(window.library.filter_box, "balloons")
    assert len(row_texts(window)) == 2


def test_find_puts_the_focus_in_the_filter(window, qtbot):
    window.activateWindow()
    window.actions[ActionId.FIND_FACT].trigger()
    qtbot.waitUntil(lambda: window.library.filter_box.hasFocus())


def test_properties_come_from_the_dialog_and_undo(window, dialogs, settle):
    dialogs.metadata = Metadata(title="Weekly Korea update")
    window.actions[ActionId.PROPERTIES].trigger()
    assert window.document.briefing.metadata.title == "Weekly Korea update"
    settle(window)
    assert "Weekly Korea update" in window.preview.browser.toPlainText()
    window.actions[ActionId.UNDO].trigger()
    assert window.document.briefing.metadata.title == "North Korean troops in Russia's war"


def test_removing_a_source_a_fact_still_names_is_refused_with_a_message(window, dialogs, prompts):
    dialogs.fact = FactEdit(replace(new_fact(), sources=("NKNEWS",)), [Source("NKNEWS", "NK News")])
    window.actions[ActionId.ADD_FACT].trigger()
    dialogs.sources = []
    window.actions[ActionId.SOURCES].trigger()
    assert prompts.errors and "NKNEWS" in prompts.errors[-1][1]
    assert [s.code for s in window.document.briefing.sources] == ["NKNEWS"]


def test_double_clicking_a_fact_opens_the_editor_dialog(window, dialogs, qtbot):
    view = window.library.view
    index = window.library.proxy.index(2, Column.STATEMENT)
    view.doubleClicked.emit(index)
    assert dialogs.calls[-1][0] == "fact" and dialogs.calls[-1][1].id == "f-jcs-estimate"
