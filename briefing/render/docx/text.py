"""Text that XML can hold: what the Word writer does with control characters and over-long values.

XML 1.0 cannot carry most C0 control characters, lone surrogates or U+FFFE/U+FFFF, and lxml refuses
them, so text from a briefing (typed, pasted or hand-edited) passes through here before it becomes
XML. Nothing here ever raises: a character is mapped to what Word would show for it, or dropped.
"""
from __future__ import annotations

import re
from typing import Iterator

LINE_BREAK = "\x0b"  # vertical tab: Word's own manual line break character
PAGE_BREAK = "\x0c"  # form feed: a page break
TAB = "\t"

# Dropped: python-markdown's placeholders such as "\x02qq3936677670287331zz\x03" (footnote back-links,
# left in the tree it hands to tree processors: markers, never text); everything XML 1.0 cannot hold;
# C1 controls, which have no visible meaning. \t, \n and \r are valid XML and left to the callers,
# as are the vertical tab and form feed, which :func:`pieces` turns into breaks.
_DROPPED = re.compile("\x02[A-Za-z0-9:]*\x03|[\x00-\x08\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_SPECIAL = re.compile("([\t\x0b\x0c])")


def clean(text: str) -> str:
    """``text`` with placeholders and characters XML cannot hold removed; breaks and tabs kept."""
    return _DROPPED.sub("", text)


def plain(text: str) -> str:
    """``text`` for an attribute or a document property: one line, only characters XML can hold."""
    return " ".join(_DROPPED.sub("", text).split())


def pieces(text: str) -> Iterator[str]:
    """``text`` cut into plain stretches and single tab, line-break or page-break characters.

    The caller writes each stretch as ``w:t`` and each special character as ``w:tab`` or
    ``w:br``; ``text`` must already be :func:`clean`.
    """
    for piece in _SPECIAL.split(text):
        if piece:
            yield piece


def shorten(text: str, limit: int = 255) -> str:
    """``text`` cut to at most ``limit`` characters, at a word boundary where one is near, with "…"."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit * 3 // 4:
        cut = cut[:space]
    return cut.rstrip(" ,;") + "…"
