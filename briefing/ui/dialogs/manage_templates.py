"""Manage Templates: every template with its origin; rename, delete and reveal your own; choose the team folder.

Changes happen at once through the template store (there is nothing to apply or cancel), after a
confirmation where they cannot be undone. Built-in and team templates are read-only here: their
buttons are disabled with a tooltip that says why and what to do instead. Questions go through
``prompts`` and folders are opened through ``open_url``, so tests can answer and watch them.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget,
)

from briefing.errors import BriefingError
from briefing.storage.template_store import TEAM_FOLDER_VARIABLE, Origin, TemplateEntry
from briefing.ui.dialogs.template_list import TemplateList
from briefing.ui.template_library import TeamFolderOrigin, TemplateLibrary
from briefing.ui.dialogs.fields import WARNING_STYLE

READ_ONLY = {
    Origin.BUILTIN: "Built-in templates are part of Briefing and cannot be changed. To adapt one, start a "
                    "briefing from it and use File ▸ Save as Template.",
    Origin.TEAM: "Team templates live in the shared team folder and are managed there. To adapt one, start a "
                 "briefing from it and use File ▸ Save as Template.",
}
NOTHING_SELECTED = "Select one of your own templates."


class ManageTemplatesDialog(QDialog):
    """Lists the templates of ``library``'s folders and changes the user's own."""

    def __init__(self, library: TemplateLibrary, prompts, open_url: Callable[[QUrl], object],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("manage_templates_dialog")
        self.setWindowTitle("Manage Templates")
        self._library, self._prompts, self._open_url = library, prompts, open_url

        self.templates = TemplateList(broken_selectable=True, show_names=True, parent=self)
        self.detail = QLabel(self)
        self.detail.setObjectName("detail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.rename_button = self._button("&Rename…", "rename", self.rename_selected)
        self.delete_button = self._button("&Delete…", "delete", self.delete_selected)
        self.reveal_button = self._button("Show in &Folder", "reveal", self.reveal_selected)
        self.user_folder = self._path_label("user_folder")
        self.team_folder = self._path_label("team_folder")
        self.change_team_button = self._button("C&hange…", "change_team", self.change_team_folder)
        self.clear_team_button = self._button("C&lear", "clear_team", self.clear_team_folder)
        self.problems = QLabel(self)
        self.problems.setObjectName("folder_problems")
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.PlainText)
        self.problems.setStyleSheet(WARNING_STYLE)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        actions = QHBoxLayout()
        for button in (self.rename_button, self.delete_button, self.reveal_button):
            actions.addWidget(button)
        actions.addStretch(1)
        folders = QGridLayout()
        folders.addWidget(QLabel("Your folder:", self), 0, 0)
        folders.addWidget(self.user_folder, 0, 1, 1, 3)
        folders.addWidget(QLabel("Team folder:", self), 1, 0)
        folders.addWidget(self.team_folder, 1, 1)
        folders.addWidget(self.change_team_button, 1, 2)
        folders.addWidget(self.clear_team_button, 1, 3)
        folders.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.templates, 1)
        layout.addWidget(self.detail)
        layout.addLayout(actions)
        layout.addLayout(folders)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)

        self.templates.entry_changed.connect(self._on_entry_changed)
        self.reload()
        self.resize(760, 520)

    # -- the list ----------------------------------------------------------------------------
    def reload(self, select: str | None = None) -> None:
        """Read the folders again and show what they hold now."""
        current = self.templates.current_entry()
        listing = self._library.store().listing()
        self.templates.set_listing(listing, select or (current.qualified_name if current else None))
        self.problems.setText("\n".join(listing.folder_problems))
        self.problems.setVisible(bool(listing.folder_problems))
        self.user_folder.setText(str(self._library.user_dir))
        self.team_folder.setText(self._library.describe_team_folder())
        self.clear_team_button.setEnabled(self._library.team_folder_origin() is TeamFolderOrigin.SETTING)
        self.clear_team_button.setToolTip(f"Stop using the folder chosen here; the folder named by "
                                          f"{TEAM_FOLDER_VARIABLE}, if it is set, applies again")

    def _on_entry_changed(self, entry: TemplateEntry | None) -> None:
        own = entry is not None and entry.origin is Origin.USER
        self.rename_button.setEnabled(own)
        self.delete_button.setEnabled(own)
        self.reveal_button.setEnabled(entry is not None)
        why = NOTHING_SELECTED if entry is None else READ_ONLY.get(entry.origin, "")
        self.rename_button.setToolTip(why or "Give the template another name")
        self.delete_button.setToolTip(why or "Delete the template file from your folder")
        self.reveal_button.setToolTip("Open the folder that holds this template" if entry else NOTHING_SELECTED)
        if entry is None:
            self.detail.setText("")
        elif not entry.ok:
            self.detail.setText(f"{entry.path}\nThis template cannot be read: {entry.error}")
        else:
            self.detail.setText(f"{entry.path}\n{entry.description}".rstrip())

    # -- actions on the selected template ----------------------------------------------------
    def rename_selected(self) -> bool:
        entry = self.templates.current_entry()
        if entry is None or entry.origin is not Origin.USER:
            return False
        new = self._prompts.ask_text(self, "Rename Template", f"New name for “{entry.name}” (lower-case letters, "
                                     "digits and hyphens):", entry.name)
        if new is None or new.strip() == entry.name:
            return False
        try:
            self._library.store().rename(entry.name, new.strip())
        except BriefingError as exc:
            self._prompts.error(self, "Cannot rename template", str(exc))
            return False
        self.reload(select=f"{Origin.USER.value}:{new.strip()}")
        return True

    def delete_selected(self) -> bool:
        entry = self.templates.current_entry()
        if entry is None or entry.origin is not Origin.USER:
            return False
        others = [e for e in self.templates.entries() if e.name == entry.name and e.origin is not Origin.USER]
        detail = "The file is removed from your template folder; this cannot be undone."
        if others:
            detail += f" The {others[0].origin.value} template of the same name will be used again."
        if not self._prompts.confirm(self, "Delete Template", f"Delete your template “{entry.title or entry.name}” "
                                     f"({entry.name})?", detail, "Delete"):
            return False
        try:
            self._library.store().delete(entry.name)
        except BriefingError as exc:
            self._prompts.error(self, "Cannot delete template", str(exc))
            return False
        self.reload()
        return True

    def reveal_selected(self) -> None:
        entry = self.templates.current_entry()
        if entry is not None:
            self._open_url(QUrl.fromLocalFile(str(entry.path.parent)))

    # -- the team folder ---------------------------------------------------------------------
    def change_team_folder(self) -> bool:
        current = self._library.team_folder()
        folder = self._prompts.choose_folder(self, "Choose the Team Template Folder",
                                             str(current) if current else str(Path.home()))
        if folder is None:
            return False
        self._library.set_team_folder_setting(folder)
        self.reload()
        return True

    def clear_team_folder(self) -> None:
        self._library.set_team_folder_setting(None)
        self.reload()

    # -- building --------------------------------------------------------------------------
    def _button(self, text: str, name: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _path_label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label
