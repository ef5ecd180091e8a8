"""Properties that hold for any text: exact spans, in order, never overlapping, never a crash."""
from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.extract.helpers import extract

_PIECES = st.sampled_from([
    "Sen.", "Rep.", "U.S.", "N.C.", "N.", "Dec.", "a.m.", "p.m.", "Lt. Col.", "No.", "1,100", "2.5%", "$42",
    "the JCS said.", "according to the NIS,", "합참은", "밝혔다.", "통일부에 따르면", "“", "”", "‘", "’", '"', "'",
    "\n", "\n\n", "\r\n", " ", "...", "…", "!", "?", "(", ")", "[속보]", "| Channel", "©", "Read more:",
    "The agency added", "It said", "Seoul’s spy agency", "의", "다.", "\u2028", "\t", "Kim Jong Un",
])
_TEXTS = st.one_of(st.text(max_size=300), st.lists(_PIECES, max_size=60).map(" ".join),
                   st.lists(st.one_of(_PIECES, st.text(max_size=5)), max_size=60).map("".join))


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_every_candidate_is_an_exact_span_of_the_source_in_order(text):
    candidates = extract(text)
    previous_end = 0
    for c in candidates:
        assert text[c.start:c.end] == c.text
        assert previous_end <= c.start < c.end <= len(text)
        assert c.text == c.text.strip()
        assert c.attribution in ("explicit", "inherited", "none")
        assert (c.attribution == "none") == (not c.sources)
        assert not (c.boilerplate and c.sources)
        previous_end = c.end
        json.dumps(c.as_json())


@settings(max_examples=100, deadline=None)
@given(_TEXTS)
def test_no_text_outside_the_candidates_but_whitespace_is_lost(text):
    covered = [False] * len(text)
    for c in extract(text):
        for i in range(c.start, c.end):
            covered[i] = True
    assert all(covered[i] or text[i].isspace() or text[i] in "\u2028\u2029\x1c\x1d\x1e\x85" for i in range(len(text)))
