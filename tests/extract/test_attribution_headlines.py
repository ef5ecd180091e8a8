"""A headline's source: the body the lead credits with the news, when the headline shows it acting."""
from __future__ import annotations

from tests.extract.helpers import candidate_with


def test_a_body_the_lead_credits_acting_under_its_short_name_in_the_headline_is_the_headline_s_source():
    text = ("KCGA orders checks of all patrol boat engines after fire\n\n"
            "The Korea Coast Guard Agency (KCGA) on Friday ordered engine checks on its 140 patrol boats, "
            "a day after a fire disabled one off Mokpo.")
    headline, lead = candidate_with(text, "patrol boat engines"), candidate_with(text, "140 patrol boats")
    assert headline.sources == lead.sources and headline.attribution == "explicit"


def test_a_body_that_only_qualifies_the_headline_s_subject_does_not_make_it_speak():
    text = ("KCGA patrol boat catches fire off Mokpo\n\n"
            "The Korea Coast Guard Agency (KCGA) said on Friday that a fire had disabled one of its boats.")
    assert candidate_with(text, "catches fire").sources == ()


def test_a_body_acting_in_the_headline_that_the_lead_does_not_credit_is_not_the_source():
    text = ("KCGA orders checks of all patrol boat engines after fire\n\n"
            "Fishermen in Mokpo said on Friday that the coast guard had ordered engine checks after a fire.")
    assert candidate_with(text, "patrol boat engines").sources == ()
