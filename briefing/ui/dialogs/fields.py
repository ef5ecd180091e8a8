"""Small pieces the dialogs share: their button rows, field labels and message lines, a date the user may leave
unset, and a grade picker.

Each widget reads and writes plain Python values (``date``, ``datetime``, ``Reliability``...) so
the dialogs never pass Qt types to the domain. ``None`` always means "not set".
"""
from __future__ import annotations

import enum
from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateEdit, QDateTimeEdit, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout,
    QWidget,
)

DATE_FORMAT = "yyyy-MM-dd"
DATE_TIME_FORMAT = "yyyy-MM-dd HH:mm"
ERROR_STYLE = "color: #b00020;"
WARNING_COLOUR = "#8a5300"  # amber: something the user may want to look at, not an error
WARNING_STYLE = f"color: {WARNING_COLOUR};"


def dialog_buttons(dialog: QDialog, accept: QDialogButtonBox.StandardButton = QDialogButtonBox.StandardButton.Ok,
                   *, name: str = "buttons") -> QDialogButtonBox:
    """The dialog's ``accept`` and Cancel buttons, wired to accept and reject it."""
    buttons = QDialogButtonBox(accept | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.setObjectName(name)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def message_label(parent: QWidget, text: str = "", *, name: str = "message") -> QLabel:
    """The line where a dialog says what is wrong: plain text (it may quote the user's), wrapped, in red."""
    label = QLabel(text, parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet(ERROR_STYLE)
    return label


def buddy_label(parent: QWidget, text: str, buddy: QWidget) -> QLabel:
    """A field's label whose mnemonic ("&Title") moves the focus to ``buddy``."""
    label = QLabel(text, parent)
    label.setBuddy(buddy)
    return label


def labelled_pane(parent: QWidget, text: str, main: QWidget, *below: QWidget) -> QWidget:
    """A pane of ``main`` under its label (whose mnemonic focuses it), taking the height, then ``below``."""
    pane = QWidget(parent)
    layout = QVBoxLayout(pane)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(buddy_label(pane, text, main))
    layout.addWidget(main, 1)
    for widget in below:
        layout.addWidget(widget)
    return pane


def sentence(message: str) -> str:
    """A domain message ("source code 'x' is not valid: ...") as a sentence to show in a dialog."""
    message = message.strip()
    if not message:
        return message
    message = message[0].upper() + message[1:]
    return message if message.endswith((".", "!", "?")) else message + "."


class OptionalDateEdit(QWidget):
    """A date, or a date and time, with a "Not set" box beside it.

    ``value()`` is None while "Not set" is ticked. A value the user has not touched comes back as
    the very object it was given, so seconds and time zones the editor does not show survive.
    """

    changed = Signal()

    def __init__(self, value: date | datetime | None, *, with_time: bool = False, name: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self._with_time = with_time
        if with_time:
            self.edit: QDateTimeEdit = QDateTimeEdit(self)
            self.edit.setDisplayFormat(DATE_TIME_FORMAT)
        else:
            self.edit = QDateEdit(self)
            self.edit.setDisplayFormat(DATE_FORMAT)
        self.edit.setObjectName(f"{name}_edit")
        self.edit.setCalendarPopup(True)
        self.not_set = QCheckBox("Not set", self)
        self.not_set.setObjectName(f"{name}_not_set")

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.not_set)

        self.set_value(value)
        self.edit.dateTimeChanged.connect(self.changed)
        self.not_set.toggled.connect(self._on_not_set_toggled)

    def value(self) -> date | datetime | None:
        if self.not_set.isChecked():
            return None
        shown = self.edit.dateTime()
        if self._original is not None and shown == self._shown_original:
            return self._original
        if not self._with_time:
            return self.edit.date().toPython()
        result = shown.toPython().replace(second=0, microsecond=0)
        if isinstance(self._original, datetime) and self._original.tzinfo is not None:
            result = result.replace(tzinfo=self._original.tzinfo)
        return result

    def set_value(self, value: date | datetime | None) -> None:
        self._original = value
        self._shown_original = self._show(value)  # as the edit holds it, which may drop what it cannot show

    def _show(self, value: date | datetime | None) -> QDateTime:
        # An unset value still shows a sensible date (now), ready for when the user unticks "Not set".
        if value is None:
            shown = QDateTime.currentDateTime() if self._with_time else QDateTime(QDate.currentDate(), self.edit.time())
        elif isinstance(value, datetime):
            shown = QDateTime(value.replace(tzinfo=None))
        else:
            shown = QDateTime(QDate(value.year, value.month, value.day), self.edit.time())
        self.edit.setDateTime(shown)
        self.not_set.setChecked(value is None)
        self._sync_enabled()
        return self.edit.dateTime()

    def _on_not_set_toggled(self, _checked: bool) -> None:
        self._sync_enabled()
        self.changed.emit()

    def _sync_enabled(self) -> None:
        unset = self.not_set.isChecked()
        self.edit.setEnabled(not unset)
        # A label's mnemonic should land somewhere useful: the box while the date is off, else the date.
        self.setFocusProxy(self.not_set if unset else self.edit)


class EnumCombo(QComboBox):
    """A choice among an enum's members, and "not set" when ``none_text`` is given.

    Members with a ``meaning`` read "B — Usually reliable"; others show their value, capitalised."""

    changed = Signal()

    def __init__(self, members: list[enum.Enum], *, none_text: str | None, name: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        # Members are looked up by index: Qt would turn a str-based enum stored as item data into a plain str.
        self._members: list[enum.Enum | None] = [] if none_text is None else [None]
        self._members += members
        if none_text is not None:
            self.addItem(none_text)
        for member in members:
            meaning = getattr(member, "meaning", "")
            self.addItem(f"{member.value} — {meaning}" if meaning else str(member.value).capitalize())
        self.currentIndexChanged.connect(self.changed)

    def value(self) -> enum.Enum | None:
        index = self.currentIndex()
        return self._members[index] if 0 <= index < len(self._members) else None

    def set_value(self, value: enum.Enum | None) -> None:
        self.setCurrentIndex(self._members.index(value) if value in self._members else 0)
