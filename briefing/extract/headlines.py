"""Headline credits: a source set off by a dash or a colon, and a headline's "military says".

"Economy grew 3.7% last year - Bank of Korea", "Pentagon: drones will stay", "Exports jump 12%
-customs data"; "Seoul scrambles jets after drones cross border, military says", whose "military"
is the body of that kind the lead sentence names.
"""
from __future__ import annotations

import re

from briefing.extract.agents import CUE
from briefing.extract.mentions import Mention, fold, fold_case_kept
from briefing.extract.names import BYLINE
from briefing.extract.organisations import ORG_KEYWORDS, organisations
from briefing.extract.speaker import Agent

_SET_OFF = r"(?:\s(?:-|--|\u2013|\u2014)\s*|:\s+)"  # a dash or a colon before a headline's credit
# "... on chip demand -customs data", "... held for spying: police": a headline's credit that
# names no registered body
_CREDIT = re.compile(_SET_OFF + r"((?:[a-z][\w.&'-]*\s+){0,3}(?:data|figures|statistics|survey|"
                     r"poll|report|statement|study|prosecutors|prosecution|" + "|".join(sorted(ORG_KEYWORDS)) + r"))$")
# "... hit record $24.6b: DAPA": a body credited by its initials, which no registry knows
_INITIALS_CREDIT = re.compile(_SET_OFF + r"([A-Z][A-Z&]{1,7})$")


def tagged_source(folded: str, cased: str, named: list[Mention], lead: int) -> Agent | None:
    """A source set off by a dash or colon at the end, or a colon at the start, as headlines credit one.

    "Economy grew 3.7% last year - Bank of Korea", "Drills denounced: KCNA", "Pentagon: drones will
    stay six months", "Exports jump 12% -customs data" (a body not in the registry).
    """
    if not named:
        credit = _CREDIT.search(folded)
        if credit is None:
            credit = _INITIALS_CREDIT.search(cased.rstrip(" ."))
        return Agent("org", cased[credit.start(1):credit.end(1)]) if credit else None
    last, first = named[-1], named[0]
    if not folded[last.end:].strip(" .\"'") and re.search(r"(?:\s(?:-|--|\u2013|\u2014)|:)\s*$", folded[:last.start]):
        return Agent(last.kind, last.text, last.code)
    if first.start == lead and re.match(r"\s*:\s", folded[first.end:]):
        return Agent(first.kind, first.text, first.code)
    return None


# "..., military says": a headline names its source by the kind of body it is, the lead by name
_KIND_BEFORE = re.compile(r"(?:^|\s)((?:[a-z'-]+\s+)??(?:military|agency|ministry|bank|watchdog|council|"
                          r"command|department|service|office|government|think tank|institute|forum|court|"
                          r"group|monitor|monitors|team|panel|website|outlet|firm|report|study|commander|prosecutors|"
                          r"spokes(?:man|woman|person)|envoy|lawmaker))\s+$")
# Kinds that describe a body no registry knows ("US think tank says", "monitoring group says"): with
# one source in the lead, that source is the body the headline describes, whatever its name.
_DESCRIBED_KINDS = frozenset("""think tank institute group monitor monitors team panel website outlet firm report study
commander prosecutors spokesman spokeswoman spokesperson envoy lawmaker court""".split())

# "... in joint statement", "... in statement after talks": the headline's subject put it in writing
_IN_STATEMENT = re.compile(r"\bin (?:a )?(?:joint )?statement\b")


# "picks", "tightens", "to build": the verb of a headline whose subject acts
_ACTS = re.compile(r"\s+(?:to\s+[a-z]{3,}|[a-z]{3,}s)\b")


def _acting_body(headline: str, attributor) -> str | None:
    """The code of the body a headline opens with as the subject of a verb ("MOLIT tightens ..."),
    if the text has given it one.

    A body that only qualifies a noun ("Army helicopter crashes") or shares the subject with
    another ("Korea Coast Guard and Philippine Coast Guard sign ...") does not act alone.
    """
    folded, cased = fold(headline), fold_case_kept(headline)
    named = attributor.matcher.sources(folded, cased)
    named += organisations(cased, named)
    named += attributor.cast.acronym_mentions(cased, named)
    first = min(named, key=lambda m: m.start, default=None)
    if first is None or first.start > 4 or not _ACTS.match(cased, first.end):
        return None
    return first.code or attributor.cast.code_for(first.text)


def _is_byline(text: str, sentence) -> bool:
    return sentence.whole_line and sentence.end - sentence.start < 100 and BYLINE.match(text, sentence.start) is not None


def headline_body(text, sents, junk, results, attributor) -> None:
    """Resolve a headline's "military says" to the body of that kind the lead sentence names."""
    if len(sents) < 2 or junk[0] or not sents[0].whole_line:
        return
    # the lead is the first sentence after the headline that is not a byline ("By Kim Min-ji")
    lead = next((r for r, j, s in zip(results[1:], junk[1:], sents[1:])
                 if not j and not _is_byline(text, s)), None)
    if lead is None or lead.kind != "explicit":
        return
    folded = fold(text[sents[0].start:sents[0].end])
    if _IN_STATEMENT.search(folded) and set(results[0].sources) <= set(lead.sources):
        # "Seoul, Tokyo vow closer ties in joint statement": the lead names all who issued it
        opening = folded.split()[0].strip(",")
        if any(fold(lead.names.get(c, "")).startswith(opening) for c in lead.sources):
            results[0].sources, results[0].kind = list(lead.sources), "explicit"
            results[0].names = dict(lead.names)
            return
    # "Army test-fires new missile, defense ministry says": the kind before the cue names the source,
    # whatever body the headline shows acting
    code = _kind_credit(folded, lead, attributor, closing=bool(results[0].sources))
    if code is None and results[0].sources:
        return
    if code is None and (actor := _acting_body(text[sents[0].start:sents[0].end], attributor)) in lead.sources:
        code = actor  # "DAPA picks KAI to build ...": the body the lead credits with the news, acting in the headline
    if code is not None:
        results[0].sources, results[0].kind = [code], "explicit"
        results[0].names = {c: n for c, n in lead.names.items() if c == code}


def _kind_credit(folded: str, lead, attributor, closing: bool = False) -> str | None:
    """The lead's source that a headline's "military says" describes by its kind, or None.

    With ``closing``, only a credit after the headline's last comma counts (", defense ministry
    says"), not a body acting with others ("JCS and Combined Forces Command announce").
    """
    for cue in CUE.finditer(folded):
        kind = _KIND_BEFORE.search(folded[:cue.start()])
        if kind is None or (closing and not re.search(r",\s*$", folded[:kind.start(1)])):
            continue
        words = kind.group(1).split()
        fits = [c for c in lead.sources if all(w in attributor.cast.heads_of(c) for w in words)]
        if not fits and len(lead.sources) == 1 and lead.sources[0] not in attributor.registry and (
                words[-1] in _DESCRIBED_KINDS or " ".join(words[-2:]) in _DESCRIBED_KINDS):
            fits = list(lead.sources)
        if fits:
            return fits[0]
    return None
