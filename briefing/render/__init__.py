"""Briefing -> Markdown -> element tree -> HTML (preview, export) and .docx (Word).

The names below are loaded on first use, so a command that never parses Markdown (a Word export of
plain facts) does not pay for importing python-markdown.
"""
from __future__ import annotations

import importlib

_EXPORTS = {
    "html_page": "briefing.render.html", "parse": "briefing.render.html", "to_html": "briefing.render.html",
    "MarkdownRenderer": "briefing.render.markdown_text", "escape_inline": "briefing.render.markdown_text",
    "to_markdown": "briefing.render.markdown_text", "element_tree": "briefing.render.tree",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str):
    if name not in _EXPORTS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(_EXPORTS[name]), name)
    globals()[name] = value
    return value
