"""Sources described rather than named: a person's family, a document's author and the lawmaker it
was given to, a body's own figures, and a body named by initials the text never spelt out."""
from __future__ import annotations

from tests.extract.helpers import candidate_with, sources_of


def test_a_relative_of_a_person_in_the_story_speaks_for_themselves():
    text = ("The coast guard said a fisherman named Ryu was still missing. "
            "Ryu's sister told reporters that he had never missed a day at sea. "
            "Her husband said the family would wait at the port.")
    sister, husband = candidate_with(text, "never missed"), candidate_with(text, "wait at the port")
    assert sister.attribution == "explicit" and len(sister.sources) == 1
    assert sister.sources[0] != "KCG" and "COAST" not in sister.sources[0]
    assert husband.attribution == "explicit" and husband.sources != sister.sources


def test_data_a_body_handed_over_is_that_bodys_even_when_named_after_the_data():
    text = ("Drone sightings doubled last year, according to figures that the Korea Airports Corporation "
            "submitted to the National Assembly.")
    c = candidate_with(text, "Drone sightings")
    assert c.attribution == "explicit" and len(c.sources) == 1 and "ASSEMBLY" not in c.sources[0]


def test_data_given_to_a_lawmaker_is_credited_to_its_author_and_to_the_lawmaker():
    text = ("According to unification ministry data submitted to Rep. Han Seung-woo, 83 defectors "
            "left the country last year.")
    c = candidate_with(text, "83 defectors")
    assert "MOU" in c.sources and len(c.sources) == 2


def test_a_bodys_own_figures_are_the_bodys_not_the_last_speakers():
    text = ("The Philippine Navy said it welcomed the offer of three cutters. "
            "Talks on a fourth ship would follow in May, Yonhap reported. "
            "The Philippine Navy has 14 ocean-going ships, according to its own figures.")
    said, figures = candidate_with(text, "welcomed the offer"), candidate_with(text, "14 ocean-going")
    assert figures.sources == said.sources and figures.attribution == "explicit"


def test_initials_a_text_uses_for_a_body_it_named_in_full_name_that_body_later():
    text = ("Vietnam will buy two frigates, the Vietnam People's Navy said on Monday. "
            "The VPN said the first would arrive in 2028. "
            "The VPN operates about 70 ships, according to its own records.")
    named, ships = candidate_with(text, "buy two frigates"), candidate_with(text, "70 ships")
    assert sources_of(text, "arrive in 2028") == set(named.sources)
    assert ships.sources == named.sources and ships.attribution == "explicit"


def test_a_body_described_by_what_it_was_set_up_to_do_or_as_a_think_tank_is_a_source_of_its_own():
    text = ("Fuel imports doubled last year, a five-nation team set up to track tanker traffic said on Friday.\n\n"
            "Rice prices rose 40%, a Tokyo-based think tank said in a report.\n\n"
            "The think tank said wages had not kept up.")
    group, tank = candidate_with(text, "Fuel imports"), candidate_with(text, "Rice prices")
    assert len(group.sources) == 1 and len(tank.sources) == 1 and group.sources != tank.sources
    assert candidate_with(text, "wages").sources == tank.sources
