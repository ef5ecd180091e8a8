"""Codes for sources that are not in the registry, derived from their names as written.

"the Korea Customs Service" -> KOREA_CUSTOMS_SERVICE, "Rep. Seo Min-jae" -> REP_SEO_MIN_JAE,
"외교부" -> OEGYOBU (Revised Romanization without sound-change rules, enough to be readable).
"""
from __future__ import annotations

import re
import unicodedata

_INITIALS = "G KK N D TT R M B PP S SS _ J JJ CH K T P H".split()
_VOWELS = "A AE YA YAE EO E YEO YE O WA WAE OE YO U WO WE WI YU EU UI I".split()
_FINALS = ["", "K", "K", "K", "N", "N", "N", "T", "L", "K", "M", "L", "L", "L", "P", "L", "M", "P",
           "P", "T", "T", "NG", "T", "T", "K", "T", "P", "T"]
_MAX = 32


def romanize(text: str) -> str:
    """Hangul syllables spelt in upper-case Latin letters; other characters are kept."""
    out = []
    for ch in text:
        n = ord(ch) - 0xAC00
        if 0 <= n < 11172:
            initial = _INITIALS[n // 588]
            out.append(("" if initial == "_" else initial) + _VOWELS[(n % 588) // 28] + _FINALS[n % 28])
        else:
            out.append(ch)
    return "".join(out)


def derive_code(name: str, taken: set[str] | frozenset[str] = frozenset()) -> str:
    """A registry-valid code for ``name`` that is not in ``taken``."""
    text = re.sub(r"^(?:the|a|an)\s+", "", name.strip(), flags=re.IGNORECASE)
    text = text.replace("'s", "s").replace("\u2019s", "s").replace(".", "")
    text = unicodedata.normalize("NFKD", romanize(text))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    words = re.findall(r"[A-Za-z0-9]+", text)
    code = "_".join(words).upper() or "SOURCE"
    if not code[0].isalpha():
        code = "S_" + code
    if len(code) > _MAX:
        code = code[:_MAX].rsplit("_", 1)[0] if "_" in code[:_MAX] else code[:_MAX]
    base, n = code, 2
    while code in taken:
        suffix = f"_{n}"
        code = base[:_MAX - len(suffix)] + suffix
        n += 1
    return code
