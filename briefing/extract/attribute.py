"""Attribute each sentence of an article to the sources that said it.

Three steps, in document order:

1. *Own attribution*: the agents of the sentence's reporting cues (English and Korean rules), or
   a source that is the subject of the sentence ("The Bank of Korea on Thursday lowered ...").
   Registry sources and other named bodies or people are ``explicit``; back-references ("the
   agency", "It", "이 당국자는") resolve to an earlier source and are ``inherited``.
2. *Quotations*: every sentence of a multi-sentence quotation takes the speaker named in it.
3. *Continuation* (``carry``): a sentence with no source of its own continues the previous
   sentence of its paragraph, unless it is vague ("Some analysts believe"), hearsay ("is said
   to") or about another actor ("North Korea has ..."); a paragraph of further figures continues
   a data release just before it.
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from briefing.domain.sources import SourceKind, SourceRegistry
from briefing.extract import korean, korean_orgs, korean_subjects
from briefing.extract.korean_bodies import latest_of_kind
from briefing.extract.documents import DOCUMENT_NOUNS, ISSUED
from briefing.extract.korean_documents import Issuers, is_document
from briefing.extract.korean_names import abbreviates
from briefing.extract.korean_relayed import relayed_bodies
from briefing.extract.korean_people import Introduced, headline_person, surname_speaker, with_lee
from briefing.extract.background import is_background
from briefing.extract.agents import Agent, english_agents
from briefing.extract.subjects import PLACE, acting_subjects, person_subject, place_speaker
from briefing.extract.carry import carry_context
from briefing.extract.cast import Cast
from briefing.extract.names import NAME, PORTFOLIOS, TITLES, is_non_name
from briefing.extract.mentions import RegistryMatcher, fold, fold_case_kept
from briefing.extract.organisations import organisations
from briefing.extract.headlines import headline_body, tagged_source
from briefing.extract.quotes import masked as masked_quotes, masked_to_close, quote_spans, quoted_words
from briefing.extract.release import speak_for_issuer
from briefing.extract.segment import Sentence

# "SEOUL, Nov. 10 -- ", "SEOUL, Oct. 28 (Reuters) - ", "SEOUL, South Korea (AP) — ", and a live update's time stamp "3:10 p.m. -- "
_DATELINE = re.compile(r"^(?:[A-Z][A-Z .'/\-]+(?:,\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?=\s*\())?(?:\([^)]*\))?,?\s*(?:[A-Z][a-z]{2,4}\.?\s+\d{1,2}\s*)?"
                       r"(?:\([^)]*\)\s*)?|[A-Z][a-z]+(?:[ /][A-Z][a-z]+){0,2}\s*\([A-Z][\w ]{1,20}\)\s*|"
                       r"\d{1,2}:\d{2}\s*(?:[ap]\.m\.|[AP]M)?\s*)(?:--|\u2014|\u2013|-(?=\s))\s*")
# "[속보]", "[Update]": a flash label opening a headline
_FLASH = re.compile(r"^\s*\[[^\]\n]{1,10}\]\s*")
_LEAD = re.compile(r"(?:(?:separately|meanwhile|however|additionally|also|moreover|in addition|earlier|later|but|"
                   r"on \w+|both|(?:in|by|last|this|earlier this|late|early)\s+[a-z.]+(?:\s+\d{4})?(?=\s*,))\s*,?\s+)*")
_PLACE = re.compile(rf"(?:{PLACE}|the country)\b(?!')")
# A body that declined to comment gave no account for the next sentence to continue.
_REFUSAL = re.compile(r"\b(?:declined|refused|did not|would not|was not able|could not be reached)\s+"
                      r"(?:\w+ly\s+)?(?:to\s+)?(?:comment|confirm|give|provide|say|elaborate|disclose|discuss|specify|respond)"
                      r"|\bno (?:immediate )?(?:response|comment|reaction|reply)\b")
_GROUP_SUBJECT = re.compile(r"(?:[\w-]+\s+){0,2}(?:analysts|experts|observers|critics|economists|activists|"
                            r"groups|scholars|researchers|residents|diplomats|people|witnesses|commentators|"
                            r"prosecutors|police|investigators|lawyers|judges|lawmakers|authorities)\b")
_GENERIC_HEADS = frozenset("""statement report spokesperson spokesman spokeswoman official minister governor
assessment summary release briefing it he she they director chief head president chairman chairwoman
secretary analysis study ruling authors data figures commentary editorial dispatch""".split())
_TITLES = re.compile(rf"^{TITLES}")
_NOT_OFFICE = re.compile(r"(?:Rep|Sen|Dr|Prof|Mr|Mrs|Ms)\.|(?:Representative|Senator|Lawmaker|Professor)\b")
_OFFICE_OF = re.compile(r"\b(?:head|chief|director|director general|director-general|leader|president|chairman|"
                        r"chairwoman|chair|governor|secretary-general|secretary general|commander)\s+of\s+(?:the\s+)?$")
_BODY_NOUNS = frozenset("ministry agency bank council institute command department service office regulator "
                        "watchdog".split())
_ROLE_WORDS = frozenset("official officials spokesperson spokesman spokeswoman".split())


@dataclass(slots=True)
class Attribution:
    """What a sentence is attributed to. ``names`` maps codes to the names as written."""

    sources: list[str] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)
    kind: str = "none"
    cue: str | None = None
    quote: bool = False
    blocks: bool = False  # vague, hearsay or another actor: context does not carry into it
    carries: bool = True  # False: the next sentence does not continue this source (a country speaking)
    vague: bool = False  # "Some analysts believe", "is said to": nobody's account, not even a release's issuer
    topic: bool = False  # a body named in the sentence is its topic (기획재정부는 …), whether or not it speaks


class Attributor:
    """Attributes the sentences of one document; holds what earlier sentences established."""

    def __init__(self, matcher: RegistryMatcher) -> None:
        self.matcher = matcher
        self.registry: SourceRegistry = matcher.registry
        self.cast = Cast(matcher)
        self.known_bodies = korean_orgs.KnownBodies(self.cast)  # 월스트리트저널, met before: named again bare
        self.documents = Issuers()  # who issued the 담화, the 보고서 a later sentence refers back to
        self.introduced = Introduced()  # 김정은 국무위원장, named in full: the later 김 위원장
        # the words of people's names met so far, each with the name: "Ahn" -> "Ahn Sung-ho"
        self.seen_names: dict[str, str] = {}
        self.seen: list[tuple[str, frozenset[str]]] = []
        self.last: list[str] = []
        self.speakers: list[str] = []  # every source so far, the latest last
        # The body whose unnamed office-holder spoke last ("the head of the IAEA said"): the next
        # speaker introduced by title alone ("Director General Varga") is that person.
        self.office: list[str] | None = None
        # A person met before who is the subject of the previous sentence without speaking in it
        # ("Back at the post, Lee keeps a tally."): the "he" of the next sentence is that person.
        self.actor: str | None = None

    def _describe(self, code: str, name: str, cased: str) -> None:
        """Let "the outlet" refer back to "Asia Press, a Japan-based outlet", named without a kind word."""
        described = re.search(re.escape(name) + r"\s*,\s*(?:a|an|the)\s+([^,;]{1,60})", cased)
        words = set(fold(described.group(1)).split()) if described else set()
        self.seen.append((code, self.cast.heads_of(code) | words))

    # -- resolving agents ---------------------------------------------------------------------

    def _backref(self, head: str, here: list[tuple[str, frozenset[str]]]) -> tuple[list[str], bool]:
        """What "the agency" (``head`` "agency") refers to: the latest body it fits, named here or before."""
        if is_document(head):
            # 담화는, 방위백서는: whoever issued that document, else the last to speak
            return (self.documents.of(head) or list(self.last)), False
        if head in DOCUMENT_NOUNS and (issuer := self.documents.of(head)):
            return issuer, False  # "The survey also found": whoever issued it
        if re.fullmatch("[\uac00-\ud7a3]+", head):
            # 통신은: of the last voices, the one whose name ends with the noun (조선중앙통신); else
            # the body of that kind that spoke or was named last (이 매체는, 해당 부처는)
            fits = ([c for c in self.last if any(w.endswith(head) for w in self.cast.heads_of(c))]
                    or latest_of_kind(head, self.last, self.seen, self._kind_of))
            return (fits[:1] or list(self.last)), False
        if head in ("he", "she"):
            # "Rep. Han, citing the JCS, said ... She said": the person, not the body she cited
            # (an outlet that carried her words still carries the next ones)
            people = {c for codes in self.cast.persons.values() for c in codes}
            spoke = [c for c in self.last if (c in people and c not in self.registry) or self.cast.is_outlet(c)]
            if any(c not in self.registry for c in spoke) and len(spoke) < len(self.last):
                return spoke, False
        words = [w for w in head.split() if w not in _ROLE_WORDS] or head.split()
        if len(words) == 2 and words[0] in PORTFOLIOS and words[1] == "chief":
            words, head = [words[0], "minister"], f"{words[0]} minister"  # "Defense chief vows": the minister
        if words[-1] in _GENERIC_HEADS and (len(words) == 1 or words[0] not in PORTFOLIOS):
            return list(self.last), False
        # a body named earlier in this sentence, then one that spoke, then one merely mentioned:
        # "The agency added" after the NIS spoke about the Reconnaissance General Bureau is the NIS
        spoke = [(c, self.cast.heads_of(c)) for c in self.speakers]
        for code, heads in itertools.chain(reversed(here), reversed(spoke), reversed(self.seen)):
            if all(w in heads for w in words):
                return [code], False
        # "the bureau" after "the FBI": a body known only by its initials, one of which the noun starts
        for code in itertools.chain((c for c, _ in reversed(here)), reversed(self.last), (c for c, _ in reversed(self.seen))):
            name = self.cast.names.get(code, "")
            if len(words) == 1 and re.fullmatch(r"[A-Z]{2,6}", name) and words[0][0].upper() in name[1:]:
                return [code], False
        # "the defense minister" with no defense ministry named yet: the home body with that title
        code = (self.matcher.short_names.get(head) or self.matcher.titles.get(head)
                or (self.matcher.by_kind([w.replace("-run", "") for w in words]) if len(words) >= 2 else None))
        if code:
            return [code], True
        # "The finance ministry said", met before any finance ministry: a body named for the first
        # time by what it is, not a reference back.
        if len(words) >= 2 and (words[-1] in _BODY_NOUNS or words[0] in PORTFOLIOS):
            return [self.cast.unknown_code("the " + " ".join(words))], True
        return [], False

    def _resolve(self, agent: Agent, here: list[tuple[str, frozenset[str]]],
                 alone: bool = True) -> tuple[list[str], bool, dict[str, str]]:
        """Codes for ``agent``, whether it names them explicitly, and their names as written.

        ``alone`` says the agent is the sentence's only one: a bare Korean surname nobody was
        named with is then left to the context rather than made a source of its own.
        """
        if agent.kind == "source":
            return [agent.code], True, {agent.code: agent.text}
        if agent.kind == "org":
            key = re.sub(r"^the\s+", "", fold(agent.text))
            if key in self.matcher.short_names:  # "the Defense Ministry": the last one named, else the registry's
                codes, explicit = self._backref(key, here)
                return codes, explicit, {c: self.cast.names[c] for c in codes if c in self.cast.names}
            code = self.cast.unknown_code(agent.text)
            return [code], True, {code: agent.text}
        if agent.kind == "person":
            codes = self.cast.known_person(agent.text)
            if codes is None and re.fullmatch("[\uac00-\ud7a3]", agent.text):
                full = self.introduced.full(agent.text, agent.head)  # 김 위원장 after 김정은 국무위원장
                codes = self.cast.known_person(full) if full is not None else None
                if codes is None and full is not None:  # 김 장관 after 김도형 국방부 장관: the ministry's
                    codes = korean_orgs.office_body(self.introduced.office(agent.text, agent.head), self.matcher, self._registered)
                if full is None and alone:
                    return [], False, {}  # 김 장관은 with no 김 named before: whoever spoke last goes on
                agent = Agent("person", full) if full is not None and codes is None else agent
            folded = fold(agent.text)
            # "Vice Minister of National Defense Seo": a deputy speaks for the office's body too
            title = self.cast.office_of(folded)
            if codes is None and title is not None:
                self.cast.register(agent.text, [title])
                return [title], True, {}
            titled = _TITLES.match(agent.text).group()
            # "Director General Varga" after "the head of the IAEA said"; not "Rep. Han", who holds no such office
            if codes is None and self.office is not None and titled and not _NOT_OFFICE.match(titled):
                codes = list(self.office)
                self.cast.register(agent.text, codes)
            if codes is None:
                # "Kim said" after "Kim Jong Un" was named: that person, by their full name
                full = self.seen_names.get(folded, agent.text) if " " not in folded else agent.text
                codes = self.cast.known_person(full) or [self.cast.unknown_code(full)]
                self.cast.register(agent.text, codes)
                self.cast.register(full, codes)
            own = all(c in self.cast.names and c not in self.registry for c in codes)
            return list(codes), own, {c: self.cast.names[c] for c in codes if c in self.cast.names}
        if agent.head in ("he", "she") and self.actor is not None:
            codes = self._spoke_before(self.actor) or []
            return list(codes), False, {c: self.cast.names[c] for c in codes if c in self.cast.names}
        codes, explicit = self._backref(agent.head, here)
        return codes, explicit, {c: self.cast.names[c] for c in codes if c in self.cast.names}

    # -- one sentence -------------------------------------------------------------------------

    def own(self, raw: str, masked: str, hangul: bool) -> Attribution:
        """The sentence's own attribution (no context carried in yet); ``hangul`` says ``raw`` holds Korean."""
        folded, cased = fold(masked), fold_case_kept(masked)
        named = self.matcher.sources(folded, cased)
        if self.cast.things:
            named = [m for m in named if m.text not in self.cast.things]
        named = sorted(named + organisations(cased, named)
                       + (korean_orgs.organisations(folded, named, cased, self.known_bodies) if hangul else []), key=lambda m: m.start)
        if hangul:
            named = korean_orgs.settle(folded, named, self.matcher.owners, self._registered)
        if self.cast.acronyms:
            named = sorted(named + self.cast.acronym_mentions(cased, named), key=lambda m: m.start)
        self.cast.learn_acronyms(cased, named)
        self.cast.learn_affiliations(cased, named)
        mentions = sorted(named + self.matcher.backrefs(folded, named), key=lambda m: m.start)
        lead = 0
        for pattern, text in ((_DATELINE, cased), (korean.BYLINE, folded), (korean.BULLET, folded), (_FLASH, folded)):
            m = pattern.match(text)
            if m:
                lead = m.end()
        lead = _LEAD.match(folded, lead).end()

        found = english_agents(folded, cased, mentions, self.cast.known_person, lead, self.seen_names.keys())
        # people's names only: "the Treasury Department" is a body, so a later "Treasury said" is not a person
        for m in NAME.finditer(cased):
            if " " in m.group().strip() and not is_non_name(m.group(2)) and not any(x.start <= m.start(2) < x.end for x in named):
                for w in m.group().split():
                    self.seen_names.setdefault(w.lower(), m.group(2))
                self.cast.learn_office(m)
        agents, cues = list(found.agents), list(found.cues)
        vague, hearsay = found.vague, found.hearsay
        if hangul:
            self.introduced.note(folded)
            kfound = korean.korean_agents(folded, named, lead)
            own = kfound.agents or [a for a in (surname_speaker(folded, lead, self.introduced) if cues or kfound.cues else None,
                                                headline_person(folded, lead, [m.start for m in named])) if a][:1]
            agents = with_lee(agents + own, folded, self.introduced)
            agents += relayed_bodies(raw, self.matcher) if agents else []  # 최 의원은 "국정원은 …고 했다"고
            cues += kfound.cues + (['"'] if own and not kfound.agents and not kfound.cues else [])
            vague = (vague or kfound.vague) and not own
        if not agents and hangul and cues:
            short = self._korean_abbreviation(folded, lead)
            agents = [short] if short is not None else []
        if not agents:
            tagged = tagged_source(folded, cased, named, lead)
            agents = [tagged] if tagged is not None else []
        # "U.S. Army brigades have rotated through since 2015": history, not the body's act here
        if (not agents and not is_background(folded.split(" that ", 1)[0])) or found.orphan_cue:
            agents[:0] = acting_subjects(folded, mentions, lead, found.orphan_cue)
        if not agents and not is_background(folded):
            agents = self._speaker_subject(cased, lead)
        country = None
        if not agents:
            country = place_speaker(folded, cased, lead)
            if country is None and hangul:
                country = korean_subjects.place_speaker(folded, lead, cues)
            agents = [country] if country is not None else []

        result = Attribution(cue=", ".join(dict.fromkeys(cues)) or None, vague=vague or hearsay,
                             topic=hangul and korean_subjects.names_topic(folded, named))
        explicit_any = False
        office = None
        for agent in agents:
            position = next((m.start for m in mentions if m.text == agent.text), len(folded))
            if agent.kind in ("source", "org") and _OFFICE_OF.search(folded[:position]):
                office = agent
            here = [self.cast.heads(m) for m in named if m.start < position]
            codes, explicit, names = self._resolve(agent, here, alone=len(agents) == 1)
            if not codes:
                continue
            explicit_any = explicit_any or explicit
            for code in codes:
                if code not in result.sources:
                    result.sources.append(code)
            result.names.update(names)
            for name in agent.names:
                self.cast.register(name, codes)
            if agent.kind == "org" and len(codes) == 1 and codes[0] not in self.registry:
                self._describe(codes[0], agent.text, cased)
        if result.sources:
            result.kind = "explicit" if explicit_any else "inherited"
            if hangul:
                self.documents.note(folded, result.sources)
            elif explicit_any:
                self.documents.note(folded, result.sources, ISSUED)  # "according to a survey by ..."
            self.last = list(result.sources)
            self.speakers = [c for c in self.speakers if c not in result.sources] + list(result.sources)
            # A country's stance, a refusal to comment, or a statement recalled from before
            # (밝힌 바 있다) is not what the following sentences report.
            result.carries = (country is None and not _REFUSAL.search(folded)
                              and not (hangul and korean_subjects.background_reference(folded)))
        else:
            rest = folded[lead:]
            # A body named as the subject that did not say anything here ("Pyongyang's state media
            # had carried no report") is another actor: the previous source does not carry over.
            # (우리 군의 피해는 after 합참에 따르면, 경찰은 after 경기북부경찰청은: the speaker's own account goes on)
            named_subject = (bool(named) and len(folded[lead:named[0].start].split()) <= 1
                             and not (hangul and korean_subjects.continues_speaker(folded, named[0], self.last, self.cast.names)))
            # "The agency has had no access since 2009": history of the source itself goes on
            refers_back = any(m.kind == "backref" and len(folded[lead:m.start].split()) <= 1 for m in mentions)
            # So is a person who has not spoken ("Kim Jong Un has not appeared since March").
            result.blocks = (vague or hearsay or named_subject or bool(_REFUSAL.search(folded)) or bool(_PLACE.match(rest))
                             or person_subject(cased, lead) is not None
                             or bool(_GROUP_SUBJECT.match(rest)) or (hangul and (korean_subjects.country_narrative(rest) or korean_subjects.other_actor(rest)))
                             or is_background(folded, refers_back))
        # Only the very next sentence may name the office-holder by title; the opening sentences
        # of a quotation, all quoted, come before its speaker and do not count.
        if result.sources or re.search(r"\w", masked):
            self.office = list(result.sources) if office is not None else None
        fresh = [self.cast.heads(m) for m in named]
        # "the defense ministry said": a body met through a back-reference may be referred to again
        named_here = {code for code, _ in fresh}
        fresh += [(c, self.cast.heads_of(c)) for c in result.sources if c not in named_here]
        self.seen.extend(fresh)
        self.actor = self._known_actor(cased, lead) if not result.sources and not hangul else None
        return result

    def _known_actor(self, cased: str, lead: int) -> str | None:
        """A person named before who is this sentence's subject, perhaps after an opening phrase."""
        opening = re.match(r"[^,;\"\u201c]{1,40},\s*", cased[lead:])
        for start in (lead, lead + opening.end()) if opening else (lead,):
            m = NAME.match(cased, start)
            if m is not None and re.match(r"\s+[a-z]", cased[m.end():]) and self._spoke_before(m.group().strip()):
                return m.group().strip()
        return None

    def _spoke_before(self, name: str) -> list[str] | None:
        """The codes of a person who spoke earlier, whether met as a person or as a bare name ("said Lee")."""
        codes = self.cast.known_person(name)
        key = fold(name).strip()
        return codes if codes is not None else ([self.cast.unknown[key]] if key in self.cast.unknown else None)

    def _korean_abbreviation(self, folded: str, lead: int) -> Agent | None:
        """비대위는 after 비상대책위원회: a subject that abbreviates a body named earlier."""
        m = re.match(r"\s*([\uac00-\ud7a3]{2,4})(?:은|는|이|가|도)\s", folded[lead:])
        if m is None:
            return None
        short = m.group(1)
        for key, code in self.cast.unknown.items():
            if short != key and abbreviates(short, key.replace(" ", "")):
                return Agent("org", self.cast.names.get(code, key))
        return None

    def _registered(self, name: str) -> str | None:
        """The code of the registry source whose whole name is ``name`` (국방부 -> MND), or None."""
        return next((m.code for m in self.matcher.sources(name, name) if m.kind == "source"
                     and m.start == 0 and m.end == len(name)), None)

    def _kind_of(self, code: str) -> SourceKind | None:
        source = self.registry.get(code)
        return source.kind if source is not None else None

    def _speaker_subject(self, cased: str, lead: int) -> list[Agent]:
        """A speaker met earlier as the subject ("Whitfield declined to say ..."): they still speak for their body.

        Only the name exactly as registered counts, so "Kim Jong Un" is not a "Kim" quoted earlier.
        """
        m = NAME.match(cased, lead)
        if m is None or not re.match(r"\s+[a-z]", cased[m.end():]):
            return []
        bare = fold(_TITLES.sub("", m.group()).strip())
        return [Agent("person", m.group())] if bare in self.cast.persons else []


def attribute(text: str, sents: list[Sentence], junk: list[bool], matcher: RegistryMatcher,
              paragraph_spans: list[tuple[int, int]]) -> list[Attribution]:
    """One attribution per sentence (junk sentences get an empty one)."""
    spans_by_paragraph = {i: quote_spans(text, s, e) for i, (s, e) in enumerate(paragraph_spans)}
    attributor = Attributor(matcher)
    attributor.cast.learn_things(text)
    results: list[Attribution] = []
    ends = [s.end for s in sents]
    for sentence, is_junk in zip(sents, junk):
        if is_junk:
            results.append(Attribution(blocks=True))
            continue
        spans = spans_by_paragraph.get(sentence.paragraph, [])
        raw = text[sentence.start:sentence.end]
        hangul = korean.HANGUL.search(raw) is not None
        masked = (masked_to_close(text, sentence.start, sentence.end, spans, ends) if hangul
                  else masked_quotes(text, sentence.start, sentence.end, spans))
        result = attributor.own(raw, masked, hangul)
        inside = any(qs < sentence.start and qe >= sentence.end for qs, qe in spans)
        result.quote = inside or quoted_words(text, spans, sentence.start, sentence.end) >= 3
        results.append(result)
    headline_body(text, sents, junk, results, attributor)
    carry_context(text, sents, junk, results, spans_by_paragraph)
    speak_for_issuer(text, sents, junk, results, attributor)
    return results
