"""The preview panel: the rendered briefing and its generated Markdown, in two tabs."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QTabWidget, QWidget

from briefing.resources import read_text
from briefing.ui.preview.browser import SafeTextBrowser
from briefing.ui.preview.framed_document import FramedDocument
from briefing.ui.preview.markdown_view import MarkdownView
from briefing.ui.preview.renderer import continues_notes

# The preview converts each part on its own, so note marks are links styled here as superscripts.
PREVIEW_CSS = "a.noteref { vertical-align: super; font-size: 8pt; text-decoration: none; }\n"


class PreviewPanel(QTabWidget):
    """Tab "Preview": the briefing as it will read. Tab "Markdown": the text exported as .md.

    The Markdown tab is only refreshed while visible, and then patched where the text changed.
    """

    def __init__(self, open_url: Callable[[QUrl], object], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("preview")
        self.setDocumentMode(True)
        self.browser = SafeTextBrowser(open_url)
        self.browser.setObjectName("preview-browser")
        self.browser.document().setDefaultStyleSheet(read_text("styles", "briefing.css") + PREVIEW_CSS)
        self.browser.document().setDocumentMargin(18)
        self.framed = FramedDocument(self.browser.document(), continues=continues_notes, parent=self)
        self.markdown_view = MarkdownView()
        self.markdown_view.setObjectName("preview-markdown")
        self.addTab(self.browser, "Preview")
        self.addTab(self.markdown_view, "Markdown")
        self._markdown = ""
        self._markdown_stale = False
        self.currentChanged.connect(self._on_tabs_current_changed)

    def show_markdown(self, text: str) -> None:
        self._markdown = text
        self._markdown_stale = True
        if self.currentWidget() is self.markdown_view:
            self._refresh_markdown()

    @property
    def markdown(self) -> str:
        """The Markdown the tab shows (or will show when it is next opened)."""
        return self._markdown

    def scroll_to(self, anchor: str) -> None:
        """Bring the part with id ``anchor`` into view, with a little of what comes before it."""
        self.browser.scrollToAnchor(anchor)
        bar = self.browser.verticalScrollBar()
        if 0 < bar.value() < bar.maximum():
            bar.setValue(max(0, bar.value() - self.browser.viewport().height() // 6))

    def _on_tabs_current_changed(self, _index: int) -> None:
        if self.currentWidget() is self.markdown_view and self._markdown_stale:
            self._refresh_markdown()

    def _refresh_markdown(self) -> None:
        self.markdown_view.show_text(self._markdown)
        self._markdown_stale = False
