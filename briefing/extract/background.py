"""Background sentences: habits and history that the reporter adds, which no source's report continues.

Wire copy follows a source's statement with context of its own: what happens every year ("The
drills are held annually"), or what happened years before ("The complex has been shut since 2016",
"Those resolutions were adopted between 2006 and 2017", 금강산 관광은 2008년 … 중단됐다). Such a
sentence, having no source of its own, stays unattributed rather than inheriting the previous one.
A record that compares with an earlier year ("the lowest since 2019", 3년 만에) is part of the
figures a source gives, not background.
"""
from __future__ import annotations

import re

_HABITUAL = re.compile(r"\b(?:every year|each year|annually|routinely|usually|typically|traditionally|"
                       r"customarily|every spring|every summer|every autumn|every fall|every winter)\b"
                       r"|매년|해마다|매해|통상|통상적으로|일반적으로|대개|관례적으로")
_YEAR = r"(?:19|20)\d\d"
_HISTORY = re.compile(rf"\b(?:since|between|until|in|from)\s+(?:(?:early|late|mid-?)\s*)?(?:[a-z]+\s+)?{_YEAR}\b"
                      rf"|(?<!\d){_YEAR}년")
_RELATIVE = re.compile(r",\s*(?:which|who|whose|where|when)\b[^,;]*,")
# "the lowest since 2019", "the first since 2017", 3년 만에 최저, 2019년 이후 처음: a record in the figures
_RECORD = re.compile(r"\b(?:highest|lowest|first|largest|biggest|smallest|most|fewest|fastest|slowest|strongest|"
                     r"weakest|best|worst|least|sharpest|steepest)\b[^.;]{0,40}\bsince\b|만에|이후\s*(?:처음|최고|최저|최대|최소)")


def is_background(folded: str, refers_back: bool = False) -> bool:
    """True when the (folded, quote-masked) sentence states a habit or a piece of history.

    With ``refers_back`` (the subject is the source itself: "The agency has had no access since
    2009") history is the source's own and goes on; a habit never does.
    """
    # "The WFP, which has had no staff there since 2021, estimates ...": a relative clause's
    # history is an aside, not what the sentence states
    main = _RELATIVE.sub(",", folded)
    if _HABITUAL.search(main):
        return True
    return not refers_back and _HISTORY.search(main) is not None and _RECORD.search(main) is None
