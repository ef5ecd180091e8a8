"""Sourcing checks in the window: re-run after edits, shown in the Checks panel, and a problem
activated there takes the user to the bullet, section or fact it is about.

The checks run on the UI thread: on a 1,000-fact briefing they take about 2 ms (see
``tests/benchmarks/bench_checks.py``), far less than a frame, so a worker thread and a snapshot
would cost more than they save. They wait for a pause in editing (``Services.checks_delay_ms``,
restarted by every edit) so the list does not churn while the user types.
"""
from __future__ import annotations

from typing import Mapping

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QDockWidget, QWidget

from briefing.checks import Problem, check_briefing
from briefing.ui.actions import ActionId, ActionRegistry
from briefing.ui.changes import Change
from briefing.ui.document import Document
from briefing.ui.panels.checks import ChecksPanel, checks_title
from briefing.ui.panels.fact_library import FactLibraryPanel
from briefing.ui.panels.outline import OutlinePanel
from briefing.ui.services import Services
from briefing.ui.workspace import Workspace

# what the checks call a problem with the title block (no section, block or fact to point at)
PROPERTIES_WHERE = "briefing properties"


class ChecksController(QObject):
    """Keeps ``panel`` (in ``docks["checks"]``) showing the current document's problems and owns the
    Check Briefing action. ``docks`` also holds the "outline" and "library" docks, raised when a
    problem takes the user there."""

    status = Signal(str)
    checked = Signal(object)        # the list of Problems, after every run

    def __init__(self, workspace: Workspace, services: Services, actions: ActionRegistry, panel: ChecksPanel,
                 library: FactLibraryPanel, outline: OutlinePanel, docks: Mapping[str, QDockWidget],
                 window: QWidget):
        super().__init__(window)
        self._workspace, self._actions = workspace, actions
        self._panel, self._library, self._outline, self._docks = panel, library, outline, docks
        self._document: Document | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(services.checks_delay_ms)
        self._timer.timeout.connect(self.run)
        actions.connect(ActionId.CHECK_BRIEFING, self.show_problems)
        panel.problem_activated.connect(self.go_to)
        workspace.document_replaced.connect(self._follow)
        self._follow(workspace.document)

    @property
    def is_current(self) -> bool:
        """Whether the panel shows the problems of the briefing as it is now."""
        return not self._timer.isActive()

    def _follow(self, document: Document) -> None:
        if self._document is not None:
            self._document.changed.disconnect(self._on_document_changed)
        self._document = document
        document.changed.connect(self._on_document_changed)
        self.run()

    def _on_document_changed(self, _change: Change) -> None:
        self._timer.start()         # restarted by every edit of a burst

    # -- running ---------------------------------------------------------------------------
    def run(self) -> list[Problem]:
        """Check the briefing now and show what was found."""
        self._timer.stop()
        document = self._workspace.document
        problems = check_briefing(document.briefing, document.registry)
        self._panel.show_problems(problems, document.briefing)
        self._docks["checks"].setWindowTitle(checks_title(problems))
        self.checked.emit(problems)
        return problems

    def show_problems(self) -> None:
        """Check now, show the panel and give it the keyboard focus (Check Briefing, F7)."""
        self.run()
        self._raise("checks")
        self._panel.focus_list()

    def show_errors(self) -> None:
        """Like :meth:`show_problems`, with the first error selected (the user chose to see the errors
        that held up an export)."""
        problems = self.run()
        if problems:
            self._panel.select_row(0)       # errors come first
        self._raise("checks")
        self._panel.focus_list()

    # -- going to a problem ----------------------------------------------------------------
    def go_to(self, problem: Problem) -> None:
        """Select what ``problem`` is about: its bullet or section in the outline (a bullet's fact is
        selected in the library too, ready for Edit Fact), a fact in the library, or the briefing's
        properties for the title block."""
        briefing = self._workspace.document.briefing
        if problem.block_id is not None or problem.section_id is not None:
            ident = problem.block_id or problem.section_id
            found = briefing.find_block(ident) if problem.block_id else briefing.find_section(ident)
            if found is None:
                self._gone()
                return
            if problem.fact_id in briefing.facts:
                self._library.select_fact(problem.fact_id)
            self._raise("outline")
            self._outline.view.setFocus(Qt.FocusReason.OtherFocusReason)
            self._outline.select(ident)
        elif problem.fact_id is not None:
            if problem.fact_id not in briefing.facts:
                self._gone()
                return
            self._raise("library")
            self._library.view.setFocus(Qt.FocusReason.OtherFocusReason)
            self._library.select_fact(problem.fact_id)
        elif problem.where == PROPERTIES_WHERE:
            self._actions[ActionId.PROPERTIES].trigger()
        else:
            self.status.emit("This problem concerns the briefing as a whole: " + problem.message)

    def _gone(self) -> None:
        self.status.emit("That item is no longer in the briefing; the list of problems is now up to date.")
        self.run()

    def _raise(self, name: str) -> None:
        dock = self._docks[name]
        dock.show()
        dock.raise_()
