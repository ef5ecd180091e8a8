"""Show a fact's source excerpt where it stands in its document, so the wording can be checked.

Read-only: the document's text around the excerpt (about 300 characters of context), with the
excerpt itself highlighted, under a caption naming the document. The fact editor uses it, and the
main window's editor panel can reuse it.
"""
from __future__ import annotations

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from briefing.domain import SourceDocument, Span

CONTEXT_CHARS = 150          # on each side of the excerpt
ELLIPSIS = "…"
NO_EXCERPT = "No source excerpt: this fact is not linked to a passage of a source document."
HIGHLIGHT = QColor("#ffe58a")  # a marker-pen yellow that reads on light and dark palettes alike


def context_window(text: str, span: Span, context: int = CONTEXT_CHARS) -> tuple[str, str, str, bool, bool]:
    """Split ``text`` around ``span``: (before, excerpt, after, cut_before, cut_after).

    The context is about ``context`` characters each side, widened to a whole word so no word is cut.
    """
    start = max(0, min(span.start, len(text)))
    end = max(start, min(span.end, len(text)))
    left = max(0, start - context)
    while 0 < left < start and not text[left - 1].isspace():
        left -= 1
    right = min(len(text), end + context)
    while end < right < len(text) and not text[right].isspace():
        right += 1
    return text[left:start], text[start:end], text[end:right], left > 0, right < len(text)


class ExcerptView(QWidget):
    """A caption and a read-only text showing an excerpt in its context, highlighted."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("excerpt_view")
        self.caption = QLabel(self)
        self.caption.setObjectName("excerpt_caption")
        self.caption.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("excerpt_text")
        self.text.setReadOnly(True)
        self.text.setTabChangesFocus(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.text, 1)
        self.show_excerpt(None, None)

    def show_excerpt(self, document: SourceDocument | None, span: Span | None) -> None:
        """Show ``span`` of ``document`` in context; either being None shows the "No source excerpt" note."""
        self.text.clear()
        if document is None or span is None:
            self.caption.setText(NO_EXCERPT)
            self.text.setVisible(False)
            return
        self.text.setVisible(True)
        self.caption.setText(self._caption(document))
        if span.end > len(document.text):
            self.caption.setText(f"{self._caption(document)} — the excerpt ({span.start}-{span.end}) runs past "
                                 f"the end of the document's text ({len(document.text)} characters).")
        before, excerpt, after, cut_before, cut_after = context_window(document.text, span)
        cursor = QTextCursor(self.text.document())
        plain = QTextCharFormat()
        marked = QTextCharFormat()
        marked.setBackground(HIGHLIGHT)
        marked.setForeground(QColor("black"))
        cursor.insertText((ELLIPSIS if cut_before else "") + before, plain)
        excerpt_start = cursor.position()
        cursor.insertText(excerpt, marked)
        cursor.insertText(after + (ELLIPSIS if cut_after else ""), plain)
        # Put the excerpt in view: the caret at its start, so a long context scrolls to it.
        cursor.setPosition(excerpt_start)
        self.text.setTextCursor(cursor)
        self.text.ensureCursorVisible()

    @staticmethod
    def _caption(document: SourceDocument) -> str:
        parts = [f"“{document.title}”"]
        if document.originator:
            parts.append(document.originator)
        if document.published:
            parts.append(document.published.isoformat())
        return " — ".join(parts)

