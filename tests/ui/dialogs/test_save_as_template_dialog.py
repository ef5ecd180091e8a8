"""Save as Template: the name follows the title, clashes are explained before saving, facts stay out unless asked."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from briefing.domain.template import Template, TemplateSection
from briefing.resources import BUILTIN_TEMPLATES
from briefing.storage.template_store import TemplateStore
from briefing.storage.templates import save_template
from briefing.ui.dialogs.save_as_template import BAD_NAME, NO_TITLE, SaveAsTemplateDialog
from briefing.ui.template_library import TemplateSaveRequest

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints", extend=True)


@pytest.fixture
def store(tmp_path):
    mine = tmp_path / "mine"
    mine.mkdir()
    save_template(Template("korea-weekly", "Korea weekly", sections=[TemplateSection("Week")]), mine)
    return TemplateStore(BUILTIN_TEMPLATES, mine)


@pytest.fixture
def open_dialog(qtbot, example, store):
    def make(briefing=example) -> SaveAsTemplateDialog:
        dialog = SaveAsTemplateDialog(briefing, store.listing())
        qtbot.addWidget(dialog)
        return dialog
    return make


def retype(qtbot, edit, text):
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def test_the_dialog_starts_from_the_briefing_title_with_facts_left_out(open_dialog, example):
    dialog = open_dialog()
    assert len(example.facts) == 13 and len(example.documents) == 1
    assert dialog.title.text() == "North Korean troops in Russia's war"
    assert dialog.name.text() == "north-korean-troops-in-russia-s-war"
    assert not dialog.include_facts.isChecked()
    assert dialog.include_facts.text() == "&Include facts and documents (13 facts, 13 bullets, 1 source document)"
    assert dialog.save_button.isEnabled()
    assert dialog.message.text() == "Saved in your template folder as north-korean-troops-in-russia-s-war."


def test_the_name_follows_the_title_until_the_user_edits_the_name(open_dialog, qtbot):
    dialog = open_dialog()
    retype(qtbot, dialog.title, "Weekly INTSUM (J2)")
    assert dialog.name.text() == "weekly-intsum-j2"
    retype(qtbot, dialog.name, "j2-weekly")
    retype(qtbot, dialog.title, "Something else")
    assert dialog.name.text() == "j2-weekly"
    qtbot.keyClicks(dialog.description, "For the Monday J2 update.")
    dialog.include_facts.click()
    assert dialog.request() == TemplateSaveRequest("j2-weekly", "Something else", "For the Monday J2 update.", True)


def test_a_bad_name_or_no_title_disables_save_and_says_why(open_dialog, qtbot):
    dialog = open_dialog()
    retype(qtbot, dialog.name, "Weekly Summary")
    assert not dialog.save_button.isEnabled() and dialog.message.text() == BAD_NAME
    dialog.accept()
    assert dialog.result() == 0
    retype(qtbot, dialog.name, "weekly-summary")
    assert dialog.save_button.isEnabled()
    retype(qtbot, dialog.title, "")
    assert not dialog.save_button.isEnabled() and dialog.message.text() == NO_TITLE


def test_the_name_of_one_of_your_templates_says_saving_replaces_it(open_dialog, qtbot):
    dialog = open_dialog()
    retype(qtbot, dialog.name, "korea-weekly")
    assert dialog.save_button.isEnabled()
    assert dialog.message.text().startswith("You already have a template named “korea-weekly” (Korea weekly). "
                                            "Saving replaces it")


def test_the_name_of_a_built_in_template_says_yours_takes_its_place_and_the_original_stays(open_dialog, qtbot):
    dialog = open_dialog()
    retype(qtbot, dialog.name, "situation-report")
    assert dialog.save_button.isEnabled()
    message = dialog.message.text()
    assert message.startswith("The built-in template “Situation report (SITREP)” is also named “situation-report”.")
    assert "built-in:situation-report" in message
