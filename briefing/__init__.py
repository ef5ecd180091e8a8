"""Briefing: write sourced briefing documents offline, with every fact tied to the source that said it."""

__version__ = "0.1.0"
