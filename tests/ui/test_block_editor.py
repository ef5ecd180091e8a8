"""The block editor: typing edits the briefing in merged undo steps; the excerpt shows in its source."""
from __future__ import annotations

from PySide6.QtCore import Qt

from PySide6.QtGui import QTextCursor

from briefing.domain import Confidence, JudgmentBlock
from briefing.ui.dialogs.excerpt_view import HIGHLIGHT
from briefing.ui.panels.block_editor import STATEMENT_KEPT


def select_first_bullet(window):
    block = window.document.briefing.sections[1].blocks[0]
    window.outline.select(block.id)
    return block


def focus(window, qtbot, widget):
    window.activateWindow()
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def test_selecting_a_bullet_shows_its_statement_and_the_excerpt_highlighted_in_its_source(window):
    select_first_bullet(window)
    editor = window.editor
    fact = window.document.briefing.facts["f-casualties"]
    assert editor.text.toPlainText() == fact.statement
    assert "JCS" in editor.heading.text() and "B2" in editor.heading.text()
    document = window.document.briefing.documents[fact.document_id]
    excerpt = document.text[fact.excerpt.start:fact.excerpt.end]
    shown = editor.excerpt.text.toPlainText()
    assert excerpt in shown and len(shown) > len(excerpt)          # the excerpt, in context
    cursor = QTextCursor(editor.excerpt.text.document())
    cursor.setPosition(shown.index(excerpt) + 1)
    assert cursor.charFormat().background().color() == HIGHLIGHT
    assert editor.excerpt.text.isReadOnly()
    assert "About 1,100 North Korean troops killed" in editor.excerpt.caption.text()


def test_typing_changes_the_statement_and_one_undo_takes_the_burst_back(window, qtbot, settle):
    select_first_bullet(window)
    editor = window.editor.text
    focus(window, qtbot, editor)
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, " Updated")
    statement = window.document.briefing.facts["f-casualties"].statement
    assert statement.endswith("Ukraine. Updated")
    assert window.document.undo_stack.count() == 1
    settle(window)
    assert "Ukraine. Updated (JCS)" in window.preview.browser.toPlainText()
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.document.briefing.facts["f-casualties"].statement.endswith("Ukraine.")
    assert editor.toPlainText().endswith("Ukraine.")


def test_the_excerpt_is_unchanged_when_the_statement_is_reworded(window, qtbot):
    select_first_bullet(window)
    before = window.document.briefing.facts["f-casualties"].excerpt
    focus(window, qtbot, window.editor.text)
    qtbot.keyClicks(window.editor.text, "X")
    assert window.document.briefing.facts["f-casualties"].excerpt == before


def test_an_emptied_statement_is_not_saved_and_the_user_is_told(window, qtbot):
    select_first_bullet(window)
    editor = window.editor.text
    focus(window, qtbot, editor)
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    assert window.document.briefing.facts["f-casualties"].statement.startswith("Around 1,100")
    assert "needs a statement" in window.editor.warning.text()


def test_a_statement_of_only_invisible_characters_is_refused_and_undo_still_works(window, qtbot):
    select_first_bullet(window)
    original = window.document.briefing.facts["f-casualties"].statement
    editor = window.editor.text
    focus(window, qtbot, editor)
    qtbot.keyClicks(editor, "X")
    worded = window.document.briefing.facts["f-casualties"].statement
    assert worded != original and window.document.undo_stack.count() == 1
    editor.selectAll()
    editor.insertPlainText("\u200b\ufeff")             # as pasted: zero-width space, byte-order mark
    assert window.document.briefing.facts["f-casualties"].statement == worded
    assert window.document.undo_stack.count() == 1
    assert window.editor.warning.text() == STATEMENT_KEPT
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.document.briefing.facts["f-casualties"].statement == original
    assert editor.toPlainText() == original and window.editor.warning.text() == ""


def test_a_paragraph_is_edited_as_markdown(window, qtbot, settle):
    paragraph = window.document.briefing.sections[0].blocks[0]
    window.outline.select(paragraph.id)
    editor = window.editor.text
    assert editor.toPlainText() == paragraph.text
    focus(window, qtbot, editor)
    editor.selectAll()
    qtbot.keyClicks(editor, "New **bottom line**.")
    assert window.document.briefing.sections[0].blocks[0].text == "New **bottom line**."
    settle(window)
    assert "New bottom line." in window.preview.browser.toPlainText()


def test_a_judgments_confidence_is_chosen_in_the_editor(window):
    section = window.document.briefing.sections[0]
    judgment = next(b for b in section.blocks if isinstance(b, JudgmentBlock))
    window.outline.select(judgment.id)
    combo = window.editor.confidence
    assert combo.isVisibleTo(window.editor)
    combo.setCurrentIndex(0)
    combo.activated.emit(0)
    assert window.document.briefing.find_block(judgment.id)[0].blocks[1].confidence is Confidence.HIGH


def test_undo_from_elsewhere_updates_the_editor(window, qtbot):
    select_first_bullet(window)
    focus(window, qtbot, window.editor.text)
    qtbot.keyClicks(window.editor.text, "Z")
    window.outline.view.setFocus()
    window.document.undo_stack.undo()
    assert window.editor.text.toPlainText() == window.document.briefing.facts["f-casualties"].statement


def test_the_excerpt_is_hidden_when_no_fact_is_shown(window):
    window.outline.select(window.document.briefing.sections[0].blocks[0].id)
    assert not window.editor.excerpt.isVisibleTo(window.editor)
