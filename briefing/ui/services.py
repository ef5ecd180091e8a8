"""The services the main window is built from, passed in explicitly (no globals)."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from PySide6.QtCore import QSettings, QUrl
from PySide6.QtGui import QDesktopServices

from briefing.domain import SourceRegistry, builtin_registry
from briefing.ui.dialog_factory import DialogFactory
from briefing.ui.prompts import Prompts
from briefing.ui.recovery import RecoveryStore
from briefing.ui.template_library import TemplateLibrary


@dataclass
class Services:
    """Everything outside the window that the window uses.

    ``settings`` keeps window layout and recent files; ``recovery`` the unsaved-work files;
    ``dialogs`` and ``prompts`` open modal dialogs (tests pass fakes); ``open_url`` opens a
    clicked web or mail link (and reveals template folders); the delays set how long autosave, the
    preview and the sourcing checks wait for more edits. ``templates`` says which template folders the
    app uses (None: the user's own folders, built from ``settings``).
    """

    registry: SourceRegistry
    settings: QSettings
    recovery: RecoveryStore
    dialogs: DialogFactory = field(default_factory=DialogFactory)
    prompts: Prompts = field(default_factory=Prompts)
    open_url: Callable[[QUrl], object] = QDesktopServices.openUrl
    autosave_delay_ms: int = 3000
    preview_delay_ms: int = 15
    checks_delay_ms: int = 300
    templates: TemplateLibrary | None = None

    def __post_init__(self) -> None:
        if self.templates is None:
            self.templates = TemplateLibrary.default(self.settings, self.registry)

    @classmethod
    def default(cls) -> "Services":
        """The user's own settings and recovery folder (needs the application's names set first)."""
        return cls(builtin_registry(), QSettings(), RecoveryStore.default())
