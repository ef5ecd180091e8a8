"""Write a file so that the old version survives any failure: temporary file, fsync, rename."""
from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path
from typing import BinaryIO, Callable, Iterator

from briefing.errors import BriefingError


def _process_umask() -> int:
    umask = os.umask(0)  # the only way to read it is to set it, so this runs once, at import
    os.umask(umask)
    return umask


# Read while the process starts, never during a save: exports save from worker threads, and setting
# the mask to 0 even for an instant would give files another thread creates then world-write access.
_UMASK = _process_umask()


class WriteError(BriefingError):
    """A file could not be written; any file already at the path is unchanged."""


@contextlib.contextmanager
def atomic_writer(path: Path) -> Iterator[BinaryIO]:
    """Yield a binary file that replaces ``path`` only when the block finishes without error.

    The data goes to a temporary file in the same folder (so the rename stays on one file
    system), is flushed and fsynced, then renamed over ``path``. On any exception the
    temporary file is removed and ``path`` is left as it was.
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except FileNotFoundError:
        raise WriteError(f"cannot write {path}: the folder {folder} does not exist; choose an existing folder") from None
    except PermissionError:
        raise WriteError(f"cannot write {path}: the folder {folder} is not writable; choose another folder") from None
    except OSError as exc:
        raise WriteError(f"cannot write {path}: {exc.strerror or exc}; choose another location") from None
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        if path.exists():
            # keep the permissions the user gave the old file
            with contextlib.suppress(OSError):
                os.chmod(tmp, path.stat().st_mode & 0o7777)
        else:
            with contextlib.suppress(OSError):
                os.chmod(tmp, 0o666 & ~_UMASK)
        try:
            os.replace(tmp, path)
        except IsADirectoryError:
            raise WriteError(f"cannot write {path}: it is a folder; choose a file name") from None
        except PermissionError:
            raise WriteError(f"cannot write {path}: the file is locked or read-only; close it elsewhere or choose another name") from None
        except OSError as exc:
            raise WriteError(f"cannot write {path}: {exc.strerror or exc}; choose another location") from None
        _fsync_folder(folder)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def write_atomically(path: Path, data: bytes | Callable[[BinaryIO], None]) -> None:
    """Replace ``path`` with ``data`` (bytes, or a function that writes to the file) atomically."""
    with atomic_writer(path) as handle:
        if callable(data):
            data(handle)
        else:
            handle.write(data)


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable where the platform allows it."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
