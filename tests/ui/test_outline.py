"""The outline: facts dragged in, blocks and sections moved by drag and drop or keyboard, all undoable."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from briefing.domain import FactBlock, JudgmentBlock, TextBlock
from briefing.storage import dumps
from briefing.ui.actions import ActionId
from briefing.ui.panels.fact_library import Column


def drag_facts(window, fact_ids, row, parent):
    """Drop library rows on the outline the way a mouse drag does: the library's mime data, the
    outline's drop handler."""
    library = window.library.model
    rows = [library.index(library.row_of(f), Column.STATEMENT) for f in fact_ids]
    data = library.mimeData(rows)
    model = window.outline.model
    assert model.canDropMimeData(data, Qt.DropAction.CopyAction, row, 0, parent)
    return model.dropMimeData(data, Qt.DropAction.CopyAction, row, 0, parent)


def drag_blocks(window, block_ids, row, parent):
    model = window.outline.model
    data = model.mimeData([model.index_of(b) for b in block_ids])
    return model.dropMimeData(data, Qt.DropAction.MoveAction, row, 0, parent)


def block_ids(section):
    return [b.id for b in section.blocks]


def test_dragging_a_fact_onto_a_section_adds_a_bullet_at_its_end(window):
    briefing = window.document.briefing
    dialogs_fact = "f-casualties"
    outlook = briefing.sections[-1]
    before = dumps(briefing)
    assert drag_facts(window, [dialogs_fact], -1, window.outline.model.index_of(outlook.id))
    assert isinstance(outlook.blocks[-1], FactBlock) and outlook.blocks[-1].fact_id == dialogs_fact
    assert briefing.fact_usage()[dialogs_fact] == 2
    window.actions[ActionId.UNDO].trigger()
    assert dumps(briefing) == before
    window.actions[ActionId.REDO].trigger()
    assert outlook.blocks[-1].fact_id == dialogs_fact


def test_dragging_several_facts_between_two_bullets_is_one_undo_step(window):
    briefing = window.document.briefing
    section = briefing.sections[1]
    assert drag_facts(window, ["f-arms", "f-fence"], 1, window.outline.model.index_of(section.id))
    assert [b.fact_id for b in section.blocks[1:3]] == ["f-arms", "f-fence"]
    assert window.document.undo_stack.count() == 1


def test_dropping_a_fact_on_a_bullet_puts_it_after_that_bullet(window):
    section = window.document.briefing.sections[1]
    first = section.blocks[0]
    drag_facts(window, ["f-arms"], -1, window.outline.model.index_of(first.id))
    assert section.blocks[1].fact_id == "f-arms"


def test_the_keyboard_adds_the_selected_fact_after_the_selected_bullet(window):
    briefing = window.document.briefing
    section = briefing.sections[2]
    window.outline.select(section.blocks[0].id)
    window.library.select_fact("f-casualties")
    window.actions[ActionId.ADD_TO_OUTLINE].trigger()
    assert section.blocks[1].fact_id == "f-casualties"
    assert "Added 1 bullet" in window.statusBar().currentMessage()


def test_the_unused_marker_clears_when_a_fact_enters_the_outline(window, dialogs):
    from briefing.domain import Fact
    from briefing.ui.dialog_factory import FactEdit

    dialogs.fact = FactEdit(Fact("f-new", "A new fact.", ("JCS",)))
    window.actions[ActionId.ADD_FACT].trigger()
    row = window.library.model.row_of("f-new")
    assert window.library.model.index(row, Column.USED).data() == "not used"
    window.outline.select(window.document.briefing.sections[0].id)
    window.actions[ActionId.ADD_TO_OUTLINE].trigger()
    assert window.library.model.index(row, Column.USED).data() == "✓"


def test_dragging_a_bullet_to_reorder_it_within_its_section(window):
    section = window.document.briefing.sections[1]
    ids = block_ids(section)
    assert drag_blocks(window, [ids[0]], 3, window.outline.model.index_of(section.id))
    assert block_ids(section) == [ids[1], ids[2], ids[0], ids[3], ids[4]]
    window.actions[ActionId.UNDO].trigger()
    assert block_ids(section) == ids


def test_dragging_a_bullet_into_another_section(window):
    briefing = window.document.briefing
    source, target = briefing.sections[1], briefing.sections[3]
    moved = source.blocks[0].id
    assert drag_blocks(window, [moved], -1, window.outline.model.index_of(target.id))
    assert block_ids(target)[-1] == moved and moved not in block_ids(source)
    window.actions[ActionId.UNDO].trigger()
    assert block_ids(source)[0] == moved


def test_dragging_a_section_to_the_top(window):
    briefing = window.document.briefing
    outlook = briefing.sections[-1].id
    model = window.outline.model
    data = model.mimeData([model.index_of(outlook)])
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert briefing.sections[0].id == outlook


def test_a_section_cannot_be_dropped_into_itself(window):
    model = window.outline.model
    section = window.document.briefing.sections[1]
    data = model.mimeData([model.index_of(section.id)])
    assert not model.canDropMimeData(data, Qt.DropAction.MoveAction, -1, 0, model.index_of(section.id))


def test_ctrl_down_moves_a_bullet_down_and_ctrl_z_moves_it_back(window, qtbot):
    section = window.document.briefing.sections[1]
    ids = block_ids(section)
    window.outline.select(ids[0])
    window.outline.view.setFocus()
    window.activateWindow()
    qtbot.waitUntil(window.outline.view.hasFocus)
    qtbot.keyClick(window.outline.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert block_ids(section)[:2] == [ids[1], ids[0]]
    assert window.outline.current_id() == ids[0]
    qtbot.keyClick(window.outline.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert block_ids(section) == ids


def test_moving_up_from_the_top_of_a_section_goes_to_the_end_of_the_one_above(window):
    briefing = window.document.briefing
    above, section = briefing.sections[1], briefing.sections[2]
    first = section.blocks[0].id
    window.outline.select(first)
    window.actions[ActionId.MOVE_UP].trigger()
    assert block_ids(above)[-1] == first


def test_sections_move_among_their_siblings(window):
    briefing = window.document.briefing
    first = briefing.sections[0].id
    window.outline.select(first)
    assert not window.actions[ActionId.MOVE_UP].isEnabled()
    window.actions[ActionId.MOVE_DOWN].trigger()
    assert briefing.sections[1].id == first


def test_a_new_section_goes_after_the_selected_one_and_is_renamed_in_place(window, qtbot):
    briefing = window.document.briefing
    window.outline.select(briefing.sections[0].id)
    window.actions[ActionId.ADD_SECTION].trigger()
    new = briefing.sections[1]
    assert new.heading == "New section" and window.outline.current_id() == new.id
    model = window.outline.model
    assert model.setData(model.index_of(new.id), "Background", Qt.ItemDataRole.EditRole)
    assert new.heading == "Background"
    window.actions[ActionId.UNDO].trigger()
    assert new.heading == "New section"


def test_a_subsection_goes_inside_the_selected_section(window):
    section = window.document.briefing.sections[1]
    window.outline.select(section.id)
    window.actions[ActionId.ADD_SUBSECTION].trigger()
    assert section.subsections[0].heading == "New section"
    assert window.outline.model.parent_id(section.subsections[0].id) == section.id


def test_paragraphs_and_judgments_are_added_after_the_selected_block(window):
    section = window.document.briefing.sections[1]
    window.outline.select(section.blocks[0].id)
    window.actions[ActionId.ADD_PARAGRAPH].trigger()
    assert isinstance(section.blocks[1], TextBlock)
    window.actions[ActionId.ADD_JUDGMENT].trigger()
    assert isinstance(section.blocks[2], JudgmentBlock)
    assert window.editor.text.hasFocus() or window.editor.text.isEnabled()


def test_delete_removes_sections_and_blocks_but_keeps_the_facts(window, qtbot):
    briefing = window.document.briefing
    section = briefing.sections[1]
    before = dumps(briefing)
    window.outline.select(section.id)
    window.actions[ActionId.DELETE_OUTLINE_ITEM].trigger()
    assert briefing.find_section(section.id) is None
    assert "f-casualties" in briefing.facts
    window.actions[ActionId.UNDO].trigger()
    assert dumps(briefing) == before


def test_the_tree_keeps_closed_sections_closed_when_the_outline_changes(window):
    view, model = window.outline.view, window.outline.model
    briefing = window.document.briefing
    closed = briefing.sections[2].id
    view.setExpanded(model.index_of(closed), False)
    window.outline.select(briefing.sections[1].blocks[0].id)
    window.actions[ActionId.MOVE_DOWN].trigger()
    assert not view.isExpanded(model.index_of(closed))
    assert view.isExpanded(model.index_of(briefing.sections[1].id))
