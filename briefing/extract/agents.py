"""English reporting cues and their agents: who said, told, reported or is cited.

The agent of a cue is the name right before it ("the JCS said", "Officials at the Pentagon and
Tokyo's defense ministry said"), allowing only filler in between ("on Monday", "(JCS)", "also",
"BOK Governor Choi Hyun-soo told"), or right after it ("according to the NIS", "said Lim So-yeon",
"published by the official Korean Central News Agency"). A named person with an appositive
("Rep. Yoon, an opposition member of the committee, said") is a speaker too. Mentions elsewhere in
the sentence are not attributions.
"""
from __future__ import annotations

import re
from typing import Callable, Collection

from briefing.extract.described import (DOCUMENT_FROM, DOCUMENT_TAIL, GROUP_AT, INFORMED, NAMED_DOCUMENT,
                                        PERSON_OWN, described_body, described_subject, lead_body,
                                        named_lead, panel_subject)
from briefing.extract.documents import document_author, document_holder, quoted_speaker, relayed
from briefing.extract.lexicon import BY_PARTICIPLES, INVERTED, SCHEDULED, VERBS, reports_here
from briefing.extract.following import (AFTER_ONLY, COORD, FORMER, NOT_BODIES, ROLE_APPOSITIVE, agent_after,
                                        proper_name, spoken_for, unnamed_official_of, with_speaking)
from briefing.extract.mentions import Mention, trie_pattern
from briefing.extract.relatives import relative_speaker
from briefing.extract.names import (CROWDS, MEMBER_OF, NAME, NON_NAME, ROLES, is_filler, is_non_name, capitalised_before,
                                   names_in, strip_filler)
from briefing.extract.speaker import Agent, Found, agent_of, person_at

_BY = sorted(BY_PARTICIPLES, key=len, reverse=True)
# "put the toll at 3,000", "pegged growth at 1.5 percent": an estimate given as a figure
_PUT_AT = (r"(?:put|puts|pegged|pegs|placed|places)(?=\s[^.;:]{0,60}?\bat\s+(?:(?:about|around|roughly|some|nearly|"
           r"almost|more than|over|under|up to|at least|as many as|as much as|between|only|just)\s+)*[\d$\u20a9\u20ac\u00a3])")
# one branch per shared prefix of the verbs: far faster than a plain alternation of ~300 forms
CUE = re.compile(r"\b(?<!-)(?:according to|citing|(?:quoted|cited) as saying by|(?:" + trie_pattern(_BY) + r") (?:by|through|via)|"
                 r"pointed out|" + _PUT_AT + "|" + trie_pattern(sorted(VERBS)) + r")\b")
_DETERMINER = re.compile(r"(?:(?:a|an|the)(?:\s+(?:senior|top|high-ranking|ranking|junior|veteran|second))?)?")
# "was quoted by KCNA on Wednesday as saying": the subject spoke, the agent carried it
_QUOTED_BY = re.compile(r"^(?:quoted|cited) by$")
# "'s latest estimate", "'s annual report": a document of the body named just before
_OWN_DOCUMENT = re.compile(r"'s\s+(?:[\w-]+\s+){0,3}?(?:estimates?|reports?|assessments?|statement|data|figures|"
                           r"surveys?|analysis|study|tally|count|calculations?|records|findings|briefing|projections?|"
                           r"forecasts?|review|dispatch|commentary|editorial|release|statistics|website|account)\b")
_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$")
_INFINITIVE = re.compile(r"\bto\s+$")

# a comma inside an aside: in a series ("democracy, human rights and labor") or after a town ("Geelong, Victoria")
_SERIES_OR_PLACE = r",(?=\s[^,]{1,40}\sand\s[^,]{1,40},|\s[A-Z][a-z]+,)"
# "Hwang, a former envoy, said", "Hwang, speaking to reporters after the meeting, said", "Ito, the
# secretary for democracy, human rights and labor, said" (a series may hold commas)
_APPOSITIVE = re.compile(r"\s*,\s*(?:a|an|the|citing|who|whose|one|also|its|his|her|[a-z]+ing|[a-z]+ed)\b"
                         r"(?:[^,]|" + _SERIES_OR_PLACE + r"){0,160},(?:\s+on\s+[A-Z][a-z]+day)?\s*$")
# "Rep. Park of the ruling party, who briefed reporters, said"; "Rep. Lee of the main party, said"
_AFFILIATED = re.compile(r"\s+(?:of|at|from)\s+[^,;]{1,60}?\s*,(?:\s*(?:a|an|the|who|whose|one|also|citing|quoting|"
                         r"[a-z]+ing)\b[^,]{0,100},)?\s*$")
# ", citing the JCS", ", in a statement carried by state news agency KCNA": an aside naming
# whom the subject cited or what carried its words, not who spoke
_CITED = r",\s*(?:citing|quoting|in\s+[^,;]{0,40}?\b(?:carried|released|published|issued)\s+by)\s"
_CITED_ASIDE = re.compile(_CITED + r"[^,;]{0,80}$")
_KIND_AFTER = re.compile(r"(?:\s+(?:news|state|official|press)\b)*(?:\s+(?:agency|service|outlet|broadcaster|newspaper|"
                         r"daily|think tank|website|monitor|monitoring group|research group|data|figures|statistics|"
                         r"poll|survey)\b)?")

_VAGUE = re.compile(r"\b(?:" + "|".join(sorted(CROWDS)) + r"|activist groups|people|reports|others|some|many|watchers|"
                    r"estimates)$")
_AFFILIATION = re.compile(r"\s+(?:of|at|from)\s+[^,;]{1,60}?\s*$")


def _before(cue: re.Match, folded: str, cased: str, mentions: list[Mention],
            known: Callable[[str], object], lead: int = 0, seen: Collection[str] = frozenset()) -> list[Agent]:
    left = [m for m in mentions if m.end <= cue.start()]
    if left and left[-1].text.lower().startswith(("his ", "her ")) and is_filler(cased[left[-1].end:cue.start()]):
        # "Defense Minister Kwon has ordered ..., his office said": the person's office speaks for them
        person = person_at(cased, NAME.search(cased, lead, left[-1].start), known)
        if person is not None:
            return [person]
    related = relative_speaker(cue, cased, left, lead, known)
    if related is not None:
        return related
    named = named_lead(cased, lead, cue.start())
    if named is not None and all(m.start >= named[1] or m.kind == "org" and m.end <= named[1] for m in left):
        # "The Multilateral Sanctions Monitoring Team, set up by ..., said": not the bodies the aside names
        within = [m for m in left if m.end <= named[1]]
        return [agent_of(within[0]) if within else Agent("org", named[0])]
    described = described_subject(cased, lead, cue.start())
    if described is not None:
        # "Korea Watch, a website run by defectors, said"; a body the name itself is known as stays that body
        within = [m for m in left if m.start < described[1]]
        return [agent_of(within[0]) if len(within) == 1 else Agent("org", described[0])]
    if len(left) == 1 and left[0].kind in ("source", "org") and DOCUMENT_FROM.fullmatch(cased, lead, left[0].start):
        tail = cased[left[0].end:cue.start()]
        if is_filler(tail) or DOCUMENT_TAIL.fullmatch(tail.rstrip()):
            return [agent_of(left[0])]  # "Satellite imagery from Maxar taken on Friday showed"
    if left:
        last = left[-1]
        gap = cased[last.end:cue.start()]
        holder = MEMBER_OF.search(cased, lead, last.start)
        if holder is not None and holder.group(2) and is_filler(gap) and not is_non_name(holder.group(3)):
            # "Rep. Kim Dae-sung of the Democratic Party said": the member speaks, not the party
            return [Agent("person", holder.group(1).strip())]
        if cased[last.start - 1:last.start] == "(" and gap.startswith(")"):
            gap = gap[1:]  # "the Joint Chiefs of Staff (JCS) said": the short name in brackets is the body
        own = _OWN_DOCUMENT.match(folded, last.end, cue.start())
        if own is not None and last.kind in ("source", "org", "backref") and (
                is_filler(cased[own.end():cue.start()]) or _APPOSITIVE.fullmatch(cased, own.end(), cue.start())):
            return [agent_of(last)]  # "The NIS's latest assessment said": the body's own document
        role_seen = last.text.split()[-1].lower() in ROLES
        # " and NeoShield" after the last body named: a body no pattern knows, joined to it
        joined_after = _AND_NAMED.fullmatch(gap)
        if joined_after is not None and not is_non_name(joined_after.group(1)):
            gap = ""
        else:
            joined_after = None
        # "KCNA news agency said": the kind of body after its name
        kind = _KIND_AFTER.match(gap)
        gap, role_seen = gap[kind.end():], role_seen or kind.group().endswith("official")
        # "Park, a former NIS deputy director, said": a former official speaks for no one but themselves
        former = FORMER.search(cased[cased.rfind(",", 0, last.start) + 1:last.start]) is not None
        # "Rep. Han, citing a briefing from the JCS, said": the body cited is not who said it
        cited = _CITED_ASIDE.search(cased, lead, last.start) is not None
        if not former and not cited and is_filler(gap, names_ok=True, role_seen=role_seen):
            spokesperson = names_in(gap)  # "Pentagon press secretary Dana Whitfield said"
            chain = [last]
            joined = False  # "the NIS, the JCS and the MND said": a bare comma joins only before "and"
            for prev in reversed(left[:-1]):
                gap = folded[prev.end:chain[0].start]
                if not COORD.fullmatch(gap) or (gap.strip() == "," and not joined):
                    break
                joined = joined or gap.strip() != ","
                chain.insert(0, prev)
            # "... told the NIS and NeoShield": bodies joined after another verb are not its subject
            if joined_after is None or _SUBJECT_OPENING.fullmatch(cased, lead, chain[0].start):
                agents = [agent_of(m) for m in chain]
                if joined_after is not None:
                    agents.append(Agent("org", joined_after.group(1)))  # "Both the NIS and NeoShield said"
                both = _BOTH_FIRST.search(cased, 0, chain[0].start)
                if both is not None and not all(w.lower() in NON_NAME for w in both.group(1).split()):
                    agents.insert(0, Agent("org", both.group(1)))  # "Both the FBI and South Korea's NIS have warned"
                agents[-1].names += spokesperson
                intro = _INTRODUCED.search(cased, 0, chain[0].start)
                # "... under the guidance of Kim Jong Un, KCNA reported": a name a preposition governs is not the subject
                if intro and not is_non_name(intro.group(3)) and not _GOVERNED.search(cased, 0, intro.start()):
                    agents[0].names.append(intro.group(1))
                return agents
    if left and GROUP_AT.fullmatch(cased, lead, left[0].start):
        tail = cased[left[0].end:cue.start()]
        if is_filler(tail) or _APPOSITIVE.fullmatch(tail):
            return [agent_of(left[0])]  # "A senior official at the presidential office, speaking ..., said"
    subject = _subject_with_appositive(cue, cased, left, lead)
    if subject is not None:
        return [subject]
    # "The FBI has attributed ...": a body known only by its initials, as the subject
    acronym = re.match(r"\s*(?:[Tt]he\s+)?([A-Z][A-Z&]{1,5})(?![\w.'])", cased[lead:])
    if not left and acronym and (is_filler(cased[lead + acronym.end():cue.start()])
                                 or _SUBJECT_TAIL.fullmatch(cased[lead + acronym.end():cue.start()])):
        return [Agent("org", acronym.group(1))]
    informed = INFORMED.search(cased, lead, cue.start())
    # "The board adopted it, two diplomats who attended said": mentions before the informed people are theirs to report
    if informed is not None and all(m.end <= informed.start() or m.start >= informed.start() and m.end <= informed.end()
                                    for m in left):
        tail = cased[informed.end():cue.start()]
        if is_filler(tail) or _APPOSITIVE.fullmatch(tail):
            return [Agent("org", informed.group(1))]
    own = PERSON_OWN.search(cased, lead, cue.start())
    if own is not None and is_filler(cased[own.end():cue.start()]):
        return [Agent("org", own.group(1))]  # "Mr. Kang's lawyer said"
    named = NAMED_DOCUMENT.search(cased, lead, cue.start())
    if named is not None and not left and (is_filler(cased[named.end():cue.start()])
                                           or DOCUMENT_TAIL.fullmatch(cased[named.end():cue.start()].rstrip())):
        body = proper_name(cased, named.start(1))
        if body is not None:
            return [body]  # "A Gallup Korea poll in March found", "Korea Exchange data showed"
    document = DOCUMENT_FROM.match(cased, lead)
    if document is not None and not left:
        body = proper_name(cased, document.end())
        tail = cased[document.end() + len(body.text):cue.start()] if body is not None else ""
        if body is not None and (is_filler(tail) or DOCUMENT_TAIL.fullmatch(tail.rstrip()) or _APPOSITIVE.fullmatch(tail)):
            return [body]  # "A separate poll by Gallup Korea in September showed", "A report by Daily NK, a ..., said"
    group = GROUP_AT.match(cased, lead)
    # "Some diplomats in Vienna": a place, where no body is named
    if group is not None and not left and not re.search(r"\bin\s+(?:the\s+)?$", group.group()):
        body = proper_name(cased, group.end())
        # "Experts at 38 North, a website that monitors the North, said": a group of a named body
        if body is not None:
            tail = cased[group.end() + len(body.text):cue.start()]
            if is_filler(tail) or _APPOSITIVE.fullmatch(tail):
                return [body]
    # "Daily NK": initials ending a longer name are not a body of their own
    initials = [m for m in _INITIALS.finditer(cased, lead, cue.start()) if capitalised_before(cased, m.start()) is None]
    if (initials and not any(m.end > initials[-1].start() for m in left)
            and is_filler(cased[initials[-1].end():cue.start()])):
        return [Agent("org", initials[-1].group(1))]
    pair = _NAMED_PAIR.match(cased, lead)
    if not left and pair is not None and is_filler(cased[pair.end():cue.start()]):
        names = [pair.group(1), pair.group(2)]
        if not any(all(w.lower() in NON_NAME or w.lower() in NOT_BODIES for w in n.split()) for n in names):
            return [Agent("org", n) for n in names]  # "Both Daily NK and Asia Press have reported"
    company = _COMPANY_ROLE.fullmatch(cased, lead, cue.start())
    if company is not None and not is_non_name(company.group(1)):
        return [Agent("org", company.group(1))]  # "A Hanwha Aerospace spokesperson said"
    described = described_body(folded, cased, lead, cue.start())
    if described is not None and all(m.kind != "source" and m.start >= described[1] for m in left):
        return [Agent("org", described[0])]  # "The top US military commander in the Indo-Pacific told"
    if not left and (body := lead_body(cased, lead, cue.start(), known, seen)) is not None:
        return [Agent("org", body)]  # "Boeing said", "Busan police said"
    clause = _LAST_CLAUSE.search(cased, lead, cue.start())
    if clause is not None and not any(m.end > clause.start() for m in left) and (
            body := lead_body(cased, clause.end(), cue.start(), known, seen)) is not None:
        return [Agent("org", body)]  # "..., Treasury said in a statement."
    panel = panel_subject(cased, lead, cue.start())
    if panel is not None:
        return [Agent("org", panel)]  # "A U.N. panel of experts that monitored sanctions had estimated"
    # "KHNP CEO Jeon Sang-woo apologized ... and said": a company's head, named after the company
    subject = NAME.match(cased, _COMPANY_HEAD.match(cased, lead).end())
    if subject is not None and not left and _JOINED_VERB.fullmatch(cased, subject.end(), cue.start()):
        # "Kim called the hospital a first step and said ...": the subject of both verbs speaks
        words = subject.group(2).lower().split()
        agent = person_at(cased, subject, known) or (
            Agent("person", subject.group().strip()) if words[0] in seen and not is_non_name(subject.group(2)) else None)
        if agent is not None:
            return [agent]
    head = cased[:cue.start()]
    for m in reversed(list(NAME.finditer(head))):
        if any(x.start <= m.start(2) < x.end for x in mentions):
            continue  # "Joint Chiefs" inside "South Korea's Joint Chiefs of Staff" is the body, not a person
        if re.search(r"\b(?:in|at|near|from|an?)\s+$|,\s*(?:an?|the)\s[^,]*$", head[:m.start()]):
            # "Some diplomats in Vienna said": a place, not a speaker; "a Republican", "the
            # committee's ranking Democrat": a description of the speaker named before it
            continue
        tail = head[m.end():]
        body = spoken_for(m, tail, len(head) - len(tail), mentions)
        if body is not None:
            return [body]
        role = ROLE_APPOSITIVE.fullmatch(tail)
        appositive = _APPOSITIVE.fullmatch(tail) is not None
        if (is_filler(tail) or appositive or _AFFILIATION.fullmatch(tail)
                or _AFFILIATED.fullmatch(tail) or (role is not None and role.group(2).lower() in ROLES)):
            agent = person_at(cased, m, known)
            if agent is None and (is_filler(tail) or appositive) and " " not in m.group(2) \
                    and m.group(2).lower() in seen and not m.group(1) and not is_non_name(m.group(2)):
                agent = Agent("person", m.group(2))  # "Kim said", "Kim, citing ..., said" after "Kim Jong Un visited"
            if agent is not None:
                return [agent]
            # "Park, a fellow at an institute in Seoul, said": a place ends the appositive; the
            # speaker comes before it.
            if not is_non_name(m.group(2)):
                return []
        if len(tail) > 120:
            break
    return []


# "A Hanwha Aerospace spokesperson ": someone speaking for a body named in capitals, of no known kind
_COMPANY_ROLE = re.compile(r"\s*(?:[Aa]n?|[Tt]he)\s+([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2})\s+(?:spokes(?:person|man|woman)|"
                           r"official|representative|executive)\s+(?:(?:on|last|this)\s+\w+\s+)?(?:also\s+)?")
# ", which said", ", who later confirmed": a relative clause whose verb is the cue
# ", Treasury said", ", police said": the subject of a closing clause, after the sentence's last comma
_LAST_CLAUSE = re.compile(r",\s+(?=(?:[Tt]he\s+)?(?:[A-Z][a-z]+\s+[A-Z]{2,5}|[A-Z]{2,5}\s+[A-Z][a-z]+|[A-Z][\w&-]*|police|prosecutors)\s+$)")
# "Kim Min-ho, ": a person named just before the body they speak for, and an appositive's first words
_INTRODUCED = re.compile(r"(" + NAME.pattern + r")\s*,\s*(?:[\w'-]+\s+){0,6}$")
_GOVERNED = re.compile(r"\b(?:of|by|with|to|from|for|under|at|on|in|about|against)\s+$")
# "Both the FBI and ": a body no pattern knows, joined to the first one named
_BOTH_FIRST = re.compile(r"\b[Bb]oth\s+(?:the\s+)?([A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,3})\s+and\s+(?:the\s+)?"
                         r"(?:[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?'s\s+)?$")
# " and NeoShield ", after "Both the NIS": a body no pattern knows, joined to the bodies named before it
_AND_NAMED = re.compile(r"\s+and\s+(?:the\s+)?([A-Z][\w&-]*[a-z][\w&-]*(?:\s+[A-Z][\w&-]*){0,2})\s+(?:(?:have|has|had|also|both|jointly)\s+)*")
_SUBJECT_OPENING = re.compile(r"\s*(?:(?:[Bb]oth\s+)?(?:the\s+)?|The\s+)")
# "Both Daily NK and Asia Press ": two bodies in capitals as the subject
_NAMED_PAIR = re.compile(r"\s*(?:[Bb]oth\s+)?([A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,3})\s+and\s+"
                         r"([A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,3})(?=\s+[a-z])")
# "KHNP CEO ": the company a head is named after, before the head's title
_COMPANY_HEAD = re.compile(r"(?:[A-Z][\w&-]*\s+(?=(?:CEO|Chairman|Chairwoman|President)\s))?")
# "called the hospital the first step ... and ": a first verb and its object, then "and" before the cue
_JOINED_VERB = re.compile(r"\s+[a-z][\w'-]*\b[^;:]{0,200}?\s(?:and|but)\s+(?:also\s+|then\s+|later\s+)?")


# "The council's president for June, Denmark's envoy Lars Holm, told": the subject (or its
# official: "A senior Foreign Ministry official, speaking on condition of anonymity,"), an optional
# qualifier ("for June", "in Seoul"), then an appositive between commas.
# A figure's thousands comma ("28,500 troops") does not end the appositive.
_SUBJECT_TAIL = re.compile(r"(?:\s+(?:officials?|spokes(?:person|man|woman)))?(?:\s+(?:for|of|in|at|on)\s+[^,;]{1,30}?)?"
                           r"\s*,(?:[^,;]|(?<=\d),(?=\d)|" + _SERIES_OR_PLACE + r"){1,120},\s*$")


# "..., the FBI said in an advisory": a body known by its initials right before the verb
_INITIALS = re.compile(r"(?<![\w.])([A-Z][A-Z&]{1,5})(?![\w.'\u2019&])")


def _subject_with_appositive(cue: re.Match, cased: str, left: list[Mention], lead: int) -> Agent | None:
    """The body that is the sentence's subject when an appositive stands between it and the verb."""
    if not left:
        return None
    first = left[0]
    # "A senior U.S. defense official, briefing reporters, said": a rank before the subject
    if first.kind not in ("source", "org", "backref") or not _DETERMINER.fullmatch(cased[lead:first.start].strip().lower()):
        return None
    tail = cased[first.end:cue.start()]
    cited = re.match(r"\s*" + _CITED, tail) is not None
    if not _SUBJECT_TAIL.fullmatch(tail) or (not cited and any(m.start >= first.end for m in left[1:] if m.kind != "backref")):
        return None
    agent = agent_of(first)
    agent.names += names_in(tail.rsplit(",", 2)[-2])
    return agent


# "declined to say", "refused to elaborate": a refusal, which is still the subject's word
_DECLINED = re.compile(r"\b(?:declined|refused)\s+to\s+$")

def english_agents(folded: str, cased: str, mentions: list[Mention], known: Callable[[str], object],
                   lead: int = 0, seen: Collection[str] = frozenset()) -> Found:
    """The cues of a (quote-masked) sentence and the agents they name; ``lead`` skips a dateline.

    ``seen`` holds the words of people's names met earlier in the text (folded).
    """
    found = Found()
    holders: list[Agent] = []
    for cue in CUE.finditer(folded):
        word = cue.group()
        head = folded[:cue.start()]
        if word != "according to" and _INFINITIVE.search(head):
            refusal = _DECLINED.search(head)
            subject = next((m for m in mentions if m.kind == "backref" and m.start == lead), None)
            if refusal is not None and subject is not None and is_filler(cased[subject.end:refusal.start()]):
                # "She declined to say how many": the refusal is the speaker's, met before
                found.cues.append(cased[refusal.start():cue.end()])
                found.agents.append(agent_of(subject))
            continue
        if not reports_here(word, head, folded[cue.end():cue.end() + 40]):
            continue
        found.cues.append(cased[cue.start():cue.end()])
        if word in ("according to", "citing") and _UNNAMED.match(folded, cue.end()):
            # "citing a government official it did not name": nobody the reader can check, unless
            # the official's body is named ("citing an unnamed defense ministry official")
            found.agents += unnamed_official_of(cue.end(), folded, mentions)
            continue
        passive = not AFTER_ONLY.match(word) and _PASSIVE.search(head)
        agents: list[Agent] = []
        if not passive and not AFTER_ONLY.match(word):
            agents = _before(cue, folded, cased, mentions, known, lead, seen)
        inverted = word in INVERTED and re.search(r"[,\"'\u201d]\s*$", head)
        if not agents and (AFTER_ONLY.match(word) or inverted):
            agents = agent_after(cue, folded, cased, mentions, known)
        if not agents and word in ("according to", "citing"):
            agents = document_author(cue, folded, cased, mentions)
        if agents and word == "according to":
            agents += document_holder(cue, folded, cased)  # "... data submitted to Rep. Choi"
        if word.endswith("as saying by"):
            # "the NIS official was quoted as saying by Rep. Lee": the subject spoke, Lee passed it on
            agents = _before(cue, folded, cased, mentions, known, lead) + agents
        elif agents and word in ("quoted", "cited"):
            # "KCNA quoted a foreign ministry spokesperson as saying": KCNA carried what they said
            agents += quoted_speaker(cue, folded, cased, mentions, known, seen)
        if agents and _QUOTED_BY.match(word) and re.match(r"[^.;]{0,60}?\bas saying\b", folded[cue.end():]):
            speaker = person_at(cased, NAME.match(cased, lead), known)
            agents += [speaker] if speaker is not None else []
        if agents and _HOLDER.match(word):
            holders += agents
        if agents:
            found.agents += agents + relayed(cue, folded, agents, mentions)
            # "A spokesperson was quoted as saying by KCNA": the subject spoke, KCNA carried it
            found.orphan_cue = found.orphan_cue or word.endswith("as saying by")
            continue
        late_by = _LATE_BY.match(folded, cue.end()) if passive else None
        if late_by is not None:
            # "was confirmed on Monday by the Pentagon", "was put at 300 by the JCS": the agent
            # of a passive may follow its time, place or figure.
            agents = agent_after(cue, folded, cased, mentions, known, start=late_by.end())
            if agents:
                found.agents += agents
                continue
        if passive:
            # "is said to", "it is believed": hearsay; "were observed" merely has no agent here.
            if (re.match(r"\s+to\b", folded[cue.end():]) and word not in SCHEDULED) or re.search(r"\bit\s+(?:is|was|has been)\s+$", head):
                found.hearsay = True
        elif _VAGUE.search(re.sub(r"[\s,]+$", "", strip_filler(head))) or (
                AFTER_ONLY.match(word) and _VAGUE.search(folded[cue.end():cue.end() + 40].split(",")[0].strip())):
            found.vague = True
        else:
            found.orphan_cue = True
    participle = _PARTICIPLE.search(folded, lead) if not found.agents else None
    verb = _MAIN_VERB.search(folded, lead, participle.start()) if participle is not None else None
    if verb is not None and folded[lead:verb.start()].split()[0] not in CROWDS and (
            agents := _before(verb, folded, cased, mentions, known, lead, seen)):
        # "Sorokin went further, saying ...": the subject of the sentence's first verb speaks
        found.cues.append(cased[participle.start(1):participle.end(1)])
        found.agents += agents
        found.orphan_cue = False
    found.agents += with_speaking(cased, known)
    if holders and len(holders) < len(found.agents):
        # "In a report seen by Reuters, the IAEA said": the outlet holds the document, the IAEA speaks
        found.agents = [a for a in found.agents if all(a is not h for h in holders)]
    return found


# ", saying", ", adding": a participle whose agent is the subject of the sentence's verb
_PARTICIPLE = re.compile(r",\s+(saying|adding|noting|warning|arguing|insisting|stressing|claiming)\b")
# "went further", "declined to say", "asked whether": the sentence's first verb, in the past, active
_MAIN_VERB = re.compile(r"(?<=[\w,] )(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbe )(?<!\bis )(?<!\bare )"
                        r"(?:[a-z]+ed|went|took|gave|made|struck|held|sent|came|spoke|kept|stood|fought|hit|shot)\b")
# "a report seen by Reuters", "a copy obtained by the ministry": who holds a document, not who wrote it
_HOLDER = re.compile(r"^(?:seen|obtained|reviewed) by$")


# "an unnamed official", "a source who asked not to be named", "an official it did not name"
_UNNAMED = re.compile(r"\s*(?:(?:an?|two|three|several)\s+)?(?:unnamed|anonymous)\b|[^,;.]{0,60}?\b(?:it|they|he|she|who)\s+"
                      r"(?:did not|didn't|declined to|asked not to)\s+(?:name|be named|identify|be identified)\b")
# "was confirmed on Monday by", "was put at 300 by": a passive's agent after a short complement
_LATE_BY = re.compile(r"(?:(?!\bto\s+(?:be|have)\s)[^,;:()\"]){1,50}?\bby\s+")  # not "believed to be run by"
