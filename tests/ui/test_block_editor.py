"""The block editor: typing edits the briefing in merged undo steps; the excerpt shows in its source."""
from __future__ import annotations

from PySide6.QtCore import Qt

from briefing.domain import JudgmentBlock, Confidence
from briefing.ui.panels.block_editor import excerpt_in_context


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
    selections = editor.excerpt.extraSelections()
    highlight = selections[0].cursor.selectedText()
    document = window.document.briefing.documents[fact.document_id]
    assert highlight == document.text[fact.excerpt.start:fact.excerpt.end]
    assert editor.excerpt.isReadOnly()
    assert "About 1,100 North Korean troops killed" in editor.source_label.text()


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


def test_excerpt_context_is_cut_at_words_and_marked_with_ellipses():
    text = "word " * 200 + "THE EXCERPT" + " word" * 200
    start = text.index("THE EXCERPT")
    shown, s, e = excerpt_in_context(text, start, start + 11, context=50)
    assert shown[s:e] == "THE EXCERPT"
    assert shown.startswith("… word") and shown.endswith("word …")
