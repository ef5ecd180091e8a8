"""The preview's text browser: loads nothing, opens only web and mail links, and only on a click."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QTextBrowser, QWidget

OPENABLE_SCHEMES = ("http", "https", "mailto")


class SafeTextBrowser(QTextBrowser):
    """A QTextBrowser that never fetches a resource (images, style sheets, files, network).

    Clicking an in-page link scrolls to it; clicking an http, https or mailto link passes it to
    ``open_url`` (QDesktopServices.openUrl in the app); anything else is ignored.
    """

    def __init__(self, open_url: Callable[[QUrl], object], parent: QWidget | None = None):
        super().__init__(parent)
        self._open_url = open_url
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._on_anchor_clicked)

    def loadResource(self, kind: int, url: QUrl) -> object:  # noqa: N802 (Qt's name)
        return None

    def _on_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() in OPENABLE_SCHEMES:
            self._open_url(url)
        elif not url.scheme() and url.fragment():
            self.scrollToAnchor(url.fragment())
