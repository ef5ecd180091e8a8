"""Words that look like a source and are not one: a determiner before a reporting noun, a body whose
name ends in a registry alias, a registry code a text spells out as something else."""
from __future__ import annotations

from tests.extract.helpers import candidate_with, sources_of


def test_a_determiner_before_a_reporting_noun_is_nobody():
    text = ("The ministry said the dam had been opened without notice. "
            "Such accounts cannot explain why the gates stayed shut for a week.")
    assert sources_of(text, "gates stayed shut") == set()
    assert sources_of("Similar claims have circulated since the spring.", "circulated") == set()


def test_a_council_whose_name_ends_in_security_council_is_not_the_un_security_council():
    c = candidate_with("\u201cThe channel stays open,\u201d National Security Council spokesman Aaron Pike said.",
                       "channel stays open")
    assert len(c.sources) == 1 and c.sources[0] != "UNSC"
    assert sources_of("The U.N. Security Council met on Monday, diplomats said. The council said it was alarmed.",
                      "alarmed") == {"UNSC"}


def test_a_code_the_text_spells_out_as_an_agreement_is_not_the_body_of_that_code():
    text = ("The two navies signed a memorandum of understanding (MOU) on search and rescue, the navy said. "
            "The MOU was initialled by both chiefs of staff and covers joint drills.")
    assert "MOU" not in sources_of(text, "initialled")
    # the same code with no other meaning in the text is still the Ministry of Unification
    assert sources_of("The MOU said the talks would resume in March.", "talks") == {"MOU"}
