"""Bodies the registry does not list, as English copy names them.

"the Korea Customs Service", "China's foreign ministry", "blockchain analysis firm Chainwatch",
"Xinhua news agency", "a DAPA official": each is a body a sentence may be attributed to, and gets a
code of its own (``cast.Cast``).
"""
from __future__ import annotations

import itertools
import re

from briefing.extract.mentions import Mention, longest_first
from briefing.extract.names import NON_NAME, is_non_name

ORG_KEYWORDS = frozenset("""
ministry service agency forces force command office council institute bank securities university
committee commission party administration department bureau corporation association center centre
guard police army navy assembly court embassy foundation federation organization organisation
authority board coalition fund network ministries kremlin congress senate parliament cabinet
forum exchange industries holdings labs technologies programme fleet confederation alliance corps group
government corp inc ltd company journal times herald
""".split())
# "China's foreign ministry", "Japan's envoy": a body owned by a place named in capitals. (Two
# patterns, not one alternation: the engine scans each far faster on its own.)
_ORG_POSSESSED = re.compile(
    r"((?:[A-Z][\w.\-]*\s+){0,2}[A-Z][\w.\-]*)(?:'s|(?<=s)')\s+((?:(?:defense|defence|foreign|finance|economy|trade|"
    r"interior|justice|unification|industry|home|state|nuclear|news|arms|procurement|weather|energy|health|"
    r"customs|tax|statistics|space|financial|military|transport|land|environment|education|labor|labour|"
    r"science|culture|oceans|fisheries|agriculture|welfare|veterans|interior|commerce|communications)\s+){0,2}"
    r"(?:ministry|military|army|navy|"
    r"air force|government|spy agency|intelligence agency|intelligence service|central bank|state media|"
    r"coast guard|cabinet|parliament|presidential office|embassy|police|regulator|news agency|"
    r"statistics office|customs service|foreign office|agency|watchdog|court|prosecutors|service|"
    # "Japan's envoy", "Russia's deputy ambassador": a country's representative, described (not when
    # the person is named next: "Japan's envoy, Ito Ken, said" is Ito's)
    r"(?:(?:deputy|chief|top|special)\s+)?(?:envoy|ambassador|delegation|delegate|representative|negotiator|"
    r"prime minister|foreign minister|defen[cs]e minister|mission to the (?:U\.N\.|UN|United Nations)(?:\s+in\s+[A-Z][a-z]+)?)(?!\s*,?\s*[A-Z][a-z]+(?:[\s-][A-Za-z][a-z]+)+)))(?:\b|(?<=\.))")
# "the U.N. resident coordinator's office", "Chinese customs": a body described, not named
_ORG_DESCRIBED = re.compile(
    r"(?=[A-Z])(?:"  # every form opens with a capital: the other positions fail at once
    r"((?:U\.N\.|UN|U\.S\.)\s+(?:[a-z]+\s+){0,3}[a-z]+'s\s+(?:office|mission|team))"
    r"|((?:Chinese|Japanese|Russian|American|U\.S\.|US|North Korean|South Korean|Taiwanese|Iranian|Ukrainian|"
    r"Indonesian|Philippine|Australian|British|French|German|Polish|Indian)\s+"
    r"(?:(?:military\s+)?intelligence|customs|police|coast guard|military|navy|army|government|foreign ministry|"
    r"defense ministry|state media|prosecutors|court|embassy|delegation|"
    r"mission(?:\s+to\s+the\s+(?:U\.N\.|UN|United Nations))?))(?:\b|(?<=\.))(?!\s+(?:officers?|agents?|services?|agency)\b)"
    # "a DAPA official": a body known by its initials, whose official speaks
    r"|(?:(?<=\b[Aa]\s)|(?<=\b[Aa]n\s))[A-Z][A-Z&]{1,5}(?=\s+(?:officials?|spokes(?:person|man|woman))\b)"
    # "A U.N. commission of inquiry", "a UN human rights investigator": a body of the U.N. described
    r"|((?:U\.N\.|UN|EU)\s+(?:[a-z-]+\s+){0,3}?(?:commission of inquiry|panel of experts|commission|panel|"
    r"committee|investigators?|rapporteur|envoy|inspectors?|experts?|tribunal)(?:\s+on\s+[a-z\s]{1,30}?(?=\s(?:said|says|told|found|concluded)))?)\b(?!['\u2019-]))")
# "Ministry of Trade, Industry and Energy": a name whose portfolios are listed with commas
_LISTED_MINISTRY = re.compile(r"\bMinistry of (?:[A-Z][a-z]+,\s+)+[A-Z][a-z]+,?\s+and\s+[A-Z][a-z]+"
                              r"(?:\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][a-z]+)?")
# a kind of body, capitalised in a release: a reference back, not a body's name
_KIND_ONLY = frozenset("ministry agency service command office council institute bank committee commission "
                       "department bureau authority board administration government".split())
# "the U.S. 7th Fleet": an ordinal may stand inside a name in capitals
_CAPSEQ = re.compile(r"(?:U\.[SN]\.|[A-Z][\w&.\-']*)(?:\s+(?:(?:of|and|for|on|the|&)\s+)*(?:U\.[SN]\.|[A-Z][\w&.\-']*|"
                     r"\d+(?:st|nd|rd|th)(?=\s+[A-Z])))*")
_CONNECTORS = frozenset("of and for on the &".split())
_WHEN = frozenset("""monday tuesday wednesday thursday friday saturday sunday january february march april
june july august september october november december""".split())
# A body introduced by what it is: "blockchain analysis firm Chainwatch", "local broadcaster KBS".
_KINDS = r"(firm|company|tank|broadcaster|newspaper|daily|outlet|website|lender|monitor|consultancy|tracker|startup)"
_DESCRIBED = re.compile(
    r"(?<![\w'])(?:(?!(?:to|by|the|a|an|of|from|at|in|on|and|or|for|with|said|says|according|citing)\b)"
    rf"[a-z][\w-]*\s+){{0,3}}{_KINDS}\s+([A-Z][\w&\-]*(?:\s+(?:(?:of|for|and|the)\s+)*[A-Z][\w&\-]*){{0,4}})")
_DESCRIBED_KIND = re.compile(rf"\b{_KINDS}\s+[A-Z]")  # a cheap test before the pattern above
# An outlet named in capitals before what it is: "Xinhua news agency", "the Rodong Sinmun newspaper".
_OUTLET = re.compile(r"(?<![\w'])([A-Z][\w&-]+(?:\s+[A-Z][\w&-]+){0,2})\s+(?:news\s+|state\s+|wire\s+|business\s+|"
                     r"financial\s+|economic\s+)?"
                     r"(agency|newspaper|broadcaster|daily|service|channel|tabloid)\b")
# "the Incheon coast guard", "Busan police": the local force of a place, a body of its own
_LOCAL = re.compile(r"(?<![\w'\u2019.])(([A-Z][a-z]+)(?:\s+[A-Z][a-z]+)?\s+(coast guard|police|prosecutors))\b"
                    r"(?!\s+(?:officers?|ships?|vessels?|boats?|helicopters?|cars?|stations?|chiefs?)\b)")
_TITLE_WORDS = frozenset("secretary minister spokesperson spokesman spokeswoman".split())
_CAP_STOP = frozenset("the a an both separately meanwhile however according while officials at".split())


def organisations(cased: str, taken: list[Mention]) -> list[Mention]:
    """Organisations that are not registry sources: "the Korea Customs Service", "China's foreign ministry"."""
    blanked = list(cased)
    for t in taken:
        blanked[t.start:t.end] = "\x00" * (t.end - t.start)  # a name the next one may not run into
    text = "".join(blanked)
    found: list[Mention] = []
    for m in itertools.chain(_ORG_POSSESSED.finditer(text) if "'" in text else (), _ORG_DESCRIBED.finditer(text)):
        start = m.start() + 4 if m.group().startswith("The ") else m.start()  # "The Philippines' navy"
        found.append(Mention(start, m.end(), "org", text[start:m.end()]))
    for m in _LISTED_MINISTRY.finditer(text) if "Ministry of" in text else ():
        found.append(Mention(m.start(), m.end(), "org", m.group()))  # its commas are inside the name
    for m in _DESCRIBED.finditer(text) if _DESCRIBED_KIND.search(text) else ():
        # The span covers the description, so "according to research firm X" reaches X;
        # the name is X alone, and "the firm" may refer back to it.
        found.append(Mention(m.start(), m.end(), "org", m.group(2), head=m.group(1)))
    for m in _LOCAL.finditer(text) if " coast guard" in text or " police" in text or " prosecutors" in text else ():
        if not is_non_name(m.group(2)) and not any(f.start <= m.start(1) < f.end for f in found):
            found.append(Mention(m.start(1), m.end(1), "org", m.group(1), head=m.group(3)))
    for m in _OUTLET.finditer(text):
        if not all(w.lower() in NON_NAME for w in m.group(1).split()):
            found.append(Mention(m.start(1), m.end(1), "org", m.group(1), head=m.group(2)))
    for m in _CAPSEQ.finditer(text):
        tokens = list(re.finditer(r"\S+", m.group()))
        words = [t.group().strip(".,'").lower().removesuffix("'s") for t in tokens]
        # "Rep. Oh of the National Assembly": the organisation starts after the last "of"
        # that follows a stretch with no organisation word in it.
        cut = 0
        for i, word in enumerate(words):
            if word == "of" and not ORG_KEYWORDS.intersection(words[cut:i]):
                cut = i + 1
        tokens, words = tokens[cut:], words[cut:]
        # "the Board of Governors on Thursday": a day or a month is when, not part of the name
        when = next((i for i, w in enumerate(words) if w in _WHEN), len(words))
        tokens, words = tokens[:when], words[:when]
        # "Cabinet Secretary Hiroshi Kanzaki": a title after the body starts a person's name
        title = next((i for i, w in enumerate(words) if i and w in _TITLE_WORDS and i < len(words) - 1), len(words))
        tokens, words = tokens[:title], words[:title]
        while words and words[-1] in _CONNECTORS:
            tokens, words = tokens[:-1], words[:-1]
        while tokens and (words[0] in _CAP_STOP or words[0] in _CONNECTORS):
            tokens, words = tokens[1:], words[1:]
        if not tokens or not ORG_KEYWORDS.intersection(words) or (len(words) == 1 and words[0] in _KIND_ONLY):
            continue  # "The Ministry will ...": a release refers to its issuer by kind, capitalised
        start = m.start() + tokens[0].start()
        end = m.start() + tokens[-1].end()
        name = text[start:end]
        if name.endswith("'s"):
            name, end = name[:-2], end - 2
        parent = next((t for t in taken if t.kind == "source" and text[t.end:start] in ("'s ", "\u2019s ")), None)
        # "U.S.", "Incheon International Airport Corp." keep their stops
        name = name.rstrip(".,") if not re.search(r"\b(?:[A-Z]|Corp|Inc|Co|Ltd)\.$", name) else name
        end = start + len(name)  # "... Combined Forces Command." ends before the full stop
        if parent is not None:
            # "the U.N. nuclear watchdog's Board of Governors": a part of a registry source is that source
            found.append(Mention(start, end, "source", name, parent.code))
            continue
        found.append(Mention(start, end, "org", name))
    return longest_first(found, avoid=taken)
