"""UI test fixtures: a main window on temporary settings and recovery folders, with fake dialogs.

No test may leave a window open: ``no_leftover_windows`` fails it (and closes the window).
"""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from briefing.domain import builtin_registry
from briefing.resources import BUILTIN_TEMPLATES
from briefing.storage import load_briefing
from briefing.ui.dialog_factory import FactEdit
from briefing.ui.document import Document
from briefing.ui.main_window import MainWindow
from briefing.ui.prompts import ExportChoice, RecoveryChoice, SaveChoice
from briefing.ui.recovery import RecoveryStore
from briefing.ui.services import Services
from briefing.ui.template_library import TemplateLibrary


class FakePrompts:
    """Answers every question at once with what the test prepared, and records what was asked."""

    def __init__(self):
        self.save_choice = SaveChoice.DISCARD
        self.recovery_choice = RecoveryChoice.LATER
        self.open_answer: Path | None = None
        self.save_answer: Path | None = None
        self.asked_to_save: list[str] = []
        self.recovery_offers: list[str] = []
        self.errors: list[tuple[str, str]] = []
        self.export_choice = ExportChoice.EXPORT_ANYWAY   # tests about other things export as before
        self.export_questions: list[tuple[int, str]] = []
        self.confirmations: list[str] = []

    def ask_save_changes(self, parent, name):
        self.asked_to_save.append(name)
        return self.save_choice

    def offer_recovery(self, parent, title, original, written):
        self.recovery_offers.append(title)
        return self.recovery_choice

    def open_path(self, parent, folder):
        return self.open_answer

    def save_path(self, parent, title, suggested, file_filter):
        return self.save_answer

    def error(self, parent, title, message):
        self.errors.append((title, message))

    def ask_export_with_errors(self, parent, errors, first):
        self.export_questions.append((errors, first))
        return self.export_choice

    # templates: confirmations, names and folders (answers set by the test)
    confirm_answer = True
    text_answer: str | None = None
    folder_answer: Path | None = None

    def confirm(self, parent, title, question, detail, action):
        self.confirmations.append(question)
        return self.confirm_answer

    def ask_text(self, parent, title, label, text):
        return self.text_answer

    def choose_folder(self, parent, title, folder):
        return self.folder_answer


class FakeDialogs:
    """Stands in for the properties, fact and source dialogs: returns prepared results."""

    def __init__(self):
        self.fact: FactEdit | None = None
        self.metadata = None
        self.sources = None
        self.import_result = None
        self.calls: list[tuple] = []

    def edit_properties(self, metadata, parent):
        self.calls.append(("properties", metadata))
        return self.metadata

    def edit_fact(self, fact, briefing, registry, parent):
        self.calls.append(("fact", fact))
        return self.fact

    def edit_sources(self, builtin, own, parent):
        self.calls.append(("sources", own))
        return self.sources

    def import_source(self, briefing, registry, parent):
        self.calls.append(("import", briefing))
        return self.import_result

    # templates: the choice / save request the test prepared (None: cancelled)
    template_choice = None
    template_request = None

    def new_from_template(self, listing, defaults, parent):
        self.calls.append(("new from template", defaults))
        return self.template_choice

    def save_as_template(self, briefing, listing, parent):
        self.calls.append(("save as template", briefing))
        return self.template_request

    def manage_templates(self, library, prompts, open_url, parent):
        self.calls.append(("manage templates", library))


@pytest.fixture(autouse=True)
def no_leftover_windows(qapp):
    yield
    qapp.processEvents()
    leftovers = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    for widget in leftovers:
        widget.close()
    assert leftovers == [], f"windows left open: {[w.objectName() or type(w).__name__ for w in leftovers]}"


@pytest.fixture
def prompts():
    return FakePrompts()


@pytest.fixture
def dialogs():
    return FakeDialogs()


@pytest.fixture
def opened_urls():
    return []


@pytest.fixture
def services(tmp_path, prompts, dialogs, opened_urls):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    return Services(builtin_registry(), settings, RecoveryStore(tmp_path / "recovery"), dialogs, prompts,
                    opened_urls.append, autosave_delay_ms=20, preview_delay_ms=1,
                    templates=TemplateLibrary(settings, BUILTIN_TEMPLATES, tmp_path / "my-templates", environ={}))


@pytest.fixture
def make_window(qtbot, services):
    """Build a shown main window on ``briefing`` (and ``path``); waits for the first preview."""

    def make(briefing=None, path=None, window_services=None):
        from briefing.domain import Briefing

        use = window_services or services
        document = Document(briefing if briefing is not None else Briefing(), use.registry, path)
        window = MainWindow(use, document)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: window.preview_controller.is_current)
        return window

    return make


@pytest.fixture
def example_copy(tmp_path, example_path):
    """A copy of the example briefing that tests may save over."""
    path = tmp_path / "example.brief"
    path.write_bytes(example_path.read_bytes())
    return path


@pytest.fixture
def window(make_window, example_copy, services):
    return make_window(load_briefing(example_copy, services.registry), example_copy)


@pytest.fixture
def settle(qtbot):
    """Wait until a window's preview shows the briefing as it is now."""

    def wait(window):
        qtbot.waitUntil(lambda: window.preview_controller.is_current)

    return wait
