"""The Checks panel in the real window: what a reviewer would flag, kept current, one activation
away from the bullet or fact to fix, F7 to see it, and asked about before an export."""
from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox

from briefing.storage import load_briefing
from briefing.ui.actions import SPECS, ActionId
from briefing.ui.commands import EditBlockText, RenameSection
from briefing.ui.dialog_factory import FactEdit
from briefing.ui.panels.checks import Column
from briefing.ui.prompts import ExportChoice, Prompts, SaveChoice

UNSOURCED_FACT, UNSOURCED_BULLET = "f-more-troops", "b-more-troops"


@pytest.fixture(autouse=True)
def quick_checks(services):
    """Check right after an edit instead of waiting for the user's pause, so tests run fast."""
    services.checks_delay_ms = 1


@pytest.fixture
def unsourced(make_window, example_copy, services):
    """The example briefing with one bullet's fact stripped of its sources."""
    briefing = load_briefing(example_copy, services.registry)
    briefing.facts[UNSOURCED_FACT] = replace(briefing.facts[UNSOURCED_FACT], sources=())
    return make_window(briefing, example_copy)


def wait_checked(qtbot, window):
    qtbot.waitUntil(lambda: window.checks_controller.is_current)


def shown_rows(window):
    """Each row of the panel as the user reads it: severity, problem, where."""
    model = window.checks.model
    return [tuple(model.index(row, column).data() for column in Column) for row in range(model.rowCount())]


def activate_by_double_click(qtbot, window, row):
    view = window.checks.view
    rect = view.visualRect(window.checks.model.index(row, Column.PROBLEM))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


# -- what the panel shows ----------------------------------------------------------------------
def test_an_unsourced_bullet_shows_as_an_error_with_its_section(unsourced):
    [(severity, message, where)] = shown_rows(unsourced)
    assert severity == "Error"
    assert message.startswith('The bullet "Pyongyang is considering sending more troops')
    assert "has no source" in message
    assert where == "Section “Casualties and deployments”"
    assert unsourced._docks["checks"].windowTitle() == "Checks (1 error)"
    assert unsourced._docks["checks"].isVisible()


def test_errors_come_before_warnings_and_the_title_counts_both(make_window, example_copy, services):
    briefing = load_briefing(example_copy, services.registry)
    briefing.facts["f-arms"] = replace(briefing.facts["f-arms"], reported_on=None, information_as_of=None)
    briefing.facts[UNSOURCED_FACT] = replace(briefing.facts[UNSOURCED_FACT], sources=())
    window = make_window(briefing, example_copy)
    assert [row[0] for row in shown_rows(window)] == ["Error", "Warning"]
    assert shown_rows(window)[1][2] == "Fact library"
    assert window._docks["checks"].windowTitle() == "Checks (1 error, 1 warning)"
    assert not window.checks.model.index(0, Column.SEVERITY).data(Qt.ItemDataRole.DecorationRole).isNull()


def test_a_briefing_without_problems_says_so(window):
    assert window._docks["checks"].windowTitle() == "Checks (no problems)"
    assert window.checks.empty.isVisible()
    assert not window.checks.view.isVisible()


def test_edits_are_checked_once_after_a_pause_in_editing(unsourced, qtbot):
    document = unsourced.document
    runs = []
    unsourced.checks_controller.checked.connect(runs.append)
    for heading in ("Casualties", "Casualties and", "Casualties and losses"):
        document.push(RenameSection(document, "s-casualties", heading))
    assert not unsourced.checks_controller.is_current
    wait_checked(qtbot, unsourced)
    assert len(runs) == 1
    assert shown_rows(unsourced)[0][2] == "Section “Casualties and losses”"


def test_the_selected_problem_stays_selected_when_the_list_is_rechecked(unsourced, qtbot):
    document = unsourced.document
    document.push(RenameSection(document, "s-outlook", "Outlook {{date}}"))
    wait_checked(qtbot, unsourced)
    unsourced.checks.select_row(1)
    kept = unsourced.checks.selected_problem()
    document.push(EditBlockText(document, "b-bluf-text", "North Korea's troops are taking losses.", 1))
    wait_checked(qtbot, unsourced)
    assert unsourced.checks.selected_problem() == kept


def test_the_panel_follows_a_new_briefing(unsourced, qtbot, prompts):
    prompts.save_choice = SaveChoice.DISCARD
    unsourced.actions[ActionId.NEW].trigger()
    assert shown_rows(unsourced) == []                  # a new, empty briefing has nothing to flag
    assert unsourced._docks["checks"].windowTitle() == "Checks (no problems)"


# -- going to a problem ------------------------------------------------------------------------
def test_double_clicking_an_unsourced_bullet_selects_it_in_the_outline(unsourced, qtbot):
    activate_by_double_click(qtbot, unsourced, 0)
    assert unsourced.outline.current_id() == UNSOURCED_BULLET
    assert unsourced.library.current_fact_id() == UNSOURCED_FACT      # ready for Edit Fact
    assert unsourced.editor.heading.text().startswith("Fact statement · no source")


def test_enter_on_a_problem_goes_to_it(unsourced, qtbot):
    unsourced.checks.select_row(0)
    unsourced.checks.view.setFocus()
    qtbot.keyClick(unsourced.checks.view, Qt.Key.Key_Return)
    assert unsourced.outline.current_id() == UNSOURCED_BULLET


def test_a_problem_with_a_fact_selects_the_fact_in_the_library(make_window, example_copy, services, qtbot):
    briefing = load_briefing(example_copy, services.registry)
    briefing.facts["f-arms"] = replace(briefing.facts["f-arms"], reported_on=None, information_as_of=None)
    window = make_window(briefing, example_copy)
    activate_by_double_click(qtbot, window, 0)
    assert window.library.current_fact_id() == "f-arms"


def test_a_missing_classification_opens_the_briefing_properties(make_window, example_copy, services, dialogs, qtbot):
    briefing = load_briefing(example_copy, services.registry)
    briefing.metadata = replace(briefing.metadata, classification="")
    window = make_window(briefing, example_copy)
    activate_by_double_click(qtbot, window, 0)
    assert [call[0] for call in dialogs.calls] == ["properties"]


def test_a_problem_whose_bullet_was_deleted_meanwhile_refreshes_the_list(unsourced, qtbot):
    unsourced.checks_controller._timer.setInterval(60_000)      # the user acts before the next check
    problem = unsourced.checks.problems[0]
    unsourced.outline.select(UNSOURCED_BULLET)
    unsourced.actions[ActionId.DELETE_OUTLINE_ITEM].trigger()
    unsourced.checks.problem_activated.emit(problem)
    assert "no longer in the briefing" in unsourced.statusBar().currentMessage()
    assert shown_rows(unsourced) == []


# -- fixing a problem --------------------------------------------------------------------------
def test_giving_the_fact_a_source_clears_the_error_and_undo_brings_it_back(unsourced, qtbot, dialogs):
    activate_by_double_click(qtbot, unsourced, 0)
    fact = unsourced.document.briefing.facts[UNSOURCED_FACT]
    dialogs.fact = FactEdit(replace(fact, sources=("NIS",)))
    unsourced.actions[ActionId.EDIT_FACT].trigger()                 # the undoable Edit Fact path
    wait_checked(qtbot, unsourced)
    assert shown_rows(unsourced) == []
    assert unsourced._docks["checks"].windowTitle() == "Checks (no problems)"

    unsourced.actions[ActionId.UNDO].trigger()
    wait_checked(qtbot, unsourced)
    assert [row[0] for row in shown_rows(unsourced)] == ["Error"]
    assert unsourced._docks["checks"].windowTitle() == "Checks (1 error)"


# -- Check Briefing (F7) -----------------------------------------------------------------------
def test_f7_shows_the_checks_panel_and_focuses_its_first_problem(unsourced, qtbot):
    dock = unsourced._docks["checks"]
    dock.hide()
    unsourced.activateWindow()
    qtbot.waitUntil(unsourced.isActiveWindow)
    unsourced.outline.view.setFocus()
    qtbot.keyClick(unsourced.outline.view, Qt.Key.Key_F7)
    assert dock.isVisible()
    qtbot.waitUntil(unsourced.checks.view.hasFocus)
    assert unsourced.checks.selected_problem() == unsourced.checks.problems[0]


def test_check_briefing_has_f7_to_itself(window):
    f7 = QKeySequence("F7")
    assert window.actions[ActionId.CHECK_BRIEFING].shortcut() == f7
    others = [ident for ident in SPECS if ident is not ActionId.CHECK_BRIEFING
              and window.actions[ident].shortcut() == f7]
    assert others == []
    standard = [key for key in QKeySequence.StandardKey if f7 in QKeySequence.keyBindings(key)]
    assert standard == []


def test_the_checks_dock_keeps_its_place_in_the_saved_layout(window, make_window, example):
    window._docks["checks"].hide()
    window.close()
    again = make_window(example)
    assert not again._docks["checks"].isVisible()
    again.actions[ActionId.CHECK_BRIEFING].trigger()
    assert again._docks["checks"].isVisible()


# -- asked before an export --------------------------------------------------------------------
def test_export_with_an_error_asks_and_cancel_writes_no_file(unsourced, prompts, tmp_path):
    prompts.export_choice = ExportChoice.CANCEL
    target = tmp_path / "brief.md"
    prompts.save_answer = target
    unsourced.actions[ActionId.EXPORT_MARKDOWN].trigger()
    [(count, first)] = prompts.export_questions
    assert count == 1
    assert first.startswith("section 'Casualties and deployments': the bullet \"Pyongyang is considering")
    assert not unsourced.exports.running
    assert not target.exists()


def test_export_anyway_writes_the_file(unsourced, prompts, qtbot, tmp_path):
    prompts.export_choice = ExportChoice.EXPORT_ANYWAY
    prompts.save_answer = tmp_path / "brief.html"
    with qtbot.waitSignal(unsourced.exports.finished, timeout=10000):
        unsourced.actions[ActionId.EXPORT_HTML].trigger()
    assert len(prompts.export_questions) == 1
    assert "Pyongyang is considering" in (tmp_path / "brief.html").read_text(encoding="utf-8")


def test_show_problems_instead_of_exporting_opens_the_panel_on_the_error(unsourced, prompts, qtbot, tmp_path):
    document = unsourced.document
    document.push(RenameSection(document, "s-outlook", "Outlook {{date}}"))
    wait_checked(qtbot, unsourced)
    unsourced.checks.select_row(1)                      # the warning, looked at earlier
    unsourced._docks["checks"].hide()
    prompts.export_choice = ExportChoice.SHOW_PROBLEMS
    assert not unsourced.exports.export("docx", tmp_path / "brief.docx")
    assert unsourced._docks["checks"].isVisible()
    assert unsourced.checks.selected_problem().fact_id == UNSOURCED_FACT
    assert not (tmp_path / "brief.docx").exists()


def test_warnings_alone_never_hold_up_an_export(make_window, example_copy, services, prompts, qtbot, tmp_path):
    briefing = load_briefing(example_copy, services.registry)
    briefing.facts["f-arms"] = replace(briefing.facts["f-arms"], reported_on=None, information_as_of=None)
    window = make_window(briefing, example_copy)
    prompts.export_choice = ExportChoice.CANCEL
    with qtbot.waitSignal(window.exports.finished, timeout=10000):
        assert window.exports.export("md", tmp_path / "brief.md")
    assert prompts.export_questions == []
    assert (tmp_path / "brief.md").exists()


@pytest.mark.parametrize("button, choice", [("Export Anyway", ExportChoice.EXPORT_ANYWAY),
                                            ("Show Problems", ExportChoice.SHOW_PROBLEMS),
                                            ("Cancel", ExportChoice.CANCEL)])
def test_the_real_question_names_the_errors_and_maps_each_button(monkeypatch, button, choice):
    asked = []

    def fake_exec(box):
        asked.append(box.text())
        next(b for b in box.buttons() if b.text().replace("&", "") == button).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    assert Prompts().ask_export_with_errors(None, 2, "section 'Outlook': the bullet has no source") is choice
    assert asked == ["The briefing has 2 sourcing errors (first: section 'Outlook': the bullet has no source). "
                     "Export anyway?"]
