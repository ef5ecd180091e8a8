"""New from Template: choose a template (built-in, team or your own), see its skeleton, fill in the title block.

``NewFromTemplateDialog(listing, defaults)`` shows every template of ``listing`` with its origin;
after the user accepts, :meth:`NewFromTemplateDialog.choice` says which template and which values.
The dialog reads no files and makes no briefing: the caller instantiates the template.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QSplitter, QTextBrowser,
    QVBoxLayout, QWidget,
)

from briefing.domain.template import PlaceholderValues
from briefing.storage.template_store import TemplateEntry, TemplateListing
from briefing.ui.dialogs.fields import WARNING_STYLE, buddy_label, dialog_buttons
from briefing.ui.dialogs.properties import CLASSIFICATIONS
from briefing.ui.dialogs.template_list import TemplateList, origin_text
from briefing.ui.dialogs.template_preview import skeleton_html
from briefing.ui.template_library import TemplateChoice

NO_TEMPLATES = "No template can be used: check the template folders (File ▸ Manage Templates…)."


class NewFromTemplateDialog(QDialog):
    """Pick a template and the values for its placeholders. Create is enabled only for a usable template.

    ``defaults`` prefills author and organisation (the rest start as the template has them); an
    empty field means "the template's default", which leaves a placeholder such as
    ``{{report_number}}`` visible in the new briefing when the template has no default either.
    """

    def __init__(self, listing: TemplateListing, defaults: PlaceholderValues = PlaceholderValues(),
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("new_from_template_dialog")
        self.setWindowTitle("New from Template")
        self._setting_classification = False
        self._classification_edited = False

        self.templates = TemplateList(broken_selectable=False, show_names=False, parent=self)
        self.templates.setMinimumWidth(280)
        self.heading = QLabel(self)
        self.heading.setObjectName("template_heading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.description = QLabel(self)
        self.description.setObjectName("template_description")
        self.description.setTextFormat(Qt.TextFormat.PlainText)
        self.description.setWordWrap(True)
        self.skeleton = QTextBrowser(self)
        self.skeleton.setObjectName("skeleton")
        self.skeleton.setOpenLinks(False)               # the preview holds no links; never follow any
        self.skeleton.setOpenExternalLinks(False)
        self.problems = QLabel(self)
        self.problems.setObjectName("folder_problems")
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.PlainText)
        self.problems.setStyleSheet(WARNING_STYLE)

        self.title = self._line("title")
        self.author = self._line("author", defaults.author or "")
        self.organisation = self._line("organisation", defaults.organisation or "")
        self.classification = QComboBox(self)
        self.classification.setObjectName("classification")
        self.classification.setEditable(True)
        self.classification.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.classification.addItems(CLASSIFICATIONS)
        self.classification.currentTextChanged.connect(self._on_classification_changed)
        self.report_number = self._line("report_number")
        self.buttons = dialog_buttons(self)
        self.create_button.setText("&Create")

        preview = QWidget(self)
        preview_layout = QVBoxLayout(preview)
        preview_layout.setContentsMargins(6, 0, 0, 0)
        preview_layout.addWidget(self.heading)
        preview_layout.addWidget(self.description)
        preview_layout.addWidget(self.skeleton, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.templates)
        splitter.addWidget(preview)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([360, 560])
        splitter.setChildrenCollapsible(False)

        values = QGroupBox("The new briefing", self)
        form = QFormLayout(values)
        form.addRow(buddy_label(self, "&Title:", self.title), self.title)
        form.addRow(buddy_label(self, "&Author:", self.author), self.author)
        form.addRow(buddy_label(self, "&Organisation:", self.organisation), self.organisation)
        form.addRow(buddy_label(self, "C&lassification:", self.classification), self.classification)
        form.addRow(buddy_label(self, "Report &number:", self.report_number), self.report_number)
        hint = QLabel("Empty fields take the template's default; a {{placeholder}} left without a value "
                      "stays visible in the briefing.", self)
        hint.setWordWrap(True)
        hint.setTextFormat(Qt.TextFormat.PlainText)
        hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        form.addRow("", hint)

        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.problems)
        layout.addWidget(values)
        layout.addWidget(self.buttons)

        self.templates.entry_changed.connect(self._show_entry)
        self.templates.itemDoubleClicked.connect(lambda *_: self.accept())
        self.problems.setText("\n".join(listing.folder_problems))
        self.problems.setVisible(bool(listing.folder_problems))
        self.templates.set_listing(listing)
        self.resize(940, 700)

    @property
    def create_button(self):
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    # -- result ----------------------------------------------------------------------------
    def choice(self) -> TemplateChoice | None:
        """The chosen template and values, or None when no usable template is selected."""
        entry = self.templates.current_entry()
        if entry is None or not entry.ok:
            return None

        def given(edit: QLineEdit) -> str | None:
            return edit.text().strip() or None

        classification = self.classification.currentText().strip()
        if not self._classification_edited or not classification:
            classification = None
        return TemplateChoice(entry, PlaceholderValues(
            title=given(self.title), author=given(self.author), organisation=given(self.organisation),
            classification=classification, report_number=given(self.report_number)))

    def accept(self) -> None:
        if self.choice() is not None:
            super().accept()

    # -- showing the selected template -----------------------------------------------------
    def _show_entry(self, entry: TemplateEntry | None) -> None:
        usable = entry is not None and entry.ok
        self.create_button.setEnabled(usable)
        if not usable:
            self.heading.setText("" if self.templates.entries() else "No templates")
            self.description.setText(NO_TEMPLATES if not any(e.ok for e in self.templates.entries()) else "")
            self.skeleton.clear()
            return
        template = entry.template
        self.heading.setText(f"{template.title}  ·  {origin_text(entry)}")
        self.description.setText(template.description)
        self.description.setVisible(bool(template.description))
        self.skeleton.setHtml(skeleton_html(template))
        self.title.setPlaceholderText(f"default: {template.metadata.title or template.title}")
        self.author.setPlaceholderText(template.metadata.author or "{{author}}")
        self.organisation.setPlaceholderText(template.metadata.organisation or "{{organisation}}")
        self.report_number.setPlaceholderText(template.metadata.report_number or "{{report_number}}")
        if not self._classification_edited:
            self._setting_classification = True
            self.classification.setCurrentText(template.metadata.classification)
            self._setting_classification = False

    def _on_classification_changed(self, _text: str) -> None:
        if not self._setting_classification:
            self._classification_edited = True

    # -- building --------------------------------------------------------------------------
    def _line(self, name: str, text: str = "") -> QLineEdit:
        edit = QLineEdit(text, self)
        edit.setObjectName(name)
        edit.setClearButtonEnabled(True)
        return edit
