"""The one exception the domain raises when a value breaks its rules."""
from __future__ import annotations

from briefing.errors import BriefingError


class ValidationError(BriefingError, ValueError):
    """A value breaks a rule of the briefing model.

    The message is written for the user: what is wrong and what to do about it.
    """
