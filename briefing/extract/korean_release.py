"""A Korean government press release (보도자료) speaks in its issuer's voice, bullet by bullet.

A ministry's or an agency's release sets its text out in □ bullets, each with ㅇ sub-bullets, under
a headline and a "- … -" subtitle, and opens its first □ bullet with the issuer as the subject:
"□ 방위사업청(청장 …)은 … 체결했다고 밝혔다". What the later bullets state without a source of their
own (figures, plans, history) the issuer states; a bullet that names the issuer as its subject
("ㅇ 이와 함께 방위사업청은 … 체결할 예정이다") states it explicitly, whatever its verb. A news story
does not set its paragraphs out in □ bullets, so two lines opening with □ tell a release.
"""
from __future__ import annotations

import re

_H = "\uac00-\ud7a3"
_BULLET_LINE = re.compile(r"^[ \t]*□[ \t]", re.M)


def issuer(text: str, sents, junk, results) -> list[str]:
    """The codes of the body whose release ``text`` is, or [] when it is not a Korean release.

    The issuer is the source of the first □ bullet, named there explicitly.
    """
    if text.count("□") < 2 or len(_BULLET_LINE.findall(text)) < 2:
        return []
    first = next((i for i, s in enumerate(sents) if not junk[i] and text.startswith("□", s.start)), None)
    if first is None or results[first].kind != "explicit":
        return []
    return list(results[first].sources)


def names_issuer(raw: str, names: dict[str, str]) -> bool:
    """True when the bullet ``raw`` names the issuer (one of ``names``, its names as written) as its subject."""
    return any(re.search(rf"(?<![{_H}]){re.escape(name)}(?:은|는|이|가)(?![{_H}])", raw) for name in names.values())
