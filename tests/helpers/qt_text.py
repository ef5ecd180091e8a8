"""Read what a Qt text widget shows the user: which characters carry a highlight."""
from __future__ import annotations


def highlighted_text(text_edit) -> str:
    """The characters of ``text_edit`` drawn with a background colour, as one string.

    Highlighted runs in different paragraphs are joined with a line break, as the user reads them.
    """
    pieces: list[str] = []
    last_end = None
    block = text_edit.document().begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            if fragment.charFormat().hasProperty(fragment.charFormat().Property.BackgroundBrush):
                if last_end is not None and fragment.position() != last_end:
                    pieces.append("\n")
                pieces.append(fragment.text())
                last_end = fragment.position() + fragment.length()
            fragments += 1
        block = block.next()
    return "".join(pieces)


def commit_text(widget, text: str) -> None:
    """Type ``text`` into ``widget`` the way a Korean input method does: one committed string.

    QTest's key clicks only know Latin-1 keys, and Hangul never arrives as key presses anyway.
    """
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)
