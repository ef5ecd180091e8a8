"""Reading a JSON document from disk with one clear error for every way it can fail.

Both .brief files and template files are one JSON object each; this module reads the bytes, decodes
and parses them, and turns each failure (missing, a folder, unreadable, too large, not UTF-8,
empty, truncated, not JSON) into the caller's error type with the file, the place and what to do.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Callable

from briefing.errors import BriefingError

ErrorFactory = Callable[[Path | str, str, str], BriefingError]


def read_json(path: Path, error: ErrorFactory, *, kind: str, max_bytes: int, recovery: str) -> Any:
    """The parsed JSON of the file at ``path``.

    ``kind`` names what the file should be ("a .brief file"), ``recovery`` what to do when it is
    damaged ("Open a backup copy"); ``error(path, where, problem)`` builds the exception raised.
    """
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise error(path, "", f"the file is {size // 2**20} MB, more than {kind} can be "
                                  f"({max_bytes // 2**20} MB); check that it is {kind}")
        raw = path.read_bytes()
    except FileNotFoundError:
        raise error(path, "", "no such file; check the name and folder") from None
    except IsADirectoryError:
        raise error(path, "", f"this is a folder, not {kind}") from None
    except PermissionError:
        raise error(path, "", "permission denied; check that you may read the file") from None
    except OSError as exc:
        raise error(path, "", f"cannot be read ({exc.strerror or exc})") from None
    return parse_json(raw, path, error, kind=kind, recovery=recovery)


def parse_json(raw: bytes | str, path: Path | str, error: ErrorFactory, *, kind: str, recovery: str) -> Any:
    """Decode and parse ``raw``, the contents of ``path``, raising ``error`` on any failure."""
    if isinstance(raw, bytes):
        try:
            raw = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise error(path, f"byte {exc.start}", f"the file is not UTF-8 text; it is not {kind} "
                                                   "or it is damaged") from None
    if not raw.strip():
        raise error(path, "", f"the file is empty; it may have been truncated. {recovery}")
    try:
        return json.loads(raw)
    except json.JSONDecodeError as exc:
        # these files are one JSON object each: opened but never closed means the end was cut off
        truncated = raw.lstrip().startswith("{") and not raw.rstrip().endswith("}")
        hint = (f"the file ends too early; it may have been truncated. {recovery}" if truncated
                else f"this is not valid JSON ({exc.msg}); undo the hand edit or {recovery[0].lower()}{recovery[1:]}")
        raise error(path, f"line {exc.lineno}, column {exc.colno}", hint) from None
