"""Import a source: paste or open an article, review the facts the engine proposes, add them to the library.

``ImportSourceDialog(briefing, registry)`` never changes its inputs. After the user accepts,
:meth:`ImportSourceDialog.import_result` is an :class:`~briefing.domain.imports.ImportResult`:
the source document (the text verbatim), one fact per ticked candidate with its excerpt span and
sources, and the new sources the user agreed to add. The caller pushes
:class:`~briefing.ui.commands.ImportSource` with it, one undoable step.

A candidate that shows no text (only spaces, control or zero-width characters, which scraped pages
carry) is listed as "(no visible text)", flagged "no text" and cannot be ticked, so it never
becomes a fact.

Keys: Space ticks or unticks the selected rows, Ctrl+A ticks every body row (junk stays unticked),
Ctrl+Shift+A unticks every row, Enter adds to the library (outside the text, where Enter is a line break).
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSplitter, QTableView, QVBoxLayout, QWidget,
)

from briefing.domain import Briefing, SourceRegistry
from briefing.domain.imports import ImportResult, build_import, default_title
from briefing.extract import SourceReadError, read_source
from briefing.ui.dialogs.fields import (
    OptionalDateEdit, WARNING_STYLE, buddy_label, dialog_buttons, labelled_pane, message_label, sentence,
)
from briefing.ui.dialogs.import_model import ImportRows
from briefing.ui.dialogs.import_new_sources import NewSourcesPanel
from briefing.ui.dialogs.import_table import ATTRIBUTION, CANDIDATE, FLAGS, SOURCES, CandidateTable, SourcesDelegate
from briefing.ui.dialogs.import_text import SourceTextView, legend_html
from briefing.ui.dialogs.import_worker import SYNC_LIMIT, Extractor

DEBOUNCE_MS = 300            # re-extract once typing pauses, not on every keystroke
FILE_FILTER = "Sources (*.txt *.md *.markdown *.html *.htm *.docx);;All files (*)"
FINDING = "Finding the facts in the text…"
EMPTY = "Paste an article or report, or open a file, to see the facts it offers."
DUPLICATE = "⚠ This text is already in the library as “{title}”: its facts may be there already."

FileChooser = Callable[[QWidget], "Path | None"]


def choose_source_file(parent: QWidget) -> Path | None:
    """Ask for a source file with the system's file dialog; None when the user cancels."""
    name, _ = QFileDialog.getOpenFileName(parent, "Open a source", "", FILE_FILTER)
    return Path(name) if name else None


class ImportSourceDialog(QDialog):
    """Review the candidate facts of ``text`` (or of the file at ``path``) for ``briefing``.

    ``registry`` is the built-in source registry; the briefing's own sources are added to it.
    ``choose_file`` replaces the file dialog (tests pass a function returning a path). Texts
    longer than ``sync_limit`` characters are extracted on a worker thread; ``candidates_ready``
    is emitted whenever the table shows the candidates of the current text.
    """

    candidates_ready = Signal()

    def __init__(self, briefing: Briefing, registry: SourceRegistry, parent: QWidget | None = None, *,
                 text: str = "", path: Path | None = None, choose_file: FileChooser | None = None,
                 sync_limit: int = SYNC_LIMIT):
        super().__init__(parent)
        self.setObjectName("import_source_dialog")
        self.setWindowTitle("Import source")
        self._registry = briefing.registry(registry)
        self._documents = {document.text: document.title for document in briefing.documents.values()}
        self._choose_file = choose_file or choose_source_file
        self._text = ""              # the text the rows were found in
        self._stale = False          # the text changed and its candidates are not found yet
        self._title_follows_text = True
        self._syncing = False        # moving the caret and the selection together; do not echo

        self.rows = ImportRows(self._registry)
        self.extractor = Extractor(self._registry, self, sync_limit=sync_limit)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)

        self._build_widgets()
        self._lay_out()
        self._connect()
        self.resize(1240, 780)
        if path is not None:
            self.open_file(Path(path))
        elif text:
            self.set_text(text)
        self._refresh()

    # -- public ----------------------------------------------------------------------------
    def import_result(self) -> ImportResult:
        """The document and the facts of the ticked rows, as the fields say now.

        Named ``import_result`` because ``QDialog.result()`` already answers "accepted or not".
        """
        return build_import(
            self._text, self.rows.picks(), self._registry,
            title=self.title.text(), originator=self.originator.text(), published=self.published.value(),
            reference=self.reference.text(), new_sources=self.rows.new_sources(),
        )

    def set_text(self, text: str, reference: str | None = None) -> None:
        """Show ``text`` (as if pasted) and find its candidates; ``reference`` fills the Reference field."""
        self.text_view.set_source_text(text)
        if reference is not None:
            self.reference.setText(reference)
        self.extract_now()

    def open_file(self, path: Path) -> bool:
        """Read ``path`` and show its text; on failure show why, change nothing, and return False."""
        try:
            text = read_source(path)
        except SourceReadError as error:
            self.message.setText(sentence(str(error)))
            return False
        self.message.clear()
        self.set_text(text, reference=path.name)
        return True

    def extract_now(self) -> None:
        """Find the candidates of the text as it stands (at once if it is short, else on the worker)."""
        self._debounce.stop()
        self._stale = True
        self.text_view.clear_rows()
        self._refresh()
        self.extractor.request(self.text_view.source_text())

    def accept(self) -> None:
        if self._ready():
            super().accept()

    def done(self, result: int) -> None:
        self._debounce.stop()
        super().done(result)

    # -- building --------------------------------------------------------------------------
    def _build_widgets(self) -> None:
        self.open_button = QPushButton("&Open file…", self)
        self.open_button.setObjectName("open_file")
        self.open_button.setAutoDefault(False)   # Enter adds to the library, it does not open a file
        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.text_view = SourceTextView(self)
        self.legend = QLabel(legend_html(), self)
        self.legend.setObjectName("legend")

        self.model = CandidateTable(self.rows, self)
        self.table = QTableView(self)
        self.table.setObjectName("candidates")
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(SOURCES, SourcesDelegate(self.rows, self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(CANDIDATE, QHeaderView.ResizeMode.Stretch)
        # Sized to their contents once per extraction (see _fit_columns), not on every tick:
        # ResizeToContents would measure every row again after each change.
        for column in (SOURCES, ATTRIBUTION, FLAGS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        self.tick_all_button = QPushButton("Tick all", self)
        self.tick_all_button.setObjectName("tick_all")
        self.tick_all_button.setToolTip("Tick every candidate except junk (Ctrl+A)")
        self.untick_all_button = QPushButton("Untick all", self)
        self.untick_all_button.setObjectName("untick_all")
        self.untick_all_button.setToolTip("Untick every candidate (Ctrl+Shift+A)")
        for button in (self.tick_all_button, self.untick_all_button):
            button.setAutoDefault(False)

        self.title = self._line("title", "The headline, or the report's title")
        self.originator = self._line("originator", "Who issued it, as a citation names it: Yonhap, JCS, NIS…")
        self.published = OptionalDateEdit(None, name="published", parent=self)
        self.reference = self._line("reference", "URL, report number or file name")
        self.new_sources = NewSourcesPanel(self.rows, self)

        self.duplicate = QLabel(self)
        self.duplicate.setObjectName("duplicate_warning")
        self.duplicate.setWordWrap(True)
        self.duplicate.setStyleSheet(WARNING_STYLE)
        self.message = message_label(self)
        self.buttons = dialog_buttons(self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setDefault(True)

    def _line(self, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        return edit

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.open_button)
        top.addWidget(self.status, 1)
        top.addWidget(self.tick_all_button)
        top.addWidget(self.untick_all_button)

        text_side = labelled_pane(self, "Source &text:", self.text_view, self.legend)
        table_side = labelled_pane(self, "&Candidate facts (ticked ones are added):", self.table)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("splitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(text_side)
        splitter.addWidget(table_side)
        splitter.setSizes([460, 740])

        document_box = QGroupBox("Source document", self)
        form = QFormLayout(document_box)
        form.addRow(buddy_label(self, "T&itle:", self.title), self.title)
        form.addRow(buddy_label(self, "O&riginator:", self.originator), self.originator)
        form.addRow(buddy_label(self, "&Published:", self.published), self.published)
        form.addRow(buddy_label(self, "R&eference:", self.reference), self.reference)
        self.new_box = QGroupBox("New sources", self)
        new_layout = QVBoxLayout(self.new_box)
        new_layout.addWidget(self.new_sources)
        bottom = QHBoxLayout()
        bottom.addWidget(document_box, 1, Qt.AlignmentFlag.AlignTop)
        bottom.addWidget(self.new_box, 1, Qt.AlignmentFlag.AlignTop)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.duplicate)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def _connect(self) -> None:
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.tick_all_button.clicked.connect(lambda: self.model.tick_body(True))
        self.untick_all_button.clicked.connect(lambda: self.model.tick_body(False))
        self.text_view.edited.connect(self._on_text_view_edited)
        self.text_view.caret_moved.connect(self._on_text_view_caret_moved)
        self._debounce.timeout.connect(self.extract_now)
        self.extractor.finished.connect(self._on_extractor_finished)
        self.extractor.failed.connect(self._on_extractor_failed)
        self.model.changed.connect(self._on_model_changed)
        self.model.edit_refused.connect(self.message.setText)
        self.new_sources.changed.connect(self._on_new_sources_changed)
        self.new_sources.refused.connect(self.message.setText)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_row_changed)
        self.title.textEdited.connect(self._on_title_edited)
        # Space belongs to the table only while it has the focus, so a cell editor still types spaces.
        space = QShortcut(QKeySequence(Qt.Key.Key_Space), self.table, self._toggle_selected)
        space.setContext(Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence("Ctrl+A"), self, lambda: self.model.tick_body(True))
        QShortcut(QKeySequence("Ctrl+Shift+A"), self, lambda: self.model.tick_body(False))

    # -- slots -----------------------------------------------------------------------------
    def _on_open_button_clicked(self) -> None:
        path = self._choose_file(self)
        if path is not None:
            self.open_file(Path(path))

    def _on_text_view_edited(self) -> None:
        self.message.clear()
        self._stale = True
        self.text_view.clear_rows()
        self._debounce.start()
        self._refresh()

    def _on_extractor_finished(self, text: str, candidates: list) -> None:
        if text != self.text_view.source_text():
            return  # the user typed meanwhile; the debounce timer asks again
        current = self._current_row()
        self._text = text
        self.rows.load(candidates)
        self.model.reset()
        self._fit_columns()
        self._stale = False
        if self._title_follows_text:
            self.title.setText(default_title(text))
        self.new_sources.refresh()
        self._refresh()
        if current is not None and current < len(self.rows.rows):
            self._select_row(current)
        self.candidates_ready.emit()

    def _on_extractor_failed(self, message: str) -> None:
        self.message.setText(message)
        self._refresh()

    def _on_model_changed(self) -> None:
        self.new_sources.refresh()
        self._refresh()

    def _on_new_sources_changed(self) -> None:
        self.model.refresh()
        self._refresh()

    def _on_table_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._syncing and current.isValid() and not self._stale:
            self.text_view.scroll_to(self.rows.rows[current.row()].candidate.start)
        self._show_highlights()

    def _on_text_view_caret_moved(self, position: int) -> None:
        if self._stale or self._syncing:
            return
        row = self.rows.row_at(position)
        if row is not None and row != self._current_row():
            self._select_row(row)

    def _on_title_edited(self, text: str) -> None:
        # Once the user writes a title, a re-extraction must not overwrite it; clearing it hands it back.
        self._title_follows_text = not text.strip()

    # -- helpers ---------------------------------------------------------------------------
    def _toggle_selected(self) -> None:
        selected = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        if not selected and self._current_row() is not None:
            selected = [self._current_row()]
        if selected:
            self.model.set_ticked(selected, not all(self.rows.rows[i].ticked for i in selected))

    def _current_row(self) -> int | None:
        index = self.table.selectionModel().currentIndex()
        return index.row() if index.isValid() else None

    def _select_row(self, row: int) -> None:
        """Make ``row`` the table's current row, leaving the text's caret where it is."""
        self._syncing = True
        try:
            index = self.model.index(row, CANDIDATE)
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(index)
        finally:
            self._syncing = False

    def _fit_columns(self) -> None:
        # Measures each distinct text once: a few dozen strings even for a long article,
        # where the view's own resizeColumnToContents asks the model for every cell.
        metrics = self.table.fontMetrics()
        header = self.table.horizontalHeader()
        limit = metrics.horizontalAdvance("M") * 18
        for column in (SOURCES, ATTRIBUTION, FLAGS):
            texts = {self.model.index(row, column).data() or "" for row in range(self.model.rowCount())}
            widest = max((metrics.horizontalAdvance(text) for text in texts), default=0) + 3 * metrics.averageCharWidth()
            self.table.setColumnWidth(column, min(max(widest, header.sectionSizeHint(column)), limit))

    def _ready(self) -> bool:
        return not self._stale and not self.extractor.busy and bool(self._text.strip())

    def _show_highlights(self) -> None:
        if self._stale:
            self.text_view.clear_rows()
        else:
            self.text_view.show_rows(self.rows.rows, self.rows.known(), self._current_row())

    def _refresh(self) -> None:
        self._show_highlights()
        # Importing an article twice would put its facts in the library twice.
        earlier = self._documents.get(self._text) if not self._stale and self._text.strip() else None
        self.duplicate.setText(DUPLICATE.format(title=earlier) if earlier is not None else "")
        self.duplicate.setVisible(earlier is not None)
        self.new_box.setVisible(bool(self.rows.new) and not self._stale)
        ticked = len(self.rows.picks())
        if self._stale:
            self.status.setText(FINDING if self.text_view.source_text().strip() else EMPTY)
        elif not self._text.strip():
            self.status.setText(EMPTY)
        else:
            self.status.setText(self.rows.summary())
        ready = self._ready()
        if not ready:
            self.ok_button.setText("&Add to library")
        elif ticked == 0:
            self.ok_button.setText("&Add the document only")
        else:
            self.ok_button.setText(f"&Add {ticked} fact{'s' if ticked != 1 else ''} to library")
        self.ok_button.setEnabled(ready)
        self.tick_all_button.setEnabled(bool(self.rows.rows))
        self.untick_all_button.setEnabled(bool(self.rows.rows))
