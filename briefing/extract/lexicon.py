"""The English reporting-verb lexicon: verbs of saying, reporting, estimating and judging, inflected.

Wire copy uses one verb in many forms: "says" in a headline, "said" in the body, "has said",
"was confirmed by". The lexicon lists each verb once, as a lemma, and derives its forms, so a verb
is either known in every form or in none. Base forms and third-person forms that are mostly nouns
in news copy ("a report", "the United States") are left out; their past forms still count.
"""
from __future__ import annotations

import re

# lemma, or lemma:past for irregular pasts and doubled consonants, or lemma:past:participle where
# the participle differs from the past ("surveys have shown")
_LEMMAS = """say:said tell:told state report disclose announce add note confirm estimate expect project
predict forecast:forecast warn claim accuse denounce condemn criticize criticise slam:slammed express
explain indicate show:showed:shown reveal brief testify acknowledge insist argue assess believe judge conclude
describe call mention urge vow threaten deny inform stress emphasize emphasise declare dismiss reject blame
highlight suggest comment write:wrote assert maintain admit:admitted allege reply respond observe
attribute flag:flagged cite quote caution reiterate reaffirm detail concede complain calculate
elaborate specify find:found welcome rule identify fault""".split()

# The past and present of plain saying, which may stand after a quote ("..., said Kim")
SAYS = frozenset("said says added adds noted notes stated wrote writes replied responded".split())
# '"...," warned Jin Seo-hyun': verbs that may stand before their speaker after a quote or a comma
INVERTED = SAYS | frozenset("""warned cautioned explained argued insisted asked continued recalled emphasized
emphasised stressed claimed acknowledged observed""".split())
# "is expected to cross next month": a plan or a forecast, which the reporting source still gives
SCHEDULED = frozenset("expected projected forecast predicted".split())

# Base forms that are verbs in news copy ("officials say", "analysts believe").
# "JCS and CFC announce drill" in a headline
BASE = frozenset("say tell estimate expect show warn believe argue insist predict suggest announce confirm deny vow".split())
# Third-person forms that are mostly plural nouns or names in news copy.
_NOT_THIRD = frozenset("states details quotes briefs attributes calls rules faults".split())

# Verbs whose negation still reports the body speaking ("did not say how many"): the body gave an
# account and withheld a detail. Other negated verbs ("has not mentioned", "never acknowledged")
# report silence, which is nobody's attribution.
SPEAKING = frozenset("say says said tell tells told elaborate elaborated specify specified comment commented".split())
# "quoted Ri as calling the report ...", "with leader Kim vowing ...": the participles that report a
# person's words after their name
QUOTING_PARTICIPLES = ("saying calling describing telling warning accusing urging vowing stressing insisting pledging "
                       "claiming promising declaring").split()

# Participles that take their agent after "by" as well as the reporting verbs' own pasts:
# "images analysed by 38 North", "the launch was detected by South Korea's military".
_EVIDENCE = """released published issued carried compiled provided quoted cited analysed analyzed detected
tracked identified verified documented obtained seen reviewed monitored recorded spotted measured
presented submitted shared""".split()


def _third(lemma: str) -> str:
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        return lemma + "es"
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return lemma[:-1] + "ies"
    return lemma + "s"


def _past(lemma: str) -> str:
    if lemma.endswith("e"):
        return lemma + "d"
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return lemma[:-1] + "ied"
    return lemma + "ed"


def _forms() -> tuple[frozenset[str], frozenset[str]]:
    verbs: set[str] = set()
    pasts: set[str] = set()
    for entry in _LEMMAS:
        lemma, past, participle = (entry.split(":") + ["", ""])[:3]
        past = past or _past(lemma)
        pasts.add(past)
        verbs.update({past, participle} - {""})
        third = _third(lemma)
        if third not in _NOT_THIRD:
            verbs.add(third)
        if lemma in BASE:
            verbs.add(lemma)
    return frozenset(verbs), frozenset(pasts)


VERBS, PASTS = _forms()
# "was confirmed by", "released by": the agent follows "by"
BY_PARTICIPLES = frozenset(PASTS - {"said", "told"}) | frozenset(_EVIDENCE)


# "routinely warns", "often says": a habit described, not a statement made
_HABIT_BEFORE = re.compile(r"\b(?:routinely|repeatedly|usually|often|typically|regularly|frequently|always|traditionally|"
                           r"generally|habitually)\s+$")
# "A Gallup Korea poll found", "the survey found": a finding of a document
_FINDING = re.compile(r"\b(?:poll|survey|study|report|review|analysis|audit|investigation|inquiry|probe|"
                      r"assessment|research)\b[^;]{0,90}$")
# "its own estimate", "a rough estimate": a base form after a determiner is a noun
_NOUN_BEFORE = re.compile(r"\b(?:a|an|the|its|their|his|her|our|this|that)\s+(?:(?:own|latest|new|initial|official|"
                          r"earlier|previous|first|rough|conservative|current|revised|best|annual)\s+)?$")
_NEGATED_CUE = re.compile(r"(?:\b(?:not|never|no longer|yet to)|n't)\s+(?:\w+\s+)?$")


# "claims almost all of the sea", "claimed the lives of three": a claim to land, or a toll, is no statement
_LAND = r"(?:sea|waters|islands?|islets?|reefs?|atolls?|shoals?|rocks|land|territory|area|region|strait|peninsula)\b"
_CLAIMED_THING = re.compile(r"\s+(?:(?:almost|nearly|virtually)\s+all\b|sovereignty|ownership|(?:the\s+)?lives\b|"
                            rf"the\s+(?:whole|entire)\b|(?:all|most|much|parts?)\s+of\s+the\s+(?:[\w-]+\s+){{0,2}}{_LAND}|the\s+{_LAND})")


def claims_land(word: str, tail: str) -> bool:
    """True when the verb ``word``, followed by ``tail``, is a claim to land or a toll, not a claim made."""
    return word.startswith("claim") and _CLAIMED_THING.match(tail) is not None


def reports_here(word: str, head: str, tail: str = "") -> bool:
    """Whether the verb form ``word``, after the (folded) text ``head``, reports a statement made.

    "has not mentioned", "never acknowledged": silence is nobody's attribution ("did not say how
    many" still reports what the body did say). "its own estimate" is a noun; "routinely warns" a
    habit; "found" a finding only of a poll, survey or report named before it. ``tail``, the text
    after the verb, tells a claim to land ("claims most of the sea") from a claim made.
    """
    if claims_land(word, tail):
        return False
    if (word not in SPEAKING or word.startswith("comment")) and _NEGATED_CUE.search(head):
        return False
    if word in BASE and _NOUN_BEFORE.search(head):
        return False
    return not (_HABIT_BEFORE.search(head) or (word in ("found", "finds") and not _FINDING.search(head)))
