"""The main window: what it shows, its title, its standard shortcuts, and a layout that persists."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from briefing.ui.actions import SPECS, ActionId
from briefing.ui.commands import RenameSection


def test_the_example_opens_with_its_file_name_in_the_title_and_nothing_unsaved(window):
    assert window.windowTitle().startswith("example.brief[*]")
    assert not window.isWindowModified()
    assert window.library.model.rowCount() == 13
    assert "North Korean troops in Russia's war" in window.preview.browser.toPlainText()


def test_an_edit_marks_the_window_modified_and_undo_clears_it(window):
    document = window.document
    document.push(RenameSection(document, document.briefing.sections[0].id, "BLUF"))
    assert window.isWindowModified()
    window.actions[ActionId.UNDO].trigger()
    assert not window.isWindowModified()
    assert document.briefing.sections[0].heading == "Bottom line up front"


def test_undo_and_redo_name_what_they_would_undo(window):
    document = window.document
    document.push(RenameSection(document, document.briefing.sections[0].id, "BLUF"))
    assert window.actions[ActionId.UNDO].text() == "&Undo Rename section to “BLUF”"
    assert not window.actions[ActionId.REDO].isEnabled()
    window.actions[ActionId.UNDO].trigger()
    assert window.actions[ActionId.REDO].isEnabled()


def test_file_and_edit_actions_use_the_platform_standard_shortcuts(window):
    for ident, standard in [(ActionId.NEW, QKeySequence.StandardKey.New), (ActionId.OPEN, QKeySequence.StandardKey.Open),
                            (ActionId.SAVE, QKeySequence.StandardKey.Save), (ActionId.UNDO, QKeySequence.StandardKey.Undo),
                            (ActionId.REDO, QKeySequence.StandardKey.Redo), (ActionId.QUIT, QKeySequence.StandardKey.Quit)]:
        assert window.actions[ident].shortcut() == QKeySequence(standard), ident


def test_every_action_is_in_a_menu(window):
    in_menus = set()
    for menu_action in window.menuBar().actions():
        in_menus |= {a.objectName() for a in menu_action.menu().actions()}
    assert {window.actions[i].objectName() for i in SPECS} <= in_menus


def test_panel_shortcuts_only_work_in_their_panel(window):
    assert window.actions[ActionId.DELETE_FACT].shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut
    assert window.actions[ActionId.DELETE_FACT] in window.library.view.actions()
    assert window.actions[ActionId.DELETE_OUTLINE_ITEM] in window.outline.view.actions()


def test_the_dock_layout_and_window_size_come_back_on_the_next_start(window, make_window, example):
    window.resize(700, 555)  # the offscreen screen is 800 x 800; larger windows are fitted to it
    window.removeDockWidget(window._docks["editor"])
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, window._docks["editor"])
    window._docks["editor"].show()
    window.close()
    again = make_window(example)
    assert (again.width(), again.height()) == (700, 555)
    assert again.dockWidgetArea(again._docks["editor"]) == Qt.DockWidgetArea.LeftDockWidgetArea


def test_the_first_window_fits_a_screen_smaller_than_its_default_size(make_window, example):
    window = make_window(example)
    available = window.screen().availableGeometry()
    assert available.width() < 1560 and available.height() < 940  # the offscreen screen is small
    assert window.width() <= available.width() and window.height() <= available.height()
    assert available.contains(window.frameGeometry().topLeft())


def test_selecting_in_the_outline_enables_what_applies(window):
    outline = window.outline
    section = window.document.briefing.sections[1]
    outline.select(section.id)
    assert window.actions[ActionId.RENAME_SECTION].isEnabled()
    outline.select(section.blocks[0].id)
    assert not window.actions[ActionId.RENAME_SECTION].isEnabled()
    assert window.actions[ActionId.MOVE_DOWN].isEnabled()
