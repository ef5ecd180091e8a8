"""Every main-window action in one place: an enum key, its text, a standard shortcut, where the
shortcut works, and when the action is enabled (derived from what is selected).

Controllers connect to actions by id; the window only lays them out in menus and toolbars.
"""
from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence

StandardKey = QKeySequence.StandardKey


class ActionId(enum.Enum):
    NEW = enum.auto()
    OPEN = enum.auto()
    IMPORT_SOURCE = enum.auto()
    SAVE = enum.auto()
    SAVE_AS = enum.auto()
    EXPORT_WORD = enum.auto()
    EXPORT_MARKDOWN = enum.auto()
    EXPORT_HTML = enum.auto()
    CLOSE = enum.auto()
    QUIT = enum.auto()
    UNDO = enum.auto()
    REDO = enum.auto()
    PROPERTIES = enum.auto()
    SOURCES = enum.auto()
    FIND_FACT = enum.auto()
    ADD_FACT = enum.auto()
    EDIT_FACT = enum.auto()
    DUPLICATE_FACT = enum.auto()
    DELETE_FACT = enum.auto()
    ADD_TO_OUTLINE = enum.auto()
    ADD_SECTION = enum.auto()
    ADD_SUBSECTION = enum.auto()
    RENAME_SECTION = enum.auto()
    ADD_PARAGRAPH = enum.auto()
    ADD_JUDGMENT = enum.auto()
    DELETE_OUTLINE_ITEM = enum.auto()
    MOVE_UP = enum.auto()
    MOVE_DOWN = enum.auto()
    NEW_FROM_TEMPLATE = enum.auto()
    SAVE_AS_TEMPLATE = enum.auto()
    MANAGE_TEMPLATES = enum.auto()
    CHECK_BRIEFING = enum.auto()


class Scope(enum.Enum):
    """Where an action's shortcut works: anywhere in the window, or while a panel has the focus."""

    WINDOW = "window"
    LIBRARY = "library"
    OUTLINE = "outline"


@dataclass(frozen=True)
class UiState:
    """What the enabled state of actions depends on."""

    facts_selected: int = 0
    outline_kind: str | None = None          # "section", "block" or None (nothing or several)
    outline_selected: int = 0
    has_sections: bool = False
    can_move_up: bool = False
    can_move_down: bool = False


@dataclass(frozen=True)
class ActionSpec:
    text: str
    shortcut: StandardKey | str | None = None
    tip: str = ""
    icon: str = ""                            # freedesktop icon theme name
    scope: Scope = Scope.WINDOW
    enabled_when: Callable[[UiState], bool] | None = None


SPECS: dict[ActionId, ActionSpec] = {
    ActionId.NEW: ActionSpec("&New", StandardKey.New, "Start a new, empty briefing", "document-new"),
    ActionId.OPEN: ActionSpec("&Open…", StandardKey.Open, "Open a .brief file", "document-open"),
    ActionId.IMPORT_SOURCE: ActionSpec("&Import Source…", "Ctrl+I",
                                       "Paste or open an article or report and add its facts to the library",
                                       "document-import"),
    ActionId.SAVE: ActionSpec("&Save", StandardKey.Save, "Save the briefing", "document-save"),
    ActionId.SAVE_AS: ActionSpec("Save &As…", StandardKey.SaveAs, "Save the briefing under a new name",
                                 "document-save-as"),
    ActionId.EXPORT_WORD: ActionSpec("Export to &Word (.docx)…", "Ctrl+Shift+E",
                                     "Write the briefing as a Word document"),
    ActionId.EXPORT_MARKDOWN: ActionSpec("Export to &Markdown…", None, "Write the briefing as Markdown"),
    ActionId.EXPORT_HTML: ActionSpec("Export to &HTML…", None, "Write the briefing as a web page"),
    ActionId.CLOSE: ActionSpec("&Close Window", StandardKey.Close, "Close this window"),
    ActionId.QUIT: ActionSpec("&Quit", StandardKey.Quit, "Quit Briefing", "application-exit"),
    ActionId.UNDO: ActionSpec("&Undo", StandardKey.Undo, "", "edit-undo"),
    ActionId.REDO: ActionSpec("&Redo", StandardKey.Redo, "", "edit-redo"),
    ActionId.PROPERTIES: ActionSpec("Briefing &Properties…", "Alt+Return",
                                    "Title, author, markings and attribution style", "document-properties"),
    ActionId.SOURCES: ActionSpec("&Sources…", None, "The sources this briefing may cite"),
    ActionId.FIND_FACT: ActionSpec("&Filter Facts", StandardKey.Find, "Filter the fact library", "edit-find"),
    ActionId.ADD_FACT: ActionSpec("&Add Fact…", "Insert", "Add a fact to the library", "list-add",
                                  Scope.LIBRARY),
    ActionId.EDIT_FACT: ActionSpec("&Edit Fact…", "Return", "Edit the selected fact's sources, dates and grade",
                                   "document-edit", Scope.LIBRARY, lambda s: s.facts_selected == 1),
    ActionId.DUPLICATE_FACT: ActionSpec("D&uplicate Fact", "Ctrl+D", "Copy the selected fact", "edit-copy",
                                        Scope.LIBRARY, lambda s: s.facts_selected == 1),
    ActionId.DELETE_FACT: ActionSpec("&Delete Fact", StandardKey.Delete,
                                     "Delete the selected facts and their bullets", "edit-delete",
                                     Scope.LIBRARY, lambda s: s.facts_selected > 0),
    ActionId.ADD_TO_OUTLINE: ActionSpec("Add to &Outline", "Ctrl+Return",
                                        "Add the selected facts as bullets to the selected section",
                                        "go-next", Scope.WINDOW,
                                        lambda s: s.facts_selected > 0 and s.has_sections),
    ActionId.ADD_SECTION: ActionSpec("Add &Section", "Insert", "Add a section after the selected one",
                                     "list-add", Scope.OUTLINE),
    ActionId.ADD_SUBSECTION: ActionSpec("Add S&ubsection", "Ctrl+Insert", "Add a section inside the selected one",
                                        "", Scope.OUTLINE, lambda s: s.outline_kind == "section"),
    ActionId.RENAME_SECTION: ActionSpec("&Rename Section", "F2", "Rename the selected section", "",
                                        Scope.OUTLINE, lambda s: s.outline_kind == "section"),
    ActionId.ADD_PARAGRAPH: ActionSpec("Add &Paragraph", "Ctrl+T", "Add a Markdown paragraph to the section",
                                       "format-justify-left", Scope.WINDOW, lambda s: s.has_sections),
    ActionId.ADD_JUDGMENT: ActionSpec("Add &Judgment", "Ctrl+J", "Add a judgment paragraph to the section",
                                      "", Scope.WINDOW, lambda s: s.has_sections),
    ActionId.DELETE_OUTLINE_ITEM: ActionSpec("&Delete from Outline", StandardKey.Delete,
                                             "Remove the selected sections or blocks (facts stay in the library)",
                                             "edit-delete", Scope.OUTLINE, lambda s: s.outline_selected > 0),
    ActionId.MOVE_UP: ActionSpec("Move &Up", "Ctrl+Up", "Move the selected item up (into the section above "
                                 "at the top of a section)", "go-up", Scope.OUTLINE, lambda s: s.can_move_up),
    ActionId.MOVE_DOWN: ActionSpec("Move Do&wn", "Ctrl+Down", "Move the selected item down", "go-down",
                                   Scope.OUTLINE, lambda s: s.can_move_down),
    ActionId.NEW_FROM_TEMPLATE: ActionSpec("New from &Template…", "Ctrl+Shift+N",
                                           "Start a new briefing from a built-in, team or saved template"),
    ActionId.SAVE_AS_TEMPLATE: ActionSpec("Save as Te&mplate…", None,
                                          "Save this briefing's structure as a template for new briefings"),
    ActionId.MANAGE_TEMPLATES: ActionSpec("Manage Temp&lates…", None,
                                          "Rename or delete your templates and choose the team template folder"),
    # F7 runs the spelling and grammar check in Word and LibreOffice: the check before a document goes out
    ActionId.CHECK_BRIEFING: ActionSpec("&Check Briefing", "F7", "List what a reviewer would flag: unsourced "
                                        "bullets, undated facts, a missing classification…", "tools-check-spelling"),
}


class ActionRegistry(QObject):
    """Creates every :class:`ActionId`'s QAction once; look them up with ``registry[ActionId.SAVE]``."""

    def __init__(self, parent: QObject):
        super().__init__(parent)
        self._actions: dict[ActionId, QAction] = {}
        for ident, spec in SPECS.items():
            action = QAction(spec.text, parent)
            action.setObjectName(f"action-{ident.name.lower().replace('_', '-')}")
            if spec.shortcut is not None:
                action.setShortcut(QKeySequence(spec.shortcut))
            if spec.tip:
                action.setStatusTip(spec.tip)
                action.setToolTip(spec.tip)
            if spec.icon and QIcon.hasThemeIcon(spec.icon):
                action.setIcon(QIcon.fromTheme(spec.icon))
            if spec.scope is not Scope.WINDOW:
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self._actions[ident] = action

    def __getitem__(self, ident: ActionId) -> QAction:
        return self._actions[ident]

    def scoped(self, scope: Scope) -> list[QAction]:
        return [self._actions[i] for i, spec in SPECS.items() if spec.scope is scope]

    def connect(self, ident: ActionId, slot: Callable[[], object]) -> None:
        self._actions[ident].triggered.connect(lambda _checked=False: slot())

    def update_enabled(self, state: UiState) -> None:
        for ident, spec in SPECS.items():
            if spec.enabled_when is not None:
                self._actions[ident].setEnabled(spec.enabled_when(state))
