"""The questions and messages the app puts to the user, in one replaceable object.

Controllers ask through a :class:`Prompts` passed to them; tests pass a fake that answers at once,
so no modal dialog ever blocks a test.
"""
from __future__ import annotations

import enum
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

BRIEF_FILTER = "Briefings (*.brief)"


class SaveChoice(enum.Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


class RecoveryChoice(enum.Enum):
    RESTORE = "restore"
    DISCARD = "discard"
    LATER = "later"


class ExportChoice(enum.Enum):
    EXPORT_ANYWAY = "export"
    SHOW_PROBLEMS = "show"
    CANCEL = "cancel"


class Prompts:
    """Modal message boxes and file dialogs."""

    def ask_save_changes(self, parent: QWidget, name: str) -> SaveChoice:
        box = QMessageBox(QMessageBox.Icon.Warning, "Unsaved changes",
                          f"Save the changes to “{name}” before closing it?", parent=parent)
        box.setInformativeText("If you don't save, your changes since the last save are lost.")
        box.setStandardButtons(QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                               | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        answer = box.exec()
        return {QMessageBox.StandardButton.Save: SaveChoice.SAVE,
                QMessageBox.StandardButton.Discard: SaveChoice.DISCARD}.get(
            QMessageBox.StandardButton(answer), SaveChoice.CANCEL)

    def offer_recovery(self, parent: QWidget, title: str, original: Path | None, written: str) -> RecoveryChoice:
        where = f"from {original}" if original else "that was never saved"
        box = QMessageBox(QMessageBox.Icon.Question, "Recover unsaved work",
                          f"Briefing was closed without saving “{title}” ({where}).", parent=parent)
        box.setInformativeText(f"The work was recovered as of {written}. Restore it?")
        restore = box.addButton("Restore", QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton("Discard", QMessageBox.ButtonRole.DestructiveRole)
        box.addButton("Ask Again Later", QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restore)
        box.exec()
        clicked = box.clickedButton()
        return (RecoveryChoice.RESTORE if clicked is restore
                else RecoveryChoice.DISCARD if clicked is discard else RecoveryChoice.LATER)

    def ask_export_with_errors(self, parent: QWidget, errors: int, first: str) -> ExportChoice:
        """Whether to export a briefing the sourcing checks find ``errors`` errors in (``first`` is the first)."""
        noun = "sourcing error" if errors == 1 else "sourcing errors"
        box = QMessageBox(QMessageBox.Icon.Warning, "Sourcing errors",
                          f"The briefing has {errors} {noun} (first: {first}). Export anyway?", parent=parent)
        box.setInformativeText("A reviewer would flag these. Show the problems to fix them first.")
        export = box.addButton("Export Anyway", QMessageBox.ButtonRole.AcceptRole)
        show = box.addButton("Show Problems", QMessageBox.ButtonRole.ActionRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(show)
        box.setEscapeButton(cancel)
        box.exec()
        clicked = box.clickedButton()
        return (ExportChoice.EXPORT_ANYWAY if clicked is export
                else ExportChoice.SHOW_PROBLEMS if clicked is show else ExportChoice.CANCEL)

    def open_path(self, parent: QWidget, folder: str) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(parent, "Open Briefing", folder, f"{BRIEF_FILTER};;All files (*)")
        return Path(name) if name else None

    def save_path(self, parent: QWidget, title: str, suggested: Path, file_filter: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), file_filter)
        return Path(name) if name else None

    def error(self, parent: QWidget, title: str, message: str) -> None:
        QMessageBox.warning(parent, title, message)

    def confirm(self, parent: QWidget, title: str, question: str, detail: str, action: str) -> bool:
        """Ask before something that cannot be undone; ``action`` labels the button that goes ahead
        ("Delete", "Replace"). Cancel is the default, so a stray Enter changes nothing."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, question, parent=parent)
        box.setInformativeText(detail)
        go = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.exec()
        return box.clickedButton() is go

    def ask_text(self, parent: QWidget, title: str, label: str, text: str) -> str | None:
        """One line of text (None: cancelled)."""
        answer, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
        return answer if ok else None

    def choose_folder(self, parent: QWidget, title: str, folder: str) -> Path | None:
        name = QFileDialog.getExistingDirectory(parent, title, folder)
        return Path(name) if name else None
