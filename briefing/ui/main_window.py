"""The main window: lays out the panels as docks around the preview and wires controllers to actions.

It holds no editing logic itself: controllers (``briefing/ui/controllers``) act on the workspace,
undo commands change the document, and panels follow change notices.
"""
from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import QDockWidget, QMainWindow, QProgressBar, QWidget

from briefing.ui.actions import ActionId, ActionRegistry, Scope, UiState
from briefing.ui.autosave import Autosaver
from briefing.ui.changes import Change
from briefing.ui.controllers.checks import ChecksController
from briefing.ui.controllers.export import ExportController
from briefing.ui.controllers.files import FileController
from briefing.ui.controllers.history import HistoryController
from briefing.ui.controllers.library import LibraryController
from briefing.ui.controllers.outline import OutlineController
from briefing.ui.controllers.templates import TemplateController
from briefing.ui.document import Document
from briefing.ui.menus import build_menus
from briefing.ui.panels.block_editor import BlockEditor
from briefing.ui.panels.checks import ChecksPanel
from briefing.ui.panels.fact_library import FactLibraryPanel
from briefing.ui.panels.outline import OutlinePanel
from briefing.ui.panels.preview_panel import PreviewPanel
from briefing.ui.preview.controller import PreviewController
from briefing.ui.services import Services
from briefing.ui.workers import Worker
from briefing.ui.workspace import Workspace

GEOMETRY_KEY, STATE_KEY = "window/geometry", "window/state"
STATE_VERSION = 1
STATUS_MS = 5000


class MainWindow(QMainWindow):
    """One briefing being edited. ``services`` supplies settings, recovery, dialogs and prompts."""

    def __init__(self, services: Services, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("main-window")
        self.services = services
        self.workspace = Workspace(document, self)
        self.actions = ActionRegistry(self)

        self.library = FactLibraryPanel(document)
        self.outline = OutlinePanel(document)
        self.editor = BlockEditor(document)
        self.preview = PreviewPanel(services.open_url)
        self.checks = ChecksPanel()
        self.setCentralWidget(self.preview)
        self._docks = {
            "library": self._dock("Fact library", "dock-library", self.library, Qt.DockWidgetArea.LeftDockWidgetArea),
            "outline": self._dock("Outline", "dock-outline", self.outline, Qt.DockWidgetArea.RightDockWidgetArea),
            "editor": self._dock("Editor", "dock-editor", self.editor, Qt.DockWidgetArea.RightDockWidgetArea),
            "checks": self._dock("Checks", "dock-checks", self.checks, Qt.DockWidgetArea.BottomDockWidgetArea),
        }
        # the outline and editor run the full height; the checks sit under the library and the preview,
        # wide enough for their messages, like an IDE's problems list
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        for action in self.actions.scoped(Scope.LIBRARY):
            self.library.add_panel_action(action)
        for action in self.actions.scoped(Scope.OUTLINE):
            self.outline.add_panel_action(action)
        self.library.view.addAction(self.actions[ActionId.ADD_TO_OUTLINE])

        self.preview_worker = Worker("preview-worker", self)
        self.io_worker = Worker("autosave-worker", self)
        self.export_worker = Worker("export-worker", self)
        self.preview_controller = PreviewController(self.preview.framed, self.preview.show_markdown,
                                                    self.preview_worker, services.preview_delay_ms, self)
        self.files = FileController(self.workspace, services, self.actions, self)
        self.exports = ExportController(self.workspace, services, self.actions, self.export_worker, self)
        self.library_controller = LibraryController(self.workspace, services, self.actions, self.library,
                                                    self.outline, self)
        self.outline_controller = OutlineController(self.workspace, self.actions, self.outline, self)
        self.history = HistoryController(self.workspace, self.actions, self)
        self.templates = TemplateController(self.workspace, services, self.actions, self.files, self)
        self.checks_controller = ChecksController(self.workspace, services, self.actions, self.checks, self.library,
                                                  self.outline, self._docks, self)
        self.exports.problems_requested.connect(self.checks_controller.show_errors)
        self.checks_controller.status.connect(lambda text: self.statusBar().showMessage(text, STATUS_MS))
        self.autosaver = Autosaver(self.workspace, services.recovery, self.io_worker, services.autosave_delay_ms,
                                   self)
        self.actions.connect(ActionId.CLOSE, self.close)
        self.actions.connect(ActionId.QUIT, self.close)
        build_menus(self, self.actions, self.files.recent_menu, self._docks.values(),
                    {"word-notes": self.exports.notes_menu})
        self._progress = QProgressBar()
        self._progress.setMaximumWidth(200)
        self._progress.hide()
        self.statusBar().addPermanentWidget(self._progress)

        for controller in (self.files, self.library_controller, self.outline_controller):
            controller.status.connect(lambda text: self.statusBar().showMessage(text, STATUS_MS))
        self.templates.status.connect(lambda text: self.statusBar().showMessage(text, STATUS_MS))
        self.templates.briefing_created.connect(self._on_templates_briefing_created)
        self.exports.started.connect(self._on_exports_started)
        self.exports.progressed.connect(self._on_exports_progressed)
        self.exports.finished.connect(self._on_exports_finished)
        self.exports.failed.connect(lambda _message: self._progress.hide())
        self.autosaver.failed.connect(lambda text: self.statusBar().showMessage(text, STATUS_MS))
        self.preview_controller.failed.connect(lambda text: self.statusBar().showMessage(text, STATUS_MS))
        self.outline_controller.text_block_added.connect(lambda _: self.editor.text.setFocus())
        self.library.selection_changed.connect(self._on_library_selection_changed)
        self.outline.selection_changed.connect(self._update_actions)
        self.outline.item_selected.connect(self._on_outline_item_selected)
        self.workspace.document_replaced.connect(self._on_workspace_document_replaced)

        self._restore_layout()
        self._follow(document)

    def _dock(self, title: str, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    @property
    def document(self) -> Document:
        return self.workspace.document

    # -- following the document ------------------------------------------------------------
    def _on_workspace_document_replaced(self, document: Document) -> None:
        self.library.set_document(document)
        self.outline.set_document(document)
        self.editor.set_document(document)
        self._follow(document)

    def _follow(self, document: Document) -> None:
        document.modified_changed.connect(self._update_title)
        document.path_changed.connect(self._update_title)
        document.changed.connect(self._on_document_changed)
        self.preview_controller.set_document(document)
        self._update_title()
        self._update_actions()

    def _update_title(self, *_args) -> None:
        self.setWindowTitle(f"{self.document.display_name}[*] — Briefing")
        self.setWindowModified(self.document.modified)

    def _on_document_changed(self, change: Change) -> None:
        # What actions are enabled depends on the selection and the outline's shape, never on
        # wording: typing must not walk the outline on every keystroke to find that out.
        if change.touches_outline_shape or change.library:
            self._update_actions()

    def _update_actions(self, *_args) -> None:
        kind = self.outline.current_kind()
        self.actions.update_enabled(UiState(
            facts_selected=len(self.library.selected_fact_ids()),
            outline_kind=kind,
            outline_selected=len(self.outline.selected_ids()),
            has_sections=bool(self.document.briefing.sections),
            can_move_up=self.outline_controller.move_target(-1) is not None,
            can_move_down=self.outline_controller.move_target(+1) is not None,
        ))

    def _on_library_selection_changed(self) -> None:
        self._update_actions()
        fact_id = self.library.current_fact_id()
        if fact_id is not None and self.library.view.hasFocus():
            self.editor.show_fact(fact_id)

    def _on_templates_briefing_created(self) -> None:
        """Start where the writing starts: the first section, with its guidance in the editor."""
        sections = self.document.briefing.sections
        if sections:
            self.outline.select(sections[0].id)

    def _on_outline_item_selected(self, ident: str | None) -> None:
        self.editor.show_item(ident)
        if ident is not None:
            self.preview.scroll_to(ident)

    # -- exports in the status bar ---------------------------------------------------------
    def _on_exports_started(self, text: str) -> None:
        self._progress.setRange(0, 0)
        self._progress.show()
        self.statusBar().showMessage(text)

    def _on_exports_progressed(self, done: int, total: int) -> None:
        self._progress.setRange(0, max(total, 1))
        self._progress.setValue(done)

    def _on_exports_finished(self, path) -> None:
        self._progress.hide()
        self.statusBar().showMessage(f"Exported {path}", STATUS_MS)

    # -- layout and closing ----------------------------------------------------------------
    def _restore_layout(self) -> None:
        settings = self.services.settings
        geometry, state = settings.value(GEOMETRY_KEY), settings.value(STATE_KEY)
        if isinstance(geometry, QByteArray) and self.restoreGeometry(geometry) and isinstance(state, QByteArray) \
                and self.restoreState(state, STATE_VERSION):
            self._fit_to_screen()
            return
        self.resize(1560, 940)
        self._fit_to_screen()
        self.resizeDocks([self._docks["library"], self._docks["outline"]], [640, 400], Qt.Orientation.Horizontal)
        self.resizeDocks([self._docks["outline"], self._docks["editor"]], [440, 440], Qt.Orientation.Vertical)
        self.resizeDocks([self._docks["checks"]], [170], Qt.Orientation.Vertical)

    def _fit_to_screen(self) -> None:
        """Keep the window inside the screen it opens on: a layout saved on a larger monitor, or the
        default size on a small laptop screen, would otherwise put panels out of reach."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        available = screen.availableGeometry()
        if self.width() > available.width() or self.height() > available.height():
            self.resize(min(self.width(), available.width()), min(self.height(), available.height()))
        frame = self.frameGeometry()
        x = min(max(frame.left(), available.left()), max(available.left(), available.right() - frame.width() + 1))
        y = min(max(frame.top(), available.top()), max(available.top(), available.bottom() - frame.height() + 1))
        if (x, y) != (frame.left(), frame.top()):
            self.move(x, y)

    def save_layout(self) -> None:
        self.services.settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        self.services.settings.setValue(STATE_KEY, self.saveState(STATE_VERSION))
        self.services.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.exports.running or not self.files.may_discard():
            if self.exports.running:
                self.statusBar().showMessage("An export is still running; close when it has finished.", STATUS_MS)
            event.ignore()
            return
        self.save_layout()
        self.preview_worker.wait()
        self.autosaver.shutdown()
        event.accept()
