"""Import Source from the main window: Ctrl+I, the facts land in the library with their document, one undo step."""
from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QToolBar

from briefing.domain import Source
from briefing.domain.imports import Pick, build_import
from briefing.storage import dumps
from briefing.ui.actions import ActionId
from briefing.ui.dialog_factory import DialogFactory
from briefing.ui.dialogs.import_table import BLANK_CANDIDATE, BLANK_TOOLTIP, CANDIDATE, FLAGS, NO_TEXT
from briefing.ui.panels.fact_library import Column

TEXT = ("North Korea fired two missiles, the JCS said. "
        "The Korea Customs Service said exports of machinery to the North doubled.")
CUSTOMS = Source("KOREA_CUSTOMS_SERVICE", "Korea Customs Service")
ARTICLE = """North Korea fires two ballistic missiles into the East Sea

SEOUL, Nov. 5 -- North Korea fired two short-range ballistic missiles into the East Sea on Tuesday, \
South Korea's Joint Chiefs of Staff said.

Seoul's spy agency told lawmakers that the North has shipped artillery shells to Russia since August.

Subscribe to our newsletter
"""


@pytest.fixture
def imported(registry):
    """What the Import Source dialog returns for ``TEXT`` with both sentences ticked."""
    picks = [Pick(0, 45, ("JCS",)), Pick(46, len(TEXT), ("KOREA_CUSTOMS_SERVICE",))]
    return build_import(TEXT, picks, registry, title="Missiles and machinery", new_sources=[CUSTOMS])


def library_rows(window):
    model = window.library.model
    return [tuple(model.index(row, column).data() for column in (Column.STATEMENT, Column.SOURCES, Column.USED))
            for row in range(model.rowCount())]


def press_ctrl_i(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)


def test_the_action_sits_in_the_file_menu_after_open_and_in_the_toolbar(window):
    action = window.actions[ActionId.IMPORT_SOURCE]
    assert action.text() == "&Import Source…" and action.shortcut().toString() == "Ctrl+I"
    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text() for a in file_menu.actions() if not a.isSeparator()]
    assert texts.index("&Import Source…") == texts.index("&Open…") + 2    # after Open and Open Recent
    toolbar = window.findChild(QToolBar, "toolbar-main")
    assert action in toolbar.actions()


def test_ctrl_i_adds_the_facts_with_their_sources_and_document_to_the_library(window, dialogs, imported, qtbot):
    before = len(window.document.briefing.facts)
    dialogs.import_result = imported
    press_ctrl_i(qtbot, window)
    assert dialogs.calls[-1] == ("import", window.document.briefing)
    assert library_rows(window)[before:] == [
        ("North Korea fired two missiles, the JCS said.", "JCS", "not used"),
        ("The Korea Customs Service said exports of machinery to the North doubled.", "KOREA_CUSTOMS_SERVICE",
         "not used")]
    briefing = window.document.briefing
    assert briefing.documents[imported.document.id].text == TEXT
    assert all(briefing.facts[f.id].document_id == imported.document.id for f in imported.facts)
    assert CUSTOMS in briefing.sources
    assert window.library.current_fact_id() == imported.facts[0].id
    assert window.isWindowModified()
    assert "Imported 2 facts" in window.statusBar().currentMessage()


def test_one_undo_takes_the_whole_import_back_and_redo_returns_it(window, dialogs, imported):
    saved = dumps(window.document.briefing)
    dialogs.import_result = imported
    window.actions[ActionId.IMPORT_SOURCE].trigger()
    assert window.actions[ActionId.UNDO].text() == "&Undo Import 2 facts from “Missiles and machinery”"
    window.actions[ActionId.UNDO].trigger()
    assert dumps(window.document.briefing) == saved
    assert not window.isWindowModified()
    assert imported.facts[0].statement not in [row[0] for row in library_rows(window)]
    window.actions[ActionId.REDO].trigger()
    assert [row[0] for row in library_rows(window)][-2:] == [f.statement for f in imported.facts]
    assert imported.document.id in window.document.briefing.documents
    assert window.isWindowModified()


def test_cancelling_the_import_changes_nothing(window, dialogs):
    dialogs.import_result = None
    window.actions[ActionId.IMPORT_SOURCE].trigger()
    assert dialogs.calls[-1][0] == "import"
    assert window.document.undo_stack.count() == 0 and not window.isWindowModified()


def test_an_import_that_does_not_fit_the_briefing_is_explained_and_changes_nothing(window, dialogs, imported,
                                                                                   prompts):
    saved = dumps(window.document.briefing)
    dialogs.import_result = replace(imported, document=replace(imported.document, id="d-seed-article"))
    window.actions[ActionId.IMPORT_SOURCE].trigger()
    assert prompts.errors == [("Cannot import source", "a source document with id d-seed-article already exists")]
    assert dumps(window.document.briefing) == saved and window.document.undo_stack.count() == 0


def test_ctrl_i_works_while_typing_in_the_editor(window, dialogs, imported, qtbot):
    window.outline.select("b-bluf-text")
    window.editor.text.setFocus()
    window.activateWindow()
    qtbot.waitUntil(window.editor.text.hasFocus)
    dialogs.import_result = imported
    qtbot.keyClick(window.editor.text, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert imported.document.id in window.document.briefing.documents


# -- the real dialog ---------------------------------------------------------------------------

# Offscreen, Qt warns that its plugin cannot pass on size hints or raise a popup; none of that is ours.
@pytest.mark.qt_log_ignore("does not support propagateSizeHints", "does not support raise", extend=True)
def test_a_pasted_article_becomes_facts_in_the_library_through_the_real_dialog(window, services, qtbot,
                                                                                monkeypatch):
    """The whole path: the real factory opens the real dialog; the user pastes, unticks the headline and
    accepts; the newsletter line stays out as junk."""
    services.dialogs = DialogFactory()
    opened = []

    def play_the_user(dialog):
        opened.append(dialog)
        dialog.show()
        QApplication.clipboard().setText(ARTICLE)
        dialog.text_view.setFocus()
        with qtbot.waitSignal(dialog.candidates_ready, timeout=5000):
            dialog.text_view.paste()
        headline = dialog.model.index(0, 0)
        assert headline.data().startswith("North Korea fires")
        dialog.table.setCurrentIndex(headline)
        dialog.table.setFocus()
        qtbot.keyClick(dialog.table, Qt.Key.Key_Space)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(QDialog, "exec", play_the_user)
    before = len(window.document.briefing.facts)
    window.actions[ActionId.IMPORT_SOURCE].trigger()

    assert [type(dialog).__name__ for dialog in opened] == ["ImportSourceDialog"]
    assert library_rows(window)[before:] == [
        ("SEOUL, Nov. 5 -- North Korea fired two short-range ballistic missiles into the East Sea on Tuesday, "
         "South Korea's Joint Chiefs of Staff said.", "JCS", "not used"),
        ("Seoul's spy agency told lawmakers that the North has shipped artillery shells to Russia since August.",
         "NIS", "not used")]
    briefing = window.document.briefing
    document = briefing.documents[briefing.facts[window.library.current_fact_id()].document_id]
    assert (document.title, document.text) == ("North Korea fires two ballistic missiles into the East Sea", ARTICLE)
    for fact_id in list(briefing.facts)[before:]:
        fact = briefing.facts[fact_id]
        assert " ".join(document.text[fact.excerpt.start:fact.excerpt.end].split()) == fact.statement
    window.actions[ActionId.UNDO].trigger()
    assert len(window.document.briefing.facts) == before and document.id not in window.document.briefing.documents



@pytest.mark.qt_log_ignore("does not support propagateSizeHints", "does not support raise", extend=True)
def test_a_candidate_that_shows_no_text_cannot_be_ticked_and_never_reaches_the_library(window, services, qtbot,
                                                                                       monkeypatch):
    """A scraped page may hold a line of only zero-width characters. The extractor offers it as a
    candidate; the dialog shows it as such, will not tick it whatever the user does, and adds the
    other facts, which one undo takes back together with their document."""
    services.dialogs = DialogFactory()
    blank_line = "\u200b\ufeff\u200b"
    article = ARTICLE.replace("\n\nSeoul's spy agency", f"\n\n{blank_line}\n\nSeoul's spy agency")
    seen = {}

    def play_the_user(dialog):
        dialog.show()
        QApplication.clipboard().setText(article)
        dialog.text_view.setFocus()
        with qtbot.waitSignal(dialog.candidates_ready, timeout=5000):
            dialog.text_view.paste()
        row = next(i for i, r in enumerate(dialog.rows.rows) if r.candidate.text == blank_line)
        cell = dialog.model.index(row, CANDIDATE)
        seen["shown"] = (cell.data(), dialog.model.index(row, FLAGS).data(), cell.data(Qt.ItemDataRole.ToolTipRole))
        seen["checkable"] = bool(cell.flags() & Qt.ItemFlag.ItemIsUserCheckable)
        dialog.model.setData(cell, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)  # a click
        dialog.table.setCurrentIndex(cell)
        dialog.table.setFocus()
        qtbot.keyClick(dialog.table, Qt.Key.Key_Space)
        dialog.tick_all_button.click()
        seen["ticked"] = cell.data(Qt.ItemDataRole.CheckStateRole)
        seen["status"] = dialog.status.text()
        seen["button"] = dialog.ok_button.text()
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(QDialog, "exec", play_the_user)
    saved = dumps(window.document.briefing)
    before = len(window.document.briefing.facts)
    window.actions[ActionId.IMPORT_SOURCE].trigger()

    assert seen["shown"] == (BLANK_CANDIDATE, NO_TEXT, BLANK_TOOLTIP) and not seen["checkable"]
    assert seen["ticked"] == Qt.CheckState.Unchecked
    assert "1 without text" in seen["status"] and seen["button"] == "&Add 3 facts to library"
    statements = [row[0] for row in library_rows(window)[before:]]
    assert statements == [
        "North Korea fires two ballistic missiles into the East Sea",
        "SEOUL, Nov. 5 -- North Korea fired two short-range ballistic missiles into the East Sea on Tuesday, "
        "South Korea's Joint Chiefs of Staff said.",
        "Seoul's spy agency told lawmakers that the North has shipped artillery shells to Russia since August."]
    window.actions[ActionId.UNDO].trigger()
    assert dumps(window.document.briefing) == saved
