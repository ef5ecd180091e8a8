"""Flag scrape junk: trailing headlines, "Read more", newsletter prompts, copyright lines.

Evidence, not lists of known sentences:

* the shape of known junk ("Copyright ©", "Subscribe to", "Watch:", "[속보]", "Title | Channel",
  an e-mail address, a "▶" link marker);
* position: junk sits in a run at the end of the text;
* vocabulary: an unrelated headline shares few content words with the article before it;
* layout: a line of its own without a full stop, or a sentence glued next to certain junk in the
  same paragraph, unless it reports in the past tense as articles do ("Officials said ...").
"""
from __future__ import annotations

import re

from briefing.domain import has_visible_text
from briefing.extract.korean_names import CAPTION_NAME
from briefing.extract.segment import Sentence

_STRONG = [re.compile(p, re.IGNORECASE) for p in (
    r"\bcopyright\b|\u00a9|\u24d2|\(c\)\s*(?:\d{4}|[\uac00-\ud7a3])|all rights reserved|저작권|무단\s*(?:전재|복제|배포)|재배포\s*금지",
    # a section label, perhaps naming the section: "Read more:", "More from Business:", "Photos:"
    r"^\W{0,3}(?:read more|related(?: coverage| stories| articles)?|recommended|trending|watch|listen|more from|"
    r"see also|also read|most read|popular now|advertisement|sponsored|promoted|photos?|videos?|opinion|"
    r"editor's picks?|top stories|tags?|keywords|topics|filed under)\b(?:\s+[\w&'-]+){0,2}\s*[:|\-\u2013\u2014]",
    # navigation and reader prompts: "Most read on ...", "Was this article helpful?", "Comments (0)"
    r"^\W{0,3}(?:most (?:read|viewed|popular|shared)|trending now|more (?:stories|news)|latest news)\b|"
    r"\bwas this (?:article|story|page) (?:helpful|useful)\b|\brate this (?:article|story)\b|\bcomments?\s*\(\d+\)",
    # market-data credits: "Market data provided by ...", "Delayed by 15 minutes"
    # (at a line's start only: "data supplied by other agencies" is a body sentence's phrase)
    r"^\W{0,3}(?:market )?data (?:provided|supplied|powered) by\b|\bdelayed (?:by )?\d+ min",
    # a wire's tag for another story's headline: "(LEAD) ...", "(2nd LD) ...", "(News Focus) ..."
    r"^\((?:LEAD|URGENT|\d+(?:st|nd|rd|th) LD|News Focus|News Analysis|Yonhap Interview|Editorial|Correction)\)\s*\S",
    # an outlet's statement of its own standards: "Our Standards: The ... Trust Principles."
    r"^\W{0,3}our (?:standards|editorial (?:standards|policy|guidelines))\s*[:|]|\btrust principles\W*$",
    r"^\W{0,3}(?:advertisement|sponsored content|skip to (?:main )?content|back to top)\W*$",
    r"\b(?:sign up (?:for|to|here|now|today)|(?:straight|delivered) to your inbox|subscribe (?:to|for|now)|newsletter|unsubscribe|download (?:our|the) app|"
    r"click here|follow us|share this (?:article|story)|cookie (?:policy|settings)|"
    r"log ?in to (?:comment|reply|leave a comment|join the discussion)|leave a comment)\b",
    r"^\W{0,3}follow\b.{0,60}\bon (?:x|twitter|facebook|instagram|telegram|youtube|threads)\b",
    r"많이\s*본\s*(?:뉴스|기사)|인기\s*기사|^\W{0,3}(?:주요|최신|추천)\s*(?:뉴스|기사)\W*$|"
    r"구독|뉴스레터|알림\s*받기|관련\s*기사|[\u25b6\u25b7\u261e\u25ba]|무단\s*전재|기사\s*제보|제보하기",
    r"^\s*\[[^\]\n]{1,10}\]\s*\S",
    r"[\w.+-]+@[\w-]+\.[\w.-]+",
    # a tag list ("#북한 #장마당", "#NorthKorea #Missile") and a photo credit ("[사진 출처: …]", "Photo: … / Yonhap")
    r"(?:^|\s)#[^\s#]+(?:\s+#[^\s#]+)+\s*$",
    # a labelled tag list whose tags hold spaces: "Keywords #North Korea #satellite launch"
    r"^\W{0,3}(?:tags?|keywords|topics|hashtags)\s*[:|]?\s*#\w",
    r"사진\s*(?:출처|제공|=)|자료\s*사진|^\W{0,3}(?:photo|image|picture)\s*(?:credit|courtesy|by)?\s*[:=|]",
    r"\S\s\|\s\S[^|]{0,40}\.?$",
    # a press release's contact and attachment lines: "For inquiries: ...", "Attachment: map (1 page)"
    r"^\W{0,3}(?:for (?:further )?(?:inquiries|enquiries|more information)|media (?:contact|inquiries)|contact|"
    r"attachments?|enclosures?|문의|담당|첨부|붙임)\s*[:：]",
    r"^\W{0,3}for (?:further|more) (?:information|details|inquiries),?\s+(?:please\s+)?(?:contact|call|e-?mail|visit)\b",
    # a reporter's credit line: "Associated Press writer ... contributed to this report.", a wire's
    # "(Reporting by ...; Editing by ...)" on one line or two
    r"\bcontributed (?:to )?this (?:report|story)\W*$|\bcontributed reporting\b|"
    r"^\W{0,3}(?:additional )?(?:reporting|writing|editing) by\b",
    # a help notice addressed to the reader: "If you or someone you know is struggling, please call ..."
    r"^\W{0,3}if you or (?:someone|anyone|a loved one) you know\b|"
    r"\bplease (?:call|contact|text|dial)\b[^.]{0,50}\b(?:hotline|helpline|crisis line|lifeline)\b",
)]
_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]+|[\uac00-\ud7a3]+")
_STOP = frozenset("""
the and for are but not you all any can had her was one our out has his how its may new now
say says said who will with from that this they were been have into more than them then there
their these those what when where which while would could should about after again also being
because before between both each few most other over same some such only own very just just
since until upon during under above below off once here why whom does did doing having him she
itself themselves ourselves yours year years week weeks month months day days time told tells
like get got make made many much well even still back last next first second third per cent
percent monday tuesday wednesday thursday friday saturday sunday never ever
""".split())
_END_PUNCT = ".!?\u2026\"\u201d\u2019)\u3002"
# News prose reports in the past tense; headlines in the present ("..., agency says").
_REPORTED = re.compile(r"\b(?:said|told|added|noted|stated|explained)\b")
_MAX_TAIL = 12
_GLUED_OVERLAP = 0.15
_SHORT_LINE = 16


def _tokens(text: str) -> set[str]:
    """The content words of ``text``, crudely stemmed; each distinct word is looked at once."""
    out = set()
    for raw in set(_WORD.findall(text)):
        if "\uac00" <= raw[0] <= "\ud7a3":
            if len(raw) >= 2:
                out.add(raw[:2])
            continue
        word = raw.lower().replace("\u2019", "'").removesuffix("'s").strip("'-")
        if len(word) < 3 or word in _STOP:
            continue
        # A five-letter prefix is a crude stem: launch/launched/launching, Korea/Korean.
        out.add(word[:5])
    return out


# [인터뷰] 김태현/예비군 : "…": a broadcast's caption naming who speaks on screen, not a section label
_CAPTION = re.compile(rf"^\s*\[(?:인터뷰|녹취|싱크|현장음)\]\s*{CAPTION_NAME}\s*/[^:\n]{{1,40}}:\s*[\"\u201c]")


# A broadcast reporter's sign-off: "뉴욕에서 KBS 뉴스 김지훈입니다.", "MBC 뉴스 이서준 기자입니다." It closes
# the report, so it is flagged alone: what stands above it is the story (a soundbite in brackets too).
_SIGN_OFF = re.compile(r"^\W{0,3}(?:[가-힣]{1,12}에서\s+)?[A-Za-z가-힣0-9]{2,6}\s*뉴스\s+[가-힣]{2,4}(?:\s*기자)?입니다\.?\s*$")


# A photo's credit: "(AFP photo / Kenta IMAI)", "(Photo by Handout / KOREA COAST GUARD / AFP)", a
# wire's use restriction, "2026.11.25/뉴스1", "방위사업청 제공" ending the line. The caption it closes is
# junk too, whatever it shares with the article and wherever it stands.
_PHOTO_CREDIT = re.compile(r"\([^()]*\bphoto\b[^()]*\)|restricted to editorial use|for use only in the republic of korea|"
                           r"\bno redistribution\b|\d{4}\.\d{1,2}\.\d{1,2}\s*/\s*\S|자료\s*사진|"
                           r"(?<=[\uac00-\ud7a3A-Za-z0-9])\s+제공\W*$", re.IGNORECASE)
_CAPTION_WORDS = 70
_CREDIT_WORDS = re.compile(r"(?i)photo|editorial|use only|redistribution|/|제공|사진")  # a cheap test first
# A headline of another story: a line of a few words with no full stop (a closing quote may end it)
# ("N. Korea", "2.05 million" hold stops that end no sentence)
_LISTED_HEADLINE = re.compile(r"^(?:[^.!?\n]|(?<=\b[A-Z])\.|\.(?=\d)){10,140}(?<![.!?])[\"\u201d\u2019']?\s*$")


def is_strong_junk(text: str) -> bool:
    """True when ``text`` has the shape of known scrape junk."""
    return len(text.split()) <= 30 and not _CAPTION.match(text) and any(p.search(text) for p in _STRONG)


def _headline_shape(text: str, sentence: Sentence) -> bool:
    return sentence.whole_line and text.rstrip()[-1:] not in _END_PUNCT


def flag_junk(text: str, sents: list[Sentence]) -> list[bool]:
    """One flag per sentence: True for scrape junk."""
    n = len(sents)
    flags = [False] * n
    bodies = [text[s.start:s.end] for s in sents]
    for i, body in enumerate(bodies):
        if (sents[i].whole_line and is_strong_junk(body) and sents[i].paragraph > 0) or not has_visible_text(body):
            flags[i] = True  # known junk, or a scrape's line of zero-width or control characters only
        elif sents[i].whole_line and "입니다" in body and _SIGN_OFF.match(body):
            flags[i] = True
    by_paragraph = _by_paragraph(sents)
    _flag_captions(text, sents, bodies, flags, by_paragraph)
    first_tail = max(1, n - _MAX_TAIL)
    if n == 0:
        return flags
    token_sets = {i: _tokens(bodies[i]) for i in range(first_tail, n)}
    prefix = [_tokens(text[:sents[first_tail].start]) if first_tail < n else set()]
    for i in range(first_tail, n):
        prefix.append(prefix[-1] | token_sets[i])
    kinds: dict[int, str] = {}
    headline: dict[int, bool] = {}
    overlaps: dict[int, float] = {}
    strong = {i: is_strong_junk(bodies[i]) for i in range(first_tail, n)}
    # the first line of certain junk in the tail: a headline below it is another story's
    first_junk = next((i for i in range(first_tail, n) if sents[i].whole_line and strong[i]), n)
    for unit in reversed(_units(text, sents, first_tail, by_paragraph)):
        body = text[sents[unit[0]].start:sents[unit[-1]].end]
        tokens = set().union(*(token_sets[i] for i in unit))
        known = prefix[unit[0] - first_tail]
        overlap = len(tokens & known) / len(tokens) if tokens else 0.0
        shaped = (len(unit) > 1 or sents[unit[0]].whole_line) and body.rstrip()[-1:] not in _END_PUNCT
        if any(strong[i] for i in unit) or (len(unit) > 1 and is_strong_junk(body)):
            kind = "strong"
        elif len(known) >= 25 and ((len(tokens) >= 3 and overlap < 0.3) or (shaped and overlap < 0.5)):
            kind = "weak"
        elif unit[0] > first_junk and len(unit) == 1 and _LISTED_HEADLINE.match(body):
            kind, shaped = "strong", True  # "Seoul, Washington to hold talks next month" under a share bar
        else:
            break
        for i in unit:
            kinds[i], headline[i], overlaps[i] = kind, shaped, overlap
    for i, kind in kinds.items():
        if kind == "strong" or headline[i]:
            flags[i] = True
    # A weak sentence counts only when it is glued to certain junk: in the same paragraph, or as a
    # line of its own next to a junk line ("Our Standards: ..." above "Related: ...").
    changed = True
    while changed:
        changed = False
        for i, kind in kinds.items():
            # A sentence that shares a few of the article's words ("The DMZ ... since the 1953
            # armistice") is background before the junk, not junk itself.
            if flags[i] or kind != "weak" or _REPORTED.search(bodies[i]) or overlaps[i] >= _GLUED_OVERLAP:
                continue
            if any(flags[j] and (sents[j].paragraph == sents[i].paragraph
                                 or (sents[i].whole_line and sents[j].whole_line and _adjacent_lines(text, sents, i, j)))
                   for j in (i - 1, i + 1) if j in kinds):
                flags[i] = changed = True
    return flags


def _by_paragraph(sents: list[Sentence]) -> dict[int, list[int]]:
    """The indices of the sentences of each paragraph, by paragraph number."""
    by_paragraph: dict[int, list[int]] = {}
    for i, sentence in enumerate(sents):
        by_paragraph.setdefault(sentence.paragraph, []).append(i)
    return by_paragraph


def _flag_captions(text: str, sents: list[Sentence], bodies: list[str], flags: list[bool],
                   by_paragraph: dict[int, list[int]]) -> None:
    """Flag every sentence of a short paragraph that a photo credit closes: it is a photo's caption."""
    for paragraph, members in by_paragraph.items():
        if paragraph == 0:
            continue  # the headline's
        whole = text[sents[members[0]].start:sents[members[-1]].end]
        last = bodies[members[-1]]
        if len(whole.split()) <= _CAPTION_WORDS and _CREDIT_WORDS.search(last) and _PHOTO_CREDIT.search(last):
            for i in members:
                flags[i] = True


def _units(text: str, sents: list[Sentence], first_tail: int, by_paragraph: dict[int, list[int]]) -> list[list[int]]:
    """The tail's sentences grouped for judging: a short line of several sentences is one unit.

    "Subscribe for $1 a week. Cancel anytime." or "Was this article helpful? Yes / No" is one
    piece of junk; a long paragraph (junk glued onto the article's last paragraph) is judged
    sentence by sentence.
    """
    units: list[list[int]] = []
    for i in range(first_tail, len(sents)):
        members = by_paragraph[sents[i].paragraph]
        whole = text[sents[members[0]].start:sents[members[-1]].end]
        if len(members) > 1 and members[0] >= first_tail and len(whole.split()) <= _SHORT_LINE:
            if members[0] == i:
                units.append(members)
        else:
            units.append([i])
    return units


def _adjacent_lines(text: str, sents: list[Sentence], i: int, j: int) -> bool:
    """True when sentences ``i`` and ``j`` are on consecutive lines, with no blank line between."""
    lo, hi = sorted((i, j))
    return text.count("\n", sents[lo].end, sents[hi].start) == 1
