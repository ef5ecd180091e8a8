"""Visible text: the one rule for whether a piece of wording shows anything to a reader.

A fact's statement must have visible text (see :meth:`briefing.domain.Briefing.validate_fact`):
one made only of characters that render as nothing would become an empty bullet in the preview
and in Word. The editor, the import, the file reader, the renderer and the tests all ask
:func:`has_visible_text`, so they can never disagree about what "empty" means.

A character is invisible when it is

* whitespace (``str.isspace``: spaces of every width, tabs, line and paragraph separators);
* a control character (C0 and C1, U+0000-U+001F and U+007F-U+009F). This includes
  python-markdown's reserved placeholders \\x02 and \\x03, which the renderer drops;
* a lone surrogate, which no encoding can write;
* a Unicode *default ignorable* code point: zero-width space, joiners and non-joiners, the word
  joiner, the byte-order mark U+FEFF, bidirectional marks and embeddings, the soft hyphen,
  variation selectors, the Hangul fillers (U+115F, U+1160, U+3164, U+FFA0) and the tag
  characters. Fonts draw nothing for these (Unicode's DerivedCoreProperties.txt lists them).

Everything else counts as visible, including private-use and not-yet-assigned characters: Word
and the preview draw them, as the font's glyph or as a box, so the reader sees that something is
there.
"""
from __future__ import annotations

import re

# Unicode 15's Default_Ignorable_Code_Point ranges, the C0/C1 controls and lone surrogates; \s adds
# every character ``str.isspace`` accepts.
_INVISIBLE_CLASS = (
    r"\s\x00-\x1f\x7f-\x9f\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f"
    r"\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufff8\ud800-\udfff"
    r"\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0000-\U000e0fff"
)
_ALL_INVISIBLE = re.compile(f"[{_INVISIBLE_CLASS}]*\\Z")

NO_VISIBLE_TEXT = "nothing but spaces, control or zero-width characters"


def has_visible_text(text: str) -> bool:
    """True when ``text`` holds at least one character a reader would see (see the module's rule)."""
    return _ALL_INVISIBLE.match(text) is None
