"""The editor for the selected bullet, paragraph or judgment, with the fact's source excerpt in context
and, above it, the guidance the briefing's template gives for the section (shown, never exported)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from briefing.domain import Confidence, Fact, FactBlock, JudgmentBlock, Section, has_visible_text
from briefing.ui.changes import Change
from briefing.ui.commands import EditBlockText, EditStatement, SetConfidence
from briefing.ui.dialogs.excerpt_view import ExcerptView
from briefing.ui.document import Document
from briefing.ui.panels.typing_edit import TypingEdit

STATEMENT_KEPT = ("A fact needs a statement with visible text (not only spaces, control or zero-width "
                  "characters); until you type one, the last wording is kept.")
GUIDANCE_STYLE = ("QLabel { background: #fbf5e0; color: #4a4a4a; border-left: 3px solid #d4b04c; "
                  "padding: 4px 6px; }")


class BlockEditor(QWidget):
    """Edits one thing at a time: a fact's statement (from the outline or the library), or the
    Markdown text of a paragraph or judgment. Typing is pushed as merged undo commands."""

    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("block-editor")
        self._document = document
        self._fact_id: str | None = None
        self._block_id: str | None = None
        self.heading = QLabel()
        self.heading.setObjectName("editor-heading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.confidence = QComboBox()
        self.confidence.setObjectName("editor-confidence")
        for level in Confidence:
            self.confidence.addItem(f"{level.value.capitalize()} confidence", level.value)
        self.confidence.activated.connect(self._on_confidence_activated)
        self.guidance = QLabel()
        self.guidance.setObjectName("editor-guidance")
        self.guidance.setWordWrap(True)
        self.guidance.setTextFormat(Qt.TextFormat.PlainText)
        self.guidance.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.guidance.setStyleSheet(GUIDANCE_STYLE)
        self.guidance.setToolTip("The template's advice for this section. It is shown while you edit and never "
                                 "exported.")
        self.text = TypingEdit()
        self.text.setObjectName("editor-text")
        self.text.text_edited.connect(self._on_text_edited)
        self.warning = QLabel()
        self.warning.setObjectName("editor-warning")
        self.warning.setStyleSheet("color: #a33;")
        self.excerpt = ExcerptView()       # the fact editor dialog shows excerpts the same way

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.confidence)
        editing = QWidget()
        editing_layout = QVBoxLayout(editing)
        editing_layout.setContentsMargins(0, 0, 0, 0)
        editing_layout.addLayout(top)
        editing_layout.addWidget(self.guidance)
        editing_layout.addWidget(self.text)
        editing_layout.addWidget(self.warning)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(editing)
        splitter.addWidget(self.excerpt)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)
        document.changed.connect(self._on_document_changed)
        self.clear()

    def set_document(self, document: Document) -> None:
        self._document.changed.disconnect(self._on_document_changed)
        self._document = document
        document.changed.connect(self._on_document_changed)
        self.clear()

    # -- what is shown ---------------------------------------------------------------------
    def clear(self, message: str = "Select a bullet, paragraph or fact to edit it.") -> None:
        self._fact_id = self._block_id = None
        self.heading.setText(message)
        self.text.load("")
        self.text.setEnabled(False)
        self.confidence.hide()
        self._warn("")
        self._show_source(None)
        self._show_guidance(None)

    def show_item(self, ident: str | None) -> None:
        """Show the outline item ``ident`` (a block, or a section: its guidance), or nothing."""
        briefing = self._document.briefing
        found = briefing.find_block(ident) if ident else None
        if found is None:
            section = briefing.find_section(ident) if ident else None
            if section is None:
                self.clear()
            else:
                self.clear(f"Section “{section.heading}”. Select one of its bullets or paragraphs to edit it; "
                           "F2 renames the section.")
                self._show_guidance(section)
            return
        block = found[0].blocks[found[1]]
        if isinstance(block, FactBlock):
            self.show_fact(block.fact_id)
            self._show_guidance(found[0])
            return
        self._fact_id, self._block_id = None, block.id
        is_judgment = isinstance(block, JudgmentBlock)
        self.heading.setText("Judgment paragraph (Markdown)" if is_judgment else "Paragraph (Markdown)")
        self.confidence.setVisible(is_judgment)
        if is_judgment:
            self.confidence.setCurrentIndex(list(Confidence).index(block.confidence))
        self._load_text(block.text)
        self._show_source(None)
        self._show_guidance(found[0])

    def show_fact(self, fact_id: str | None) -> None:
        fact = self._document.briefing.facts.get(fact_id) if fact_id else None
        if fact is None:
            self.clear()
            return
        self._fact_id, self._block_id = fact.id, None
        self.heading.setText(self._fact_heading(fact))
        self.confidence.hide()
        self._load_text(fact.statement)
        self._show_source(fact)
        self._show_guidance(None)

    def _load_text(self, text: str) -> None:
        self._warn("")
        self.text.setEnabled(True)
        self.text.load(text)
        self.text.new_session()

    def _fact_heading(self, fact: Fact) -> str:
        parts = [f"Fact statement · {', '.join(fact.sources) or 'no source'}"]
        if fact.grade:
            parts.append(f"graded {fact.grade}")
        if fact.information_as_of:
            parts.append(f"information as of {fact.information_as_of.isoformat()}")
        return " · ".join(parts)

    def _show_source(self, fact: Fact | None) -> None:
        """The fact's excerpt in its source document; hidden when no fact is shown."""
        self.excerpt.setVisible(fact is not None)
        if fact is not None:
            document = self._document.briefing.documents.get(fact.document_id) if fact.document_id else None
            self.excerpt.show_excerpt(document, fact.excerpt)

    def _show_guidance(self, section: Section | None) -> None:
        """The template's guidance for ``section``; hidden when there is none (or no section)."""
        guidance = section.guidance.strip() if section is not None else ""
        self.guidance.setVisible(bool(guidance))
        self.guidance.setText(f"Guidance for “{section.heading}” (not exported): {guidance}" if guidance else "")

    # -- edits -----------------------------------------------------------------------------
    def _on_text_edited(self, text: str, session: int) -> None:
        if self._fact_id is not None:
            if not has_visible_text(text):
                self._warn(STATEMENT_KEPT)
                return
            self._warn("")
            self._document.push(EditStatement(self._document, self._fact_id, text, session), origin=self)
        elif self._block_id is not None:
            self._document.push(EditBlockText(self._document, self._block_id, text, session), origin=self)

    def _warn(self, text: str) -> None:
        # Only when the warning changes: QLabel.clear() re-lays out the label every time, and that
        # would lay out the editor, its dock and the whole main window again on every keystroke.
        if self.warning.text() != text:
            self.warning.setText(text)

    def _on_confidence_activated(self, index: int) -> None:
        block_id = self._block_id
        if block_id is None:
            return
        level = Confidence(self.confidence.itemData(index))
        found = self._document.briefing.find_block(block_id)
        if found and isinstance(found[0].blocks[found[1]], JudgmentBlock) and \
                found[0].blocks[found[1]].confidence is not level:
            self._document.push(SetConfidence(self._document, block_id, level), origin=self)

    def _on_document_changed(self, change: Change) -> None:
        if change.origin is self:
            return
        briefing = self._document.briefing
        if self._fact_id is not None:
            if self._fact_id not in briefing.facts:
                self.clear()
            elif change.everything or self._fact_id in change.facts or change.sources:
                fact = briefing.facts[self._fact_id]
                self.heading.setText(self._fact_heading(fact))
                self.text.load(fact.statement)
                self._warn("")       # the statement shown is the fact's own again (after an undo, say)
                self._show_source(fact)
        elif self._block_id is not None:
            found = briefing.find_block(self._block_id)
            if found is None:
                self.clear()
            elif change.everything or self._block_id in change.blocks:
                block = found[0].blocks[found[1]]
                self.text.load(block.text)
                if isinstance(block, JudgmentBlock):
                    self.confidence.setCurrentIndex(list(Confidence).index(block.confidence))
