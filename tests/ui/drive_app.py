"""Start the real app on a file, rename its first section through the window's public API, wait
until the change is in the recovery file, say so on stdout, and keep running until killed.

Used by test_recovery.py to check that work survives a killed process. The app finds its
settings and recovery folders through XDG_CONFIG_HOME and XDG_STATE_HOME, which the test points
at a temporary folder.
"""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer

from briefing.ui.app import create_application, open_main_window
from briefing.ui.commands import RenameSection
from briefing.ui.services import Services


def main(path: str, heading: str) -> int:
    app = create_application()
    services = Services.default()
    services.autosave_delay_ms = 200
    window = open_main_window(services, Path(path))

    def edit() -> None:
        document = window.document
        window.autosaver.written.connect(lambda: print(f"AUTOSAVED {services.recovery.own_file}", flush=True))
        document.push(RenameSection(document, document.briefing.sections[0].id, heading))

    QTimer.singleShot(0, edit)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
