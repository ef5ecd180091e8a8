"""A press release speaks in its issuer's voice: what it states without a source, the issuer states.

A ministry's or an agency's own release ("Seoul, November 20, 2026 -- The Ministry of National
Defense (MND) and the U.S. Department of Defense held ...", "WASHINGTON -- Today, the Treasury's
Office of Foreign Assets Control sanctioned ...") names its issuer as the subject of its lead and
then goes on in that issuer's voice: "The destroyer detected the target within 90 seconds" is the
ministry's account. A wire story is not a release: it credits an agency in its dateline
("(Reuters)", "(Yonhap)") or carries a byline, and dates itself by month and day, not by year.

Told apart by the lead alone:

* a dateline with a year ("July 24, 2026 --"), or a city alone before a lead opening "Today,";
  or no dateline at all and a lead in which the issuer "announced" something; or a dateline
  with a month and day and such a lead under a release's headline: one in Title Case ("MND
  Releases Preliminary Findings of Inquiry") or one the issuer opens ("ROK JCS and Combined
  Forces Command announce ...");
  or no dateline, a headline in Title Case and a lead whose subject is a minister of the
  issuer by title ("Minister of National Defense Park Jin-hwan held ...");
* no agency credit in the dateline and no byline;
* the lead's subject is a body: a registry source or one the text names.
"""
from __future__ import annotations

import re

from briefing.extract import korean_release
from briefing.extract.mentions import fold, fold_case_kept
from briefing.extract.names import BYLINE, NAME
from briefing.extract.organisations import organisations

_DASH = r"\s*(?:--|\u2014|\u2013)\s*"
# "Seoul, November 20, 2026 -- ", "July 24, 2026 -- ", "SEOUL, Nov. 3, 2026 -- "
_DATED = re.compile(rf"^(?:[A-Za-z][A-Za-z .']+,\s*)?(?:[A-Z][a-z]+\.?\s+\d{{1,2}},?\s+)?(?:19|20)\d{{2}}{_DASH}")
# "WASHINGTON -- ": a city alone, which a release opening "Today," may carry
_CITY = re.compile(rf"^[A-Z][A-Z .'/-]+{_DASH}(?=Today,)")
# "SEOUL, Aug. 10 -- ": a city and a day, with no agency credit
_DAY = re.compile(rf"^[A-Z][A-Z .'/-]+,\s*[A-Z][a-z]+\.?\s+\d{{1,2}}{_DASH}")
# "The Ministry of Unification (MOU) and the ...": the subject, perhaps two bodies joined
_OPENING = re.compile(r"(?:Today,\s*)?(?:[Tt]he\s+)?")
# "ROK JCS", "The Republic of Korea Joint Chiefs of Staff": whose body the subject is
_NATION = re.compile(r"(?:ROK|Republic of Korea|S\.\s*Korea(?:n|'s)?|South Korea(?:n|'s)?|U\.S\.)\s+")
_ANNOUNCED = re.compile(r"^[^,;]{0,120}?\bannounced\b")
# "(MOLIT, Minister Kang Hyun-jun)": the short name and head given after a body's name
_AFTER_NAME = re.compile(r"^\s*\([^)]*\)")


def issuer(text: str, sents, junk, attributor) -> list[str]:
    """The codes of the body that issued ``text`` as a press release, or [] for any other text."""
    body = [i for i, s in enumerate(sents) if not junk[i] and s.paragraph > 0]
    if not body or not sents[0].whole_line:
        return []
    headline, lead = (text[sents[i].start:sents[i].end] for i in (0, body[0]))
    if BYLINE.match(lead):
        return []
    dated = _DATED.match(lead) or _CITY.match(lead)
    day = _DAY.match(lead) if dated is None else None
    rest = lead[(dated or day).end():] if dated or day else lead
    codes, subject_end = _subject_bodies(rest, attributor)
    # "The Ministry of Land, Infrastructure and Transport (MOLIT) announced": commas within the name
    announced = _ANNOUNCED.match(rest) or (codes and _ANNOUNCED.match(_AFTER_NAME.sub("", rest[subject_end:], 1)))
    if dated is None and day is None and not announced:
        # "Minister of National Defense Park Jin-hwan held ...", under a headline in Title Case: the
        # minister's office reports what the minister did
        holder = NAME.match(fold_case_kept(rest))
        office = attributor.cast.office_of(holder.group(1)) if holder is not None and holder.group(1) else None
        return [office] if office and _title_case(headline) else []
    if dated is None and not announced:
        return []
    if day is not None and codes:
        opens, _ = _subject_bodies(headline, attributor)
        if not _title_case(headline) and not (opens and opens[0] == codes[0]):
            return []  # a newspaper's story of what the body announced
    return codes


def _title_case(headline: str) -> bool:
    """True for "MND Releases Preliminary Findings of Inquiry": most longer words capitalised."""
    words = [w for w in re.findall(r"[A-Za-z][\w'-]*", headline) if len(w) >= 4]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _subject_bodies(rest: str, attributor) -> tuple[list[str], int]:
    """The codes of the bodies ``rest`` opens with as its subject (one, or several joined by "and"),
    and where the last of their names ends."""
    start = _OPENING.match(rest).end()
    start = _NATION.match(rest, start).end() if _NATION.match(rest, start) else start
    cased = fold_case_kept(rest)
    known = attributor.matcher.sources(fold(rest), cased)
    named = sorted(known + organisations(cased, known), key=lambda m: m.start)
    codes: list[str] = []
    position = start
    for m in named:
        if m.end <= position:
            continue
        if m.start > position:
            break  # the subject is not a body
        code = m.code or attributor.cast.unknown_code(m.text)
        codes.append(code)
        end = m.end
        # "... (MND) and the U.S. Department of Defense": a second body joined to the first
        joined = re.match(r"(?:\s*\([^)]*\))?\s*(?:,|and)\s+(?:the\s+)?", rest[m.end:])
        if joined is None:
            break
        position = m.end + joined.end()
    return codes, end if codes else 0


def speak_for_issuer(text: str, sents, junk, results, attributor) -> None:
    """Give a release's issuer to every body sentence of it that has no source and is not vague.

    The headline is left alone: it announces the news, in nobody's voice yet.
    """
    korean = False
    codes = issuer(text, sents, junk, attributor)
    if not codes:
        codes, korean = korean_release.issuer(text, sents, junk, results), True
    if not codes:
        return
    names = {c: attributor.cast.names[c] for c in codes if c in attributor.cast.names}
    for i, result in enumerate(results):
        if junk[i] or sents[i].paragraph == 0 or result.sources or result.vague:
            continue
        # ㅇ 이와 함께 방위사업청은 … 예정이다: the issuer named as the subject states it itself
        named = korean and korean_release.names_issuer(text[sents[i].start:sents[i].end], names)
        result.sources, result.names, result.kind = list(codes), dict(names), "explicit" if named else "inherited"
