"""Who says things: sources, their aliases in English and Korean, and the registry that holds them.

A source is identified by a short upper-case code ("JCS"). The built-in registry ships the bodies
staff cite most often; users and imported articles add their own. Nothing here touches Qt or disk.
"""
from __future__ import annotations

import enum
import re
from dataclasses import dataclass, field
from typing import Iterable, Iterator

from briefing.domain.errors import ValidationError
from briefing.domain.grading import Reliability

_CODE_RE = re.compile(r"^[A-Z][A-Z0-9_]{0,31}$")


class SourceKind(str, enum.Enum):
    """What kind of body a source is; used for grouping and for default wording."""

    MILITARY = "military"
    INTELLIGENCE = "intelligence"
    MINISTRY = "ministry"
    STATE_MEDIA = "state media"
    NEWS_AGENCY = "news agency"
    INTERNATIONAL_BODY = "international body"
    THINK_TANK = "think tank"
    CENTRAL_BANK = "central bank"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class Source:
    """A body that facts are attributed to.

    ``short_name`` is how prose names it ("the JCS", "the Pentagon"); ``aliases`` and
    ``aliases_ko`` are the other ways articles refer to it. ``default_reliability`` is the
    Admiralty reliability a new fact from this source starts with, or None when unknown.
    """

    code: str
    name: str
    short_name: str = ""
    aliases: tuple[str, ...] = ()
    aliases_ko: tuple[str, ...] = ()
    kind: SourceKind = SourceKind.OTHER
    default_reliability: Reliability | None = None

    def __post_init__(self) -> None:
        if not _CODE_RE.match(self.code):
            raise ValidationError(
                f"source code {self.code!r} is not valid: use 1-32 capital letters, digits or "
                "underscores, starting with a letter (for example JCS)"
            )
        if not self.name.strip():
            raise ValidationError(f"source {self.code} has no name: give its full name")

    @property
    def prose_name(self) -> str:
        """The name used in running text: the short name if there is one, else the full name."""
        return self.short_name or self.name

    def all_aliases(self) -> tuple[str, ...]:
        """Every way of naming this source: code, names and aliases in both languages."""
        names = [self.code, self.name, *self.aliases, *self.aliases_ko]
        if self.short_name:
            names.append(self.short_name)
        return tuple(dict.fromkeys(n for n in names if n))


@dataclass(slots=True)
class SourceRegistry:
    """An ordered collection of sources, looked up by code.

    The registry a briefing uses is the built-in one plus the sources the briefing itself
    defines; :meth:`merged` builds that combination without changing either part.
    """

    _sources: dict[str, Source] = field(default_factory=dict)

    @classmethod
    def of(cls, sources: Iterable[Source]) -> "SourceRegistry":
        registry = cls()
        for source in sources:
            registry.add(source)
        return registry

    def add(self, source: Source) -> None:
        """Add ``source``; raises ValidationError if its code is already taken."""
        if source.code in self._sources:
            raise ValidationError(f"source code {source.code} is already in the registry: choose another code")
        self._sources[source.code] = source

    def replace(self, source: Source) -> None:
        """Add ``source`` or replace the source with the same code."""
        self._sources[source.code] = source

    def remove(self, code: str) -> Source:
        return self._sources.pop(code)

    def get(self, code: str) -> Source | None:
        """The source with ``code``, or None when there is none."""
        return self._sources.get(code)

    def __getitem__(self, code: str) -> Source:
        return self._sources[code]

    def __contains__(self, code: object) -> bool:
        return code in self._sources

    def __iter__(self) -> Iterator[Source]:
        return iter(self._sources.values())

    def __len__(self) -> int:
        return len(self._sources)

    def codes(self) -> list[str]:
        return list(self._sources)

    def merged(self, extra: Iterable[Source]) -> "SourceRegistry":
        """A new registry: this one's sources, then ``extra`` (which win on a shared code)."""
        registry = SourceRegistry(dict(self._sources))
        for source in extra:
            registry.replace(source)
        return registry


def _s(code, name, short, kind, reliability, aliases=(), ko=()) -> Source:
    return Source(code, name, short, tuple(aliases), tuple(ko), kind, Reliability(reliability))


BUILTIN_SOURCES: tuple[Source, ...] = (
    _s("JCS", "Joint Chiefs of Staff (Republic of Korea)", "the JCS", SourceKind.MILITARY, "B",
       ["South Korea's Joint Chiefs of Staff", "Joint Chiefs of Staff", "the Joint Chiefs",
        "South Korea's military", "Seoul's military", "South Korean military", "a JCS spokesperson",
        "a JCS official"],
       ["합동참모본부", "합참", "우리 군", "군", "군 당국"]),
    _s("NIS", "National Intelligence Service (Republic of Korea)", "the NIS", SourceKind.INTELLIGENCE, "B",
       ["National Intelligence Service", "South Korea's National Intelligence Service",
        "Seoul's spy agency", "South Korea's spy agency", "South Korean intelligence"],
       ["국가정보원", "국정원"]),
    _s("MND", "Ministry of National Defense (Republic of Korea)", "the Defense Ministry", SourceKind.MINISTRY, "B",
       ["Ministry of National Defense", "South Korea's defense ministry", "Seoul's defense ministry",
        "South Korea's Defense Ministry", "Seoul's Defense Ministry", "South Korea's defense minister"],
       ["국방부"]),
    _s("MOU", "Ministry of Unification (Republic of Korea)", "the Unification Ministry", SourceKind.MINISTRY, "B",
       ["Ministry of Unification", "unification ministry", "a unification ministry official"],
       ["통일부", "통일부 당국자"]),
    _s("KCNA", "Korean Central News Agency (DPRK)", "KCNA", SourceKind.STATE_MEDIA, "D",
       ["Korean Central News Agency", "North Korea's state media", "Pyongyang's state media", "the North's state media",
        "North Korean state media",
        "North Korea's official Korean Central News Agency"],
       ["조선중앙통신", "북한 관영 매체"]),
    _s("YONHAP", "Yonhap News Agency", "Yonhap", SourceKind.NEWS_AGENCY, "B",
       ["Yonhap News Agency", "Yonhap"],
       ["연합뉴스"]),
    _s("DOD", "U.S. Department of Defense", "the Pentagon", SourceKind.MINISTRY, "B",
       ["U.S. Department of Defense", "U.S. Defense Department", "the Pentagon", "a Pentagon spokesperson",
        "Department of Defense", "DoD"],
       ["미 국방부", "펜타곤"]),
    _s("JMOD", "Ministry of Defense (Japan)", "Japan's Defense Ministry", SourceKind.MINISTRY, "B",
       ["Japan's Ministry of Defense", "Japan's defense ministry", "Tokyo's defense ministry",
        "Japan's defense minister", "Joint Staff of Japan's Self-Defense Forces"],
       ["일본 방위성", "방위성", "통합막료감부", "일본 방위상", "방위상"]),
    _s("UNSC", "United Nations Security Council", "the UN Security Council", SourceKind.INTERNATIONAL_BODY, "A",
       ["UN Security Council", "U.N. Security Council", "Security Council", "the council's president"],
       ["유엔 안전보장이사회", "안보리"]),
    _s("IAEA", "International Atomic Energy Agency", "the IAEA", SourceKind.INTERNATIONAL_BODY, "A",
       ["International Atomic Energy Agency", "the U.N. nuclear watchdog", "the UN nuclear watchdog"],
       ["국제원자력기구"]),
    _s("BOK", "Bank of Korea", "the Bank of Korea", SourceKind.CENTRAL_BANK, "A",
       ["Bank of Korea", "BOK governor", "South Korea's central bank", "Seoul's central bank"],
       ["한국은행", "한은", "금통위"]),
    _s("ISW", "Institute for the Study of War", "the ISW", SourceKind.THINK_TANK, "C",
       ["Institute for the Study of War"],
       ["전쟁연구소", "미국 전쟁연구소"]),
)


def builtin_registry() -> SourceRegistry:
    """A fresh registry holding the built-in sources (callers may add to it freely)."""
    return SourceRegistry.of(BUILTIN_SOURCES)
