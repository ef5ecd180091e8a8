"""A small form for one source (code, names, kind, default reliability, aliases), new or edited.

The form validates as the user types, with the domain's own rules (``Source`` refuses a bad code or
an empty name) and against the codes already taken; the problem is shown under the form and OK stays
disabled until it is fixed. Nothing is raised at the user.
"""
from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget,
)

from briefing.domain import Reliability, Source, SourceKind, SourceRegistry, ValidationError
from briefing.ui.dialogs.fields import ERROR_STYLE, EnumCombo, buddy_label, dialog_buttons, message_label, sentence

EMPTY_HINT = "Give the source a code (such as JCS) and its full name."


def lines_of(text: str) -> tuple[str, ...]:
    """The non-blank lines of ``text``, stripped, each once, in order."""
    return tuple(dict.fromkeys(line.strip() for line in text.splitlines() if line.strip()))


class SourceFormDialog(QDialog):
    """Create a source, or edit one, refusing codes ``taken`` already holds.

    ``source`` is the source being edited (None for a new one); it may keep its own code. After the
    dialog is accepted, :meth:`source` is the new, valid ``Source``; the input is never changed.
    """

    def __init__(self, taken: SourceRegistry, source: Source | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("source_form_dialog")
        self.setWindowTitle("Edit source" if source else "New source")
        self._taken = taken
        self._own_code = source.code if source else None
        self._result: Source | None = None

        self.code = self._line("source_code", "JCS")
        self.name = self._line("source_name", "Joint Chiefs of Staff (Republic of Korea)")
        self.short_name = self._line("source_short_name", "the JCS — how running text names it")
        self.kind = EnumCombo(list(SourceKind), none_text=None, name="source_kind", parent=self)
        self.kind.set_value(SourceKind.OTHER)
        self.reliability = EnumCombo(list(Reliability), none_text="Not set", name="source_reliability", parent=self)
        self.aliases = self._lines("source_aliases", "South Korea's military\nthe Joint Chiefs")
        self.aliases_ko = self._lines("source_aliases_ko", "합동참모본부\n합참")
        self.message = message_label(self, name="source_message")
        self.buttons = dialog_buttons(self, name="source_buttons")

        form = QFormLayout()
        form.addRow(buddy_label(self, "&Code:", self.code), self.code)
        form.addRow(buddy_label(self, "&Name:", self.name), self.name)
        form.addRow(buddy_label(self, "&Short name:", self.short_name), self.short_name)
        form.addRow(buddy_label(self, "&Kind:", self.kind), self.kind)
        form.addRow(buddy_label(self, "Default &reliability:", self.reliability), self.reliability)
        form.addRow(buddy_label(self, "&Aliases (one a line):", self.aliases), self.aliases)
        form.addRow(buddy_label(self, "Korean al&iases (one a line):", self.aliases_ko), self.aliases_ko)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        if source is not None:
            self.code.setText(source.code)
            self.name.setText(source.name)
            self.short_name.setText(source.short_name)
            self.kind.set_value(source.kind)
            self.reliability.set_value(source.default_reliability)
            self.aliases.setPlainText("\n".join(source.aliases))
            self.aliases_ko.setPlainText("\n".join(source.aliases_ko))
        for edit in (self.code, self.name, self.short_name):
            edit.textChanged.connect(self._validate)
        for text in (self.aliases, self.aliases_ko):
            text.textChanged.connect(self._validate)
        self.kind.changed.connect(self._validate)
        self.reliability.changed.connect(self._validate)
        self._validate()

    def source(self) -> Source | None:
        """The source as the form describes it, or None while the form has a problem."""
        return self._result

    def accept(self) -> None:
        self._validate()
        if self._result is not None:
            super().accept()

    def _validate(self) -> None:
        self._result = None
        code = self.code.text().strip().upper()
        if not code and not self.name.text().strip():
            self._show_problem(EMPTY_HINT, error=False)  # a blank form is a start, not a mistake
            return
        try:
            candidate = Source(
                code=code, name=self.name.text().strip(), short_name=self.short_name.text().strip(),
                aliases=lines_of(self.aliases.toPlainText()), aliases_ko=lines_of(self.aliases_ko.toPlainText()),
                kind=self.kind.value(), default_reliability=self.reliability.value(),
            )
        except ValidationError as error:
            self._show_problem(sentence(str(error)))
            return
        holder = self._taken.get(code)
        if holder is not None and code != self._own_code:
            self._show_problem(f"Source code {code} is already used by {holder.name}: choose another code.")
            return
        self._result = candidate
        self._show_problem("")

    def _show_problem(self, text: str, *, error: bool = True) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setVisible(bool(text))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not text)

    def _line(self, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        return edit

    def _lines(self, name: str, placeholder: str) -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 3 + 12)
        return edit


def accepted_source(form: SourceFormDialog | None, result: int) -> Source | None:
    """The source a form that has just closed produced, or None if it was cancelled; the form is
    scheduled for deletion either way."""
    if form is None:
        return None
    source = form.source()
    form.deleteLater()
    return source if result == QDialog.DialogCode.Accepted else None
