"""New from Template: every template with its origin, a read-only skeleton preview, and the title block values."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from briefing.domain import TextBlock
from briefing.domain.template import PlaceholderValues, Template, TemplateSection
from briefing.resources import BUILTIN_TEMPLATES
from briefing.storage.template_store import TemplateStore
from briefing.storage.templates import SUFFIX, save_template
from briefing.ui.dialogs.new_from_template import NewFromTemplateDialog
from briefing.ui.dialogs.template_list import ORIGIN, TITLE

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints", extend=True)

BUILT_IN_TITLES = ["Daily read-ahead", "Decision memo", "Intelligence summary (INTSUM)",
                   "Key judgments assessment (ICD 203)", "Situation report (SITREP)"]


@pytest.fixture
def open_dialog(qtbot):
    def make(store: TemplateStore, defaults: PlaceholderValues = PlaceholderValues()) -> NewFromTemplateDialog:
        dialog = NewFromTemplateDialog(store.listing(), defaults)
        qtbot.addWidget(dialog)
        return dialog
    return make


@pytest.fixture
def builtin_store(tmp_path):
    return TemplateStore(BUILTIN_TEMPLATES, tmp_path / "mine")


def rows(dialog):
    tree = dialog.templates
    return [(tree.topLevelItem(i).text(TITLE), tree.topLevelItem(i).text(ORIGIN))
            for i in range(tree.topLevelItemCount())]


def test_the_dialog_lists_every_built_in_template_with_its_origin(open_dialog, builtin_store):
    dialog = open_dialog(builtin_store)
    assert rows(dialog) == [(title, "built-in") for title in BUILT_IN_TITLES]
    assert dialog.create_button.isEnabled()


def test_selecting_a_template_shows_its_description_and_its_skeleton(open_dialog, builtin_store):
    dialog = open_dialog(builtin_store)
    assert dialog.templates.select("built-in:situation-report")
    assert dialog.heading.text() == "Situation report (SITREP)  ·  built-in"
    assert dialog.description.text().startswith("A numbered update on a developing situation")
    preview = dialog.skeleton.toPlainText()
    for heading in ("1. Situation", "2. Threat activity", "3. Own and allied activity", "4. Outlook",
                    "5. Next report"):
        assert heading in preview
    assert "Guidance (not exported): Two to four sentences on what has changed" in preview
    assert "This report covers developments up to {{datetime}}." in preview          # boilerplate, as written
    assert "SITREP {{report_number}}" in preview and "UNCLASSIFIED//FOR OFFICIAL USE ONLY" in preview
    assert dialog.skeleton.isReadOnly()


def test_subsections_are_numbered_under_their_section(open_dialog, builtin_store):
    dialog = open_dialog(builtin_store)
    dialog.templates.select("built-in:daily-read-ahead")
    preview = dialog.skeleton.toPlainText()
    assert "1. Top items" in preview and "1.1. Item 1" in preview and "1.2. Item 2" in preview


def test_template_text_is_shown_as_text_never_as_markup(open_dialog, tmp_path):
    hostile = Template("hostile", "Hostile <b>title</b>", description="<i>not italic</i>",
                       sections=[TemplateSection("<img src='http://example.com/x.png'>", "<a href='x'>guide</a>",
                                                 [TextBlock("<script>alert(1)</script>")])])
    (tmp_path / "mine").mkdir()
    save_template(hostile, tmp_path / "mine")
    dialog = open_dialog(TemplateStore(tmp_path / "none", tmp_path / "mine"))
    preview = dialog.skeleton.toPlainText()
    assert "<img src='http://example.com/x.png'>" in preview and "<script>alert(1)</script>" in preview
    assert "<a href='x'>guide</a>" in preview
    assert dialog.heading.text().startswith("Hostile <b>title</b>")


def test_hidden_and_broken_templates_are_marked_and_a_broken_one_cannot_be_chosen(open_dialog, tmp_path):
    mine = tmp_path / "mine"
    mine.mkdir()
    save_template(Template("situation-report", "Our SITREP", sections=[TemplateSection("Situation")]), mine)
    (mine / f"half-written{SUFFIX}").write_text('{"format_version": 1, "title": "x"', encoding="utf-8")
    dialog = open_dialog(TemplateStore(BUILTIN_TEMPLATES, mine))
    listed = rows(dialog)
    assert ("half-written (cannot be read)", "user") in listed
    at = listed.index(("Our SITREP", "user"))
    assert listed[at + 1] == ("Situation report (SITREP)", "built-in (hidden)")   # under the one hiding it
    broken = dialog.templates.topLevelItem(listed.index(("half-written (cannot be read)", "user")))
    assert not broken.flags() & Qt.ItemFlag.ItemIsSelectable
    assert "truncated" in broken.toolTip(TITLE)
    assert dialog.templates.current_entry().name == "daily-read-ahead"    # the first usable one is selected
    # a hidden template is still usable, by its qualified name
    assert dialog.templates.select("built-in:situation-report")
    assert dialog.heading.text().endswith("built-in, hidden by user") and dialog.create_button.isEnabled()
    assert not dialog.templates.select("user:half-written")


def test_with_no_usable_template_create_is_disabled_and_the_dialog_says_why(open_dialog, tmp_path):
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / f"broken{SUFFIX}").write_text("{}", encoding="utf-8")
    dialog = open_dialog(TemplateStore(tmp_path / "no-built-ins", mine))
    assert not dialog.create_button.isEnabled()
    assert "No template can be used" in dialog.description.text()
    assert "built-in template folder" in dialog.problems.text()
    dialog.accept()
    assert dialog.result() == 0 and dialog.choice() is None


def test_typed_values_are_taken_and_empty_fields_leave_the_template_defaults(open_dialog, builtin_store, qtbot):
    dialog = open_dialog(builtin_store, PlaceholderValues(author="Duty analyst", organisation="Korea Desk"))
    dialog.templates.select("built-in:situation-report")
    assert dialog.author.text() == "Duty analyst" and dialog.organisation.text() == "Korea Desk"
    assert dialog.title.placeholderText() == "default: SITREP {{report_number}}"
    assert dialog.classification.currentText() == "UNCLASSIFIED"
    qtbot.keyClicks(dialog.report_number, "KD-117")
    choice = dialog.choice()
    assert choice.entry.qualified_name == "built-in:situation-report"
    assert choice.values == PlaceholderValues(title=None, author="Duty analyst", organisation="Korea Desk",
                                              classification=None, report_number="KD-117")


def test_a_classification_the_user_chose_is_kept_across_templates(open_dialog, builtin_store):
    dialog = open_dialog(builtin_store)
    dialog.classification.setCurrentText("SECRET")
    dialog.templates.select("built-in:decision-memo")
    assert dialog.classification.currentText() == "SECRET"
    assert dialog.choice().values.classification == "SECRET"


def test_double_clicking_a_template_creates_from_it(open_dialog, builtin_store, qtbot):
    dialog = open_dialog(builtin_store)
    dialog.show()
    item = dialog.templates.topLevelItem(BUILT_IN_TITLES.index("Decision memo"))
    rect = dialog.templates.visualItemRect(item)
    qtbot.mouseClick(dialog.templates.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(dialog.templates.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.choice().entry.name == "decision-memo"
