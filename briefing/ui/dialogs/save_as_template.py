"""Save as Template: name, title and description for a template made from the open briefing.

``SaveAsTemplateDialog(briefing, listing)`` checks the name as it is typed and says what saving
will do: make a new template, replace one of the user's own (the caller asks before replacing),
or hide a team or built-in template of the same name in lists. After the user accepts,
:meth:`SaveAsTemplateDialog.request` holds the answers; the dialog itself writes nothing.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget,
)

from briefing.domain import Briefing, FactBlock
from briefing.domain.template import is_template_name, slugify
from briefing.storage.template_store import Origin, TemplateListing
from briefing.ui.dialogs.fields import ERROR_STYLE, WARNING_STYLE, buddy_label, dialog_buttons, message_label
from briefing.ui.dialogs.template_list import ORIGIN_LABELS
from briefing.ui.template_library import TemplateSaveRequest

BAD_NAME = "A name is lower-case letters, digits and hyphens, such as weekly-summary."
NO_TITLE = "The template needs a title."


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


class SaveAsTemplateDialog(QDialog):
    """Describe the template to save. The name follows the title until the user edits the name."""

    def __init__(self, briefing: Briefing, listing: TemplateListing, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("save_as_template_dialog")
        self.setWindowTitle("Save as Template")
        self._listing = listing
        self._name_edited = False

        self.title = QLineEdit(briefing.metadata.title, self)
        self.title.setObjectName("title")
        self.name = QLineEdit(slugify(briefing.metadata.title), self)
        self.name.setObjectName("name")
        self.name.setPlaceholderText("weekly-summary")
        self.description = QPlainTextEdit(self)
        self.description.setObjectName("description")
        self.description.setPlaceholderText("When to use it, in a sentence or two")
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        bullets = sum(1 for section, _ in briefing.walk_sections() for b in section.blocks
                      if isinstance(b, FactBlock))
        self.include_facts = QCheckBox(
            f"&Include facts and documents ({_count(len(briefing.facts), 'fact')}, "
            f"{_count(bullets, 'bullet')}, {_count(len(briefing.documents), 'source document')})", self)
        self.include_facts.setObjectName("include_facts")
        self.include_facts.setChecked(False)
        self.include_facts.setToolTip("Off: the template keeps the structure, guidance and paragraphs, and new "
                                      "briefings start with an empty fact library.\nOn: every new briefing "
                                      "starts with these facts, their bullets and their source documents.")
        kept = QLabel("The template keeps the sections, their guidance, every paragraph and judgment as "
                      "boilerplate, the title block (not the date or report number), the briefing's own "
                      "sources and its Word styles.", self)
        kept.setWordWrap(True)
        kept.setTextFormat(Qt.TextFormat.PlainText)
        self.message = message_label(self)
        self.buttons = dialog_buttons(self, QDialogButtonBox.StandardButton.Save)

        form = QFormLayout()
        form.addRow(buddy_label(self, "&Title:", self.title), self.title)
        form.addRow(buddy_label(self, "&Name:", self.name), self.name)
        form.addRow(buddy_label(self, "&Description:", self.description), self.description)
        form.addRow("", self.include_facts)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(kept)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.title.textChanged.connect(self._on_title_changed)
        self.name.textEdited.connect(self._on_name_edited)
        self.name.textChanged.connect(self._refresh)
        self.resize(560, self.sizeHint().height())
        self._refresh()

    @property
    def save_button(self):
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)

    def request(self) -> TemplateSaveRequest:
        return TemplateSaveRequest(name=self.name.text().strip(), title=self.title.text().strip(),
                                   description=self.description.toPlainText().strip(),
                                   include_facts=self.include_facts.isChecked())

    def accept(self) -> None:
        if self.save_button.isEnabled():
            super().accept()

    # -- live checks -------------------------------------------------------------------------
    def clash(self) -> dict[Origin, str]:
        """The titles of the templates in each folder that have the name typed."""
        name = self.name.text().strip()
        return {e.origin: e.title or e.name for e in self._listing.entries if e.name == name}

    def _on_title_changed(self, text: str) -> None:
        if not self._name_edited:
            self.name.setText(slugify(text))
        self._refresh()

    def _on_name_edited(self, _text: str) -> None:
        self._name_edited = True

    def _refresh(self, *_args) -> None:
        name, title = self.name.text().strip(), self.title.text().strip()
        problem = NO_TITLE if not title else (BAD_NAME if not is_template_name(name) else "")
        self.save_button.setEnabled(not problem)
        if problem:
            self._say(problem, ERROR_STYLE)
            return
        clash = self.clash()
        if Origin.USER in clash:
            self._say(f"You already have a template named “{name}” ({clash[Origin.USER]}). Saving replaces it; "
                      "you will be asked first.", WARNING_STYLE)
        elif clash:
            origin = next(o for o in (Origin.TEAM, Origin.BUILTIN) if o in clash)
            self._say(f"The {ORIGIN_LABELS[origin]} template “{clash[origin]}” is also named “{name}”. Yours will "
                      f"take its place when you start a briefing by that name; the {ORIGIN_LABELS[origin]} one "
                      f"stays unchanged and listed as {origin.value}:{name}.",
                      WARNING_STYLE)
        else:
            self._say(f"Saved in your template folder as {name}.", "")

    def _say(self, text: str, style: str) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(style)
