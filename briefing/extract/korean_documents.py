"""Korean documents that speak: 담화는, 성명은, 보고서는, 방위백서는 … 밝혔다.

A Korean wire names a statement's issuer once ("외무성 대변인은 조선중앙통신을 통해 발표한 담화에서
…") and then lets the document itself be the subject of later sentences ("담화는 또 … 일축했다").
Such a subject refers back to whoever issued that document, which need not be the last speaker: a
white paper quoted after a government spokesman's reply is still the ministry's white paper.

``Issuers`` keeps the issuers of English documents too ("according to a survey by …", then "The
poll also found"), found by the pattern the English side passes in.
"""
from __future__ import annotations

import re

_H = "\uac00-\ud7a3"
# The kinds of document a body issues; longer forms before the shorter ones they contain
NOUNS = ("보도자료|성명서|성명|담화문|담화|백서|보고서|논평|입장문|발표문|통지문|서한|회견문|보도")
# 명의의 담화를 내고, 성명을 발표해: a document issued, by the body or the spokesperson named before it;
# 대변인 담화에서 "…"고 주장했다: what the body said in it
ISSUING = rf"(?:명의(?:의)?\s*)?(?:{NOUNS})\s*(?:(?:을|를)\s*(?:내고|내어|냈|발표|공개)|에서(?![{_H}]))"
# 방위백서는, 이번 담화는, 같은 보고서는: the document opening the sentence as its topic
SUBJECT = re.compile(rf"(?:(?:이|그|이번|해당|같은)\s+)?[{_H}]{{0,4}}?({NOUNS})(?:은|는)(?![{_H}])")
# 백서는 … 지도를 실었다, 보고서는 … 담았다: a document's own verbs of what it contains (active, past)
VERB = re.compile(r"(?:실었|담았|명시했|적시했|기술했|규정했|표기했|수록했|포함시켰)(?:다|습니다)")
# 발표한 담화에서, 성명을 내고, 방위백서에서, 입장문을 통해: a document as the vehicle of what a body says
_ISSUED = re.compile(rf"(?:(?:발표한|공개한|낸|내놓은|펴낸|보고한|제출한|배포한)\s+(?:[{_H}0-9]+\s+)?[{_H}0-9]{{0,6}}?({NOUNS})"
                     rf"|(?<![{_H}])[{_H}0-9]{{0,6}}?({NOUNS})(?:에서|(?:을|를)\s*(?:내고|내어|내|통해|발표|공개)))")


_NOUN_SET = frozenset(NOUNS.split("|"))


def is_document(noun: str) -> bool:
    """True when ``noun`` (a back-reference's head) names a kind of document: 담화, 보고서, 백서."""
    return noun in _NOUN_SET


class Issuers:
    """Who issued each kind of document, as the sentences read so far tell it."""

    def __init__(self) -> None:
        self._by_noun: dict[str, list[str]] = {}

    def note(self, folded: str, sources: list[str], issued: re.Pattern = _ISSUED) -> None:
        """Record ``sources`` as the issuer of each document a sentence issues ("발표한 담화에서").

        ``issued`` finds the documents, the kind of document in a group of its own; English text
        passes its own pattern ("a survey released by").
        """
        for m in issued.finditer(folded):
            self._by_noun[_base(next(g for g in m.groups() if g))] = list(sources)

    def of(self, noun: str) -> list[str]:
        """The issuer of the latest document of kind ``noun`` (담화, 보고서), or [] if none was issued."""
        return list(self._by_noun.get(_base(noun), []))


# 담화문 and 담화, 성명서 and 성명, "a survey ... The poll found": one kind of document, whichever word is used
_SAME = {"담화문": "담화", "성명서": "성명", "poll": "survey"}


def _base(noun: str) -> str:
    """The word for the kind of document ``noun`` names, the same for each of its names."""
    return _SAME.get(noun, noun)
