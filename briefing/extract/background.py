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

_HABITUAL = re.compile(r"\b(?:every year|each year|annually|routinely|usually|typically|traditionally|repeatedly|"
                       r"customarily|every spring|every summer|every autumn|every fall|every winter)\b"
                       r"|매년|해마다|매해|통상|통상적으로|일반적으로|대개|관례적으로")
_YEAR = r"(?:19|20)\d\d(?:s\b)?"
_HISTORY = re.compile(rf"\b(?:since|between|until|in|from)\s+(?:(?:the|early|late|mid-?)\s*){{0,2}}(?:[a-z]+\s+)?{_YEAR}\b"
                      rf"|(?<!\d){_YEAR}년")
_FIGURE = re.compile(r"\$\s?\d|\d[\d,.]*\s*(?:%|percent\b|per cent\b|billion\b|million\b|trillion\b|"
                     r"terawatt|kilowatt|tons?\b|tonnes?\b|명|건|개|척|대|억|조|만|달러|원)")
# "Conscription is mandatory for ...", "Reservists are registered and must attend ...": a general
# fact in the present, not tied to the story's time
_GENERIC = re.compile(r"^[^,;]*?\b(?:is|are|must)\s+(?!(?:expected|likely|set|due|scheduled|planned|believed|thought|"
                      r"said|reported|estimated|to)\b)")
_DATED = re.compile(r"\b(?:was|were|had|did|will|would|could|might|may|has|have|been|said|says|now|currently|today|"
                    r"tonight|yesterday|tomorrow|this|last|next|recent|recently|so far|still|first|new|latest|"
                    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
                    r"|[\"\u201c\u201d]|[\uac00-\ud7a3]")
# a past tense ("rose", "reported") rather than a present passive ("are registered")
_PAST = re.compile(r"(?<!\bis )(?<!\bare )(?<!\bbe )(?<![\w-])\w{3,}ed\b|\b(?:rose|fell|grew|went|came|took|made|began|"
                   r"left|sent|saw|gave|told|found|flew|fired|met|held|shot|hit|put|set|led|ran|won|lost)\b")
_RELATIVE = re.compile(r",\s*(?:which|who|whose|where|when)\b[^,;]*(?:,|[.!?]?\s*$)")
# "the lowest since 2019", "the first since 2017", 3년 만에 최저, 2019년 이후 처음: a record in the figures
_RECORD = re.compile(r"\b(?:highest|lowest|first|largest|biggest|smallest|most|fewest|fastest|slowest|strongest|"
                     r"weakest|best|worst|least|sharpest|steepest)\b[^.;]{0,40}\bsince\b|만에|이후\s*(?:처음|최고|최저|최대|최소)")

# 2029년 진수될 예정이다: a year in what is planned is the future, not history
_PLANNED = re.compile(r"(?:예정|계획|방침|목표)(?:이다|입니다)")


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
    if not refers_back and _GENERIC.search(main) and not _DATED.search(main) and not _PAST.search(main):
        return True
    # a figure in the main clause ("slipped 3 percent ... under sanctions imposed in 2017") is
    # the source's data, whatever year it mentions
    return (not refers_back and _HISTORY.search(main) is not None and _RECORD.search(main) is None
            and _FIGURE.search(main) is None and _PLANNED.search(main) is None)
