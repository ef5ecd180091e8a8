"""python-markdown's inline stage, minus the work it does on text that holds no markup at all.

Most text in a briefing is plain: a fact's wording, a citation. python-markdown still tries every
inline pattern on each such string (about fourteen regular-expression passes each), which is most
of the time a large briefing spends in the Markdown stage. Every inline pattern of the parser
Briefing configures needs one of a few characters to match (a backslash, backtick, bracket, angle
bracket, ampersand, asterisk, underscore, or two spaces before a line break), so a string without any of them comes
out unchanged and can skip the patterns. If the parser ever carries a pattern this module does not
know, the shortcut turns itself off and python-markdown runs as it always does.
"""
from __future__ import annotations

import re

from markdown import util
from markdown.treeprocessors import InlineProcessor

# The inline patterns whose trigger characters are listed in _MARKUP below.
KNOWN_PATTERNS = frozenset({
    "backtick", "escape", "reference", "link", "image_link", "image_reference", "short_reference",
    "short_image_ref", "autolink", "automail", "linebreak", "html", "entity", "not_strong", "em_strong",
    "em_strong2", "footnote",
})
_MARKUP = re.compile(r"[\\`\[\]!<>&*_]|  \n")


class QuickInlineProcessor(InlineProcessor):
    """The standard inline processor, returning markup-free text untouched without trying patterns."""

    def run(self, tree, ancestors=None):
        names = {name for name in self.md.inlinePatterns._data}  # noqa: SLF001 (names only)
        self._quick = names <= KNOWN_PATTERNS
        return super().run(tree, ancestors)

    def _InlineProcessor__handleInline(self, data: str, patternIndex: int = 0) -> str:  # noqa: N802, N803
        # Overrides the name-mangled private method that InlineProcessor calls for every text string.
        if self._quick and not isinstance(data, util.AtomicString) and _MARKUP.search(data) is None:
            return data
        return InlineProcessor._InlineProcessor__handleInline(self, data, patternIndex)


def install(md) -> None:
    """Put the quick processor in the place of python-markdown's own, if its internals are as expected."""
    if hasattr(InlineProcessor, "_InlineProcessor__handleInline"):
        md.treeprocessors.register(QuickInlineProcessor(md), "inline", 20)
