"""The real dialogs plug into the main window through the dialog factory (their own tests cover them)."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

from briefing.ui.actions import ActionId
from briefing.ui.dialog_factory import DialogFactory, DialogUnavailable


@pytest.fixture
def real_dialogs(services, monkeypatch):
    """The real dialog factory, with QDialog.exec replaced: ``answer[0](dialog)`` plays the user
    (cancelling unless the test says otherwise). Returns (dialogs opened, answer)."""
    opened = []
    answer = [lambda dialog: QDialog.DialogCode.Rejected]
    services.dialogs = DialogFactory()

    def fake_exec(dialog):
        opened.append(dialog)
        return answer[0](dialog)

    monkeypatch.setattr(QDialog, "exec", fake_exec)
    return opened, answer


def test_the_properties_action_opens_the_properties_dialog_and_applies_its_result(window, real_dialogs):
    opened, answer = real_dialogs

    def retitle(dialog):
        dialog.title.setText("Korea desk weekly")
        return QDialog.DialogCode.Accepted

    answer[0] = retitle
    window.actions[ActionId.PROPERTIES].trigger()
    assert type(opened[-1]).__name__ == "PropertiesDialog"
    assert window.document.briefing.metadata.title == "Korea desk weekly"
    window.actions[ActionId.UNDO].trigger()
    assert window.document.briefing.metadata.title == "North Korean troops in Russia's war"


def test_cancelling_the_real_fact_editor_changes_nothing(window, real_dialogs):
    opened, _ = real_dialogs
    window.library.select_fact("f-casualties")
    window.actions[ActionId.EDIT_FACT].trigger()
    assert type(opened[-1]).__name__ == "FactEditorDialog"
    assert window.document.undo_stack.count() == 0


def test_accepting_the_real_fact_editor_unchanged_pushes_no_edit(window, real_dialogs):
    _, answer = real_dialogs
    answer[0] = lambda dialog: QDialog.DialogCode.Accepted
    window.library.select_fact("f-casualties")
    window.actions[ActionId.EDIT_FACT].trigger()
    assert window.document.undo_stack.count() == 0


def test_the_sources_action_opens_the_source_registry_dialog(window, real_dialogs):
    opened, answer = real_dialogs
    answer[0] = lambda dialog: QDialog.DialogCode.Accepted
    window.actions[ActionId.SOURCES].trigger()
    assert type(opened[-1]).__name__ == "SourceRegistryDialog"
    assert window.document.briefing.sources == []


def test_a_dialog_missing_from_the_build_is_reported_not_raised(window, services, prompts, monkeypatch):
    services.dialogs = DialogFactory()
    monkeypatch.setattr("briefing.ui.dialog_factory._load",
                        lambda module, name: (_ for _ in ()).throw(DialogUnavailable(f"no {module} dialog")))
    window.actions[ActionId.PROPERTIES].trigger()
    window.library.select_fact("f-casualties")
    window.actions[ActionId.EDIT_FACT].trigger()
    assert prompts.errors == [("Briefing properties", "no properties dialog"), ("Edit fact", "no fact_editor dialog")]
