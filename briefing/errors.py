"""The base of every error the user may see: one message saying what, where and what to do."""
from __future__ import annotations


class BriefingError(Exception):
    """An error caused by the user's input, reported as one clear line and never as a traceback."""
