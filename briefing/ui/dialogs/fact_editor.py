"""Edit one fact of the library, or write a new one: wording, sources, dates, grade, tags, note.

``FactEditorDialog(fact, briefing, registry)`` never changes its inputs. After the user accepts,
:meth:`FactEditorDialog.fact` is a new ``Fact`` (a new fact gets a fresh id) and
:meth:`FactEditorDialog.new_sources` the sources the user created here, for the caller to add to
``briefing.sources`` together with the fact, as one undo command.
"""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QGridLayout, QGroupBox, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout,
    QWidget,
)

from briefing.domain import (
    Briefing, Credibility, Fact, Reliability, Source, SourceRegistry, grade, has_visible_text, new_id,
)
from briefing.ui.dialogs.excerpt_view import ExcerptView
from briefing.ui.dialogs.fields import (
    EnumCombo, OptionalDateEdit, WARNING_STYLE, buddy_label, dialog_buttons, message_label,
)
from briefing.ui.dialogs.source_picker import SourcePicker

STATEMENT_REQUIRED = "Write the statement: what the source said, in the words the briefing will use."
STATEMENT_INVISIBLE = ("The statement shows no text: it holds only spaces, control or zero-width characters. "
                       "Write what the source said, in the words the briefing will use.")
NO_SOURCE_WARNING = "⚠ A fact without a source will be flagged by the checks."
NOT_GRADED = "Not graded"


def parse_tags(text: str) -> tuple[str, ...]:
    """Comma-separated tags (a Korean comma or ideographic comma counts too), stripped, each once."""
    for comma in ("，", "、"):
        text = text.replace(comma, ",")
    return tuple(dict.fromkeys(tag.strip() for tag in text.split(",") if tag.strip()))


class FactEditorDialog(QDialog):
    """Edit ``fact`` (None for a new one) of ``briefing``, whose sources come from ``registry`` and its own.

    A fact given here keeps its id, document and excerpt, so a candidate from an import can be
    reviewed before it joins the library; only ``fact=None`` makes a fresh id.

    OK stays disabled until the statement has visible text (see :mod:`briefing.domain.visible`), and
    the message line says what is missing; a fact without a source gets a warning, not a block.
    Ctrl+Enter accepts from anywhere, including the multi-line fields where Enter starts a new line.
    """

    def __init__(self, fact: Fact | None, briefing: Briefing, registry: SourceRegistry,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("fact_editor_dialog")
        # A fact not yet in the library (None, or a candidate from an import) is a new fact to the user.
        self.setWindowTitle("Edit fact" if fact is not None and fact.id in briefing.facts else "New fact")
        self._original = fact
        self._base = fact if fact is not None else Fact(new_id("f"), "")
        self._registry = briefing.registry(registry)

        self.statement = QPlainTextEdit(fact.statement if fact else "", self)
        self.statement.setObjectName("statement")
        self.statement.setTabChangesFocus(True)
        self.statement.setPlaceholderText("What the source said, as the briefing will put it")
        self.statement.setFixedHeight(self.statement.fontMetrics().lineSpacing() * 4 + 14)
        self.picker = SourcePicker(self._registry, self._base.sources, self)
        self.no_source = QLabel(NO_SOURCE_WARNING, self)
        self.no_source.setObjectName("no_source_warning")
        self.no_source.setStyleSheet(WARNING_STYLE)
        self.reported_on = OptionalDateEdit(self._base.reported_on, name="reported_on", parent=self)
        self.information_as_of = OptionalDateEdit(self._base.information_as_of, name="information_as_of", parent=self)
        self.reliability = EnumCombo(list(Reliability), none_text=NOT_GRADED, name="reliability", parent=self)
        self.reliability.set_value(self._base.reliability)
        self.credibility = EnumCombo(list(Credibility), none_text=NOT_GRADED, name="credibility", parent=self)
        self.credibility.set_value(self._base.credibility)
        self.grade = QLabel(self)
        self.grade.setObjectName("grade")
        bold = self.grade.font()
        bold.setBold(True)
        self.grade.setFont(bold)
        self.tags = QLineEdit(", ".join(self._base.tags), self)
        self.tags.setObjectName("tags")
        self.tags.setPlaceholderText("casualties, Russia, 파병 — separated by commas")
        self.note = QPlainTextEdit(self._base.note, self)
        self.note.setObjectName("note")
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText("For you and reviewers; not exported")
        self.excerpt = ExcerptView(self)
        document = briefing.documents.get(self._base.document_id) if self._base.document_id else None
        self.excerpt.show_excerpt(document, self._base.excerpt)
        # About 300 characters of context fit in a few lines; the rest of the height goes to the sources.
        self.excerpt.text.setMaximumHeight(self.excerpt.fontMetrics().lineSpacing() * 6 + 14)
        self.message = message_label(self, STATEMENT_REQUIRED)
        self.buttons = dialog_buttons(self)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.accept)
        QShortcut(QKeySequence("Ctrl+Enter"), self, self.accept)

        self._lay_out()
        self.statement.textChanged.connect(self._refresh)
        self.picker.changed.connect(self._refresh)
        self.picker.ticked.connect(self._on_picker_ticked)
        self.reliability.changed.connect(self._refresh)
        self.credibility.changed.connect(self._refresh)
        self.resize(880, 640)
        self._refresh()

    def fact(self) -> Fact:
        """A new Fact reflecting the fields; the same id as the fact edited, or a fresh one for a new fact."""
        return replace(
            self._base,
            statement=self.statement.toPlainText().strip(),
            sources=self.picker.codes(),
            reported_on=self.reported_on.value(),
            information_as_of=self.information_as_of.value(),
            reliability=self.reliability.value(),
            credibility=self.credibility.value(),
            tags=parse_tags(self.tags.text()),
            note=self.note.toPlainText().strip(),
        )

    def new_sources(self) -> list[Source]:
        """Sources the user created in this dialog (ticked or not), for the caller to add to the briefing."""
        return self.picker.new_sources()

    def accept(self) -> None:
        if has_visible_text(self.statement.toPlainText()):
            super().accept()

    # -- building --------------------------------------------------------------------------
    def _lay_out(self) -> None:
        statement_label = QLabel("&Statement:", self)
        statement_label.setBuddy(self.statement)

        sources_box = QGroupBox("Sources", self)
        sources_layout = QVBoxLayout(sources_box)
        filter_label = QLabel("&Filter sources:", sources_box)
        filter_label.setBuddy(self.picker)
        sources_layout.addWidget(filter_label)
        sources_layout.addWidget(self.picker, 1)
        sources_layout.addWidget(self.no_source)

        details = QFormLayout()
        details.addRow(buddy_label(self, "&Reported on:", self.reported_on), self.reported_on)
        details.addRow(buddy_label(self, "Information &as of:", self.information_as_of), self.information_as_of)
        details.addRow(buddy_label(self, "Re&liability of the source:", self.reliability), self.reliability)
        details.addRow(buddy_label(self, "&Credibility of the information:", self.credibility), self.credibility)
        details.addRow("Grade:", self.grade)
        details.addRow(buddy_label(self, "Ta&gs:", self.tags), self.tags)
        details.addRow(buddy_label(self, "N&ote:", self.note), self.note)

        excerpt_box = QGroupBox("Source excerpt, in its document", self)
        excerpt_layout = QVBoxLayout(excerpt_box)
        excerpt_layout.addWidget(self.excerpt)

        grid = QGridLayout(self)
        grid.addWidget(statement_label, 0, 0, 1, 2)
        grid.addWidget(self.statement, 1, 0, 1, 2)
        grid.addWidget(sources_box, 2, 0)
        grid.addLayout(details, 2, 1)
        grid.addWidget(excerpt_box, 3, 0, 1, 2)
        grid.addWidget(self.message, 4, 0, 1, 2)
        grid.addWidget(self.buttons, 5, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(2, 1)

    # -- live feedback ---------------------------------------------------------------------
    def _on_picker_ticked(self, code: str) -> None:
        source = self._registry.get(code) or next((s for s in self.picker.new_sources() if s.code == code), None)
        if self.reliability.value() is None and source is not None and source.default_reliability is not None:
            self.reliability.set_value(source.default_reliability)

    def _refresh(self, *_args) -> None:
        text = self.statement.toPlainText()
        has_statement = has_visible_text(text)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(has_statement)
        self.message.setVisible(not has_statement)
        if not has_statement:
            # Pasted zero-width or control characters look like nothing: say why OK stays off.
            self.message.setText(STATEMENT_INVISIBLE if text.strip() else STATEMENT_REQUIRED)
        self.no_source.setVisible(not self.picker.codes())
        shown = grade(self.reliability.value(), self.credibility.value())
        self.grade.setText(shown or NOT_GRADED)
