"""The Checks panel: the problems a reviewer would flag, errors first, each with where it is.

The panel only shows problems it is given (:meth:`ChecksPanel.show_problems`); running the checks
and acting on an activated problem belong to :class:`briefing.ui.controllers.checks.ChecksController`.
"""
from __future__ import annotations

import enum
from typing import Mapping, Sequence

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractItemView, QApplication, QHeaderView, QLabel, QStackedWidget, QStyle, QTableView, QVBoxLayout, QWidget,
)

from briefing.checks import Problem, Severity
from briefing.domain import Briefing
from briefing.ui.headed_table import HeadedTableModel

PROBLEM_ROLE = Qt.ItemDataRole.UserRole + 1
_SEVERITY_TEXT = {Severity.ERROR: "Error", Severity.WARNING: "Warning"}
_SEVERITY_ICON = {Severity.ERROR: QStyle.StandardPixmap.SP_MessageBoxCritical,
                  Severity.WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning}


class Column(enum.IntEnum):
    SEVERITY = 0
    PROBLEM = 1
    WHERE = 2


def count_by_severity(problems: Sequence[Problem]) -> tuple[int, int]:
    """(errors, warnings) among ``problems``."""
    errors = sum(p.severity is Severity.ERROR for p in problems)
    return errors, len(problems) - errors


def plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def checks_title(problems: Sequence[Problem]) -> str:
    """The dock title: "Checks (2 errors, 3 warnings)"; a severity with no problems is left out."""
    errors, warnings = count_by_severity(problems)
    parts = [plural(n, noun) for n, noun in ((errors, "error"), (warnings, "warning")) if n]
    return f"Checks ({', '.join(parts) or 'no problems'})"


def problem_key(problem: Problem) -> tuple:
    """What identifies a problem across re-checks, even when its wording changes with the text it quotes."""
    return problem.code, problem.section_id, problem.block_id, problem.fact_id


def location(problem: Problem, headings: Mapping[str, str]) -> str:
    """Where the problem is, in the user's words: its section's heading (``headings`` maps section
    ids to headings), the fact library, or the check's own ``where`` (e.g. the briefing properties)."""
    heading = headings.get(problem.section_id) if problem.section_id else None
    if heading is not None:
        return f"Section “{heading}”"
    if problem.fact_id is not None:
        return "Fact library"
    return problem.where[:1].upper() + problem.where[1:] if problem.where else "Briefing"


def section_headings(briefing: Briefing) -> dict[str, str]:
    """Every section's heading by id, looked up once per refresh rather than once per problem."""
    return {section.id: section.heading for section, _ in briefing.walk_sections()}


class ProblemTableModel(HeadedTableModel):
    """One row per problem, in the order given (the checks put errors first)."""

    HEADERS = ("", "Problem", "Where")  # in Column order

    def __init__(self, parent=None):
        super().__init__(parent)
        self._problems: list[Problem] = []
        self._where: list[str] = []
        self._icons: dict[Severity, QIcon] = {}

    def set_problems(self, problems: Sequence[Problem], briefing: Briefing) -> bool:
        """Show ``problems``; False (and no reset, so the view keeps its state) when nothing changed."""
        headings = section_headings(briefing)
        where = [location(p, headings) for p in problems]
        if list(problems) == self._problems and where == self._where:
            return False
        self.beginResetModel()
        self._problems, self._where = list(problems), where
        self.endResetModel()
        return True

    @property
    def problems(self) -> list[Problem]:
        return list(self._problems)

    def problem_at(self, row: int) -> Problem:
        return self._problems[row]

    def row_of(self, key: tuple) -> int | None:
        return next((row for row, p in enumerate(self._problems) if problem_key(p) == key), None)

    def _icon(self, severity: Severity) -> QIcon:
        if severity not in self._icons:
            self._icons[severity] = QApplication.style().standardIcon(_SEVERITY_ICON[severity])
        return self._icons[severity]

    # -- Qt model API ----------------------------------------------------------------------
    def row_count(self) -> int:
        return len(self._problems)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        problem = self._problems[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if column is Column.SEVERITY:
                return _SEVERITY_TEXT[problem.severity]
            if column is Column.PROBLEM:
                return problem.message[:1].upper() + problem.message[1:]
            return self._where[index.row()]
        if role == Qt.ItemDataRole.DecorationRole and column is Column.SEVERITY:
            return self._icon(problem.severity)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{_SEVERITY_TEXT[problem.severity]} ({problem.code}) in {self._where[index.row()]}:\n" \
                   f"{problem.message}\nDouble-click or press Enter to go there."
        if role == PROBLEM_ROLE:
            return problem
        return None


class ChecksPanel(QWidget):
    """The list of problems, or a line saying there are none. ``problem_activated`` fires on a
    double-click or Enter on a problem."""

    problem_activated = Signal(object)      # the Problem

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("checks")
        self.model = ProblemTableModel(self)
        self.view = QTableView()
        self.view.setObjectName("checks-table")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.setShowGrid(False)
        self.view.setAlternatingRowColors(True)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        metrics = self.view.fontMetrics()
        header.setSectionResizeMode(Column.SEVERITY, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(Column.SEVERITY, metrics.horizontalAdvance("Warning") + 40)
        header.setSectionResizeMode(Column.PROBLEM, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(Column.WHERE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(Column.WHERE, metrics.horizontalAdvance("Section “Arms transfers and cooperation”") + 16)
        self.view.activated.connect(self._on_view_activated)
        self.empty = QLabel("No sourcing problems found: nothing a reviewer would flag.")
        self.empty.setObjectName("checks-empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setEnabled(False)
        self._stack = QStackedWidget()
        self._stack.addWidget(self.view)
        self._stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self._stack)

    @property
    def problems(self) -> list[Problem]:
        return self.model.problems

    def show_problems(self, problems: Sequence[Problem], briefing: Briefing) -> None:
        """Show ``problems`` of ``briefing``; the selected problem stays selected while it is still found."""
        selected = self.selected_problem()
        if self.model.set_problems(problems, briefing) and selected is not None:
            row = self.model.row_of(problem_key(selected))
            if row is not None:
                self.select_row(row)
        self._stack.setCurrentWidget(self.view if problems else self.empty)

    # -- selection -------------------------------------------------------------------------
    def selected_problem(self) -> Problem | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.problem_at(rows[0].row()) if rows else None

    def select_row(self, row: int) -> None:
        index = self.model.index(row, Column.PROBLEM)
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.view.scrollTo(index)

    def focus_list(self) -> None:
        """Give the list the keyboard focus, with a problem selected so Enter goes to it (no-op when empty)."""
        if not self.model.rowCount():
            return
        if self.selected_problem() is None:
            self.select_row(0)
        self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _on_view_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.problem_activated.emit(self.model.problem_at(index.row()))
