"""The briefing's properties: title block, markings and attribution style, as one dialog.

``PropertiesDialog(metadata)`` shows a copy of the metadata; after the user accepts,
:meth:`PropertiesDialog.metadata` is a new ``Metadata`` reflecting the fields. The input is never
changed: the main window turns the result into an undo command.
"""
from __future__ import annotations

import re
from dataclasses import replace

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QButtonGroup, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QLabel, QLineEdit,
    QRadioButton, QVBoxLayout, QWidget,
)

from briefing.domain import AttributionStyle, Briefing, Fact, Metadata, SourceRegistry, builtin_registry
from briefing.render.markdown_text import MarkdownRenderer
from briefing.ui.dialogs.fields import ERROR_STYLE, OptionalDateEdit, buddy_label, dialog_buttons, message_label

CLASSIFICATIONS = ("UNCLASSIFIED", "CONFIDENTIAL", "SECRET", "TOP SECRET")
CAVEATS = ("", "FOR OFFICIAL USE ONLY", "REL TO USA, KOR", "NOFORN")
TITLE_REQUIRED = "The briefing needs a title."
NO_BANNER = "No banner: set a classification to mark every page."
EXAMPLE_STATEMENT = "Around 1,100 North Korean soldiers have been killed or injured."

# The customary banner colours, so a wrong marking stands out before export.
_BANNER_COLOURS = {"UNCLASSIFIED": "#007a33", "CONFIDENTIAL": "#0033a0", "SECRET": "#c8102e",
                   "TOP SECRET": "#ff8c00"}
_SUPERSCRIPTS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def example_bullet(metadata: Metadata) -> str:
    """How one bullet reads with ``metadata``'s style and portion marks, made by the real renderer."""
    registry = SourceRegistry.of([builtin_registry()["JCS"]])
    briefing = Briefing(metadata=metadata)
    fact = Fact("f-example", EXAMPLE_STATEMENT, ("JCS",))
    markdown = MarkdownRenderer(briefing, registry, annotate=False)
    portion = f"{metadata.portion_mark} " if metadata.portion_marks else ""
    text = portion + markdown.attributed(fact)
    text = re.sub(r"\[\^(\d+)\]", lambda m: m.group(1).translate(_SUPERSCRIPTS), text)
    return re.sub(r"\\(.)", r"\1", text)


class PropertiesDialog(QDialog):
    """Edit a briefing's metadata; OK stays disabled, with a message, until there is a title."""

    def __init__(self, metadata: Metadata, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("properties_dialog")
        self.setWindowTitle("Briefing properties")
        self._original = metadata

        self.title = self._line("title", metadata.title)
        self.subtitle = self._line("subtitle", metadata.subtitle)
        self.author = self._line("author", metadata.author)
        self.organisation = self._line("organisation", metadata.organisation)
        self.date_time = OptionalDateEdit(metadata.date_time, with_time=True, name="date_time", parent=self)
        self.report_number = self._line("report_number", metadata.report_number)
        self.classification = self._combo("classification", CLASSIFICATIONS, metadata.classification)
        self.caveat = self._combo("caveat", CAVEATS, metadata.caveat)
        self.banner = QLabel(self)
        self.banner.setObjectName("banner")
        self.portion_marks = QCheckBox("&Portion marks: start each paragraph with its marking", self)
        self.portion_marks.setObjectName("portion_marks")
        self.portion_marks.setChecked(metadata.portion_marks)
        self.style_group = QButtonGroup(self)
        self.style_buttons: dict[AttributionStyle, QRadioButton] = {}
        self.style_examples: dict[AttributionStyle, QLabel] = {}
        styles_box = self._styles_box(metadata.attribution_style)
        self.message = message_label(self)
        self.buttons = dialog_buttons(self)

        form = QFormLayout()
        form.addRow(buddy_label(self, "&Title:", self.title), self.title)
        form.addRow(buddy_label(self, "S&ubtitle:", self.subtitle), self.subtitle)
        form.addRow(buddy_label(self, "&Author:", self.author), self.author)
        form.addRow(buddy_label(self, "&Organisation:", self.organisation), self.organisation)
        form.addRow(buddy_label(self, "&Date and time:", self.date_time), self.date_time)
        form.addRow(buddy_label(self, "Report &number:", self.report_number), self.report_number)
        form.addRow(buddy_label(self, "&Classification:", self.classification), self.classification)
        form.addRow(buddy_label(self, "Handling ca&veat:", self.caveat), self.caveat)
        form.addRow("Banner:", self.banner)
        form.addRow("", self.portion_marks)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(styles_box)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        for edit in (self.title, self.subtitle, self.author, self.organisation, self.report_number):
            edit.textChanged.connect(self._refresh)
        self.classification.currentTextChanged.connect(self._refresh)
        self.caveat.currentTextChanged.connect(self._refresh)
        self.portion_marks.toggled.connect(self._refresh)
        self.style_group.buttonToggled.connect(self._refresh)
        self.date_time.changed.connect(self._refresh)
        self.resize(560, self.sizeHint().height())
        self._refresh()

    def metadata(self) -> Metadata:
        """A new Metadata reflecting the fields (call after the dialog was accepted)."""
        style = next(s for s, button in self.style_buttons.items() if button.isChecked())
        return replace(
            self._original,
            title=self.title.text().strip(),
            subtitle=self.subtitle.text().strip(),
            author=self.author.text().strip(),
            organisation=self.organisation.text().strip(),
            date_time=self.date_time.value(),
            classification=self.classification.currentText().strip(),
            caveat=self.caveat.currentText().strip(),
            attribution_style=style,
            portion_marks=self.portion_marks.isChecked(),
            report_number=self.report_number.text().strip(),
        )

    def accept(self) -> None:
        if self.title.text().strip():
            super().accept()

    # -- building --------------------------------------------------------------------------
    def _styles_box(self, current: AttributionStyle) -> QGroupBox:
        box = QGroupBox("Attribution style: how each bullet names its source", self)
        box.setObjectName("attribution_style")
        layout = QVBoxLayout(box)
        # The mnemonic goes before these words of each label (letters not taken by the form above).
        mnemonics = {AttributionStyle.INLINE: "Inline", AttributionStyle.LEAD_IN: "Lead-in",
                     AttributionStyle.NOTES: "source notes"}
        for style in AttributionStyle:
            button = QRadioButton(style.label.replace(mnemonics[style], "&" + mnemonics[style], 1), box)
            button.setObjectName(f"style_{style.value}")
            button.setChecked(style is current)
            example = QLabel(box)
            example.setObjectName(f"example_{style.value}")
            example.setWordWrap(True)
            example.setIndent(24)
            example.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            self.style_group.addButton(button)
            self.style_buttons[style] = button
            self.style_examples[style] = example
            layout.addWidget(button)
            layout.addWidget(example)
        return box

    def _line(self, name: str, text: str) -> QLineEdit:
        edit = QLineEdit(text, self)
        edit.setObjectName(name)
        return edit

    def _combo(self, name: str, items: tuple[str, ...], current: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.addItems(items)
        combo.setCurrentText(current)
        return combo

    # -- live feedback ---------------------------------------------------------------------
    def _refresh(self, *_args) -> None:
        has_title = bool(self.title.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(has_title)
        self.message.setText("" if has_title else TITLE_REQUIRED)
        self.message.setVisible(not has_title)
        current = self.metadata()
        self._show_banner(current.banner, current.classification)
        for style, example in self.style_examples.items():
            example.setText(example_bullet(replace(current, attribution_style=style)))

    def _show_banner(self, banner: str, classification: str) -> None:
        if not banner:
            self.banner.setText(NO_BANNER)
            self.banner.setStyleSheet(ERROR_STYLE)
            return
        self.banner.setText(banner)
        colour = _BANNER_COLOURS.get(classification.upper(), "#555555")
        self.banner.setStyleSheet(f"background: {colour}; color: white; font-weight: bold; padding: 3px 8px;")
