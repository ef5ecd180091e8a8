"""Templates in the app: New from Template, Save as Template and Manage Templates, driven through the real dialogs.

``QDialog.exec`` is replaced so each test plays the user on the real dialog (the ``play`` fixture)
and no modal loop ever blocks; questions go to the fake prompts.
"""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

from briefing.domain import FactBlock, JudgmentBlock, TextBlock
from briefing.domain.template import Template, TemplateSection
from briefing.storage.template_store import TEAM_FOLDER_VARIABLE
from briefing.storage.templates import SUFFIX, load_template, save_template
from briefing.ui.actions import ActionId
from briefing.ui.dialog_factory import DialogFactory
from briefing.ui.dialogs.template_list import ORIGIN, TITLE
from briefing.ui.prompts import SaveChoice
from briefing.ui.commands import RenameSection
from briefing.ui.template_library import TemplateLibrary

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints", extend=True)
Accepted, Rejected = QDialog.DialogCode.Accepted, QDialog.DialogCode.Rejected


@pytest.fixture
def play(services, monkeypatch):
    """The real dialogs; ``play(step)`` makes the next dialog run ``step(dialog)`` as the user, which
    returns the dialog code. Returns the list of dialogs opened."""
    opened, steps = [], []
    services.dialogs = DialogFactory()

    def fake_exec(dialog):
        opened.append(dialog)
        return steps.pop(0)(dialog) if steps else Rejected

    monkeypatch.setattr(QDialog, "exec", fake_exec)

    def queue(*step):
        steps.extend(step)
        return opened

    return queue


def listed(dialog):
    tree = dialog.templates
    return [(tree.topLevelItem(i).text(TITLE), tree.topLevelItem(i).text(ORIGIN))
            for i in range(tree.topLevelItemCount())]


def choose(qualified_name, **values):
    """A user step for New from Template: pick ``qualified_name``, type ``values``, press Create."""
    def step(dialog):
        assert dialog.templates.select(qualified_name)
        for field, text in values.items():
            getattr(dialog, field).setText(text)
        return Accepted
    return step


def save_as(name, title="", include_facts=False):
    def step(dialog):
        if title:
            dialog.title.setText(title)
        dialog.name.setText(name)
        dialog.include_facts.setChecked(include_facts)
        return Accepted
    return step


def section_shape(sections):
    """Headings, guidance and the text of text and judgment paragraphs, as nested tuples."""
    def block(b):
        return (type(b).__name__, getattr(b, "text", None))
    return [(s.heading, s.guidance, [block(b) for b in s.blocks], section_shape(s.subsections)) for s in sections]


# -- New from Template -------------------------------------------------------------------------

def test_new_from_template_lists_the_built_ins_with_their_origin_and_previews_the_skeleton(window, play):
    seen = {}

    def look(dialog):
        seen["rows"] = listed(dialog)
        dialog.templates.select("built-in:key-judgments-assessment")
        seen["preview"] = dialog.skeleton.toPlainText()
        return Rejected

    opened = play(look)
    window.actions[ActionId.NEW_FROM_TEMPLATE].trigger()
    assert type(opened[-1]).__name__ == "NewFromTemplateDialog"
    assert ("Situation report (SITREP)", "built-in") in seen["rows"] and len(seen["rows"]) == 5
    assert "Key judgments" in seen["preview"] and "Guidance (not exported)" in seen["preview"]
    assert window.document.path is not None      # cancelled: the example stays open


def test_new_from_template_opens_an_untitled_unsaved_briefing_with_the_template_filled_in(make_window, play, settle):
    window = make_window()
    play(choose("built-in:situation-report", report_number="KD-117", author="Kim Min-ji"))
    window.actions[ActionId.NEW_FROM_TEMPLATE].trigger()
    briefing = window.document.briefing
    assert window.document.path is None
    assert window.windowTitle().startswith("Untitled briefing[*]") and window.isWindowModified()
    assert briefing.metadata.title == "SITREP KD-117" and briefing.metadata.author == "Kim Min-ji"
    assert briefing.metadata.date_time is not None                  # dated when made
    assert [s.heading for s in briefing.sections] == ["Situation", "Threat activity", "Own and allied activity",
                                                      "Outlook", "Next report"]
    assert briefing.sections[0].blocks[0].text.startswith("This report covers developments up to ")
    assert "{{" not in briefing.sections[0].blocks[0].text
    # the writing starts at the first section, with its guidance in view
    assert window.outline.current_id() == briefing.sections[0].id
    assert window.editor.guidance.isVisible() and "Guidance for “Situation”" in window.editor.guidance.text()
    assert "New briefing from the built-in template “Situation report (SITREP)”" in window.statusBar().currentMessage()
    settle(window)


def test_new_from_template_asks_before_dropping_unsaved_changes_and_cancel_keeps_them(window, play, prompts):
    document = window.document
    document.push(RenameSection(document, document.briefing.sections[0].id, "BLUF"))
    prompts.save_choice = SaveChoice.CANCEL
    play(choose("built-in:decision-memo"))
    window.actions[ActionId.NEW_FROM_TEMPLATE].trigger()
    assert prompts.asked_to_save == ["example.brief"]
    assert window.document is document and document.briefing.sections[0].heading == "BLUF"
    prompts.save_choice = SaveChoice.DISCARD
    play(choose("built-in:decision-memo"))
    window.actions[ActionId.NEW_FROM_TEMPLATE].trigger()
    assert window.document.briefing.sections[0].heading != "BLUF" and window.document.path is None


def test_author_and_organisation_start_as_last_typed_then_as_the_open_briefing_has_them(window, play, services):
    defaults = []

    def remember(dialog):
        defaults.append((dialog.author.text(), dialog.organisation.text()))
        return Rejected

    play(remember)
    window.actions[ActionId.NEW_FROM_TEMPLATE].trigger()
    metadata = window.document.briefing.metadata
    assert defaults[-1] == (metadata.author, metadata.organisation)
    play(choose("built-in:daily-read-ahead", author="Kim Min-ji", organisation="J2 Korea"), remember)
    window.actions[ActionId.NEW_FROM_TEMPLATE].trigger()
    window.actions[ActionId.NEW_FROM_TEMPLATE].trigger()
    assert defaults[-1] == ("Kim Min-ji", "J2 Korea")
    assert services.templates.remembered_values() == ("Kim Min-ji", "J2 Korea")


# -- Save as Template --------------------------------------------------------------------------

def test_a_template_saved_from_the_app_appears_in_new_from_template_as_user(window, play, services):
    seen = {}

    def look(dialog):
        seen["rows"] = listed(dialog)
        return Rejected

    play(save_as("korea-desk", "Korea desk briefing"), look)
    window.actions[ActionId.SAVE_AS_TEMPLATE].trigger()
    assert (services.templates.user_dir / f"korea-desk{SUFFIX}").is_file()
    assert "Saved template “Korea desk briefing”" in window.statusBar().currentMessage()
    window.actions[ActionId.NEW_FROM_TEMPLATE].trigger()
    assert ("Korea desk briefing", "user") in seen["rows"]


def test_save_as_template_then_new_from_template_gives_the_same_structure_and_boilerplate_without_facts(
        window, play, prompts):
    original = window.document.briefing
    play(save_as("korea-desk"), choose("user:korea-desk"))
    window.actions[ActionId.SAVE_AS_TEMPLATE].trigger()
    window.actions[ActionId.NEW_FROM_TEMPLATE].trigger()
    made = window.document.briefing
    assert made is not original and made.facts == {} and made.documents == {}
    without_bullets = [(h, g, [b for b in blocks if b[0] != "FactBlock"], subs)
                       for h, g, blocks, subs in section_shape(original.sections)]
    assert section_shape(made.sections) == without_bullets
    assert made.metadata.title == original.metadata.title
    assert made.metadata.classification == original.metadata.classification
    assert made.metadata.report_number == ""                       # belongs to one report
    assert not any(isinstance(b, FactBlock) for s, _ in made.walk_sections() for b in s.blocks)
    assert any(isinstance(b, (TextBlock, JudgmentBlock)) for s, _ in made.walk_sections() for b in s.blocks)


def test_with_facts_included_the_new_briefing_carries_the_facts_bullets_and_documents(window, play):
    original = window.document.briefing
    play(save_as("korea-desk-facts", include_facts=True), choose("user:korea-desk-facts"))
    window.actions[ActionId.SAVE_AS_TEMPLATE].trigger()
    window.actions[ActionId.NEW_FROM_TEMPLATE].trigger()
    made = window.document.briefing
    assert made.facts == original.facts and made.documents == original.documents
    assert section_shape(made.sections) == section_shape(original.sections)
    bullets = [b.fact_id for s, _ in made.walk_sections() for b in s.blocks if isinstance(b, FactBlock)]
    assert bullets == [b.fact_id for s, _ in original.walk_sections() for b in s.blocks if isinstance(b, FactBlock)]


def test_saving_over_your_own_template_asks_first_and_no_keeps_the_old_one(window, play, prompts, services):
    play(save_as("korea-desk", "First"))
    window.actions[ActionId.SAVE_AS_TEMPLATE].trigger()
    path = services.templates.user_dir / f"korea-desk{SUFFIX}"
    prompts.confirm_answer = False
    play(save_as("korea-desk", "Second"))
    window.actions[ActionId.SAVE_AS_TEMPLATE].trigger()
    assert prompts.confirmations == ["Replace your template “korea-desk”?"]
    assert load_template(path).title == "First"
    prompts.confirm_answer = True
    play(save_as("korea-desk", "Second"))
    window.actions[ActionId.SAVE_AS_TEMPLATE].trigger()
    assert load_template(path).title == "Second"


def test_saving_under_a_built_in_name_hides_the_built_in_without_asking(window, play, prompts, services):
    seen = {}

    def look(dialog):
        seen["rows"] = listed(dialog)
        return Rejected

    play(save_as("situation-report", "Our SITREP"), look)
    window.actions[ActionId.SAVE_AS_TEMPLATE].trigger()
    assert prompts.confirmations == []
    assert "takes the place of the built-in template" in window.statusBar().currentMessage()
    window.actions[ActionId.NEW_FROM_TEMPLATE].trigger()
    at = seen["rows"].index(("Our SITREP", "user"))
    assert seen["rows"][at + 1] == ("Situation report (SITREP)", "built-in (hidden)")


def test_a_template_carries_the_briefing_s_word_styles_found_next_to_the_brief(window, play, services, example_copy):
    house = example_copy.parent / "house.docx"
    house.write_bytes((services.templates.builtin_dir / "decision-memo.reference.docx").read_bytes())
    from briefing.ui.commands import SetMetadata
    from dataclasses import replace
    document = window.document
    document.push(SetMetadata(document, replace(document.briefing.metadata, reference_doc="house.docx")))
    play(save_as("house-style"))
    window.actions[ActionId.SAVE_AS_TEMPLATE].trigger()
    copied = services.templates.user_dir / "house-style.reference.docx"
    assert copied.read_bytes() == house.read_bytes()
    assert load_template(services.templates.user_dir / f"house-style{SUFFIX}").reference_doc == str(copied.resolve())


# -- team folder -------------------------------------------------------------------------------

@pytest.fixture
def team_folder(tmp_path):
    folder = tmp_path / "team-share"
    folder.mkdir()
    save_template(Template("desk-weekly", "Desk weekly", sections=[TemplateSection("The week", "What changed.")]),
                  folder)
    return folder


def test_a_team_template_from_the_setting_appears_in_new_from_template_as_team(window, play, services, team_folder):
    services.templates.set_team_folder_setting(team_folder)
    opened = play(choose("team:desk-weekly"))
    window.actions[ActionId.NEW_FROM_TEMPLATE].trigger()
    assert ("Desk weekly", "team") in listed(opened[-1])
    assert window.document.briefing.sections[0].heading == "The week"


def test_a_team_template_from_the_environment_variable_appears_as_team(make_window, services, play, team_folder):
    services.templates = TemplateLibrary(services.settings, services.templates.builtin_dir,
                                         services.templates.user_dir, environ={TEAM_FOLDER_VARIABLE: str(team_folder)})
    window = make_window()
    opened = play(lambda dialog: Rejected)
    window.actions[ActionId.NEW_FROM_TEMPLATE].trigger()
    assert ("Desk weekly", "team") in listed(opened[-1])


# -- Manage Templates --------------------------------------------------------------------------

def test_manage_templates_renames_and_deletes_your_templates_and_leaves_built_ins_alone(window, play, prompts,
                                                                                          services):
    play(save_as("korea-desk"))
    window.actions[ActionId.SAVE_AS_TEMPLATE].trigger()
    mine = services.templates.user_dir

    def manage(dialog):
        dialog.templates.select("built-in:situation-report")
        assert not dialog.rename_button.isEnabled() and not dialog.delete_button.isEnabled()
        dialog.templates.select("user:korea-desk")
        prompts.text_answer = "korea-weekly"
        dialog.rename_button.click()
        dialog.templates.select("user:korea-weekly")
        dialog.delete_button.click()
        return Rejected

    opened = play(manage)
    window.actions[ActionId.MANAGE_TEMPLATES].trigger()
    assert type(opened[-1]).__name__ == "ManageTemplatesDialog"
    assert prompts.confirmations == ["Delete your template “North Korean troops in Russia's war” (korea-weekly)?"]
    assert list(mine.iterdir()) == []
    assert (services.templates.builtin_dir / f"situation-report{SUFFIX}").is_file()


def test_the_template_actions_are_in_the_file_menu_and_new_from_template_has_a_shortcut(window):
    file_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&File")
    entries = [a for a in file_menu.actions() if not a.isSeparator()]
    for ident in (ActionId.NEW_FROM_TEMPLATE, ActionId.SAVE_AS_TEMPLATE, ActionId.MANAGE_TEMPLATES):
        assert window.actions[ident] in entries
    assert entries.index(window.actions[ActionId.NEW_FROM_TEMPLATE]) == entries.index(window.actions[ActionId.NEW]) + 1
    assert window.actions[ActionId.NEW_FROM_TEMPLATE].shortcut().toString() == "Ctrl+Shift+N"
