"""Subjects that are not named sources: a country speaking, or a person as the sentence's subject.

"North Korea criticized ..." reports a country's stance (a named source of its own); "Kim Jong Un
has not appeared since March" has a person as its subject, who has not spoken here.
"""
from __future__ import annotations

import re

from briefing.extract.agents import CUE
from briefing.extract.lexicon import claims_land
from briefing.extract.mentions import Mention
from briefing.extract.names import FILLER, NAME, is_non_name
from briefing.extract.speaker import Agent

# The countries and capitals news copy lets speak, folded; "the country" refers to one of them
PLACE = (r"(?:north korea|south korea|pyongyang|seoul|washington|tokyo|beijing|moscow|russia|china|japan|"
         r"ukraine|kyiv|taiwan|the united states|the u\.s\.|the us|the north|the south)")
_PLACES = re.compile(rf"{PLACE}(?:\s*(?:,|and|,\s*and)\s+{PLACE})*(?!['\w])")
_HABITUAL = frozenset("routinely usually often typically regularly frequently always traditionally generally".split())
_PAST_ONLY = frozenset("is was were are be been would will could can may might does do did".split())
_IRREGULAR_PAST = frozenset("said told wrote forecast".split())
# "Pyongyang denies any involvement", "Japan says 18 of its citizens were kidnapped": a stance the
# country holds now is its statement too (a habit, "routinely condemns", is not)
_STANCE_NOW = frozenset("says denies insists maintains claims argues rejects urges warns".split())
_NEGATED = re.compile(r"\b(?:not|no|never|neither|nor|declined|refused|without)\b|n't")
# "South Korea's Ministry of National Defense": a possessive place is part of the body's name
_PLACE_POSSESSIVE = re.compile(rf"(?:{PLACE}|the country)'s")
# "U.N. Security Council resolutions ban ...": the body names what the subject is, and is not it
# "Navy sailor missing", "Army helicopter crashes": the body names whose people or things they are
_NP_CONTINUES = frozenset("""of and or for at from with whose which who that in resolution resolutions
sanctions rules law laws guidelines regulations member members sailor sailors soldier soldiers pilot pilots
troops personnel cadet cadets conscript conscripts recruit recruits veteran veterans crew ship ships vessel
vessels jet jets aircraft helicopter helicopters base bases unit units""".split())
_JOINED = re.compile(r"\s*(?:\([^)]*\)\s*)?(?:and|as well as)\s+(?:the\s+)?")
_STANDING = re.compile(r"\s+(?:(?:currently|now|still|already|also)\s+)?(?:operates|owns|possesses|fields|maintains|"
                       r"runs|employs|oversees|manages|controls|lacks|consists|comprises|numbers|"
                       r"has\s+(?:a|an|the|no|about|around|some|more|fewer|its|only|\d))\b")
# "the Russian Embassy in Seoul", "North Korea's mission to the U.N. in Geneva": a body posted
# somewhere, named with the place it sits in
_POSTED = re.compile(r"\b(?:embassy|mission|consulate|delegation|bureau|office)\b")
_POSTED_IN = re.compile(r"^\s+in\s+[a-z]+(?:\s+[a-z]+)?"
                        r"(?=(?:\s+(?:later|also|then|earlier|on\s+\w+))*\s+[a-z]+(?:ed|ted)\b)")
# "declined to confirm the report", "refused to say how many": what a body withholds is its answer
# ("declined to comment" is no answer at all)
_WITHHELD = re.compile(r"\s+(?:\w+ly\s+)?(?:declined|refused)\s+to\s+(?:confirm|say|give|elaborate|disclose|specify|"
                       r"discuss|reveal|identify|name)\b")
_DOCUMENTS = frozenset("statement report assessment summary release briefing".split())


def place_speaker(folded: str, cased: str, lead: int) -> Agent | None:
    """A country or capital speaking as the subject: "North Korea criticized", "Russia and China ... argued".

    The reporting verb must be the subject's own (right after it, or in a predicate joined by
    "and") and past or perfect, or a stance held now right after the subject ("Pyongyang denies"):
    "North Korea routinely condemns" is background, not a statement, and so is one recalled from
    before the story ("Pyongyang had informed ...").
    """
    subject = _PLACES.match(folded, lead)
    if subject is None:
        return None
    cue = CUE.search(folded, subject.end())
    if cue is None or cue.group() in ("according to", "citing") or " by" in cue.group():
        return None
    if claims_land(cue.group(), folded[cue.end():cue.end() + 40]):
        return None  # "China claims most of the sea": a claim to land
    gap = folded[subject.end():cue.start()]
    words = re.findall(r"[\w']+", gap)
    if any(w in _HABITUAL for w in words) or len(words) > 20:
        return None
    own = all((w in FILLER and w not in _PAST_ONLY) or (w.endswith("ly") and len(w) > 4) for w in words)
    joined = re.fullmatch(r"[^,;]*\band\s+(?:(?:has|have|had|also|later|then)\s+)*", gap) is not None
    perfect = bool(words) and words[-1] in ("has", "have")
    if words and words[-1] == "had":
        return None
    past = cue.group().endswith("ed") or cue.group() in _IRREGULAR_PAST or perfect
    if not (own or joined) or not (past or (cue.group() in _STANCE_NOW and not words)):
        return None
    return Agent("org", cased[subject.start():subject.end()])


def person_subject(cased: str, lead: int) -> str | None:
    """The person who is the subject of a sentence ("Kim Jong Un has not appeared ..."), if any."""
    m = NAME.match(cased, lead)
    if m is None or is_non_name(m.group(2)) or (" " not in m.group(2) and not m.group(1)):
        return None
    return m.group().strip()


def acting_subjects(folded: str, mentions: list[Mention], lead: int, orphan_cue: bool) -> list[Agent]:
    """The sentence's subjects when they are sources acting: "The Bank of Korea on Thursday lowered"."""
    first = next((m for m in mentions if m.start >= lead), None)
    if first is None:
        return []
    before = folded[lead:first.start].strip()
    # "South Korea's Ministry of National Defense declined ...": a possessive place is part of the name
    if before not in ("", "the", "a", "an") and not _PLACE_POSSESSIVE.fullmatch(before):
        return []
    if first.kind == "backref" and first.head in ("it", "he", "she", "they"):
        return []
    # "The defense ministry and the foreign ministry each summoned ...": both act
    chain = [first]
    for m in mentions:
        if (m.start >= chain[-1].end and (m.kind != "backref" or m.head not in ("it", "he", "she", "they"))
                and _JOINED.fullmatch(folded, chain[-1].end, m.start)):
            chain.append(m)
    # "(JCS)", or an appositive: "The council's president, Ambassador Diallo, read out ..."
    rest = re.sub(r"^\s*(?:\([^)]*\)|,[^,;]{1,80},)", "", folded[chain[-1].end:])
    if _POSTED.search(chain[-1].text.lower()):
        rest = _POSTED_IN.sub("", rest, count=1)  # "The Russian Embassy in Seoul issued ...": where it sits
    rest = re.sub(r"^\s+(?:each|both|jointly|together)\b", "", rest)
    word = re.match(r"\s+([a-z][a-z'-]*)", rest)
    if word is None or word.group(1) in _NP_CONTINUES:
        return []
    # "South Korea's air force currently operates four tankers": what a body has, not what it did
    if _STANDING.match(rest):
        return []
    # "had carried no report" is not a statement; a negation in a later clause ("splits over
    # the launch, issues no statement") does not undo the first one. A document referred back
    # to still reports what it leaves out ("The statement did not specify ...").
    document = first.kind == "backref" and first.head.split()[-1] in _DOCUMENTS
    if _WITHHELD.match(rest):
        return [Agent(m.kind, m.text, m.code, m.head) for m in chain]  # "declined to confirm the report"
    if not orphan_cue and not document and _NEGATED.search(" ".join(re.split(r"[,;]", rest, maxsplit=1)[0].split()[:8])):
        return []
    return [Agent(m.kind, m.text, m.code, m.head) for m in chain]
