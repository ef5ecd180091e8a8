"""Start the desktop app: ``run_app(path)`` is what ``briefing [FILE.brief]`` calls."""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from briefing.domain import Briefing
from briefing.errors import BriefingError
from briefing.storage import load_briefing
from briefing.ui.document import Document
from briefing.ui.heap import freeze_long_lived
from briefing.ui.main_window import MainWindow
from briefing.ui.services import Services

ORGANISATION, APPLICATION = "Briefing", "Briefing"
# Rendering runs in worker threads that hold the GIL; with Python's default 5 ms switch interval
# the UI thread could wait that long (several times a frame) to run its own Python code.
GIL_SWITCH_INTERVAL_S = 0.001


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication, named so that QSettings and the recovery folder find the user's files."""
    sys.setswitchinterval(GIL_SWITCH_INTERVAL_S)
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APPLICATION)
    return app


def open_main_window(services: Services, path: Path | None) -> MainWindow:
    """Show a window with ``path`` open (None: a new briefing).

    A file that cannot be opened is explained in a dialog and an empty briefing opens instead.
    """
    error = None
    document = Document(Briefing(), services.registry)
    if path is not None:
        try:
            document = Document(load_briefing(path, services.registry), services.registry, Path(path))
        except BriefingError as exc:
            error = str(exc)
    window = MainWindow(services, document)
    window.show()
    freeze_long_lived()
    window.workspace.document_replaced.connect(lambda _document: QTimer.singleShot(0, freeze_long_lived))
    if error is not None:
        services.prompts.error(window, "Cannot open briefing", error)
    return window


def run_app(path: Path | None) -> int:
    """Run the app until its window closes; returns the process exit status."""
    app = create_application()
    services = Services.default()
    window = open_main_window(services, path)
    QTimer.singleShot(0, window.files.offer_recovery)   # after the window is on screen
    return app.exec()
