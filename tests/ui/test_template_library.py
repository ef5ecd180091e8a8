"""The app's template folders: user and built-in as given, the team folder from the setting, else the variable."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from briefing.domain.template import Template, TemplateSection
from briefing.storage.template_store import TEAM_FOLDER_VARIABLE, Origin
from briefing.storage.templates import save_template
from briefing.ui.template_library import TeamFolderOrigin, TemplateLibrary


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def shares(tmp_path):
    found = {}
    for name in ("from-setting", "from-variable"):
        folder = tmp_path / name
        folder.mkdir()
        save_template(Template(name, name.title(), sections=[TemplateSection("Main")]), folder)
        found[name] = folder
    return found


def team_names(library):
    return [e.name for e in library.store().listing().entries if e.origin is Origin.TEAM]


def test_without_a_setting_or_variable_there_is_no_team_folder(settings, tmp_path):
    library = TemplateLibrary(settings, tmp_path / "built-in", tmp_path / "mine", environ={})
    assert library.team_folder() is None and library.team_folder_origin() is TeamFolderOrigin.NONE
    assert library.describe_team_folder() == "none set"
    assert Origin.TEAM not in library.store().folders


def test_the_variable_gives_the_team_folder_until_a_setting_is_made_and_again_once_it_is_cleared(settings, tmp_path,
                                                                                                 shares):
    library = TemplateLibrary(settings, tmp_path / "built-in", tmp_path / "mine",
                              environ={TEAM_FOLDER_VARIABLE: str(shares["from-variable"])})
    assert team_names(library) == ["from-variable"]
    assert library.describe_team_folder() == f"{shares['from-variable']} (from {TEAM_FOLDER_VARIABLE})"
    library.set_team_folder_setting(shares["from-setting"])
    assert team_names(library) == ["from-setting"] and library.team_folder_origin() is TeamFolderOrigin.SETTING
    library.set_team_folder_setting(None)
    assert team_names(library) == ["from-variable"]


def test_the_setting_is_kept_in_the_settings_file(settings, tmp_path, shares):
    TemplateLibrary(settings, tmp_path, tmp_path / "mine", environ={}).set_team_folder_setting(shares["from-setting"])
    again = QSettings(settings.fileName(), QSettings.Format.IniFormat)
    assert TemplateLibrary(again, tmp_path, tmp_path / "mine", environ={}).team_folder() == shares["from-setting"]


def test_the_author_and_organisation_typed_last_are_remembered_and_empty_ones_do_not_erase_them(settings, tmp_path):
    library = TemplateLibrary(settings, tmp_path, tmp_path / "mine", environ={})
    assert library.remembered_values() == ("", "")
    library.remember_values("Kim Min-ji", "J2 Korea")
    library.remember_values(None, "")
    assert library.remembered_values() == ("Kim Min-ji", "J2 Korea")


def test_by_default_the_app_uses_the_command_line_s_folders(settings):
    from briefing.resources import BUILTIN_TEMPLATES
    from briefing.storage.template_store import default_user_dir

    library = TemplateLibrary.default(settings)
    assert library.user_dir == default_user_dir() and library.builtin_dir == BUILTIN_TEMPLATES
