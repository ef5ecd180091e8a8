"""Recovery files: unsaved work written aside so that a crash or a killed process loses nothing.

Each running window writes one recovery file, ``<session>.recovery``, in the recovery folder:
a one-line JSON header (original path, title, time) followed by the briefing in .brief format.
A lock file held while the session runs tells the next start which recovery files belong to
sessions that are gone (Qt's QLockFile detects a lock whose process has died).
"""
from __future__ import annotations

import json
import os
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QLockFile

from briefing.domain import Briefing, SourceRegistry
from briefing.storage import BriefFileError, loads, write_atomically

SUFFIX = ".recovery"
HEADER = "briefing-recovery"


@dataclass(frozen=True)
class RecoveryEntry:
    """A recovery file left by a session that did not close cleanly."""

    file: Path
    original: Path | None
    title: str
    written: str


class RecoveryStore:
    """The recovery folder. ``folder`` is created when first written to."""

    def __init__(self, folder: Path, session: str | None = None):
        self.folder = Path(folder)
        self.session = session or f"{os.getpid()}-{uuid.uuid4().hex[:8]}"
        self._lock: QLockFile | None = None

    @classmethod
    def default(cls) -> "RecoveryStore":
        """The user's state folder (``~/.local/state/Briefing/recovery`` on Linux)."""
        import platformdirs

        return cls(platformdirs.user_state_path("Briefing", appauthor=False) / "recovery")

    @property
    def own_file(self) -> Path:
        return self.folder / f"{self.session}{SUFFIX}"

    def _lock_path(self, session: str) -> Path:
        return self.folder / f"{session}.lock"

    def _hold_lock(self) -> None:
        if self._lock is None:
            self.folder.mkdir(parents=True, exist_ok=True)
            self._lock = QLockFile(str(self._lock_path(self.session)))
            self._lock.setStaleLockTime(0)
            self._lock.tryLock(0)

    # -- this session ------------------------------------------------------------------------
    def write(self, brief_text: str, original: Path | None, title: str) -> None:
        """Replace this session's recovery file atomically (safe to call from a worker thread)."""
        self._hold_lock()
        header = {"format": HEADER, "original": str(original) if original else None, "title": title,
                  "written": datetime.now().isoformat(timespec="seconds")}
        write_atomically(self.own_file, (json.dumps(header, ensure_ascii=False) + "\n" + brief_text).encode("utf-8"))

    def remove_own(self) -> None:
        """Nothing unsaved any more: remove this session's recovery file."""
        self.own_file.unlink(missing_ok=True)

    def close(self) -> None:
        """A clean end of the session: remove its recovery file and release its lock."""
        self.remove_own()
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None

    # -- sessions that are gone --------------------------------------------------------------
    def pending(self) -> list[RecoveryEntry]:
        """Recovery files of sessions that ended without closing cleanly, newest first."""
        if not self.folder.is_dir():
            return []
        entries = []
        for file in self.folder.glob(f"*{SUFFIX}"):
            session = file.name[:-len(SUFFIX)]
            if session == self.session or self._alive(session):
                continue
            header = self._header(file)
            if header is None:
                continue
            original = header.get("original")
            entries.append(RecoveryEntry(file, Path(original) if original else None,
                                         str(header.get("title") or "Untitled briefing"), str(header.get("written"))))
        return sorted(entries, key=lambda e: e.written, reverse=True)

    def _alive(self, session: str) -> bool:
        lock = QLockFile(str(self._lock_path(session)))
        lock.setStaleLockTime(0)        # judge by whether the holder still runs, never by the lock's age
        if lock.tryLock(0):             # nobody holds it (or its holder died): the session is gone
            lock.unlock()
            return False
        return lock.error() == QLockFile.LockError.LockFailedError

    def _header(self, file: Path) -> dict | None:
        try:
            with file.open("r", encoding="utf-8") as handle:
                header = json.loads(handle.readline())
        except (OSError, ValueError):
            return None
        return header if isinstance(header, dict) and header.get("format") == HEADER else None

    def load(self, entry: RecoveryEntry, registry: SourceRegistry) -> Briefing:
        """The briefing in ``entry``; raises BriefFileError if the recovery file is damaged."""
        try:
            text = entry.file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise BriefFileError(entry.file, "", f"the recovery file cannot be read ({exc})") from None
        return loads(text.split("\n", 1)[1] if "\n" in text else "", entry.file, registry)

    def discard(self, entry: RecoveryEntry) -> None:
        entry.file.unlink(missing_ok=True)
        self._lock_path(entry.file.name[:-len(SUFFIX)]).unlink(missing_ok=True)
