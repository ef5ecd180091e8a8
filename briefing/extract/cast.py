"""The people and bodies a text has named so far, and the codes they were given.

A body that is not in the registry gets a code of its own the first time it is named ("the Korea
Customs Service" -> KOREA_CUSTOMS_SERVICE) and keeps it: under a short name the text gave it
("(KCS)"), and for the people who spoke for it.
"""
from __future__ import annotations

import re

from briefing.domain.sources import SourceKind, SourceRegistry
from briefing.extract.codes import derive_code
from briefing.extract.mentions import Mention, RegistryMatcher, compatible_heads, country_neutral, fold
from briefing.extract.korean_names import short_name_of
from briefing.extract.names import TITLES, is_non_name, looks_korean

_TITLES = re.compile(rf"^{TITLES}")
# "(DAPA)", "(MOLIT, Minister Kang Hyun-jun)": a body's short name in brackets, perhaps with its head
_BRACKETED_SHORT = re.compile(r"\s*\(([A-Z][A-Za-z&]{1,7})(?:\)|,\s*(?:Minister|Director|Chairman|Chairwoman|Commissioner|President|Administrator|Chief)\b)")
# "a memorandum of understanding (MOU)": a thing, in lower case, given a short name in brackets
_BRACKETED_CODE = re.compile(r"\(([A-Z]{2,6})\)")
_WORDS_BEFORE = re.compile(r"((?:[a-z]+\s+){1,5}[a-z]+)\s*$")
# "Kim Tae-hoon, Deputy Minister for Defense Policy of the ": a person, then their role at a body
_ROLE_AT = re.compile(r"([A-Z][a-z]+(?:[\s-][A-Za-z][a-z]+){1,2})\s*,\s*((?:(?:the|a|an)\s+)?[^,;()]{2,90}?)\s+"
                      r"(?:of|at)\s+(?:the\s+)?$")
_ROLE_WORD = re.compile(r"\b(?:minister|director|secretary|spokes(?:person|man|woman)|official|head|chief|governor|"
                        r"commander|chairman|chairwoman|president|deputy|envoy|ambassador|administrator)\b", re.IGNORECASE)
# "Daniel Okafor, the assistant secretary of defense for space policy," "Shin Hyun-joo, South Korea's
# deputy minister for national defense policy": a person, then the office they hold, in words
_OFFICE_HELD = re.compile(r"([A-Z][a-z]+(?:[\s-][A-Za-z][a-z]+){1,2})\s*,\s*((?:the\s+|[A-Z][\w.]*(?:\s+[A-Z][a-z]+)?'s\s+)?"
                          r"(?:[a-z-]+\s+){0,3}?(?:minister|secretary)(?:\s+(?:of|for)\s+[a-z]+(?:\s+[a-z]+){0,4}?)?)"
                          r"(?=\s*(?:,|;|\.|$)|\s+and\s+[A-Z])")
_FORMER = re.compile(r"\b(?:former|retired|ex-|onetime)\b", re.IGNORECASE)
# "Vice Minister of ...", "the assistant secretary of defense": a deputy speaks for the office's body too
_DEPUTY = re.compile(r"^((?:the|a|an)\s+)?((?:u\.s\.|american)\s+)?(?:(?:first|principal|senior|acting|vice|deputy|"
                     r"assistant|under)\s+)+")
# "South Korea's deputy minister ...": whose office it is
_OWNER = re.compile(r"^(?:the\s+)?([a-z. ]+?)'s\s+")


def _initials_of(short: str, long: str) -> bool:
    """True when ``short`` (folded) is made of the first letters of ``long``'s words ("dapa")."""
    if " " in short or not 2 <= len(short) <= 8 or not short.isalpha():
        return False
    words = [w for w in long.split() if w not in ("of", "and", "&", "for", "the", "on")]
    if words[:2] == ["south", "korea's"] and short[:1] == "k":
        words = words[1:]  # "KISA" for "(south) korea's internet & security agency", as names are kept
    return len(words) >= 2 and "".join(w[0] for w in words) == short


def _same_body(known: str, key: str) -> bool:
    """True when two folded names of bodies not in the registry name the same body.

    "Combined Forces Command" and "the ROK-U.S. Combined Forces Command": a name of two words or
    more that ends the other. "NeoShield" after "NeoShield Labs": the first word of a name, alone.
    "DAPA" and "Defense Acquisition Program Administration": initials, either way round; 방사청 and
    방위사업청: a Korean short form, either way round.
    """
    if len(min(known, key, key=len).split()) >= 2 and (known.endswith(" " + key) or key.endswith(" " + known)):
        return True
    if " " not in key and len(key) > 3 and known.startswith(key + " ") and not is_non_name(key):
        return True
    return _initials_of(key, known) or _initials_of(known, key) or short_name_of(key, known) or short_name_of(known, key)


class Cast:
    """Codes for the unknown bodies and the people of one text, and the words that refer to them."""

    def __init__(self, matcher: RegistryMatcher) -> None:
        self.registry: SourceRegistry = matcher.registry
        self.short_names = matcher.short_names
        self.titles = matcher.titles  # "minister of national defense" -> MND
        self.owners = matcher.owners  # MND -> "south korea", "seoul", "korea"
        self.unknown: dict[str, str] = {}  # folded name -> code
        self.names: dict[str, str] = {}  # code -> the name as first written
        self.persons: dict[str, list[str]] = {}  # folded name, first or last word -> codes
        # Short names a text gave its bodies: "the Defense Acquisition Program Administration (DAPA)"
        self.acronyms: set[str] = set()
        self._acronym_pattern: re.Pattern | None = None  # one pattern for all of them, made when one is learnt
        self._head_cache: dict[str, frozenset[str]] = {}
        self.things: set[str] = set()  # registry codes this text uses for a thing of another name

    @staticmethod
    def _key(name: str) -> str:
        return country_neutral(re.sub(r"^(?:the|a|an)\s+", "", fold(name).strip()))

    def code_for(self, name: str) -> str | None:
        """The code ``name`` already has, under that name or one of the same body's, or None; nothing is made."""
        key = self._key(name)
        if key in self.unknown:
            return self.unknown[key]
        return next((code for known, code in self.unknown.items() if _same_body(known, key)), None)

    def unknown_code(self, name: str) -> str:
        """The code of a body or person not in the registry, made the first time it is named."""
        key = self._key(name)
        if key not in self.unknown:
            known, same = next(((k, code) for k, code in self.unknown.items() if _same_body(k, key)), ("", None))
            if same is not None:
                if _initials_of(known, key) or short_name_of(known, key):
                    self.names[same] = name  # the name in full says more than its initials
                elif _initials_of(key, known) and name.isupper():
                    self._learn_acronym(name.strip())  # "the PCG said": "PCG" names that body from now on
                self.unknown[key] = same
                return same
            # "Rep. Oh Kyung-ho" -> OH_KYUNG_HO: a person's code is their name; the title is shown with it
            bare = _TITLES.sub("", name.strip()).strip()
            code = derive_code(bare if bare[:1].isupper() else name, set(self.registry.codes()) | set(self.unknown.values()))
            self.unknown[key] = code
            self.names[code] = name
        return self.unknown[key]

    @staticmethod
    def _person_keys(name: str) -> list[str]:
        bare = _TITLES.sub("", name).strip()
        words = bare.split()
        return [fold(k) for k in dict.fromkeys([bare, words[0], words[-1]]) if k] if words else []

    def known_person(self, name: str) -> list[str] | None:
        """The codes of a person met before, by full name, first or last word ("Ahn" after "Ahn Sung-ho")."""
        for key in self._person_keys(name):
            if key in self.persons:
                return self.persons[key]
        # 박 의원 after 박선호 의원: a Korean surname alone refers to the person named with it
        if re.fullmatch("[\uac00-\ud7a3]", name):
            return next((codes for key, codes in self.persons.items()
                         if key.startswith(name) and re.fullmatch("[\uac00-\ud7a3]{2,4}", key)), None)
        return None

    def register(self, name: str, codes: list[str]) -> None:
        """Remember that the person ``name`` speaks for ``codes``."""
        for key in self._person_keys(name):
            self.persons.setdefault(key, list(codes))

    # -- people introduced by their office -------------------------------------------------------

    def office_of(self, titled: str, holder: str | None = None) -> str | None:
        """The registry source an office title names: "Minister of National Defense", "Vice Minister of ...".

        "Deputy Minister for National Defense Policy" and "South Korea's deputy minister for national
        defense policy" hold an office of the MND; "Japan's vice minister of defense" does not. Nor
        does "Defense Minister Andrei Lazarescu": the holder, named in ``titled`` after the office or
        given as ``holder``, has no Korean name.
        """
        office = fold(titled).strip()
        owner = _OWNER.match(office)
        office = office[owner.end():] if owner else office
        office = _DEPUTY.sub(lambda m: m.group(2) or "", office)
        office = re.sub(r"^((?:u\.s\.\s+)?(?:minister|secretary)) for\b", r"\1 of", office)
        for key in ((owner.group() + office, office) if owner else (office,)):
            title = next((t for t in self.titles if key == t or key.startswith(t + " ")), None)
            code = self.titles[title] if title is not None else None
            if owner is None and "south korea" in self.owners.get(code, ()) and not looks_korean(
                    key[len(title):] if holder is None else holder):
                return None  # "Defense Minister Andrei Lazarescu" holds another country's office
            if code is not None and (owner is None or key != office or owner.group(1) in self.owners.get(code, ())):
                return code
        return None

    def learn_office(self, m: re.Match) -> None:
        """Remember whom a person introduced by an office title (a NAME match) speaks for, though they said nothing yet.

        "presided over by Minister of National Defense Kwon Tae-sung": a later "Kwon said" speaks for the MND.
        """
        if m.group(1) and " " in m.group(2) and self.known_person(m.group(2)) is None:
            code = self.office_of(m.group(1), m.group(2))
            if code is not None:
                self.register(m.group(2), [code])

    def learn_affiliations(self, cased: str, named: list[Mention]) -> None:
        """Remember whom a person introduced with a role at a registry source, or an office of one, speaks for.

        "co-chaired by Kim Tae-hoon, Deputy Minister for Defense Policy of the MND": a later
        "Deputy Minister Kim stated" speaks for the MND, though the introduction reported nothing.
        So does "Kim Tae-hoon, South Korea's deputy minister for national defense policy".
        """
        if "minister" in cased or "secretary" in cased:
            for held in _OFFICE_HELD.finditer(cased):
                code = self.office_of(held.group(2), held.group(1)) if not _FORMER.search(held.group(2)) else None
                if code is not None and self.known_person(held.group(1)) is None and not is_non_name(held.group(1)):
                    self.register(held.group(1), [code])
        for m in named:
            if m.kind != "source" or "," not in cased[max(0, m.start - 120):m.start]:
                continue
            role = _ROLE_AT.search(cased, max(0, m.start - 160), m.start)
            if role is None or _FORMER.search(role.group(2)) or not _ROLE_WORD.search(role.group(2)):
                continue
            person = role.group(1)
            if self.known_person(person) is None and not is_non_name(person):
                self.register(person, [m.code])

    def is_outlet(self, code: str) -> bool:
        """True for a registry source that is a news outlet: it carries other people's words."""
        source = self.registry.get(code)
        return source is not None and source.kind in (SourceKind.STATE_MEDIA, SourceKind.NEWS_AGENCY)

    def learn_acronyms(self, cased: str, named: list[Mention]) -> None:
        """Remember "(DAPA)" after a body that is not a registry source, as another name for it."""
        for m in named:
            short = _BRACKETED_SHORT.match(cased, m.end)
            if m.kind == "org" and short is not None and fold(short.group(1)) not in self.short_names:
                self.unknown.setdefault(fold(short.group(1)), self.unknown_code(m.text))
                self._learn_acronym(short.group(1))

    def _learn_acronym(self, short: str) -> None:
        if short not in self.acronyms:
            self.acronyms.add(short)
            alternatives = "|".join(map(re.escape, sorted(self.acronyms, key=len, reverse=True)))
            self._acronym_pattern = re.compile(rf"(?<![\w.])(?:{alternatives})(?![\w])")

    def learn_things(self, text: str) -> None:
        """Remember the registry codes ``text`` spells out as a thing: "a memorandum of understanding (MOU)"
        makes every "MOU" of the text an agreement, not the Ministry of Unification."""
        for m in _BRACKETED_CODE.finditer(text):
            before = _WORDS_BEFORE.search(text, max(0, m.start() - 80), m.start()) if m.group(1) in self.registry else None
            words = before.group(1).split() if before else []
            if any("".join(w[0] for w in words[i:]) == m.group(1).lower() for i in range(len(words) - 1)):
                self.things.add(m.group(1))

    def acronym_mentions(self, cased: str, named: list[Mention]) -> list[Mention]:
        """The bodies this text named by a short name of its own: "a DAPA official said"."""
        if self._acronym_pattern is None:
            return []
        return [Mention(m.start(), m.end(), "org", m.group()) for m in self._acronym_pattern.finditer(cased)
                if not any(x.start <= m.start() < x.end for x in named)]

    def heads_of(self, code: str) -> frozenset[str]:
        """The words a back-reference to the source ``code`` may use."""
        if code not in self._head_cache:
            self._head_cache[code] = frozenset(compatible_heads(self.registry, code, self.names.get(code, "")).split())
        return self._head_cache[code]

    def heads(self, m: Mention) -> tuple[str, frozenset[str]]:
        """The code of a named mention and the words a back-reference to it may use."""
        code = m.code or self.unknown_code(m.text)
        if code not in self._head_cache:
            heads = compatible_heads(self.registry, m.code or "", m.text) + " " + m.head
            self._head_cache[code] = frozenset(heads.split())
        return code, self._head_cache[code]
