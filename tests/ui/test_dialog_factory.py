"""The real dialogs plug into the main window through the dialog factory (their own tests cover them)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from briefing.ui.actions import ActionId
from briefing.ui.dialog_factory import DialogFactory

ROOT = Path(__file__).parents[2]


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


def test_cancelling_the_real_import_dialog_changes_nothing(window, real_dialogs):
    opened, _ = real_dialogs
    window.actions[ActionId.IMPORT_SOURCE].trigger()
    assert type(opened[-1]).__name__ == "ImportSourceDialog"
    assert window.document.undo_stack.count() == 0


STARTUP = """
import sys
from pathlib import Path
from PySide6.QtCore import QSettings
from briefing.domain import builtin_registry
from briefing.ui.app import create_application, open_main_window
from briefing.ui.recovery import RecoveryStore
from briefing.ui.services import Services

folder = Path(sys.argv[1])
app = create_application()
services = Services(builtin_registry(), QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat),
                    RecoveryStore(folder / "recovery"))
window = open_main_window(services, Path(sys.argv[2]))
app.processEvents()
print(sorted(m for m in sys.modules if m.startswith(("briefing.extract", "briefing.ui.dialogs."))))
window.close()
"""


def test_the_first_window_opens_without_loading_the_dialogs_or_the_extraction_engine(tmp_path, example_copy):
    """The dialogs are imported when first opened, which keeps start-up fast."""
    out = subprocess.run([sys.executable, "-c", STARTUP, str(tmp_path), str(example_copy)], capture_output=True,
                         text=True, cwd=ROOT, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == "['briefing.ui.dialogs.excerpt_view']"
