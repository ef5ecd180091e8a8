"""The menu bar and toolbar, laid out from the action registry."""
from __future__ import annotations

from typing import Iterable, Mapping

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu

from briefing.ui.actions import ActionId, ActionRegistry

A = ActionId
MENUS = {
    "&File": [A.NEW, A.NEW_FROM_TEMPLATE, A.OPEN, "recent", A.IMPORT_SOURCE, A.SAVE, A.SAVE_AS,
              A.SAVE_AS_TEMPLATE, None, A.EXPORT_WORD, "word-notes", A.EXPORT_MARKDOWN, A.EXPORT_HTML, None,
              A.PROPERTIES, A.SOURCES, A.MANAGE_TEMPLATES, None, A.CLOSE, A.QUIT],
    "&Edit": [A.UNDO, A.REDO, None, A.FIND_FACT],
    "Fa&cts": [A.ADD_FACT, A.EDIT_FACT, A.DUPLICATE_FACT, A.DELETE_FACT, None, A.ADD_TO_OUTLINE],
    "&Outline": [A.ADD_SECTION, A.ADD_SUBSECTION, A.RENAME_SECTION, None, A.ADD_PARAGRAPH, A.ADD_JUDGMENT, None,
                 A.MOVE_UP, A.MOVE_DOWN, None, A.DELETE_OUTLINE_ITEM],
    "&Tools": [A.CHECK_BRIEFING],
}
TOOLBAR = [A.NEW, A.OPEN, A.SAVE, None, A.UNDO, A.REDO, None, A.IMPORT_SOURCE, A.ADD_FACT, A.ADD_TO_OUTLINE,
           A.ADD_SECTION, A.ADD_PARAGRAPH, A.ADD_JUDGMENT, None, A.PROPERTIES, A.EXPORT_WORD]


def build_menus(window: QMainWindow, actions: ActionRegistry, recent: QMenu, docks: Iterable[QDockWidget],
                submenus: Mapping[str, QMenu] | None = None) -> None:
    """Lay out MENUS and TOOLBAR; a name in MENUS other than "recent" is one of ``submenus``."""
    bar = window.menuBar()
    for title, entries in MENUS.items():
        menu = bar.addMenu(title)
        for entry in entries:
            if entry is None:
                menu.addSeparator()
            elif entry == "recent":
                menu.addMenu(recent)
            elif isinstance(entry, str):
                menu.addMenu((submenus or {})[entry])
            else:
                menu.addAction(actions[entry])
    view = bar.addMenu("&View")
    for dock in docks:
        view.addAction(dock.toggleViewAction())
    toolbar = window.addToolBar("Main")
    toolbar.setObjectName("toolbar-main")
    toolbar.setIconSize(QSize(18, 18))
    for entry in TOOLBAR:
        if entry is None:
            toolbar.addSeparator()
        else:
            toolbar.addAction(actions[entry])
