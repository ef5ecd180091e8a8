"""The preview: current after edits, patched per section, safe (loads nothing), scrolls to the selection."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextCursor, QTextDocument

from briefing.domain import AttributionStyle
from briefing.render import to_markdown
from briefing.ui.commands import EditStatement, ReplaceFact, SetMetadata
from briefing.ui.preview.browser import SafeTextBrowser
from tests.helpers.builders import briefing_with_facts


def test_the_markdown_tab_shows_the_exported_markdown(window, settle, registry):
    window.preview.setCurrentWidget(window.preview.markdown_view)
    assert window.preview.markdown_view.toPlainText() == to_markdown(window.document.briefing, registry)
    assert window.preview.markdown_view.isReadOnly()


def test_an_edit_shows_in_the_preview_and_only_its_section_is_rendered_again(window, settle):
    document = window.document
    rendered = []
    original_render = window.preview_controller._renderer.render
    window.preview_controller._renderer.render = lambda b, d: rendered.append(d) or original_render(b, d)
    document.push(EditStatement(document, "f-casualties", "Around 1,200 soldiers were hurt.", 1))
    settle(window)
    assert "Around 1,200 soldiers were hurt (JCS)." in window.preview.browser.toPlainText()
    assert rendered == [{"s-casualties"}]


def test_a_burst_of_edits_is_rendered_far_fewer_times_than_it_has_edits(window, settle, qtbot):
    document = window.document
    runs = []
    original_render = window.preview_controller._renderer.render
    window.preview_controller._renderer.render = lambda b, d: runs.append(d) or original_render(b, d)
    text = "Around 1,100 soldiers"
    for end in range(1, len(text) + 1):
        document.push(EditStatement(document, "f-casualties", text[:end], 1))
    settle(window)
    assert len(runs) < len(text)
    assert "Around 1,100 soldiers (JCS)" in window.preview.browser.toPlainText()


def test_changing_the_attribution_style_renders_every_section(window, settle):
    document = window.document
    document.push(SetMetadata(document, replace(document.briefing.metadata,
                                                attribution_style=AttributionStyle.LEAD_IN)))
    settle(window)
    text = window.preview.browser.toPlainText()
    assert "According to the JCS, around 1,100 North Korean soldiers" in text
    assert "(JCS)" not in text


def test_the_preview_is_patched_not_rebuilt(window, settle):
    document = window.document
    frames_before = dict(window.preview.framed._frames)
    document.push(EditStatement(document, "f-casualties", "Changed.", 1))
    settle(window)
    assert window.preview.framed._frames == frames_before


def test_selecting_an_item_scrolls_the_preview_to_it(make_window, qtbot, settle):
    window = make_window(briefing_with_facts(300))
    bar = window.preview.browser.verticalScrollBar()
    assert bar.value() == 0
    window.outline.select("b-250")
    assert bar.value() > 0


def test_the_browser_loads_no_resource_of_any_kind(qtbot, opened_urls):
    browser = SafeTextBrowser(opened_urls.append)
    qtbot.addWidget(browser)
    for url in ("file:///etc/passwd", "https://example.org/x.png", "qrc:/x", "x.css"):
        for kind in (QTextDocument.ResourceType.ImageResource, QTextDocument.ResourceType.StyleSheetResource):
            assert browser.loadResource(kind, QUrl(url)) is None


def test_web_and_mail_links_open_outside_only_when_clicked(qtbot, opened_urls):
    browser = SafeTextBrowser(opened_urls.append)
    qtbot.addWidget(browser)
    browser.setHtml('<a href="https://example.org">x</a>')
    assert opened_urls == []
    for url in ("https://example.org", "mailto:desk@example.org", "file:///etc/passwd", "javascript:alert(1)"):
        browser.anchorClicked.emit(QUrl(url))
    assert [u.toString() for u in opened_urls] == ["https://example.org", "mailto:desk@example.org"]


def test_raw_html_typed_in_a_paragraph_shows_as_text(window, settle):
    from briefing.ui.commands import EditBlockText

    document = window.document
    block = document.briefing.sections[0].blocks[0]
    document.push(EditBlockText(document, block.id, "<b>bold?</b> <img src='file:///etc/passwd'>", 1))
    settle(window)
    assert "<b>bold?</b>" in window.preview.browser.toPlainText()


def note_blocks(browser):
    """The preview's paragraphs of source notes, in order."""
    found, block = [], browser.document().begin()
    while block.isValid():
        if block.textList() is not None and block.text().startswith("Joint Chiefs of Staff"):
            found.append(block)
        block = block.next()
    return found


def test_the_source_notes_run_on_numbered_and_evenly_spaced_across_parts(make_window, settle, qtbot):
    briefing = briefing_with_facts(50)
    briefing.metadata = replace(briefing.metadata, attribution_style=AttributionStyle.NOTES)
    window = make_window(briefing)
    browser = window.preview.browser
    notes = note_blocks(browser)
    assert [block.textList().itemText(block) for block in notes] == [f"{n}." for n in range(1, 51)]
    browser.scrollToAnchor("fn:39")
    qtbot.wait(10)
    top = [browser.cursorRect(QTextCursor(notes[n - 1])).top() for n in (39, 40, 41)]
    assert top[2] - top[1] == top[1] - top[0]        # notes 40 and 41 are in different parts


def test_a_changed_note_keeps_every_note_numbered(make_window, settle):
    briefing = briefing_with_facts(50)
    briefing.metadata = replace(briefing.metadata, attribution_style=AttributionStyle.NOTES)
    window = make_window(briefing)
    document = window.document
    fact = document.briefing.facts["f-44"]
    document.push(ReplaceFact(document, replace(fact, information_as_of=date(2024, 12, 1))))
    settle(window)
    notes = note_blocks(window.preview.browser)
    assert [block.textList().itemText(block) for block in notes] == [f"{n}." for n in range(1, 51)]
    assert "information as of 1 December 2024" in notes[44].text()
