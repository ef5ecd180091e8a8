"""The app's view of the template folders: which folders, the team-folder setting, remembered values.

The template store (``briefing.storage.template_store``) knows how to list, load and save
templates in given folders; this module decides *which* folders the app uses:

* built-in: Briefing's ``templates/`` folder;
* user: ``user_data_dir("Briefing")/templates`` (passed in, so tests use a temporary folder);
* team: the folder set in the app (Manage Templates → Team folder), stored in QSettings. When no
  folder is set there, the environment variable ``BRIEFING_TEAM_TEMPLATES`` gives it, as for the
  command line. **The setting wins** over the variable, as ``--team-dir`` does on the command line:
  a folder the user chose in the app is the more deliberate choice. Clearing the setting brings
  the variable back into force.

It also remembers the author and organisation last typed into New from Template, so the next
briefing starts with them. The dialogs' results are described here too, as plain data.
"""
from __future__ import annotations

import enum
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Mapping

from PySide6.QtCore import QSettings

if TYPE_CHECKING:   # the template modules load when templates are first used, not at start-up
    from briefing.domain.template import PlaceholderValues, Template
    from briefing.storage.template_store import TemplateEntry, TemplateStore

TEAM_FOLDER_KEY = "templates/team_folder"
AUTHOR_KEY = "templates/author"
ORGANISATION_KEY = "templates/organisation"


class TeamFolderOrigin(enum.Enum):
    """Where the team folder in force comes from."""

    SETTING = "setting"
    ENVIRONMENT = "environment"
    NONE = "none"


@dataclass(frozen=True)
class TemplateChoice:
    """New from Template's result: the chosen entry (a usable one) and the values typed for it."""

    entry: "TemplateEntry"
    values: "PlaceholderValues"

    @property
    def template(self) -> "Template":
        assert self.entry.template is not None, "the dialog offers only templates that load"
        return self.entry.template


@dataclass(frozen=True)
class TemplateSaveRequest:
    """Save as Template's result: what to call the template and whether to carry the facts."""

    name: str
    title: str
    description: str = ""
    include_facts: bool = False


class TemplateLibrary:
    """The template folders the app uses, and the settings that choose the team folder.

    ``settings`` is the app's QSettings; ``environ`` the environment to read
    ``BRIEFING_TEAM_TEMPLATES`` from (tests pass a dict). Nothing is cached: :meth:`store` reads
    the setting each time, so a changed team folder applies to the next listing.
    """

    def __init__(self, settings: QSettings, builtin_dir: Path, user_dir: Path,
                 environ: Mapping[str, str] | None = None, registry=None):
        self.settings = settings
        self.builtin_dir = Path(builtin_dir)
        self.user_dir = Path(user_dir)
        self.environ = environ if environ is not None else os.environ
        self.registry = registry

    @classmethod
    def default(cls, settings: QSettings, registry=None) -> "TemplateLibrary":
        """Briefing's own templates, the user's platform folder and the real environment."""
        import platformdirs

        from briefing.resources import BUILTIN_TEMPLATES

        # the same folder as briefing.storage.template_store.default_user_dir(), without loading it
        user_dir = Path(platformdirs.user_data_dir("Briefing", appauthor=False)) / "templates"
        return cls(settings, BUILTIN_TEMPLATES, user_dir, os.environ, registry)

    def store(self) -> "TemplateStore":
        from briefing.storage.template_store import TemplateStore

        return TemplateStore(self.builtin_dir, self.user_dir, self.team_folder(), self.registry)

    # -- the team folder ---------------------------------------------------------------------
    def team_folder_setting(self) -> Path | None:
        """The folder chosen in the app, or None."""
        value = self.settings.value(TEAM_FOLDER_KEY, "")
        return Path(value) if isinstance(value, str) and value.strip() else None

    def set_team_folder_setting(self, folder: Path | None) -> None:
        """Choose the team folder (None: none chosen, so ``BRIEFING_TEAM_TEMPLATES`` applies)."""
        if folder is None:
            self.settings.remove(TEAM_FOLDER_KEY)
        else:
            self.settings.setValue(TEAM_FOLDER_KEY, str(folder))
        self.settings.sync()

    def team_folder(self) -> Path | None:
        """The team folder in force: the setting, else the environment variable, else None."""
        from briefing.storage.template_store import team_dir_from

        return team_dir_from(self.environ, self.team_folder_setting())

    def team_folder_origin(self) -> TeamFolderOrigin:
        if self.team_folder_setting() is not None:
            return TeamFolderOrigin.SETTING
        if self.team_folder() is not None:
            return TeamFolderOrigin.ENVIRONMENT
        return TeamFolderOrigin.NONE

    def describe_team_folder(self) -> str:
        """One line for the user: which team folder is used and why."""
        folder, origin = self.team_folder(), self.team_folder_origin()
        if origin is TeamFolderOrigin.SETTING:
            return f"{folder}"
        if origin is TeamFolderOrigin.ENVIRONMENT:
            from briefing.storage.template_store import TEAM_FOLDER_VARIABLE

            return f"{folder} (from {TEAM_FOLDER_VARIABLE})"
        return "none set"

    # -- remembered values -------------------------------------------------------------------
    def remembered_values(self) -> tuple[str, str]:
        """The author and organisation typed the last time a briefing was made from a template."""
        def text(key: str) -> str:
            value = self.settings.value(key, "")
            return value if isinstance(value, str) else ""

        return text(AUTHOR_KEY), text(ORGANISATION_KEY)

    def remember_values(self, author: str | None, organisation: str | None) -> None:
        for key, value in ((AUTHOR_KEY, author), (ORGANISATION_KEY, organisation)):
            if value:
                self.settings.setValue(key, value)
