"""People's names and titles, and the filler words that may stand between a speaker and its verb.

"Rep. Yoon Sang-hyun", "South Korean Ambassador Hwang", "Leif-Eric Easley": a name in capitals,
perhaps after titles. "on Monday", "also", "(JCS)", "spokesperson Lee Sung-jun": filler between a
body and its reporting verb, which does not stop the body from being the verb's agent.
"""
from __future__ import annotations

import re

TITLE = (r"(?:(?:Rep|Sen|Gov|Gen|Lt|Col|Maj|Capt|Sgt|Adm|Dr|Mr|Mrs|Ms|Prof|Amb|Cmdr|Brig)\.|President|"
          r"Governor|Minister|Ambassador|Director|Chairman|Chairwoman|Secretary|Speaker|Senator|"
          r"Representative|Lawmaker|Commander|Deputy|Vice|General|Admiral|Professor|Prime|Premier|Under|"
          r"Assistant|Acting|Chief|Cabinet|CEO)")
# "Minister of National Defense", "Under Secretary for Arms Control and International Security",
# "Assistant Secretary of Defense for Space Policy": the office a title names, in capitals, before the
# holder's name (not the surname before a hyphenated given name: "... Defense Kwon Tae-sung", nor the
# first of the two words that end the run: "... Space Policy Daniel Okafor")
_HOLDER = r"[A-Z][a-z]+\s+[A-Z][a-z]+(?:-[A-Za-z]|(?:-[a-z]+)?(?![\w-]|\s+[A-Z]|\s+and\s))"
OFFICE = rf"(?:(?:(?:of|for)\s+(?:the\s+)?(?:(?!{_HOLDER})[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s+(?:and\s+)?){{1,5}}){{1,2}})"
# "South Korean Ambassador Hwang", "U.S. Ambassador Graves": a nationality before a title is part of it
NATION = (r"(?:South Korean|North Korean|Korean|U\.S\.|American|Japanese|Chinese|Russian|British|French|German|"
          r"Ukrainian|U\.N\.|UN|[A-Z][a-z]+(?:ian|ese|ish|an|i))")
# "Romanian Defense Minister Andrei Stanescu": the portfolio a minister holds is part of the title
PORTFOLIO = (r"(?:Defense|Defence|Foreign|Finance|Unification|Interior|Trade|Economy|Justice|Health|Industry|"
             r"Agriculture|Labor|Energy|Home|State)")
TITLES = (rf"(?:{NATION}\s+(?=(?:{PORTFOLIO}\s+)?{TITLE}))?(?:{PORTFOLIO}\s+(?=Minister|Secretary))?"
          rf"(?:(?:{TITLE}\s+)+{OFFICE}?)?")
# a name's letters: "Lucía", "Müller" as well as "Kim"
_UPPER, _LOWER = "A-Z\u00c0-\u00d6\u00d8-\u00de", "a-z\u00df-\u00f6\u00f8-\u00ff"
_WORD = rf"[{_UPPER}][{_LOWER}]+(?:-[A-Za-z][{_LOWER}]+)?"
# "Robert M. Hale": a middle initial inside a name
NAME = re.compile(rf"(?<![\w.])({TITLES})({_WORD}(?:\s+[A-Z]\.(?=\s+[{_UPPER}][{_LOWER}]))?(?:\s+{_WORD}){{0,3}})(?![\w])")
# "South Korean lawmaker ", "opposition lawmaker ", "analyst ": a role in lower case before a name
ROLE_BEFORE_NAME = re.compile(rf"(?:{NATION}\s+)?(?:[a-z-]+\s+){{0,2}}?(?:lawmaker|legislator|analyst|researcher|"
                               r"professor|expert|economist|activist|defector|scholar|fellow|lawyer|attorney|"
                               r"spokesperson|spokesman|spokeswoman|official|envoy|diplomat|commander|director|founder)\s+(?=[A-Z])")
# "Rep. Kim Dae-sung of the ": a titled person, then the body they belong to
MEMBER_OF = re.compile(rf"((?<![\w.])({TITLE}\s+)(?:[A-Z][\w.]*\s+)??([A-Z][a-z]+(?:[\s-][A-Za-z][a-z]+){{0,2}}))\s+(?:of|from)\s+(?:the\s+)?"
                       r"(?:(?:main|ruling|governing|minor|opposition|conservative|liberal|progressive)\s+){0,2}$")
ROLES = frozenset("""spokesperson spokesman spokeswoman official officials chief head director governor minister
deputy vice general secretary chairman chairwoman president commander ambassador envoy representative
administrator ceo""".split())
# The portfolios a ministry or its minister is named by: "the defense minister", "the foreign ministry"
PORTFOLIOS = frozenset("""defense defence foreign finance unification interior trade economy justice health
industry agriculture labor environment energy""".split())
# People spoken of as a crowd ("analysts say", "Economists say"): nobody's attribution
CROWDS = frozenset("""analysts experts observers critics economists activists scholars researchers residents
diplomats officials sources witnesses commentators insiders lawmakers""".split())
FILLER = frozenset("""also separately further earlier later now again previously recently publicly officially then
still already jointly likewise similarly repeatedly both has have had would will could did does do is was were
are on last this week month year morning afternoon evening night today yesterday
tonight early late monday tuesday wednesday thursday friday saturday sunday january february march april
may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
""".split())
NON_NAME = frozenset("""korea korean koreans north south seoul pyongyang japan japanese tokyo china chinese beijing
russia russian moscow ukraine ukrainian washington america american united states kyiv taiwan europe
european asia asian the a an it he she they we i this that these those both some many most officials
analysts experts but and in on at for as if when while such another other each every all any several similar after before meanwhile however separately
additionally according its his her their our there monday tuesday wednesday thursday friday saturday
sunday january february march april may june july august september october november december""".split())
_SETTING = re.compile(r"\b(?:in|at|during|on)\s+(?:a|an|its|the|their|his|her)\s+(?:[\w-]+\s+){0,3}?(?:statement|"
                      r"report|briefing|release|interview|conference|note|message|post|speech|summary|"
                      r"assessment)\b", re.IGNORECASE)

# "A Pentagon spokesperson in Washington said": where the speaker is
_PLACE_AFTER = re.compile(r"\bin\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?=\s|,|$)")


# "familiar with", "briefed on": what makes people who are not named worth hearing about a matter
KNOWING = r"familiar with|with (?:direct )?knowledge of|briefed on|involved in"
# "in charge of the program", "familiar with the talks": an official's remit, between the role and the verb
_REMIT = re.compile(r"(?:\b(official|officials|spokesperson|spokesman|spokeswoman)|^)\s+(?:in charge of|responsible for|"
                    rf"{KNOWING})\s+[\w-]+(?:\s+[\w-]+){{0,4}}?(?=\s*,?\s*$)")


def is_filler(gap: str, names_ok: bool = False, role_seen: bool = False) -> bool:
    """True when ``gap`` holds nothing but time phrases, adverbs, parentheses or a speaker's role and name.

    With ``names_ok``, a role and a name may stand between a body and its verb ("JCS spokesperson
    Lee Sung-jun said"), and so may the remit of the role ("official in charge of the program");
    ``role_seen`` says the body's own name ended with a role ("BOK Governor").
    """
    gap = _PLACE_AFTER.sub(" ", _SETTING.sub(" ", gap), count=1)
    remit = _REMIT.search(gap) if names_ok else None
    if remit is not None and (remit.group(1) or role_seen):
        gap = gap[:remit.start()] + (remit.group(1) or "")  # "an Army official in charge of the program said"
    tokens = re.findall(r"\([^)]*\)|[\w.'\u2019-]+|[^\s\w]", gap)
    if len(tokens) > 10:
        return False
    lows = [t.lower().strip(".").removeprefix("'s") for t in tokens]
    for i, token in enumerate(tokens):
        low = lows[i]
        if token.startswith("(") or token in (",", "'s", "\u2019s", "-", "--", "\u2014") or low.isdigit():
            continue
        if low in FILLER or (low.endswith("ly") and len(low) > 4):
            continue
        if names_ok and low in ROLES:
            role_seen = True
            continue
        if names_ok and role_seen and token[:1].isupper():
            continue
        # a word qualifying a role that follows: "press secretary", "senior official"
        if names_ok and token.islower() and any(w in ROLES for w in lows[i + 1:i + 3]):
            continue
        return False
    return True


# Korean surnames as news copy romanises them: "Defense Minister Ahn Gyu-back" holds Seoul's office,
# "Defense Minister Andrei Lazarescu" another country's
KOREAN_SURNAMES = frozenset("""kim lee yi rhee park pak choi choe jung jeong chung kang cho jo yoon yun jang chang lim
im han oh seo suh shin kwon hwang ahn an song yoo yu ryu hong jeon chun ko koh moon mun yang son sohn bae baek paik
heo huh nam noh roh ha kwak sung cha joo ju woo koo ku min na jin ji um eom chae won bang kong hyun ham byun yeom yeo
chu do so seok sun seol ma gil yeon pyo myung ki ban wang geum ok yook maeng je mo tak guk eo eun pyeon yong kyung
bong sa boo hwangbo namgung jegal sunwoo""".split())


def looks_korean(name: str) -> bool:
    """True when ``name`` (what follows an office's title: "Andrei Lazarescu", "Policy Shin Hyun-joo")
    may hold a Korean name as romanised in news copy; an office named with nobody holding it ("") may
    be Korean too."""
    words = name.lower().split()
    return not words or any(w in KOREAN_SURNAMES for w in words)


# "By Kim Min-ji", "By SEO JUNG-WOO and CLAIRE HOLLOWAY Associated Press": who wrote the story, not a source
BYLINE = re.compile(r"\s*By\s+[A-Z]")
_WORD_BEFORE = re.compile(r"(?<![\w.'])([A-Z][a-z]+) $")


def capitalised_before(cased: str, pos: int) -> str | None:
    """The capitalised word that ends right before ``pos`` (and one space), or None: "Daily" in "Daily NK",
    "National" in "National Security Council", "The" in "The FBI"."""
    m = _WORD_BEFORE.search(cased, max(0, pos - 30), pos)
    return m.group(1) if m is not None else None


def names_in(text: str) -> list[str]:
    return [m.group() for m in NAME.finditer(text) if not is_non_name(m.group(2))]


def is_non_name(name: str) -> bool:
    return any(w.lower() in NON_NAME for w in name.split())


def strip_filler(head: str) -> str:
    """``head`` without the time words and adverbs at its end ("analysts on Monday" -> "analysts")."""
    words = head.split()
    while words and (words[-1].lower().strip(",") in FILLER or words[-1].endswith("ly")):
        words.pop()
    return " ".join(words)
