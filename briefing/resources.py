"""Where the files that ship with Briefing live: resources/ (styles, icons, the example) and templates/."""
from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "resources"
BUILTIN_TEMPLATES = ROOT / "templates"
EXAMPLE_BRIEFING = RESOURCES / "example" / "north-korean-troops-in-russia.brief"


def resource(*parts: str) -> Path:
    """The path of a shipped resource file, such as ``resource("styles", "briefing.css")``."""
    return RESOURCES.joinpath(*parts)


def read_text(*parts: str) -> str:
    return resource(*parts).read_text(encoding="utf-8")
