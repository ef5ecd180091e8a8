"""python-markdown's footnotes extension without its quadratic cost.

Upstream numbers each reference with ``list(footnotes.keys()).index(id)`` and records reference
order with a list membership test, so a briefing with 10,000 source notes took seconds to parse.
This subclass keeps the same output and keeps the numbers in dictionaries instead.
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as etree

from markdown.extensions.footnotes import FootnoteExtension, FootnoteInlineProcessor

FOOTNOTE_RE = r"\[\^([^\]]*)\]"  # as upstream


class _LinearFootnoteReferences(FootnoteInlineProcessor):
    footnotes: "LinearFootnoteExtension"

    def handleMatch(self, m: re.Match[str], data: str):  # noqa: N802 (python-markdown's API)
        id = m.group(1)  # noqa: A001 (upstream's name)
        number = self.footnotes.number_of(id)
        if number is None:
            return None, None, None
        self.footnotes.addFootnoteRef(id)
        sup = etree.Element("sup")
        a = etree.SubElement(sup, "a")
        sup.set("id", self.footnotes.makeFootnoteRefId(id, found=True))
        a.set("href", "#" + self.footnotes.makeFootnoteId(id))
        a.set("class", "footnote-ref")
        a.text = self.footnotes.getConfig("SUPERSCRIPT_TEXT").format(number)
        return sup, m.start(0), m.end(0)


class LinearFootnoteExtension(FootnoteExtension):
    """Markdown footnotes (``[^1]`` and ``[^1]: text``), numbered in linear time."""

    def extendMarkdown(self, md) -> None:  # noqa: N802 (python-markdown's API)
        super().extendMarkdown(md)
        md.inlinePatterns.register(_LinearFootnoteReferences(FOOTNOTE_RE, self), "footnote", 175)

    def reset(self) -> None:
        super().reset()
        self._defined: dict[str, int] = {}
        self._referenced: dict[str, int] = {}

    def setFootnote(self, id: str, text: str) -> None:  # noqa: N802, A002
        self._defined.setdefault(id, len(self._defined) + 1)
        super().setFootnote(id, text)

    def addFootnoteRef(self, id: str) -> None:  # noqa: N802, A002
        if id not in self._referenced:
            self._referenced[id] = len(self._referenced) + 1
            self.footnote_order.append(id)

    def number_of(self, id: str) -> int | None:  # noqa: A002
        """The number footnote ``id`` shows, or None when it has no definition."""
        if id not in self._defined:
            return None
        if self.getConfig("USE_DEFINITION_ORDER"):
            return self._defined[id]
        return self._referenced.get(id, len(self._referenced) + 1)
