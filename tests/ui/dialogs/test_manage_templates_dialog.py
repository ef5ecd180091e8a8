"""Manage Templates: your templates can be renamed, deleted and revealed; built-in and team ones are read-only."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, QUrl

from briefing.domain.template import Template, TemplateSection
from briefing.resources import BUILTIN_TEMPLATES
from briefing.storage.template_store import TEAM_FOLDER_VARIABLE
from briefing.storage.templates import SUFFIX, save_template
from briefing.ui.dialogs.manage_templates import READ_ONLY, ManageTemplatesDialog
from briefing.ui.dialogs.template_list import NAME, ORIGIN
from briefing.ui.template_library import TemplateLibrary
from briefing.storage.template_store import Origin

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints", extend=True)


def _template(name, title):
    return Template(name, title, description=f"About {title}", sections=[TemplateSection("Main", "Write it.")])


@pytest.fixture
def folders(tmp_path):
    mine, team = tmp_path / "mine", tmp_path / "team"
    mine.mkdir()
    team.mkdir()
    save_template(_template("korea-weekly", "Korea weekly"), mine)
    save_template(_template("desk-notes", "Desk notes"), team)
    return mine, team


@pytest.fixture
def library(tmp_path, folders):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    return TemplateLibrary(settings, BUILTIN_TEMPLATES, folders[0], environ={})


@pytest.fixture
def open_dialog(qtbot, library, prompts, opened_urls):
    def make() -> ManageTemplatesDialog:
        dialog = ManageTemplatesDialog(library, prompts, opened_urls.append)
        qtbot.addWidget(dialog)
        return dialog
    return make


def rows(dialog):
    tree = dialog.templates
    return [(tree.topLevelItem(i).text(NAME), tree.topLevelItem(i).text(ORIGIN)) for i in range(tree.topLevelItemCount())]


def test_every_template_is_listed_with_its_origin_and_the_folders_are_shown(open_dialog, folders):
    dialog = open_dialog()
    assert rows(dialog) == [("daily-read-ahead", "built-in"), ("decision-memo", "built-in"),
                            ("intelligence-summary", "built-in"), ("key-judgments-assessment", "built-in"),
                            ("korea-weekly", "user"), ("situation-report", "built-in")]
    assert dialog.user_folder.text() == str(folders[0])
    assert dialog.team_folder.text() == "none set"
    assert not dialog.clear_team_button.isEnabled()


def test_built_in_templates_cannot_be_renamed_or_deleted_and_the_buttons_say_why(open_dialog, prompts):
    dialog = open_dialog()
    assert dialog.templates.select("built-in:decision-memo")
    assert not dialog.rename_button.isEnabled() and not dialog.delete_button.isEnabled()
    assert dialog.rename_button.toolTip() == READ_ONLY[Origin.BUILTIN]
    assert dialog.delete_button.toolTip().startswith("Built-in templates are part of Briefing and cannot be changed")
    prompts.text_answer = "my-memo"
    assert not dialog.rename_selected() and not dialog.delete_selected()      # even when called directly
    assert (BUILTIN_TEMPLATES / f"decision-memo{SUFFIX}").is_file()
    assert prompts.confirmations == []


def test_renaming_your_template_renames_its_file_and_keeps_it_selected(open_dialog, prompts, folders):
    dialog = open_dialog()
    dialog.templates.select("user:korea-weekly")
    assert dialog.rename_button.isEnabled()
    prompts.text_answer = "korea-weekly-v2"
    dialog.rename_button.click()
    assert not (folders[0] / f"korea-weekly{SUFFIX}").exists()
    assert (folders[0] / f"korea-weekly-v2{SUFFIX}").is_file()
    assert ("korea-weekly-v2", "user") in rows(dialog)
    assert dialog.templates.current_entry().qualified_name == "user:korea-weekly-v2"


def test_a_bad_new_name_is_explained_and_changes_nothing(open_dialog, prompts, folders):
    dialog = open_dialog()
    dialog.templates.select("user:korea-weekly")
    prompts.text_answer = "Korea Weekly!"
    dialog.rename_button.click()
    assert prompts.errors[-1][0] == "Cannot rename template"
    assert "is not a template name" in prompts.errors[-1][1]
    assert (folders[0] / f"korea-weekly{SUFFIX}").is_file()


def test_deleting_your_template_asks_first_and_no_keeps_it(open_dialog, prompts, folders):
    dialog = open_dialog()
    dialog.templates.select("user:korea-weekly")
    prompts.confirm_answer = False
    dialog.delete_button.click()
    assert prompts.confirmations == ["Delete your template “Korea weekly” (korea-weekly)?"]
    assert (folders[0] / f"korea-weekly{SUFFIX}").is_file()
    prompts.confirm_answer = True
    dialog.delete_button.click()
    assert not (folders[0] / f"korea-weekly{SUFFIX}").exists()
    assert ("korea-weekly", "user") not in rows(dialog)


def test_a_broken_template_of_yours_can_be_selected_and_deleted(open_dialog, prompts, folders):
    (folders[0] / f"half-written{SUFFIX}").write_text("{", encoding="utf-8")
    dialog = open_dialog()
    assert dialog.templates.select("user:half-written")
    assert "cannot be read" in dialog.detail.text()
    dialog.delete_button.click()
    assert not (folders[0] / f"half-written{SUFFIX}").exists()


def test_show_in_folder_opens_the_folder_that_holds_the_template(open_dialog, opened_urls, folders):
    dialog = open_dialog()
    dialog.templates.select("user:korea-weekly")
    dialog.reveal_button.click()
    assert opened_urls == [QUrl.fromLocalFile(str(folders[0]))]


def test_choosing_a_team_folder_lists_its_templates_as_team_and_read_only(open_dialog, prompts, folders, library):
    dialog = open_dialog()
    prompts.folder_answer = folders[1]
    dialog.change_team_button.click()
    assert library.team_folder_setting() == folders[1]
    assert ("desk-notes", "team") in rows(dialog)
    assert dialog.team_folder.text() == str(folders[1])
    dialog.templates.select("team:desk-notes")
    assert not dialog.delete_button.isEnabled() and dialog.delete_button.toolTip() == READ_ONLY[Origin.TEAM]
    dialog.clear_team_button.click()
    assert library.team_folder_setting() is None and ("desk-notes", "team") not in rows(dialog)


def test_the_team_folder_from_the_environment_is_shown_as_such_and_the_setting_wins(qtbot, tmp_path, folders,
                                                                                    prompts):
    other = tmp_path / "other-team"
    other.mkdir()
    save_template(_template("other-notes", "Other notes"), other)
    settings = QSettings(str(tmp_path / "env.ini"), QSettings.Format.IniFormat)
    library = TemplateLibrary(settings, BUILTIN_TEMPLATES, folders[0], environ={TEAM_FOLDER_VARIABLE: str(folders[1])})
    dialog = ManageTemplatesDialog(library, prompts, lambda url: None)
    qtbot.addWidget(dialog)
    assert dialog.team_folder.text() == f"{folders[1]} (from {TEAM_FOLDER_VARIABLE})"
    assert ("desk-notes", "team") in rows(dialog)
    prompts.folder_answer = other
    dialog.change_team_button.click()
    assert ("other-notes", "team") in rows(dialog) and ("desk-notes", "team") not in rows(dialog)
    dialog.clear_team_button.click()
    assert ("desk-notes", "team") in rows(dialog)


def test_an_unreachable_team_folder_is_reported(open_dialog, prompts, tmp_path, library):
    library.set_team_folder_setting(tmp_path / "offline-share")
    dialog = open_dialog()
    assert "offline-share does not exist or is not reachable" in dialog.problems.text()
