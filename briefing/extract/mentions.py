"""Find the bodies a sentence names: registry sources, other organisations and back-references.

Matching is insensitive to case and to straight or curly apostrophes. Registry codes ("JCS") match
in capitals only, so that "mou" in running text is not the Ministry of Unification. A mention is
only a candidate: whether the sentence is attributed to it is decided by the agent rules.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.domain.sources import SourceKind, SourceRegistry
from briefing.extract.names import NON_NAME, PORTFOLIOS, capitalised_before

_FOLD = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201b": "'", "\u2032": "'", "\u02bc": "'",
                       "`": "'", "\u00b4": "'", "\u201c": '"', "\u201d": '"', "\u201e": '"',
                       "\u201f": '"', "\u2033": '"', "\u00a0": " "})
_HANGUL = "\uac00-\ud7a3"
_HANJA_COUNTRY = {"美": "미", "日": "일본", "中": "중국", "北": "북한", "韓": "한국", "露": "러시아", "英": "영국"}
_KO_PARTICLE = "은는이가을를의에와과도로으측"


def fold_case_kept(text: str) -> str:
    """``text`` with typographic apostrophes and quotes made straight; same length."""
    return text.translate(_FOLD)


def fold(text: str) -> str:
    """``text`` folded for matching: straight quotes, lower case; always the same length."""
    folded = text.translate(_FOLD)
    low = folded.lower()
    if len(low) == len(folded):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in folded)


@dataclass(frozen=True, slots=True)
class Mention:
    """A name in a sentence. ``start``/``end`` are offsets into the sentence.

    ``kind`` is "source" (a registry source, ``code`` set), "org" (an organisation not in the
    registry; ``head`` may hold what it was described as, "firm") or "backref" ("the agency",
    "the statement"; ``head`` holds the noun that says what it refers back to).
    """

    start: int
    end: int
    kind: str
    text: str
    code: str | None = None
    head: str = ""


def overlaps(start: int, end: int, mentions) -> bool:
    """True when the span ``start``-``end`` shares a character with any of ``mentions``."""
    return any(start < m.end and m.start < end for m in mentions)


def trie_pattern(words: list[str]) -> str:
    """A regular expression matching any of ``words``, one branch per shared prefix (faster than a plain alternation)."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = True

    def build(node: dict) -> str:
        end = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if end else body

    return build(trie)


_KIND_HEADS = {
    SourceKind.MILITARY: "military armed forces army command",
    SourceKind.INTELLIGENCE: "agency spy agency intelligence agency service",
    SourceKind.MINISTRY: "ministry department government",
    SourceKind.STATE_MEDIA: "agency news agency state media media outlet",
    SourceKind.NEWS_AGENCY: "agency news agency",
    SourceKind.INTERNATIONAL_BODY: "council body watchdog agency organization",
    SourceKind.THINK_TANK: "institute think tank",
    SourceKind.CENTRAL_BANK: "bank central bank",
}
_ORG_HEADS = {"forum": "forum think tank group", "exchange": "exchange", "forces": "command military", "force": "command military", "command": "command",
              "service": "service agency", "agency": "agency", "ministry": "ministry department government",
              "department": "department ministry", "institute": "institute think tank", "bank": "bank",
              "office": "office", "council": "council body", "commission": "commission body",
              "committee": "committee", "party": "party", "administration": "administration agency",
              "bureau": "bureau agency", "authority": "authority agency", "military": "military", "army": "army military",
              "media": "media outlet", "corp.": "company corporation firm operator",
              "corp": "company corporation firm operator", "corporation": "company corporation firm operator",
              "company": "company firm", "inc.": "company firm", "co.": "company firm"}

_PORTFOLIO = "(" + "|".join(sorted(PORTFOLIOS)) + ")"
_PAIRED_MINISTRIES = re.compile(rf"\b{_PORTFOLIO} and {_PORTFOLIO} ministries\b")
# A state's other names in a possessive: "the DPRK's Korean Central News Agency", "America's" or
# "Washington's" for a body the registry names "U.S. ..."
_STATE_NAMES = {"north korea": ("dprk", "pyongyang"), "south korea": ("rok", "seoul"), "japan": ("tokyo",),
                "u.s.": ("u.s.", "us", "united states", "states", "america", "washington")}
# "Poland's ", "South Korea's ": who owns the body named next (group 1 two words, group 2 the last)
_POSSESSOR = re.compile(r"((?:[a-z.]+ )?([a-z.]+))'s\s+(?:the\s+)?$")
# Aliases that are only a kind of body ("Security Council"): after a capitalised word of another name
# ("National Security Council") they are part of that name
_BARE_KINDS = frozenset({"security council"})
_BACKREF = re.compile(
    # "the trade ministry", "the spy agency": any one word saying what kind of body it is
    # "the arms procurement agency", "the country's weather agency": up to two such words
    r"\b(?:the|this|that)\s+(?:country's\s+)?((?:(?!(?:same|new|former|previous|other|latter|relevant|responsible|main|top|own|"
    r"entire|whole|latest|respective|two|both|first|second|said|full|final)\s)(?![a-z]+ed\s)(?:u\.n\.|u\.s\.|[a-z]+|\d+-[a-z]+)\s+){0,3}?(?:agency|ministry|military|bank|council|"
    r"institute|tank|watchdog|command|department|service|office|government|statement|report|firm|company|"
    r"bureau|administration|authority|commission|foundation|organi[sz]ation|centre|center|operator|"
    r"spokesperson|spokesman|spokeswoman|official|minister|governor|body|regulator|outlet|court|"
    r"assessment|summary|release|briefing|analysis|study|ruling|authors|coast guard|data|figures|commentary|"
    r"editorial|dispatch|survey|poll))\b"
    # "state media reported": North Korea's outlets described, not named
    r"|\b(?=state|official)(?<!chinese )(?<!russian )(?<!iranian )(?<!japanese )(?<!american )(?<!u\.s\. )(?<!syrian )"
    r"((?:state|state-run|official)\s+(?:media|news media|outlets))\b"
    # "Defense ministry to cut service": a headline names a body by its short name, without "the"
    r"|^((?:defense|defence|unification|spy|central)\s+(?:ministry|agency|bank|chief))\b"
    # "..., central bank data showed": a body's figures, the body named by its kind
    r"|\b(central bank|spy agency|defense ministry|unification ministry)(?=\s+(?:data|figures|statistics)\b)"
    r"|\b(?=[uajmdigbpcn])((?:(?:u\.s\.|american|japanese)\s+)?(?:military|defense|defence|intelligence|"
    r"ministry|agency|government|bank|pentagon|council|coast guard|navy)\s+(?:officials?|spokesperson|spokesman|spokeswoman))\b"
    # "a ministry spokesperson", "a defense ministry official": the body is the head
    r"|\b(?:a|an)\s+(?:(?:senior|top|high-ranking)\s+)?((?:(?:defense|defence|foreign|unification|spy|intelligence|finance|central|state|news|"
    r"nuclear|military)\s+)?(?:agency|ministry|military|bank|council|command|department|service|office|"
    r"government|watchdog|institute|firm|company))\s+(?:spokesperson|spokesman|spokeswoman|official|officer)\b"
    # "Its director general", "their spokesperson", "Its quarterly report": whoever spoke last
    r"|\b(?:his|her)\s+(office|ministry|spokesperson|spokesman|spokeswoman|aides?)\b"
    r"|\b(?:its|their)\s+(?:[\w-]+\s+){0,2}?(spokesperson|spokesman|spokeswoman|official|minister|governor|"
    r"director|chief|head|president|chairman|chairwoman|secretary|report|statement|assessment|summary|figures|data|estimates?|records|tally)\b")
# A pronoun is a back-reference only as a clause's subject: first word, or after a closing quote.
_PRONOUN = re.compile(r"(?:^|[,\"']\s*)(it|he|she|they)\b(?!')")


def compatible_heads(registry: SourceRegistry, code: str, name: str = "") -> str:
    """The words a back-reference to this source may use: names, aliases and kind nouns."""
    source = registry.get(code)
    if source is None:
        words = fold(name).replace("'s", "").split()
        extra = " ".join(_ORG_HEADS.get(w, "") for w in words)
        # "Lockheed Martin", "Hanwha Aerospace": a name that says no kind of body is a company's
        return " ".join(words) + " " + (extra if extra.strip() else "company firm")
    text = " ".join(fold(a) for a in source.all_aliases())
    return text + " " + _KIND_HEADS.get(source.kind, "")


# The same country named three ways: "South Korea's spy agency", "Seoul's spy agency", "South Korean
# spy agency". An alias given in one form matches in the others.
# A headline drops the possessive: "Japan defence ministry says".
_PLACE_FORMS = (("south korea's", "seoul's", "south korean", "south korea"),
                ("north korea's", "pyongyang's", "north korean", "north korea"),
                ("japan's", "tokyo's", "japanese", "japan"), ("u.s.", "washington's", "american"))
# A body's head is named by the body's own words and a title: "U.S. Defense Department" ->
# "U.S. Defense Secretary", "unification ministry" -> "unification minister".
_BRITISH = (("defense", "defence"), ("organization", "organisation"), ("center", "centre"))
_HEAD_OF = {"ministry": "minister", "department": "secretary", "agency": "chief", "bank": "governor",
            "watchdog": "chief"}


# The same country in the names of bodies no registry knows: "Seoul's coast guard", "the Korea
# Coast Guard", "South Korean coast guard"
_COUNTRY_FORMS = {form: forms[0] for forms in (*_PLACE_FORMS, ("south korea's", "korea's", "korea", "korean"),
                                                ("china's", "beijing's", "chinese", "china"))
                  for form in forms}
_COUNTRY_OPENING = re.compile(r"^(" + "|".join(sorted(map(re.escape, _COUNTRY_FORMS), key=len, reverse=True)) + r")\s")


def country_neutral(key: str) -> str:
    """A folded body name with the country it opens with written one way: "seoul's coast guard" -> "south korea's coast guard"."""
    m = _COUNTRY_OPENING.match(key)
    return _COUNTRY_FORMS[m.group(1)] + key[m.end(1):] if m is not None else key


def alias_variants(key: str) -> list[str]:
    """Other spellings of a (folded) English alias: the country named another way, the body's head."""
    out: list[str] = []
    for forms in _PLACE_FORMS:
        for form in forms:
            if key.startswith(form + " "):
                out += [other + key[len(form):] for other in forms if other != form]
    # British spellings in Reuters and the BBC: "defence ministry", "organisation"
    for american, british in _BRITISH:
        if american in key:
            out += [k.replace(american, british) for k in [key, *out]]
    words = key.split()
    for k in [key, *out]:
        ws = k.split()
        if len(words) >= 2 and ws[-1] in _HEAD_OF:
            out.append(" ".join(ws[:-1] + [_HEAD_OF[ws[-1]]]))
    return out


class RegistryMatcher:
    """Finds registry sources, unknown organisations and back-references in a sentence."""

    def __init__(self, registry: SourceRegistry) -> None:
        self.registry = registry
        en: dict[str, str] = {}
        ko: dict[str, str] = {}
        for source in registry:
            names = [source.name, re.sub(r"\s*\([^)]*\)\s*$", "", source.name), *source.aliases,
                     *source.aliases_ko]
            for alias in names:
                key = re.sub(r"^(?:the|a|an)\s+", "", fold(alias.strip()))
                # The bare code matches in capitals only (below); an alias spelt like the code in
                # another case ("Yonhap" for YONHAP) is a name and matches as one.
                if not key or alias.strip() == source.code:
                    continue
                target = ko if re.search(f"[{_HANGUL}]", key) else en
                for variant in (key, *alias_variants(key)):
                    target.setdefault(variant, source.code)
        self._en_map, self._ko_map = en, ko
        self._en = re.compile(r"(?<![\w'])(?:(?:the|a|an)\s+)?(" + trie_pattern(list(en)) + r")(?![\w])")
        # 미8군, 제3군: after a number a short alias (군) is part of a unit's name
        self._ko = re.compile(f"(?<![{_HANGUL}0-9])(" + trie_pattern(list(ko)) + ")") if ko else None
        codes = sorted(registry.codes(), key=len, reverse=True)
        # A code may be followed by a Korean particle (ISW는, JCS가) but not by more Latin letters.
        self._codes = (re.compile(r"(?<![\w])(" + "|".join(map(re.escape, codes)) + r")(?![A-Za-z0-9_])")
                       if codes else None)
        self.short_names = {re.sub(r"^the\s+", "", fold(s.short_name)): s.code for s in registry if s.short_name}
        # "Defense Minister Cho", "Unification Minister Kim": the head of the body a short name names
        self.titles = {v: code for short, code in self.short_names.items() for v in alias_variants(short)
                       if v.split()[-1] in _HEAD_OF.values()}
        # whose body each source is, by its aliases: "south korea", "seoul" for "Seoul's defense ministry"
        self.owners: dict[str, set[str]] = {}
        for source in registry:
            for alias in source.aliases:
                owner = re.match(r"(?:the\s+)?([a-z. ]+?)'s\s|(u\.s\.) ", fold(alias))
                if owner is not None:  # "south korea", and "korea" alone as news copy shortens it
                    state = owner.group(1) or owner.group(2)
                    self.owners.setdefault(source.code, set()).update(
                        {state, state.split()[-1]} if owner.group(1) else (), _STATE_NAMES.get(state, ()))
                # "Minister of National Defense Cho": the head of a "Ministry of ..." (or a department);
                # "Secretary of Defense Hale", "Defense Secretary Hale": a department is headed by a secretary
                office = re.sub(r"\bministry of\b", "minister of", fold(alias))
                office = re.sub(r"\bdepartment of\b|(?<=\w) department$", lambda d: d.group().replace(
                    "department", "secretary"), office)
                if office != fold(alias):  # the U.S. secretary is "Defense Secretary Hale" in U.S. copy too
                    for title in (office, office.removeprefix("u.s. ")):
                        self.titles.setdefault(title, source.code)

    def by_kind(self, words: list[str]) -> str | None:
        """The one registry source that ``words`` ("spy agency", "state media") describe by its kind, if only one."""
        fits = [s.code for s in self.registry if all(w in _KIND_HEADS.get(s.kind, "").split() for w in words)]
        return fits[0] if len(fits) == 1 else None

    def sources(self, folded: str, cased: str) -> list[Mention]:
        """Registry sources named in the sentence (``folded`` and ``cased`` are the same text)."""
        found: list[Mention] = []
        for m in self._en.finditer(folded):
            if folded.endswith("mission to ", 0, m.start()):
                continue  # "North Korea's mission to the U.N.": the country's mission speaks, not the U.N.
            code = self._en_map[m.group(1)]
            word = capitalised_before(cased, m.start(1)) if m.group(1) in _BARE_KINDS else None
            if word is not None and word.lower() not in NON_NAME:
                # "National Security Council" is a body of its own, not the U.N.'s "Security Council"
                start = m.start(1) - len(word) - 1
                found.append(Mention(start, m.end(), "org", cased[start:m.end()]))
                continue
            owner = _POSSESSOR.search(folded, max(0, m.start() - 40), m.start()) if "'s" not in m.group(1) else None
            if (owner is not None and cased[owner.start(2)].isupper() and self.owners.get(code)
                    and not {owner.group(1), owner.group(2)} & self.owners[code]):
                # "Poland's Ministry of National Defence" is Poland's, not the one the registry lists
                found.append(Mention(owner.start(2), m.end(), "org", cased[owner.start(2):m.end()]))
                continue
            found.append(Mention(m.start(), m.end(), "source", cased[m.start():m.end()], code))
        for m in _PAIRED_MINISTRIES.finditer(folded) if "ministries" in folded else ():
            # "South Korea's foreign and unification ministries": two ministries, each its own source
            owned = _POSSESSOR.search(folded, max(0, m.start() - 40), m.start())
            owner = folded[owned.start():m.start()] if owned else ""
            start = m.start() - len(owner)
            for group in (1, 2):
                key = f"{owner}{m.group(group)} ministry"
                code = self._en_map.get(key) or self._en_map.get(f"{m.group(group)} ministry")
                end = m.end(group) if group == 1 else m.end()
                name = cased[start:m.start()] + cased[m.start(group):m.end(group)] + " ministry"
                found.append(Mention(m.start(group), end, "source" if code else "org", name, code))
        if self._ko is not None:
            for m in self._ko.finditer(folded):
                key = m.group(1)
                nxt = folded[m.end():m.end() + 1]
                if len(key) <= 2 and nxt and re.match(f"[{_HANGUL}]", nxt) and nxt not in _KO_PARTICLE:
                    continue
                code = self._ko_map[key]
                # 美국방부, 日방위성: a Hanja syllable abbreviating a country names whose body it is
                country = _HANJA_COUNTRY.get(re.sub(r" ?$", "", folded[max(0, m.start() - 2):m.start()])[-1:])
                if country is not None:
                    code = self._ko_map.get(f"{country} {key}", self._ko_map.get(f"{country}{key}", code))
                found.append(Mention(m.start(), m.end(), "source", cased[m.start():m.end()], code))
        if self._codes is not None:
            for m in self._codes.finditer(cased):
                found.append(Mention(m.start(), m.end(), "source", m.group(), m.group()))
        return longest_first(found)

    def backrefs(self, folded: str, named: list[Mention]) -> list[Mention]:
        """Back-references: "the agency", "the statement", "military officials", a subject "It" or "he".

        A noun that is part of a name ("the Ministry of ...") or an adjective before one
        ("the official Korean Central News Agency") is not a back-reference.
        """
        found = []
        for m in _BACKREF.finditer(folded):
            if any(n.start <= m.end() + 1 and m.start() < n.end for n in named):
                continue
            if folded.startswith(" of ", m.end()):
                continue
            head = next(g for g in m.groups() if g)
            found.append(Mention(m.start(), m.end(), "backref", m.group(), head=head))
        for p in _PRONOUN.finditer(folded):
            found.append(Mention(p.start(1), p.end(1), "backref", p.group(1), head=p.group(1)))
        return found


def longest_first(found: list[Mention], avoid: list[Mention] = ()) -> list[Mention]:
    """Drop mentions overlapping a longer one (or any in ``avoid``); return them in text order."""
    kept: list[Mention] = []
    for m in sorted(found, key=lambda m: (-(m.end - m.start), m.start)):
        if overlaps(m.start, m.end, (*kept, *avoid)):
            continue
        kept.append(m)
    return sorted(kept, key=lambda m: m.start)
