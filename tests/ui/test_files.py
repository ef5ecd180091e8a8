"""Files: save and reopen to an equal briefing, the unsaved-changes question, damaged files, recent files."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from briefing.domain import Briefing
from briefing.storage import dumps, load_briefing
from briefing.ui.actions import ActionId
from briefing.ui.app import open_main_window
from briefing.ui.commands import RenameSection
from briefing.ui.prompts import Prompts, SaveChoice


def rename_first_section(window, heading="BLUF"):
    document = window.document
    document.push(RenameSection(document, document.briefing.sections[0].id, heading))


def test_save_then_reopen_gives_an_equal_briefing(window, example_copy, registry):
    rename_first_section(window)
    window.actions[ActionId.SAVE].trigger()
    assert not window.isWindowModified()
    assert dumps(load_briefing(example_copy, registry)) == dumps(window.document.briefing)
    window.actions[ActionId.OPEN].trigger()   # the fake file dialog answers None: nothing happens
    assert window.files.open(example_copy)
    assert window.document.briefing.sections[0].heading == "BLUF"


def test_a_new_briefing_is_saved_through_save_as(make_window, prompts, tmp_path, registry):
    window = make_window()
    assert window.windowTitle().startswith("Untitled briefing[*]")
    window.actions[ActionId.ADD_SECTION].trigger()
    prompts.save_answer = tmp_path / "weekly"
    window.actions[ActionId.SAVE].trigger()
    saved = tmp_path / "weekly.brief"
    assert load_briefing(saved, registry).sections[0].heading == "New section"
    assert window.windowTitle().startswith("weekly.brief[*]") and not window.isWindowModified()


def test_new_asks_before_dropping_unsaved_changes_and_cancel_keeps_them(window, prompts):
    rename_first_section(window)
    prompts.save_choice = SaveChoice.CANCEL
    window.actions[ActionId.NEW].trigger()
    assert prompts.asked_to_save == ["example.brief"]
    assert window.document.briefing.sections[0].heading == "BLUF"
    prompts.save_choice = SaveChoice.DISCARD   # so the window may close at the end of the test


def test_discard_drops_the_changes(window, prompts):
    rename_first_section(window)
    prompts.save_choice = SaveChoice.DISCARD
    window.actions[ActionId.NEW].trigger()
    assert window.document.briefing.sections == [] and not window.isWindowModified()


def test_save_in_the_question_saves_first(window, prompts, example_copy, registry):
    rename_first_section(window)
    prompts.save_choice = SaveChoice.SAVE
    window.actions[ActionId.NEW].trigger()
    assert load_briefing(example_copy, registry).sections[0].heading == "BLUF"
    assert window.document.path is None


def test_closing_with_unsaved_changes_asks_and_cancel_keeps_the_window_open(window, prompts):
    rename_first_section(window)
    prompts.save_choice = SaveChoice.CANCEL
    window.close()
    assert window.isVisible()
    prompts.save_choice = SaveChoice.DISCARD
    window.close()
    assert not window.isVisible()


def test_an_unmodified_briefing_closes_without_a_question(window, prompts):
    window.close()
    assert prompts.asked_to_save == [] and not window.isVisible()


def test_opening_a_damaged_file_explains_why_and_keeps_the_current_briefing(window, prompts, tmp_path):
    damaged = tmp_path / "cut.brief"
    damaged.write_text('{"format": "briefing", "format_version": 1, "metadata": {', encoding="utf-8")
    before = dumps(window.document.briefing)
    assert not window.files.open(damaged)
    title, message = prompts.errors[-1]
    assert title == "Cannot open briefing" and "cut.brief" in message and "truncated" in message
    assert dumps(window.document.briefing) == before and window.document.path.name == "example.brief"


def test_opening_a_file_with_a_fact_that_shows_no_text_names_the_fact_and_keeps_the_current_briefing(
        window, prompts, tmp_path, example_path):
    data = json.loads(example_path.read_text(encoding="utf-8"))
    data["facts"][2]["statement"] = "\u200b\ufeff"
    blank = tmp_path / "blank.brief"
    blank.write_text(json.dumps(data), encoding="utf-8")
    before = dumps(window.document.briefing)
    assert not window.files.open(blank)
    title, message = prompts.errors[-1]
    assert title == "Cannot open briefing"
    assert f"blank.brief at facts[2].statement: fact {data['facts'][2]['id']} has no statement" in message
    assert dumps(window.document.briefing) == before and window.document.path.name == "example.brief"


def test_a_damaged_file_on_the_command_line_opens_an_empty_briefing_with_the_error(services, prompts, qtbot,
                                                                                    tmp_path):
    damaged = tmp_path / "bad.brief"
    damaged.write_text("not json", encoding="utf-8")
    window = open_main_window(services, damaged)
    qtbot.addWidget(window)
    assert prompts.errors and "bad.brief" in prompts.errors[0][1]
    assert window.document.briefing.sections == [] and window.document.path is None


def test_a_save_that_fails_says_so_and_keeps_the_changes_unsaved(window, prompts, tmp_path):
    rename_first_section(window)
    prompts.save_answer = tmp_path / "no-such-folder" / "x.brief"
    window.actions[ActionId.SAVE_AS].trigger()
    assert prompts.errors and "does not exist" in prompts.errors[-1][1]
    assert window.isWindowModified()


def test_opened_and_saved_files_are_offered_again_under_open_recent(window, example_copy, tmp_path, prompts):
    prompts.save_answer = tmp_path / "other.brief"
    window.actions[ActionId.SAVE_AS].trigger()
    assert window.files.recent_files()[:1] == [(tmp_path / "other.brief").resolve()]
    window.files.recent_menu.aboutToShow.emit()
    entries = [a.text() for a in window.files.recent_menu.actions()]
    assert entries[0] == "&1 other.brief"
    window.files.recent_menu.actions()[0].trigger()
    assert window.document.path == (tmp_path / "other.brief").resolve()


@pytest.mark.parametrize("button, choice", [(QMessageBox.StandardButton.Save, SaveChoice.SAVE),
                                            (QMessageBox.StandardButton.Discard, SaveChoice.DISCARD),
                                            (QMessageBox.StandardButton.Cancel, SaveChoice.CANCEL)])
def test_the_real_question_maps_each_button_to_its_choice(monkeypatch, qtbot, button, choice):
    asked = []

    def fake_exec(box):
        asked.append((box.text(), box.standardButtons()))
        return button.value

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    assert Prompts().ask_save_changes(None, "weekly.brief") is choice
    assert "weekly.brief" in asked[0][0]
