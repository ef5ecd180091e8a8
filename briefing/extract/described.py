"""Sources described rather than named: people who know, a person's lawyer, a body's poll, experts at a body.

"two people familiar with the investigation", "hospital officials in Goyang", "Mr. Kang's lawyer",
"A Gallup Korea poll in March", "Analysts at 38 North". Each is a source of its own, not a vague
crowd ("analysts say"), and not the registered body it may mention.
"""
from __future__ import annotations

import re
from typing import Callable, Collection

from briefing.extract.names import CROWDS, FILLER, KNOWING, ROLES, is_filler, is_non_name

# "two people familiar with the investigation", "hospital officials in Goyang": sources described
# by what they know or where they work, who are not a vague crowd
INFORMED = re.compile(
    r"((?:(?:two|three|four|several|multiple|a|an|one)\s+)?(?:[\w-]+\s+)?(?:people|persons|person|sources|source|"
    r"officials|official|diplomats|diplomat|individuals)\s+(?:" + KNOWING + r"|"
    r"close to|who (?:attended|were at|were present at|took part in|sat in on))\s+(?:the\s+|this\s+|a\s+)?[\w-]+(?:\s+[\w-]+)?"
    r"|(?:hospital|police|fire|city|county|provincial|prison|airport|port|school|company|embassy|court|customs)"
    r"\s+(?:officials|official|spokesperson|spokesman|spokeswoman|authorities)(?:\s+(?:in|at)\s+[A-Z][\w-]+)?)",
    re.IGNORECASE)
# "Mr. Kang's lawyer", "the sailor's mother", "His father": someone speaking as a person's own
PERSON_OWN = re.compile(r"((?:(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?[A-Z][a-z]+(?:[\s-][A-Z]?[a-z]+){0,2}'s|(?<![\w'])(?:His|Her|Their))\s+"
                        r"(?:lawyers?|attorneys?|spokesperson|spokesman|spokeswoman|aides?|representatives?|family|office|"
                        r"father|mother|parents|wife|husband|widow|son|daughter|brother|sister|relatives|uncle|aunt|"
                        r"grandmother|grandfather|fianc[e\u00e9]e?))")
# "A Gallup Korea poll in March", "Korea Exchange data": a document of a body named in capitals
NAMED_DOCUMENT = re.compile(r"(?:\b(?:[Aa]n?|[Tt]he)\s+|^|,\s*)((?:\d+\s+)?[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,4})\s+"
                             r"(?:poll|survey|data|figures|statistics|study|analysis)\b")
# "in March", "released Monday": what may follow the document before its verb
DOCUMENT_TAIL = re.compile(r"\s+(?:in|on|from|for|released|published|conducted|taken)\b[^,;]{1,40}")
# "Analysts at 38 North", "researchers from Recorded Future": people speaking for a body in capitals
# "A senior official at the presidential office": the same, for a body named or described after it
GROUP_AT = re.compile(r"\s*(?:(?:[A-Za-z-]+\s+){0,2}?)(?i:analysts|experts|researchers|officials?|scientists|economists|"
                       r"staff|investigators|inspectors|specialists|engineers|spokes(?:person|man|woman)|sources?|"
                       r"aides?|officers?|diplomats?)\s+(?:at|from|with|of|in)\s+(?:the\s+)?")
# "Satellite imagery from", "Customs data from": the subject is a document a named body produced
DOCUMENT_FROM = re.compile(r"\s*(?:(?:[Aa]n?|[Tt]he)\s+)?(?:[\w-]+\s+){0,2}(?i:imagery|images|photos|pictures|footage|"
                           r"data|figures|statistics|records|analysis|estimates?|surveys?|polls?|study|studies|reports?|assessment|tally)\s+(?:from|by)\s+(?:the\s+)?")
# "lawyer, ", "longtime attorney, ": a role set off by a comma before the name of who holds it
# ("according to his lawyer, Yoon Mi-ran"); a document or an institution is not such a role.
ROLE_THEN_NAME = re.compile(r"(?:[a-z][\w-]*\s+){0,2}([a-z][\w-]*)\s*,\s*")
NOT_ROLES = frozenset("""report reports statement data assessment survey document briefing analysis estimate
estimates figures statistics study paper records filing indictment ruling verdict complaint lawsuit time
police prosecutors media""".split())


# A body's name in capitals, which may hold "of", "for", "and": "Institute for National Unification"
_LONG_NAME = r"((?:\d+\s+)?[A-Z][\w&.'-]*(?:\s+(?:(?:of|for|and|on|the)\s+)*(?:\d+|[A-Z][\w&.'-]*)){0,6})"
# "The Korean Red Cross ": a body of two words or more in capitals, which "The" says is no person
_THE_NAMED = re.compile(rf"The\s+(?=[A-Z][\w&.'-]*\s+(?:(?:of|for|and|on|the)\s+)*[A-Z\d]){_LONG_NAME}(?:\s*\([A-Z][\w&]{{1,7}}\))?")
# ", set up by 11 countries including South Korea, the United States and Japan after ..., ": an
# aside opening with a participle, a relative or an article, which may list names with commas
LONG_ASIDE = re.compile(r"\s*,\s*(?:[a-z]+ed|[a-z]+ing|set|run|led|made|built|known|held|which|who|a|an|the|one)\b[^;:\"\u201c\u201d]{1,220}?,\s*")

# "Busan police said", "Boeing said in a statement", "NK News said": a company named by one word (or by
# a word and initials, which no person's name is), or the police,
# prosecutors or coast guard of a place, as the subject right before the verb
_LEAD_BODY = re.compile(r"(?:[Tt]he\s+)?(?:([A-Z][\w&-]+(?:\s+[A-Z][\w&-]+){0,2}(?:'s)?\s+(?:police|prosecutors|"
                        r"coast guard|fire department|firefighters|authorities))|([A-Z]{2,5}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+[A-Z]{2,5}|"
                        r"[A-Z][\w&-]*[a-z][\w&-]*(?:\s+Korea)?))(?![\w.'\u2019-])")

# "Economists say", "Analysts said": a crowd, not a company named by one word
_CROWDS = CROWDS | {"investors", "traders"}

# "Prosecutors said", "Police said", "The prosecution said": the institution, named by what it is
_PROSECUTION = re.compile(r"(?:[Tt]he\s+)?([Pp]rosecutors|[Pp]rosecution|[Pp]olice)\b")

# ", a cybersecurity firm,", ", a Japan-based outlet with contacts in the North": an appositive
# saying that the name before it is a body, not a person
_BODY_KINDS = (r"(?:firm|company|group|website|think tank|institute|outlet|organi[sz]ation|agency|monitor|"
               r"consultancy|startup|center|centre|foundation|charity|network|platform|publication|newspaper|"
               r"broadcaster|service|watchdog|lab|laboratory|university|exchange|bank|association|union|regulator)")
BODY_APPOSITIVE = re.compile(rf"\s*,\s*(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}?{_BODY_KINDS}\b(?!['\u2019]s)")

# "Japan-based Asia Press, which runs a network of reporters inside the country,": "which", not
# "who", says the name is a body's
_NAMED_WHICH = re.compile(r"(?:[Tt]he\s+)?(?:[A-Z][\w-]*-based\s+)?((?:\d+\s+)?[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,3})"
                          r"\s*,\s*which\s+[^;]{1,140}?,")


def lead_body(cased: str, lead: int, verb: int, known: Callable[[str], object],
              seen: Collection[str] = frozenset()) -> str | None:
    """A body no registry or pattern knows, named as the subject at the start of the sentence.

    (A body named with a description, "Chainalysis, a blockchain analytics firm, estimated", is
    ``described_subject``'s, and "The Korean Red Cross said" ``named_lead``'s.) Only filler may
    stand between it and the verb at ``verb``. A single capitalised word is a company ("Boeing"),
    not a person, unless a person of that name was met before (``seen``, the folded words of
    earlier names): "Ahn said" continues Ahn Sung-ho.
    """
    plain = _PROSECUTION.match(cased, lead)
    if plain is not None and (is_filler(cased[plain.end():verb]) or _ASIDE.fullmatch(cased, plain.end(), verb)):
        return plain.group(1)  # "Prosecutors, who had sought a life term, said"
    m = _LEAD_BODY.match(cased, lead)
    if m is None or not is_filler(cased[m.end():verb]):
        return None
    word = m.group(2)
    # "Statistics Korea said": a body may end with the country's name
    if word is not None and (is_non_name(word.removesuffix(" Korea")) or word.lower() in _CROWDS or known(word) or word.lower() in seen or word.lower() in FILLER or word.lower() in ROLES):
        return None
    return m.group(1) or word


# "The Institute for Far East Studies, a think tank affiliated with the ministry,": a name, then an
# appositive that opens with the kind of body it is (whatever else the appositive mentions) or ends
# with it ("Chainalysis, a blockchain analytics firm,")
_NAME_THEN_KIND = re.compile(rf"(?:[Tt]he\s+)?{_LONG_NAME}(?:\s*\([A-Z][\w&]{{1,7}}\))?\s*,\s*(?:a|an|the)\s+"
                             rf"(?:(?:[\w.'\u2019-]+\s+){{0,3}}?{_BODY_KINDS}\b[^,;]{{0,100}}|[^,;]{{0,60}}?\b{_BODY_KINDS}\s*),")
# "The Tokyo-based website Korea Watch", "U.S. think tank 38 North": the kind of body, then its name
# "A Seoul-based defector group, Freedom Wind for North Korea, said": the same with the name set off by commas
_KIND_THEN_NAME = re.compile(rf"(?:(?:[Tt]he|[Aa]n?)\s+)?(?:[\w.-]+\s+){{0,3}}?{_BODY_KINDS}(?:\s+|\s*,\s*(?=[A-Z\d][^,;]{{1,80}},)){_LONG_NAME}(?=\s*[,\s])")
_NAME_AT = re.compile(rf"(?:the\s+)?{_LONG_NAME}")
# what may stand between such a subject and its verb: filler, or an aside set off by commas
_ASIDE = re.compile(r"\s*,\s*[^,;]{1,100},\s*")


def named_lead(cased: str, lead: int, verb: int) -> tuple[str, int] | None:
    """A body of two words or more led by "The", as the subject of the verb at ``verb``: its name and where it ends.

    "The Korean Red Cross said"; "The Multilateral Sanctions Monitoring Team, set up by 11 countries
    including South Korea, the United States and Japan, said" (the bodies the aside names are not the subject).
    """
    m = _THE_NAMED.match(cased, lead, verb)
    if m is None or is_non_name(m.group(1).split()[-1]):
        return None
    if is_filler(cased[m.end():verb]) or LONG_ASIDE.fullmatch(cased, m.end(), verb):
        return m.group(1), m.end()
    return None


# "The top US military commander in the Indo-Pacific ", ", a multinational team monitoring sanctions
# on the country ", ", an 11-nation team set up to monitor sanctions ": a body or its head described
# by what it is, as the subject of a clause
_DESCRIBED_BODY = re.compile(r"\s*(?:an?|the)\s+((?:[\w.'\u2019-]+\s+){0,4}?(?:commander|team|panel|court|"
                             r"tribunal|watchdog|task force|monitors|monitoring body|think tank)(?:\s+(?:in|of|at|for|on|"
                             r"monitoring|overseeing|investigating|tracking|(?:set up|formed|created|established) to)"
                             r"\s+[^,;]{1,50}?)?)"
                             r"(?:\s+(?:on|last|this)\s+\w+)?\s*")


def described_body(folded: str, cased: str, lead: int, verb: int) -> tuple[str, int] | None:
    """A body or its head described by its kind as the subject of the verb at ``verb``: its name and where it starts.

    "The top US military commander in the Indo-Pacific told senators"; "..., a multinational team
    monitoring sanctions on the country said". The description is the name shown.
    """
    comma = folded.rfind(",", lead, verb)
    m = _DESCRIBED_BODY.fullmatch(folded, comma + 1 if comma >= 0 else lead, verb)
    if m is None or " " not in m.group(1):
        return None  # "the panel said" refers back to a body named before
    return cased[m.start(1):m.end(1)], m.start(1)


def described_subject(cased: str, lead: int, verb: int) -> tuple[str, int] | None:
    """A body named and described as the subject, with the verb at ``verb``: its name and where it ends.

    "The Institute for Far East Studies, a think tank affiliated with the ministry, said" is the
    institute, not the ministry its appositive mentions; "The Tokyo-based website Korea Watch,
    citing satellite imagery, said" is the website.
    """
    for pattern in (_NAME_THEN_KIND, _KIND_THEN_NAME, _NAMED_WHICH):
        m = pattern.match(cased, lead, verb)
        words = m.group(1).split() if m is not None else []
        # a numeral opening a name makes it a name ("38 North"), not a place
        if m is None or (not words[0].isdigit() and all(is_non_name(w) for w in words)):
            continue
        tail = cased[m.end():verb]
        if is_filler(tail) or _ASIDE.fullmatch(tail):
            return m.group(1), m.end(1)
    return None


def document_body(cased: str, pos: int) -> str | None:
    """The body named at ``pos`` as a document's author: "the Center for ... (CSIS)", "the Seoul-based
    monitoring group North Korea Labor Watch"; None for a place or a lower-case phrase."""
    m = _KIND_THEN_NAME.match(cased, pos) or _NAME_AT.match(cased, pos)
    if m is None:
        return None
    words = m.group(1).split()
    if not words[0].isdigit() and all(is_non_name(w) for w in words):
        return None
    return m.group(1)


# "A U.N. panel of experts that monitored sanctions ": a body named by what it is, with a relative clause
_PANEL = re.compile(r"\s*(?:[Aa]n?|[Tt]he)\s+((?:U\.N\.|UN|U\.S\.|[A-Z][\w-]*\s+)?\s*(?:panel|team|group|commission|"
                    r"mission|task force)\s+of\s+(?:[\w-]+\s+)?(?:experts|investigators|inspectors|monitors|"
                    r"scientists|researchers))")
# "Before its mandate expired in 2024, ": a clause of time or condition before the subject
_OPENING_CLAUSE = re.compile(r"\s*(?:Before|After|When|While|Since|Until|Although|Though|As|If|Once)\s[^,;]{3,80},\s*")
_RELATIVE_TAIL = re.compile(r",?\s+(?:that|which|who)\s+[^;]{1,100}?,?\s+(?:(?:had|has|have|also|previously|earlier|once)\s+)*")


def panel_subject(cased: str, lead: int, end: int) -> str | None:
    """A panel of experts that is the subject of the verb at ``end``, perhaps after an opening clause.

    "Before its mandate expired in 2024, a U.N. panel of experts that monitored sanctions estimated".
    """
    opening = _OPENING_CLAUSE.match(cased, lead)
    panel = _PANEL.match(cased, lead) or (_PANEL.match(cased, opening.end()) if opening else None)
    if panel is not None and (is_filler(cased[panel.end():end]) or _RELATIVE_TAIL.fullmatch(cased, panel.end(), end)):
        return panel.group(1)
    return None
